"""Rules for text people type: folded onto one line, control characters dropped, cut to a length, set mid-sentence."""

from __future__ import annotations

import unicodedata


def clean_typed_text(text: str, max_chars: int) -> tuple[str, bool]:
    """Typed text on one line, without control characters, cut to `max_chars`; also whether it was cut.

    Control characters carry no meaning in a note, and PostgreSQL refuses NUL in text columns.
    """
    printable = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    cleaned = " ".join(printable.split())
    return cleaned[:max_chars], len(cleaned) > max_chars


def in_sentence(text: str) -> str:
    """Typed text shaped to sit mid-sentence: folded onto one line, an ordinary first capital lowered.

    "I …", names in capitals and acronyms stay as typed ("NASA", "I'm", "Sam").
    """
    folded = " ".join(text.split())
    first_word = folded.split(" ", 1)[0] if folded else ""
    ordinary_capital = first_word[:1].isupper() and first_word[1:].islower() and len(first_word) > 1
    if ordinary_capital and not first_word.startswith(("I'", "I’")):
        return folded[0].lower() + folded[1:]
    return folded
