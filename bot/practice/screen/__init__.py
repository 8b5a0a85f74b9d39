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
from bot.practice.screen.cooccurrence import CueLayer, judge_kinds, language_of
from bot.practice.screen.gate import Gate
from bot.practice.screen.lexicon import (
    ABUSE,
    OWN_STATE,
    Category,
    CompiledLexicon,
    Rule,
    Tier,
    compile_lexicon,
)
from bot.practice.screen.normalising import fold, fold_pattern, forms
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
# How far around a sentence its window reaches (patterns and context look at most this far).
_WINDOW_REACH = 100
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
# Words of harm, fear or abuse in any of the languages; beside a minor's age they make a crisis.
_MINOR_DANGER = re.compile(
    fold_pattern(
        r"\b(?:touch\w*|abus\w*|hit(?:s|ting)? me|beat\w*|rap(?:e|ed|ing)|forc\w*|scared|afraid|hurt\w*|kill\w*|die|"
        r"dying|suicid\w*|cut(?:s|ting)?|molest\w*|groom\w*|threat\w*|blackmail\w*|nudes|naked|"
        r"toca\w*|pega\w*|viol\w*|miedo|morir|matar\w*|bate\w*|estupr\w*|medo|morrer|"
        r"fasst|anfass\w*|missbrauch\w*|schl[aä]gt|vergewalt\w*|angst|sterben|umbring\w*|"
        r"touche\w*|frappe\w*|peur|mourir|tuer|tocca\w*|picchia\w*|stupr\w*|paura|morire|ammazz\w*|"
        r"трога\w*|бь[её]т|насил\w*|боюсь|умереть|убить|чіпа\w*|б.є|боюся|померти|вбити|"
        r"dotyka\w*|bije|molest\w*|gwałc\w*|boj[eę]|umrze[cć]|zabi[cć]|"
        r"dokun\w*|döv\w*|taciz\w*|tecav[uü]z\w*|kork\w*|ölmek|öldür\w*|"
        r"میزن\w*|تجاوز|میترسم|بمیرم|بکشم|يلمس\w*|يتحرش|يضرب\w*|اغتصب\w*|خايف\w*|اموت|اقتل\w*|"
        r"raba\w*|pukul\w*|perkosa\w*|takut|mati|bunuh)\b"
    )
)
# A screen built with this reads every text whole, the reference the gated reading is tested against.
READ_WHOLE = 10**9


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

    def __init__(self, lexicons=LEXICONS, gate_from: int = 0, cues: bool = True) -> None:
        # Texts longer than `gate_from` characters are read sentence by sentence through the gate;
        # 0 gates every text. READ_WHOLE gives the reference reading (every pattern, whole text)
        # that a test holds the gated reading to on the corpus.
        self._gate_from = gate_from
        self._cues = CueLayer() if cues else None
        compiled = [compile_lexicon(lexicon) for lexicon in lexicons]
        # A Spanish pattern can fire on English text ("suicidal"); the denial, the joke or the
        # sister beside it is then in English. So every match is weighed with every language's
        # context words; only clause breaks stay per language ("i" ends no English clause).
        shared = {
            name: re.compile("|".join(f"(?:{getattr(each, name).pattern})" for each in compiled))
            for name in _SHARED_CONTEXT
        }
        self._lexicons = tuple(dataclasses.replace(each, **shared) for each in compiled)
        self._order = {lexicon.code: index for index, lexicon in enumerate(self._lexicons)}
        # Each language's own small words, to tell which language a text is in when several match.
        self._home = {each.code: each.home for each in compiled}
        # Typed slips are repaired per language, so an English word list never bends a German word
        # ("tabletten" stays itself for the German patterns).
        self._vocabularies = {lexicon.code: Vocabulary(lexicon.words) for lexicon in self._lexicons}
        self._gate = Gate(
            [prefix for lexicon in self._lexicons for prefix in lexicon.prefixes],
            [key for lexicon in self._lexicons for key in lexicon.shorthand_words],
        )

    def __call__(self, text: str) -> Screening:
        """Screen one typed text."""
        if not text or not text.strip():
            return CLEAR
        found: dict[tuple[str, int], _Verdict] = {}
        # Where any rule matched, whatever it was judged: the cue layer leaves those sentences alone.
        touched: list[int] = []
        readable = forms(text)
        for form in readable:
            readers: dict[str, list[CompiledLexicon]] = {}
            for lexicon in self._lexicons:
                readers.setdefault(self._vocabularies[lexicon.code].repair(form), []).append(lexicon)
            for repaired, lexicons in readers.items():
                seen: set[tuple[str, frozenset[str] | None]] = set()
                for offset, window, prefixes, short in self._windows(repaired):
                    # A window read before with the same rules adds nothing (long repeated texts).
                    key = (window, None if prefixes is None else frozenset(prefixes))
                    if key in seen:
                        continue
                    seen.add(key)
                    for lexicon in lexicons:
                        self._read(lexicon, window, offset, prefixes, short, found, touched)
                for lexicon in lexicons:
                    # Rules with no word of their own are read over the whole text.
                    self._read(lexicon, repaired, 0, set(), None, found, touched, open_only=True)
        verdicts = list(found.values())
        if self._cues is not None:
            verdicts += self._cue_verdicts(readable[-1], touched)
        if any(v.category is Category.MINOR for v in verdicts) and any(
            _MINOR_DANGER.search(form) for form in readable
        ):
            # Someone under 18 who also speaks of harm, fear or abuse: a crisis, whatever the words.
            verdicts.append(_Verdict(Tier.CRISIS, Category.MINOR, verdicts[0].language, verdicts[0].position))
        return self._summarise(verdicts, readable[-1])

    def _windows(self, text: str):
        """(offset, window, opened word beginnings or None for all, short forms) to read in `text`."""
        if len(text) <= self._gate_from:
            yield 0, text, None, None
            return
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
        for index, (start, end) in enumerate(sentences):
            prefixes, short = self._gate.opened(text[start:end])
            if not prefixes and not short:
                continue
            # The sentence with the sentences around it that a pattern or its context may reach.
            first = index
            while first > 0 and sentences[first - 1][0] >= start - _WINDOW_REACH:
                first -= 1
            last = index
            while last + 1 < len(sentences) and sentences[last + 1][0] <= end + _WINDOW_REACH:
                last += 1
            yield sentences[first][0], text[sentences[first][0] : sentences[last][1]], prefixes, short

    def _read(
        self, lexicon, window: str, offset: int, prefixes, short, found: dict, touched: list, open_only=False
    ) -> None:
        """Run one language's rules that the window may hold, adding new verdicts to `found`."""
        if open_only:
            rules = lexicon.open_rules
        elif prefixes is None or (short and short & lexicon.shorthand_words.keys()):
            # Read whole, or a short form may stand for a needed word: every rule.
            rules = [each for each in lexicon.rules if each.prefixes]
        else:
            rules = {
                each.name: each for prefix in prefixes for each in lexicon.buckets.get(prefix, ())
            }.values()
        if not rules:
            return
        window = _expand_shorthand(lexicon, window)
        for each in rules:
            for match in each.pattern.finditer(window):
                key = (each.name, offset + match.start())
                touched.append(offset + match.start())
                if key in found:
                    continue
                verdict = _judge(lexicon, window, match, each.rule)
                if verdict is not None and verdict.tier is not Tier.NONE:
                    found[key] = dataclasses.replace(verdict, position=offset + verdict.position)

    def _cue_verdicts(self, text: str, touched: list[int]) -> list[_Verdict]:
        """Signals of the cue layer in the sentences no rule matched, tempered by the shared context words."""
        verdicts = []
        context = self._lexicons[0]
        for found in _SENTENCE.finditer(text):
            start, end = found.span()
            if any(start <= position < end for position in touched):
                continue
            sentence = found.group(0)
            kinds = self._cues.kinds(sentence)
            judged = judge_kinds(kinds)
            if judged is None:
                continue
            tier, category = judged
            if "light" in kinds or context.light.search(sentence):
                tier = _LOWER[tier]
            if tier is Tier.CRISIS and (
                context.topic.search(sentence)
                or context.negation.search(sentence)
                or (context.past.search(sentence) and not context.present.search(sentence))
            ):
                tier = Tier.CHECK
            if tier is not Tier.NONE:
                verdicts.append(_Verdict(tier, category, language_of(kinds), start))
        return verdicts

    def _summarise(self, verdicts: list[_Verdict], text: str) -> Screening:
        if not verdicts:
            return CLEAR
        top = max(_RANK[verdict.tier] for verdict in verdicts)
        chosen = [v for v in verdicts if _RANK[v.tier] == top]
        categories = {verdict.category for verdict in chosen}
        if top == _RANK[Tier.CRISIS] and any(v.category is Category.MINOR for v in verdicts):
            # An age said beside a danger: the danger is a minor's.
            categories.add(Category.MINOR)
        if Category.COERCION in categories:
            # A partner's threat to harm themselves to control the writer is abuse, not a third
            # person's crisis for the writer to manage.
            categories.discard(Category.OTHER_PERSON)
        return Screening(chosen[0].tier, frozenset(categories), self._language(chosen, text))

    def _language(self, chosen: list[_Verdict], text: str) -> str:
        """The language of the matches that sounds most like the text (its own small words), then the earliest."""
        languages = {verdict.language for verdict in chosen}
        if len(languages) == 1:
            return languages.pop()
        home = {code: len(self._home[code].findall(text)) for code in languages}
        first = {}
        for verdict in sorted(chosen, key=lambda v: (v.position, self._order[v.language])):
            first.setdefault(verdict.language, verdict.position)
        return min(languages, key=lambda code: (-home[code], first[code], self._order[code]))


def _expand_shorthand(lexicon: CompiledLexicon, text: str) -> str:
    if lexicon.shorthand is None:
        return text
    return lexicon.shorthand.sub(lambda m: lexicon.shorthand_words[m.group(0)], text)


def _judge(lexicon: CompiledLexicon, text: str, match: re.Match[str], rule: Rule) -> _Verdict | None:
    """One match weighed in its context: denied, light, about someone else, in the past, not an age now."""
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
