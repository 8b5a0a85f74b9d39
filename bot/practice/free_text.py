"""Rules for text people type: folded onto one line, control characters dropped, cut to a length."""

from __future__ import annotations

import unicodedata


def clean_typed_text(text: str, max_chars: int) -> tuple[str, bool]:
    """Typed text on one line, without control characters, cut to `max_chars`; also whether it was cut.

    Control characters carry no meaning in a note, and PostgreSQL refuses NUL in text columns.
    """
    printable = "".join(" " if unicodedata.category(char) == "Cc" else char for char in text)
    cleaned = " ".join(printable.split())
    return cleaned[:max_chars], len(cleaned) > max_chars
