"""A fast gate for long texts: only sentences holding a word a pattern needs are given to the patterns."""

# A regex alternation of a thousand patterns costs microseconds at every word; a long message
# would take seconds. Almost every pattern needs some word of its own ("die", "pills", "morir"),
# and the parsed pattern tells which: a set of word beginnings of which every match holds one.
# A sentence whose words begin with none of them cannot match, so it is skipped, and the few
# patterns with no such word are run over the whole text.

from __future__ import annotations

import re
import re._parser as sre_parse  # the standard library's own regex parser
from collections.abc import Iterable

_MIN_PREFIX = 2
# Frequent words make poor gates (every sentence has one); a pattern's rarer word is preferred.
_COMMON = frozenset(
    "had has long walk walked talk talked told tell said say says see saw look looked day days night week home "
    "work went come came give gave keep kept left put let way well good bad right today last first "
    "about again any around away being have just realy really want wil will with what when that this there them "
    "they then from like know more much only some such than very your would could should going ben been were stil "
    "still over into even ever never always because after before every also make made take took feel felt ned need "
    "here time people thing things back down dont cant the and you for not are but all out one get got now how who "
    "why que para como pero mas por con una los las del der das und nicht ich ist mit sie ein eine auf den dem "
    "che non per una sono come mais pas pour avec est les des une que qui это что как так все ты мне меня не".split()
)


def required_prefixes(source: str) -> frozenset[str] | None:
    """Word beginnings of which every match of `source` holds one, or None when none can be told."""
    return _sequence(list(sre_parse.parse(source)), at_word_start=True)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    if not candidates:
        return None
    # The cheapest gate opens the fewest sentences: frequent and short words cost the most.
    return min(candidates, key=lambda found: sum(_cost(prefix) for prefix in found))


def _cost(prefix: str) -> int:
    if prefix in _COMMON:
        return 100
    return {2: 30, 3: 10, 4: 3}.get(len(prefix), 1)


def _sequence(items: list, at_word_start: bool) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run, run_at_start = "", False

    def flush() -> None:
        nonlocal run
        if run_at_start and len(run) >= _MIN_PREFIX:
            candidates.append(frozenset({run}))
        run = ""

    for op, value in items:
        name = str(op)
        if name in ("SUBPATTERN", "BRANCH", "IN") and run and run_at_start:
            # The regex parser pulls a shared first letter out of alternatives ("с(?:елфхарм|амо…)"):
            # put it back in front of each alternative's leading letters.
            heads = _heads([(op, value)])
            if heads:
                candidates.append(frozenset(run + head for head in heads))
        if name == "LITERAL":
            char = chr(value)
            if char.isalnum():
                if not run:
                    run_at_start = at_word_start
                run += char
                at_word_start = False
            else:
                flush()
                at_word_start = True
        elif name == "AT":
            flush()
            at_word_start = str(value) == "AT_BOUNDARY" or at_word_start
        elif name == "SUBPATTERN":
            flush()
            found = _sequence(list(value[-1]), at_word_start)
            if found:
                candidates.append(found)
            at_word_start = _ends_in_space([(op, value)])
        elif name == "BRANCH":
            flush()
            found = _branches(value[1], at_word_start)
            if found:
                candidates.append(found)
            at_word_start = _ends_in_space([(op, value)])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            flush()
            low, _high, item = value
            if low >= 1:
                found = _sequence(list(item), at_word_start)
                if found:
                    candidates.append(found)
                at_word_start = _ends_in_space(list(item))
            else:
                # Skipped, the position is where it was; taken, it is after the item.
                at_word_start = at_word_start and _ends_in_space(list(item))
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue
        else:
            flush()
            at_word_start = False
    flush()
    return _best(candidates)


_MAX_HEADS = 64


def _heads(items: list) -> frozenset[str] | None:
    """The letters every way through `items` starts with (one string per way), or None when some way starts otherwise."""
    if not items:
        return None
    op, value = items[0]
    name = str(op)
    if name == "LITERAL":
        letters = ""
        for each_op, each_value in items:
            if str(each_op) != "LITERAL" or not chr(each_value).isalnum():
                break
            letters += chr(each_value)
        return frozenset({letters}) if letters else None
    if name == "IN":
        chars = [chr(v) for kind, v in value if str(kind) == "LITERAL"]
        if len(chars) != len(value) or not all(ch.isalnum() for ch in chars):
            return None
        return frozenset(chars)
    if name == "SUBPATTERN":
        return _heads(list(value[-1]))
    if name == "BRANCH":
        found: set[str] = set()
        for alternative in value[1]:
            each = _heads(list(alternative))
            if not each:
                return None
            found |= each
            if len(found) > _MAX_HEADS:
                return None
        return frozenset(found)
    return None


def _ends_in_space(items: list) -> bool:
    """True when every way through `items` ends with a space, so a word starts right after."""
    if not items:
        return False
    op, value = items[-1]
    name = str(op)
    if name == "LITERAL":
        return chr(value) == " "
    if name == "SUBPATTERN":
        return _ends_in_space(list(value[-1]))
    if name == "BRANCH":
        return all(_ends_in_space(list(alternative)) for alternative in value[1])
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        return value[0] >= 1 and _ends_in_space(list(value[2]))
    return False


def _branches(alternatives: Iterable, at_word_start: bool) -> frozenset[str] | None:
    found: set[str] = set()
    for alternative in alternatives:
        each = _sequence(list(alternative), at_word_start)
        if not each:
            return None
        found |= each
    return frozenset(found)


_TOKEN = re.compile(r"\w+")


class Gate:
    """The word beginnings in a sentence that some pattern needs; a sentence with none is skipped."""

    def __init__(self, prefixes: Iterable[str], words: Iterable[str] = ()) -> None:
        self._prefixes = frozenset(prefix for prefix in prefixes if len(prefix) >= _MIN_PREFIX)
        self._lengths = sorted({len(prefix) for prefix in self._prefixes})
        # Short forms that stand for a pattern's words ("kms", "2") count only as whole words.
        self._words = frozenset(words)
        self._seen: dict[str, tuple[str, ...]] = {}

    def _opened_by(self, token: str) -> tuple[str, ...]:
        known = self._seen.get(token)
        if known is None:
            known = tuple(
                token[:size]
                for size in self._lengths
                if size <= len(token) and token[:size] in self._prefixes
            )
            if len(self._seen) < 100_000:
                self._seen[token] = known
        return known

    def opened(self, sentence: str) -> tuple[set[str], set[str]]:
        """The pattern word beginnings found in a sentence, and its words that are short forms."""
        found: set[str] = set()
        short: set[str] = set()
        for token in set(_TOKEN.findall(sentence)):
            found.update(self._opened_by(token))
            if token in self._words:
                short.add(token)
        return found, short
