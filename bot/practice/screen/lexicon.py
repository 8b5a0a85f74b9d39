"""The shape of one language's screen: signal patterns with their tier and category, and the context words that temper them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from bot.practice.screen.gate import required_prefixes
from bot.practice.screen.normalising import fold, fold_pattern


class Tier(StrEnum):
    """How urgently a message needs a human answer: resources at once, one gentle question, or nothing."""

    CRISIS = "crisis"
    CHECK = "check"
    NONE = "none"


class Category(StrEnum):
    """What a signal is about; each routes to its own answer."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    PARTNER_VIOLENCE = "partner_violence"
    SEXUAL_VIOLENCE = "sexual_violence"
    MINOR = "minor"
    EATING_DISORDER = "eating_disorder"
    MEDICAL_EMERGENCY = "medical_emergency"
    OTHER_PERSON = "other_person"
    PAST_ABUSE = "past_abuse"
    COERCION = "coercion"


# Signals about the writer's own state; said of someone else they become other_person.
OWN_STATE = frozenset(
    {Category.SUICIDE, Category.SELF_HARM, Category.EATING_DISORDER, Category.MEDICAL_EMERGENCY}
)
# Abuse that, told as history ("when I was 8"), is past_abuse rather than a danger now.
ABUSE = frozenset({Category.PARTNER_VIOLENCE, Category.SEXUAL_VIOLENCE, Category.MINOR})


@dataclass(frozen=True)
class Rule:
    """One signal pattern. `hyperbole` marks death words people also use lightly ("I'll die if he leaves")."""

    category: Category
    tier: Tier
    pattern: str
    hyperbole: bool = False
    # Lowered by laughter or a trivial cause only, never by a condition ("I'll kill myself if he
    # doesn't answer" is a threat to take seriously; "I'll die if he leaves" is a worry).
    joking: bool = False


def crisis(
    category: Category, *patterns: str, hyperbole: bool = False, joking: bool = False
) -> tuple[Rule, ...]:
    """Crisis-tier rules of one category."""
    return tuple(Rule(category, Tier.CRISIS, pattern, hyperbole, joking) for pattern in patterns)


def check(
    category: Category, *patterns: str, hyperbole: bool = False, joking: bool = False
) -> tuple[Rule, ...]:
    """Check-tier rules of one category (ambiguous or indirect distress)."""
    return tuple(Rule(category, Tier.CHECK, pattern, hyperbole, joking) for pattern in patterns)


@dataclass(frozen=True)
class Lexicon:
    """One language's rules and context words, written in plain spelling with <MACRO> slots."""

    code: str
    rules: tuple[Rule, ...]
    macros: dict[str, str] = field(default_factory=dict)
    # Txt-speak and contractions read as the words they stand for ("wanna" -> "want to").
    shorthand: dict[str, str] = field(default_factory=dict)
    # Conjunctions that end a clause, beside punctuation ("but", "aber", "pero").
    clause: str = r"(?!)"
    # Words a typed slip is repaired toward ("suicidial" -> "suicidal"); only distinctive ones.
    typo_targets: tuple[str, ...] = ()
    # Talk about a subject rather than a person's own life ("a documentary", "a lecture").
    topic: str = r"(?!)"
    # Words that deny what follows within a few words ("not", "no", "nunca").
    negation: str = r"(?!)"
    # Words after a denial that show it denies something else ("I don't know why I want to die").
    hedge: str = r"(?!)"
    # Marks of a story told as history ("when I was 8", "years ago", "used to").
    past: str = r"(?!)"
    # Marks that the danger is now after all ("again", "still", "tonight"), overriding `past`.
    present: str = r"(?!)"
    # A subject other than the writer, read back from a signal ("my sister is suicidal").
    third_person: str = r"(?!)"
    # The writer as subject; the nearest subject decides whose state a signal describes.
    first_person: str = r"(?!)"
    # Light or trivial causes that make a death word hyperbole ("this meeting", "lol").
    light: str = r"(?!)"
    # Conditions that make a death word about a relationship worry ("if he leaves me").
    condition: str = r"(?!)"
    # Words that make an age a simile or a memory ("I feel like I'm 12 again").
    not_now_age: str = r"(?!)"


_MACRO = re.compile(r"<[A-Z_]+>")


def expand(source: str, macros: dict[str, str]) -> str:
    """A pattern with its macros filled in (macros may hold macros) and folded like the text."""
    previous = None
    while previous != source:
        previous = source
        source = _MACRO.sub(lambda m: macros.get(m.group(0), m.group(0)), source)
    if _MACRO.search(source):
        raise ValueError(f"unknown macro in {source!r}")
    return fold_pattern(source)


_CAPTURING = re.compile(r"(?<!\\)\((?!\?)")


@dataclass(frozen=True)
class CompiledRule:
    """One rule compiled on its own, so every rule is tried at every place (none hides another)."""

    name: str
    rule: Rule
    pattern: re.Pattern[str]
    # Word beginnings of which every match holds one (see gate.py), or None when none can be told.
    prefixes: frozenset[str] | None


@dataclass(frozen=True)
class CompiledLexicon:
    """A lexicon ready to read: its rules, indexed by the word beginnings they need."""

    code: str
    rules: tuple[CompiledRule, ...]
    # The rules needing each word beginning, read only where a word starts with it ...
    buckets: dict[str, tuple[CompiledRule, ...]]
    # ... and the rules with no word of their own, always read in full.
    open_rules: tuple[CompiledRule, ...]
    prefixes: frozenset[str]
    shorthand: re.Pattern[str] | None
    shorthand_words: dict[str, str]
    clause: re.Pattern[str]
    negation: re.Pattern[str]
    hedge: re.Pattern[str]
    past: re.Pattern[str]
    present: re.Pattern[str]
    third_person: re.Pattern[str]
    first_person: re.Pattern[str]
    light: re.Pattern[str]
    condition: re.Pattern[str]
    not_now_age: re.Pattern[str]
    topic: re.Pattern[str]
    # The language's own small words (pronouns, denials, conjunctions), to recognise text in it.
    home: re.Pattern[str]
    words: frozenset[str]


def compile_lexicon(lexicon: Lexicon) -> CompiledLexicon:
    """Compile a lexicon: each rule on its own, every match starting at a word."""
    compiled: list[CompiledRule] = []
    by_prefix: dict[str, list[CompiledRule]] = {}
    for index, rule in enumerate(lexicon.rules):
        source = _CAPTURING.sub("(?:", expand(rule.pattern, lexicon.macros))
        # Every match begins at the start of a word; saying so first lets the engine leave other
        # positions after one cheap test.
        pattern = re.compile(r"(?<!\w)(?=\w)(?:" + source + ")")
        each = CompiledRule(f"{lexicon.code}{index}", rule, pattern, required_prefixes(source))
        compiled.append(each)
        for prefix in each.prefixes or ():
            by_prefix.setdefault(prefix, []).append(each)

    def context(source: str) -> re.Pattern[str]:
        return re.compile(expand(source, lexicon.macros))

    shorthand_words = {fold(key): fold(value) for key, value in lexicon.shorthand.items()}
    shorthand = (
        re.compile(
            r"(?<!\w)(?:"
            + "|".join(map(re.escape, sorted(shorthand_words, key=len, reverse=True)))
            + r")(?!\w)"
        )
        if shorthand_words
        else None
    )
    return CompiledLexicon(
        code=lexicon.code,
        rules=tuple(compiled),
        buckets={prefix: tuple(rules) for prefix, rules in by_prefix.items()},
        open_rules=tuple(each for each in compiled if not each.prefixes),
        prefixes=frozenset(by_prefix),
        shorthand=shorthand,
        shorthand_words=shorthand_words,
        clause=re.compile(r"[.!?;:,()\n]|" + expand(lexicon.clause, lexicon.macros)),
        negation=context(lexicon.negation),
        hedge=context(lexicon.hedge),
        past=context(lexicon.past),
        present=context(lexicon.present),
        third_person=context(lexicon.third_person),
        first_person=context(lexicon.first_person),
        light=context(lexicon.light),
        condition=context(lexicon.condition),
        not_now_age=context(lexicon.not_now_age),
        topic=context(lexicon.topic),
        home=re.compile(
            "|".join(
                f"(?:{expand(source, lexicon.macros)})"
                for source in (lexicon.first_person, lexicon.negation, lexicon.clause, lexicon.third_person)
            )
        ),
        words=frozenset(fold(word) for word in lexicon.typo_targets),
    )
