"""When scheduled messages hold back: a pause the user chose, or the safety pause after a crisis signal."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

# After a crisis signal practice prompts hold back; when this has passed the bot asks how the person
# is, and only their answer (or a week of silence, NO_ANSWER_WAIT) brings practice back.
SAFETY_PAUSE = timedelta(hours=72)
NO_ANSWER_WAIT = timedelta(days=7)
# Pause choices offered by /pause: (button label, length; None = until /resume).
PAUSE_CHOICES = {
    "3d": ("3 days", timedelta(days=3)),
    "7d": ("A week", timedelta(days=7)),
    "on": ("Until I resume", None),
}


def is_paused(paused_since: datetime | None, paused_until: datetime | None, now: datetime) -> bool:
    """Paused from `paused_since` until `paused_until` (or until resumed when that is None)."""
    if paused_since is None:
        return False
    return paused_until is None or now < paused_until


class HowAreYou(StrEnum):
    """The answers to the question asked when a safety pause would lift (button values: one letter)."""

    BETTER = "b"
    SAME = "s"
    STRUGGLING = "w"


HOW_ARE_YOU_LABELS = {
    HowAreYou.BETTER: "Better",
    HowAreYou.SAME: "About the same",
    HowAreYou.STRUGGLING: "Still struggling",
}


# The gentle line after a week of silence ends the pause; this margin keeps the pause until it has gone
# out, and ends it by itself only if it never could.
NO_ANSWER_MARGIN = timedelta(days=1)


def safety_pause_until(asked_from: datetime) -> datetime:
    """The latest a safety pause lasts when it starts (or is kept) at `asked_from`: the question, a week, a margin."""
    return asked_from + SAFETY_PAUSE + NO_ANSWER_WAIT + NO_ANSWER_MARGIN


def lifts_pause(answer: HowAreYou) -> bool:
    """Better or about the same brings practice back; still struggling keeps the pause."""
    return answer is not HowAreYou.STRUGGLING
