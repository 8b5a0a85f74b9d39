"""The safety pause as pure transitions: what a crisis signal starts, and what "how are you now?" changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.practice.pausing import SAFETY_PAUSE, HowAreYou, lifts_pause, safety_pause_until

# The gentle follow-up the day after a crisis signal.
FOLLOW_UP_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class PauseChange:
    """What one step of the safety pause writes: the pause (kept until, or lifted) and its messages."""

    pause_until: datetime | None  # None: the pause is lifted
    follow_up_at: datetime | None = None  # the day-after check-in, when one is due
    how_are_you_at: datetime | None = None  # "how are you now?", when it is (again) due
    cancel_no_answer: bool = True  # the week-of-silence line no longer applies


def on_signal(now: datetime) -> PauseChange:
    """A crisis signal: practice holds back, a gentle follow-up tomorrow, the question when the pause ends."""
    return PauseChange(
        pause_until=safety_pause_until(now),
        follow_up_at=now + FOLLOW_UP_AFTER,
        how_are_you_at=now + SAFETY_PAUSE,
    )


def on_how_are_you(answer: HowAreYou, now: datetime) -> PauseChange:
    """Better or about the same lifts the pause; still struggling keeps it and asks again later."""
    if lifts_pause(answer):
        return PauseChange(pause_until=None)
    return PauseChange(pause_until=safety_pause_until(now), how_are_you_at=now + SAFETY_PAUSE)
