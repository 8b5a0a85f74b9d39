"""Text folding shared by the screen's patterns and the text they read: case, accents, scripts, disguises."""

# Patterns and text go through the same folding, so a pattern is written in ordinary spelling
# (with or without accents) and still meets "quiero morír", "QUIERO MORIR", "quieroo morir".
# Runs of one letter become one letter ("diiiie" -> "die", "ammazzare" -> "amazare") on both
# sides, so never rely on a doubled letter to tell two words apart.

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({ch: None for ch in "'’‘´`ʼʹ′‛＇"})

# Letters that stay distinct after removing accents, folded to what people type without them.
_LETTERS = str.maketrans(
    {
        "ı": "i",  # Turkish dotless i
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ß": "ss",
        # Arabic and Persian keyboards disagree on a few letters; fold them to one form.
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ـ": None,  # tatweel, a stretching stroke
        "ۀ": "ه",
        # Ukrainian and Russian typed on each other's keyboards.
        "ё": "е",
        "ґ": "г",
    }
)

# Cyrillic and Greek letters that look Latin; swapped into an English word they hide it.
# Only applied to words that mix scripts, so Russian and Ukrainian text stays itself.
_HOMOGLYPHS = str.maketrans(
    {
        "а": "a",
        "е": "e",
        "о": "o",
        "р": "p",
        "с": "c",
        "х": "x",
        "у": "y",
        "і": "i",
        "ј": "j",
        "ѕ": "s",
        "к": "k",
        "һ": "h",
        "ԁ": "d",
        "ӏ": "l",
        "α": "a",
        "ε": "e",
        "ι": "i",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
    }
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_Y_SLASH_O = re.compile(r"\by ?/ ?o\b")
# Hyphens, dashes and underscores join words ("self-harm", "kill_myself"); they become spaces.
# A star inside a word hides a letter people did not want to type ("k*ll"); it stays, and the
# vocabulary's spelling correction reads it as any one letter.
_JOINERS = re.compile(r"[\-‐‑‒–—―_~+=#|/\\]+")
_LOOSE_STARS = re.compile(r"(?<!\w)\*+|\*+(?!\w)")
_BANG_IN_WORD = re.compile(r"(?<=[a-z])!(?=[a-z])")
_MIXED_TOKEN = re.compile(r"[\w@$]*[013457@$][\w@$]*")
_HAS_LETTER = re.compile(r"[a-z]")
# "15yo", "14years", "10am": a number with a word stuck on is a quantity, never leetspeak.
_NUMBER_THEN_WORD = re.compile(r"\d+[a-z]+")
_SPACED_LETTERS = re.compile(r"(?<!\w)(?:[a-z][ .]){3,}[a-z](?!\w)")
_SQUEEZE = re.compile(r"([^\W\d_])\1+")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[a-z]")
_LOOKALIKE = re.compile(r"[аеорсхуіјѕкһԁӏαεικνορτυ]")
_WORD = re.compile(r"\w+")


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _visible(text: str) -> str:
    # Zero-width spaces and joiners, soft hyphens and bidi marks are invisible and split words.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _unmask_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if _LATIN.search(word) and _LOOKALIKE.search(word):
        return word.translate(_HOMOGLYPHS)
    return word


def _leet_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if _NUMBER_THEN_WORD.fullmatch(token) or not _HAS_LETTER.search(token):
        return token
    return _squeeze(token.translate(_LEET))


def fold(text: str) -> str:
    """Casefolded, accent-free, one spelling per letter, invisible characters gone, runs squeezed."""
    if not text.isascii():
        text = _visible(text).translate(_APOSTROPHES)
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = _without_marks(text.translate(_LETTERS))
        text = _WORD.sub(_unmask_word, text)
    return _squeeze(text.translate(_APOSTROPHES))


def fold_pattern(source: str) -> str:
    """A pattern folded like text, keeping regex syntax (escapes stay lower-case letters)."""
    source = _without_marks(unicodedata.normalize("NFKC", source).translate(_LETTERS))
    # A letter after a backslash is an escape (\b, \w), never one of a run.
    return re.sub(r"(?<!\\)([^\W\d_])\1+", r"\1", source)


def _squeeze(text: str) -> str:
    return _SQUEEZE.sub(r"\1", text)


def forms(text: str) -> tuple[str, ...]:
    """The text as the patterns read it: as typed, and (when it differs) with leetspeak undone."""
    # Each pass is skipped when its trigger character is absent: long notes stay fast.
    folded = fold(text)
    if "/" in folded:
        folded = _Y_SLASH_O.sub("yo", folded)
    spaced = _JOINERS.sub(" ", folded)
    if "*" in spaced:
        spaced = _LOOSE_STARS.sub(" ", spaced)
    if "!" in spaced:
        spaced = _BANG_IN_WORD.sub("i", spaced)
    plain = _finish(spaced)
    if not any(_HAS_LETTER.search(token.group(0)) for token in _MIXED_TOKEN.finditer(spaced)):
        return (plain,)
    leet = _finish(_MIXED_TOKEN.sub(_leet_token, spaced))
    return (plain,) if leet == plain else (leet, plain)


def _finish(text: str) -> str:
    text = _SPACED_LETTERS.sub(lambda m: _squeeze(re.sub(r"[ .]", "", m.group(0))), text)
    # Line breaks end a sentence (people type one thought a line); other runs of space become one.
    if "\n" not in text:
        return " ".join(text.split())
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
