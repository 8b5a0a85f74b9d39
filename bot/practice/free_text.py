"""Rules for text people type: folded onto one line and cut to a length, with notice of the cut."""

from __future__ import annotations


def clean_typed_text(text: str, max_chars: int) -> tuple[str, bool]:
    """Typed text folded onto one line and cut to `max_chars`; also whether it was cut."""
    cleaned = " ".join(text.split())
    return cleaned[:max_chars], len(cleaned) > max_chars
