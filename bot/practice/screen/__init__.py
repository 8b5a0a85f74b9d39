"""The crisis screen: every typed text in, a tier (crisis, check, none), its categories and its language out."""

# Deterministic and offline: patterns per language, spelling repair toward the words those
# patterns use, and context read around each match. Fail closed: when a phrase could be a crisis
# or ordinary talk, it is at least a check (one gentle question), which costs far less than
# missing a disclosure. Context only ever lowers a match one tier, except for a death word used
# lightly twice over ("this meeting makes me want to die lol"), which is ordinary talk.

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from bot.practice.screen import (
    arabic,
    english,
    french,
    german,
    indonesian,
    italian,
    persian,
    polish,
    portuguese,
    russian,
    spanish,
    turkish,
    ukrainian,
)
from bot.practice.screen.gate import Gate
from bot.practice.screen.lexicon import ABUSE, OWN_STATE, Category, CompiledLexicon, Tier, compile_lexicon
from bot.practice.screen.normalising import fold, forms
from bot.practice.screen.spelling import Vocabulary

__all__ = ["Category", "Screening", "Tier", "asks_for_help", "screen"]

LEXICONS = (
    english.LEXICON,
    spanish.LEXICON,
    portuguese.LEXICON,
    german.LEXICON,
    french.LEXICON,
    italian.LEXICON,
    russian.LEXICON,
    ukrainian.LEXICON,
    turkish.LEXICON,
    polish.LEXICON,
    persian.LEXICON,
    arabic.LEXICON,
    indonesian.LEXICON,
)
LANGUAGES = tuple(lexicon.code for lexicon in LEXICONS)

_RANK = {Tier.NONE: 0, Tier.CHECK: 1, Tier.CRISIS: 2}
_LOWER = {Tier.CRISIS: Tier.CHECK, Tier.CHECK: Tier.NONE, Tier.NONE: Tier.NONE}
_NEGATION_REACH_WORDS = 4
_SUBJECT_REACH_WORDS = 4
_CLAUSE_REACH = 100
_SENTENCE_REACH = 160
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# A sentence of a long text, or a stretch of at most 500 characters ending at a space when a
# sentence runs on without a stop (so context stays local and work stays linear).
_SENTENCE = re.compile(r"[^.!?\n]{1,500}(?:[.!?\n]+|(?=\s)|$)|[^.!?\n]{1,500}")
_SHARED_CONTEXT = (
    "negation",
    "hedge",
    "past",
    "present",
    "third_person",
    "first_person",
    "light",
    "condition",
    "not_now_age",
    "topic",
)
# Shorter texts are read whole; longer ones only where the gate finds a pattern's word.
GATE_FROM_CHARACTERS = 3_000


@dataclass(frozen=True)
class Screening:
    """What the screen heard: how urgent, about what, and in which language (None when unsure)."""

    tier: Tier
    categories: frozenset[Category]
    language: str | None

    @property
    def flagged(self) -> bool:
        """True when the text needs more than an ordinary answer."""
        return self.tier is not Tier.NONE


CLEAR = Screening(Tier.NONE, frozenset(), None)


@dataclass(frozen=True)
class _Verdict:
    tier: Tier
    category: Category
    language: str
    position: int


class Screen:
    """The compiled screen; build once (it takes a moment) and call for each text."""

    def __init__(self, lexicons=LEXICONS) -> None:
        compiled = [compile_lexicon(lexicon) for lexicon in lexicons]
        # A Spanish pattern can fire on English text ("suicidal"); the denial, the joke or the
        # sister beside it is then in English. So every match is weighed with every language's
        # context words; only clause breaks stay per language ("i" ends no English clause).
        shared = {
            name: re.compile("|".join(f"(?:{getattr(each, name).pattern})" for each in compiled))
            for name in _SHARED_CONTEXT
        }
        self._lexicons = tuple(dataclasses.replace(each, **shared) for each in compiled)
        self._vocabulary = Vocabulary(word for lexicon in self._lexicons for word in lexicon.words)
        self._gate = Gate(
            [prefix for lexicon in self._lexicons for prefix in lexicon.prefixes],
            [key for lexicon in self._lexicons for key in lexicon.shorthand_words],
        )
        self._buckets: dict[str, list[tuple[CompiledLexicon, re.Pattern[str]]]] = {}
        for lexicon in self._lexicons:
            for prefix, bucket in lexicon.buckets.items():
                self._buckets.setdefault(prefix, []).append((lexicon, bucket))

    def __call__(self, text: str) -> Screening:
        """Screen one typed text."""
        if not text or not text.strip():
            return CLEAR
        verdicts: list[_Verdict] = []
        for form in forms(text):
            repaired = self._vocabulary.repair(form)
            if len(repaired) <= GATE_FROM_CHARACTERS:
                for lexicon in self._lexicons:
                    expanded = _expand_shorthand(lexicon, repaired)
                    verdicts.extend(_scan(lexicon, lexicon.scans + lexicon.open_scans, expanded))
            else:
                verdicts.extend(self._scan_long(repaired))
        return _summarise(verdicts)

    def _scan_long(self, text: str) -> list[_Verdict]:
        """A long text, sentence by sentence, each given only the patterns whose words it holds."""
        verdicts: list[_Verdict] = []
        for found in _SENTENCE.finditer(text):
            sentence = found.group(0)
            prefixes, short = self._gate.opened(sentence)
            whole = [lexicon for lexicon in self._lexicons if short & lexicon.shorthand_words.keys()]
            for lexicon in whole:
                # A short form may stand for a needed word: read the sentence with every pattern.
                verdicts.extend(_scan(lexicon, lexicon.scans, _expand_shorthand(lexicon, sentence)))
            for prefix in prefixes:
                for lexicon, bucket in self._buckets[prefix]:
                    if lexicon not in whole:
                        verdicts.extend(_scan(lexicon, ((None, bucket),), sentence))
        for lexicon in self._lexicons:
            verdicts.extend(_scan(lexicon, lexicon.open_scans, text))
        return verdicts


def _expand_shorthand(lexicon: CompiledLexicon, text: str) -> str:
    if lexicon.shorthand is None:
        return text
    return lexicon.shorthand.sub(lambda m: lexicon.shorthand_words[m.group(0)], text)


def _scan(lexicon: CompiledLexicon, scans, text: str) -> list[_Verdict]:
    verdicts = []
    for _category, pattern in scans:
        for match in pattern.finditer(text):
            verdict = _judge(lexicon, text, match)
            if verdict is not None and verdict.tier is not Tier.NONE:
                verdicts.append(verdict)
                if verdict.tier is Tier.CRISIS:
                    # One crisis is enough per pattern group; a repeated phrase adds nothing.
                    break
    return verdicts


def _judge(lexicon: CompiledLexicon, text: str, match: re.Match[str]) -> _Verdict | None:
    """One match weighed in its context: denied, light, about someone else, in the past, not an age now."""
    rule = lexicon.rules[match.lastgroup]
    start, end = match.span()
    tier, category = rule.tier, rule.category
    before = _clause_before(lexicon, text, start)
    after = _clause_after(lexicon, text, end)
    sentence = _sentence(text, start, end)
    if category is Category.MINOR:
        window = text[max(0, start - 40) : start] + " " + match.group(0) + " " + text[end : end + 30]
        if lexicon.not_now_age.search(window):
            return None
    # Only the words right before a signal name whose state it is ("my sister is suicidal"); a
    # person named earlier in the clause is often the cause, not the subject.
    if category in OWN_STATE and _someone_else(lexicon, " ".join(before.split()[-_SUBJECT_REACH_WORDS:])):
        category = Category.OTHER_PERSON
    if lexicon.past.search(sentence) and not lexicon.present.search(before + " " + after):
        if category in ABUSE:
            category = Category.PAST_ABUSE
        elif category in OWN_STATE:
            tier = Tier.CHECK
    if rule.hyperbole or rule.joking:
        cues = len(lexicon.light.findall(sentence))
        if rule.hyperbole and lexicon.condition.search(after or sentence):
            cues += 1
        if cues >= 2:
            return None
        if cues == 1:
            tier = _LOWER[tier]
    if _denied(lexicon, before, match.group(0), rule.pattern):
        tier = _LOWER[tier]
    elif lexicon.topic.search(sentence):
        # Talk about the subject (a film, a lecture, a shift on the ward) is at most a check.
        tier = _LOWER[tier] if tier is Tier.CRISIS else tier
    return _Verdict(tier, category, lexicon.code, start)


def _clause_before(lexicon: CompiledLexicon, text: str, start: int) -> str:
    before = text[max(0, start - _CLAUSE_REACH) : start]
    cut = 0
    for found in lexicon.clause.finditer(before):
        cut = found.end()
    return before[cut:]


def _clause_after(lexicon: CompiledLexicon, text: str, end: int) -> str:
    after = text[end : end + _CLAUSE_REACH]
    found = lexicon.clause.search(after)
    return after[: found.start()] if found else after


def _sentence(text: str, start: int, end: int) -> str:
    head = text[max(0, start - _SENTENCE_REACH) : start]
    tail = text[end : end + _SENTENCE_REACH]
    breaks = list(_SENTENCE_BREAK.finditer(head))
    if breaks:
        head = head[breaks[-1].end() :]
    found = _SENTENCE_BREAK.search(tail)
    if found:
        tail = tail[: found.start()]
    return head + text[start:end] + tail


def _someone_else(lexicon: CompiledLexicon, before: str) -> bool:
    """True when the nearest subject before a signal is another person, not the writer."""
    third = [m.end() for m in lexicon.third_person.finditer(before)]
    if not third:
        return False
    first = [m.end() for m in lexicon.first_person.finditer(before)]
    return not first or third[-1] > first[-1]


def _denied(lexicon: CompiledLexicon, before: str, matched: str, pattern: str) -> bool:
    # Patterns that open with a subject hold their own negation slot ("he never hit me").
    if pattern.startswith(
        ("\\b<SUBJ> <ADV>", "<NEGATABLE>", "\\b(?:<THIRD>) <ADV>")
    ) and lexicon.negation.search(matched):
        return True
    cues = list(lexicon.negation.finditer(before))
    if not cues:
        return False
    gap = before[cues[-1].end() :]
    return len(gap.split()) <= _NEGATION_REACH_WORDS and not lexicon.hedge.search(gap)


def _summarise(verdicts: list[_Verdict]) -> Screening:
    if not verdicts:
        return CLEAR
    top = max(_RANK[verdict.tier] for verdict in verdicts)
    chosen = sorted((v for v in verdicts if _RANK[v.tier] == top), key=lambda v: v.position)
    categories = {verdict.category for verdict in chosen}
    if top == _RANK[Tier.CRISIS] and any(v.category is Category.MINOR for v in verdicts):
        # An age said beside a danger: the danger is a minor's.
        categories.add(Category.MINOR)
    if Category.COERCION in categories:
        # A partner's threat to harm themselves to control the writer is abuse, not a third
        # person's crisis for the writer to manage.
        categories.discard(Category.OTHER_PERSON)
    return Screening(chosen[0].tier, frozenset(categories), chosen[0].language)


@cache
def default_screen() -> Screen:
    """The screen over every language, built on first use."""
    return Screen()


def screen(text: str) -> Screening:
    """Screen one typed text with every language's patterns."""
    return default_screen()(text)


HELP_WORDS = frozenset(
    fold(word)
    for word in (
        "help",
        "crisis",
        "emergency",
        "sos",
        "ayuda",
        "socorro",
        "ajuda",
        "hilfe",
        "notfall",
        "aide",
        "au secours",
        "aiuto",
        "помогите",
        "помощь",
        "допоможіть",
        "допомога",
        "yardım",
        "imdat",
        "pomocy",
        "pomoc",
        "کمک",
        "مساعدة",
        "النجدة",
        "tolong",
        "bantuan",
    )
)
_NOT_WORD = re.compile(r"[^\w ]+")


def asks_for_help(text: str) -> bool:
    """True when the whole message is one help word ("help", "SOS!", "/help", "ayuda"), treated as /sos."""
    cleaned = _NOT_WORD.sub(" ", fold(text))
    return " ".join(cleaned.split()) in HELP_WORDS
