"""Spelling repair for the screen: a typed word one slip away from a word the patterns use is read as that word."""

# Only words the patterns need are repaired toward, and only when the typed word is not itself
# one of them. Short words are where ordinary words sit one letter apart ("dine" and "die"),
# so a four-letter word is only repaired when its letters are the same ("wnat" -> "want"), words
# of five to seven letters by one edit ("suicidial" -> "suicidal", "myslef" -> "myself"), longer
# ones by two. A star inside a word stands for one hidden letter ("k*ll", "su*cide").

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import OSA

_TOKEN = re.compile(r"[^\W\d_][\w*]*")
_MIN_LENGTH = 4
_CACHE_LIMIT = 50_000


class Vocabulary:
    """The words the patterns are written with, and the nearest of them to a typed word."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = frozenset(word for word in words if len(word) >= 3)
        self._by_start: dict[str, list[str]] = defaultdict(list)
        for word in sorted(self._words):
            self._by_start[word[0]].append(word)
        self._repairs: dict[str, str] = {}

    def __contains__(self, word: str) -> bool:
        return word in self._words

    def repair(self, text: str) -> str:
        """The text with each misspelt pattern word replaced by the word it was meant to be."""
        if not self._words:
            return text
        changes = {}
        for token in set(_TOKEN.findall(text)):
            repaired = self._repaired_token(token)
            if repaired != token:
                changes[token] = repaired
        if not changes:
            return text
        # One pass in C over the text, calling back only where a word changes.
        changed = re.compile(
            r"(?<![\w*])(?:"
            + "|".join(map(re.escape, sorted(changes, key=len, reverse=True)))
            + r")(?![\w*])"
        )
        return changed.sub(lambda match: changes[match.group(0)], text)

    def _repaired_token(self, token: str) -> str:
        if token in self._words or (len(token) < _MIN_LENGTH and "*" not in token):
            return token.replace("*", "") if "*" in token else token
        known = self._repairs.get(token)
        if known is None:
            known = self._nearest(token) or token.replace("*", "")
            if len(self._repairs) < _CACHE_LIMIT:
                self._repairs[token] = known
        return known

    def _nearest(self, token: str) -> str | None:
        if "*" in token:
            if token.startswith("*"):
                return None
            hidden = re.compile(re.escape(token).replace(r"\*", "."))
            return next(
                (w for w in self._by_start[token[0]] if len(w) == len(token) and hidden.fullmatch(w)), None
            )
        size = len(token)
        if size == _MIN_LENGTH:
            letters = sorted(token)
            for word in self._by_start[token[0]]:
                if len(word) == size and sorted(word) == letters and OSA.distance(word, token) == 1:
                    return word
            return None
        limit = 1 if size <= 7 else 2
        best, best_distance = None, limit + 1
        # A slip rarely changes the first letter; swapped first letters ("sucide") are covered
        # by also looking under the second letter.
        for start in {token[0], token[1]}:
            for word in self._by_start[start]:
                if abs(len(word) - size) > limit or len(word) < 5:
                    continue
                # An ending added or dropped is another form of a word, not a slip ("leaves").
                if word.startswith(token) or token.startswith(word):
                    continue
                distance = OSA.distance(word, token, score_cutoff=limit)
                if distance < best_distance:
                    best, best_distance = word, distance
        return best
