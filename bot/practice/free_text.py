"""Rules for text people type: cleaned, cut, set mid-sentence, and kept (a burst joined) until the user chooses what to do with it."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta


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


# Typed text outside any question waits this long for the user's choice of what to do with it.
PENDING_LIFETIME = timedelta(minutes=10)
PENDING_MAX_CHARS = 1000

# The first words back to text typed outside any question: it was read, and nothing is asked of them.
HEARD = (
    "Thank you for telling me.",
    "I read that. Thanks for putting it into words.",
    "Thanks for sharing that with me.",
    "I hear you.",
)
CHOOSE = "What would help with it?"


def joined_burst(
    pending: str | None, pending_at: datetime | None, typed: str, now: datetime, *, continues: bool
) -> str:
    """What is kept for the user's choice: a line that `continues` a recent burst is added to it;
    otherwise it starts afresh. Cut to PENDING_MAX_CHARS."""
    fresh = pending is None or pending_at is None or now - pending_at > PENDING_LIFETIME
    joined = typed if fresh or not continues else f"{pending} {typed}"
    return joined[:PENDING_MAX_CHARS]


def is_pending(pending_at: datetime | None, now: datetime) -> bool:
    """Whether kept text still waits for the user's choice."""
    return pending_at is not None and now - pending_at <= PENDING_LIFETIME


def only_emoji(text: str) -> bool:
    """A message of emoji (and spaces) alone, with no letters or digits."""
    stripped = "".join(text.split())
    return bool(stripped) and not any(char.isalnum() for char in stripped)
