"""Keep-going: after several unanswered check-ins ask once whether to go on, and stay quiet until answered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

UNANSWERED_BEFORE_ASKING = 5
# Asked and not answered: the check-ins stay quiet this long, then start again by themselves.
KEEP_GOING_WAIT = timedelta(days=7)


@dataclass(frozen=True)
class KeepGoing:
    """When "keep going?" was asked (None: not waiting for an answer) and when the count last restarted."""

    asked_at: datetime | None
    reset_at: datetime | None


@dataclass(frozen=True)
class SentCheckIn:
    """A recent check-in as the count sees it: whether it was answered, and whether and when it was sent."""

    answered: bool
    sent: bool
    sent_at: datetime | None


class Next(StrEnum):
    """What the check-in that fell due becomes."""

    SEND = "send"  # the check-in, as usual
    QUIET = "quiet"  # nothing: "keep going?" waits for an answer
    ASK = "ask"  # "keep going?" instead of the check-in


def unanswered_in_a_row(recent: Sequence[SentCheckIn], reset_at: datetime | None) -> int:
    """How many of the newest check-ins (newest first) were sent and left unanswered since the last restart."""
    count = 0
    for checkin in recent:
        if checkin.answered or not checkin.sent:
            break
        if reset_at is not None and checkin.sent_at is not None and checkin.sent_at <= reset_at:
            break
        count += 1
    return count


def before_checkin(state: KeepGoing, recent: Sequence[SentCheckIn], now: datetime) -> tuple[KeepGoing, Next]:
    """Whether the due check-in goes out, waits, or becomes "keep going?"; and the state after."""
    if state.asked_at is not None:
        if now - state.asked_at < KEEP_GOING_WAIT:
            return state, Next.QUIET
        # A week without an answer: start again as if they had said yes.
        return KeepGoing(asked_at=None, reset_at=now), Next.SEND
    if unanswered_in_a_row(recent, state.reset_at) >= UNANSWERED_BEFORE_ASKING:
        return replace(state, asked_at=now), Next.ASK
    return state, Next.SEND


def answered(state: KeepGoing, now: datetime) -> KeepGoing:
    """Any answer to "keep going?" (the button, a check-in opened, a pause, a new time): the count restarts."""
    return KeepGoing(asked_at=None, reset_at=now) if state.asked_at is not None else state


def restarted(now: datetime) -> KeepGoing:
    """A change that is an answer whether or not the question was asked (a pause, a new time or zone)."""
    return KeepGoing(asked_at=None, reset_at=now)
