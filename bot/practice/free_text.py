"""Rules for text people type: cleaned, cut, set mid-sentence, kept (a burst joined) until the user chooses what to do with it, and told from an answer."""

from __future__ import annotations

import re
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


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words (or the part before an apostrophe: "i'm", "he's") that a sentence about oneself or someone
# close has, and a place name or a time does not.
_PERSONAL_WORDS = frozenset(
    {"i", "im", "ive", "me", "my", "myself", "mine", "we", "us", "our", "he", "she", "they", "him", "her"}
    | {"them", "his", "their", "feel", "feels", "feeling", "felt"}
)
# Words of someone answering the question after all: a time in words, where they live, or leaving
# the choice open ("whatever works", "you pick").
_ANSWER_WORDS = frozenset(
    {"am", "pm", "o'clock", "oclock", "half", "quarter", "past", "noon", "midday", "midnight"}
    | {"morning", "mornings", "afternoon", "evening", "evenings", "time", "timezone", "zone", "utc", "gmt"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
    | {"live", "living", "based", "from", "city", "town"}
    | {"whatever", "anytime", "works", "idea", "pick", "choose", "suggest", "decide"}
)
# Shorter replies ("i don't know", "i don't mind") are more often about the question than about a feeling.
SENTENCE_MIN_WORDS = 4


def reads_as_sentence(text: str) -> bool:
    """Whether `text` reads as something said about how things are ("i feel awful tonight he didn't
    text back") rather than an attempt at a time or a place ("21", "9pm", "half past nine", "new york").

    A sentence has at least four words, one of them personal (I, me, he, feel, ...), no digit (times
    and offsets are written with them) and no word of the question being answered after all (a time
    or a place in words, "whatever works").
    """
    if any(char.isdigit() for char in text):
        return False
    words = [word.replace("’", "'") for word in _WORD.findall(text.casefold())]
    if len(words) < SENTENCE_MIN_WORDS or _ANSWER_WORDS.intersection(words):
        return False
    return any(word.split("'", 1)[0] in _PERSONAL_WORDS for word in words)
