"""The screen's second layer: words that together signal danger (a means, a plan and "I"), however they are phrased."""

# Patterns hear the ways people are known to say things; people also say them in ways nobody
# listed ("the pills are on the table and tonight feels right"). This layer reads, sentence by
# sentence, which kinds of word are present (see cues/<language>.py) and raises a signal only for
# combinations that mean danger. It only adds: a sentence the patterns already read (matched,
# denied or judged light) is left to them, and its signals are tempered by the same context words
# (laughter, a film or a lecture, history). It mostly asks (a check); see judge_kinds.

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from bot.practice.screen.lexicon import Category, Tier
from bot.practice.screen.normalising import fold

CUE_LANGUAGES = ("en", "es", "pt", "de", "fr", "it", "ru", "uk", "tr", "pl", "fa", "ar", "id")
CLASSES = (
    "self", "death", "method", "final", "intent", "self_harm", "body", "violence", "partner", "sexual",
    "others", "distress", "light",
)  # fmt: skip
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class CueSignal:
    """One signal the layer heard in a sentence: tier, category, where, and whose words they were."""

    tier: Tier
    category: Category
    start: int
    language: str


class CueLayer:
    """The cue words of every language, ready to tell which kinds of word a sentence holds."""

    def __init__(self, languages: tuple[str, ...] = CUE_LANGUAGES) -> None:
        self._words: dict[str, set[tuple[str, str]]] = {}
        self._prefixes: dict[str, set[tuple[str, str]]] = {}
        # Phrases are tried only in sentences holding their first word, so long texts stay fast.
        self._phrases: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
        for code in languages:
            module = importlib.import_module(f"bot.practice.screen.cues.{code}")
            for kind, stems in module.CUES.items():
                for stem in stems:
                    whole = stem.endswith(" ")
                    folded = fold(stem.strip())
                    if not folded:
                        continue
                    if " " in folded or not _TOKEN.fullmatch(folded):
                        first = _TOKEN.search(folded)
                        pattern = re.compile(r"(?<!\w)" + re.escape(folded) + (r"(?!\w)" if whole else ""))
                        key = first.group(0) if first and first.start() == 0 else ""
                        self._phrases.setdefault(key, []).append((kind, code, pattern))
                    elif whole:
                        self._words.setdefault(folded, set()).add((kind, code))
                    else:
                        self._prefixes.setdefault(folded, set()).add((kind, code))
        self._lengths = sorted({len(prefix) for prefix in self._prefixes})
        self._seen: dict[str, frozenset[tuple[str, str]]] = {}

    def _token_kinds(self, token: str) -> frozenset[tuple[str, str]]:
        known = self._seen.get(token)
        if known is None:
            found = set(self._words.get(token, ()))
            for size in self._lengths:
                if size > len(token):
                    break
                found |= self._prefixes.get(token[:size], set())
            known = frozenset(found)
            if len(self._seen) < 100_000:
                self._seen[token] = known
        return known

    def kinds(self, sentence: str) -> dict[str, set[str]]:
        """The kinds of cue word in a sentence, each with the languages whose lists hold them."""
        found: dict[str, set[str]] = {}
        tokens = set(_TOKEN.findall(sentence))
        for token in tokens:
            for kind, code in self._token_kinds(token):
                found.setdefault(kind, set()).add(code)
        for first in (tokens & self._phrases.keys()) | ({""} & self._phrases.keys()):
            for kind, code, pattern in self._phrases[first]:
                if code not in found.get(kind, ()) and pattern.search(sentence):
                    found.setdefault(kind, set()).add(code)
        return found


def judge_kinds(kinds: dict[str, set[str]]) -> tuple[Tier, Category] | None:
    """What a sentence's kinds of word add up to, or None. Almost always a check: one gentle question.

    Measured on the labelled corpus, looser crisis-tier combinations raised false alarms for the
    everyday fear and longing of anxious attachment ("I'm scared he'll leave me"); a check costs
    one question, a missed disclosure costs far more. Only dying, a means and an ending said
    together of oneself are a crisis.
    """
    has = kinds.keys()
    me = "self" in has
    if me and len(has & {"death", "method", "final"}) == 3:
        # Dying, a means and an ending together, said of oneself: too strong to only ask about.
        return Tier.CRISIS, Category.SUICIDE
    if me and "death" in has and has & {"method", "final"}:
        return Tier.CHECK, Category.SUICIDE
    if me and "method" in has and "final" in has:
        return Tier.CHECK, Category.SUICIDE
    if "self_harm" in has and "body" in has:
        return Tier.CHECK, Category.SELF_HARM
    if me and "sexual" in has:
        return Tier.CHECK, Category.SEXUAL_VIOLENCE
    if me and "method" in has and has & {"intent", "distress"}:
        return Tier.CHECK, Category.SUICIDE
    if me and "death" in has and "distress" in has:
        return Tier.CHECK, Category.SUICIDE
    if "others" in has and has & {"death", "self_harm"}:
        return Tier.CHECK, Category.OTHER_PERSON
    return None


def language_of(kinds: dict[str, set[str]]) -> str:
    """The language whose cue lists explain most of the sentence's kinds of word."""
    votes: dict[str, int] = {}
    for codes in kinds.values():
        for code in codes:
            votes[code] = votes.get(code, 0) + 1
    return min(votes, key=lambda code: (-votes[code], CUE_LANGUAGES.index(code)))
