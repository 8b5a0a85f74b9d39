"""Every kind of scheduled message, declared once: its name, when it comes back, and how late it may still go out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from scheduler import due
from storage.models import User

# next_due(user, the occurrence's due instant, now) -> the next occurrence, or None for a one-off
NextDue = Callable[[User, datetime, datetime], datetime | None]
# still_worth_sending(user, the occurrence's due instant, now) -> whether it may go out this late
LatenessRule = Callable[[User, datetime, datetime], bool]


@dataclass(frozen=True)
class Kind:
    """One kind of scheduled message; a handler supplies only how it is rendered (see scheduler/dispatch.py)."""

    name: str
    next_due: NextDue
    still_worth_sending: LatenessRule
    # Practice prompts hold back while the user is paused or under a safety pause; messages the user
    # asked for in the moment, and the safety messages themselves, do not.
    practice_prompt: bool = True


def one_off(user: User, due_at: datetime, now: datetime) -> None:
    """Sent once, then its row is removed."""
    return None


def next_daily_checkin(user: User, due_at: datetime, now: datetime) -> datetime | None:
    """The next evening at the user's check-in time; from whichever is later, so a stale row jumps ahead."""
    if user.checkin_time is None or user.time_zone is None:
        return None
    return due.next_due(max(now, due_at), user.checkin_time, ZoneInfo(user.time_zone))


def next_weekly_recap(user: User, due_at: datetime, now: datetime) -> datetime | None:
    """The next recap weekday at the user's recap time."""
    if user.time_zone is None:
        return None
    return due.next_weekly_due(
        max(now, due_at), user.recap_weekday, user.recap_time, ZoneInfo(user.time_zone)
    )


# The weekly secure-base question for linked partners: one row per partner (ref_id = the link),
# Wednesday evening in each one's own zone, so both fall in the same ISO week wherever they are.
PARTNER_EXCHANGE_WEEKDAY = 2
PARTNER_EXCHANGE_TIME = time(19, 0)


def next_partner_exchange_after(after: datetime, zone_name: str | None) -> datetime:
    """The next weekly partner question after `after`, in the user's zone (UTC before they set one)."""
    return due.next_weekly_due(
        after, PARTNER_EXCHANGE_WEEKDAY, PARTNER_EXCHANGE_TIME, ZoneInfo(zone_name or "UTC")
    )


def next_partner_exchange(user: User, due_at: datetime, now: datetime) -> datetime:
    """The next week's partner question."""
    return next_partner_exchange_after(max(now, due_at), user.time_zone)


def within_practice_day(user: User, due_at: datetime, now: datetime) -> bool:
    """A daily message is worth sending late only while the practice day it belongs to lasts."""
    return user.time_zone is not None and due.still_meaningful(due_at, now, ZoneInfo(user.time_zone))


def within(window: timedelta) -> LatenessRule:
    """Worth sending up to `window` after it fell due."""

    def rule(user: User, due_at: datetime, now: datetime) -> bool:
        return now - due_at <= window

    return rule


def always(user: User, due_at: datetime, now: datetime) -> bool:
    """Still worth sending however late (its text says when it was meant for)."""
    return True


CHECKIN = Kind("checkin", next_daily_checkin, within_practice_day)
RECAP = Kind("recap", next_weekly_recap, within_practice_day)
# How a timed practice felt: only while the practice is still fresh.
EXERCISE_FOLLOW_UP = Kind("exercise_followup", one_off, within(timedelta(hours=6)))
# The day after a crisis signal; its text says "yesterday" or "the other day".
SAFETY_FOLLOW_UP = Kind("safety_followup", one_off, always, practice_prompt=False)
# "How are you now?" before a safety pause lifts.
PAUSE_LIFT_QUESTION = Kind("safety_ask", one_off, always, practice_prompt=False)
# A week without an answer to that question: one gentle line, then practice comes back.
PAUSE_LIFT_NO_ANSWER = Kind("safety_no_answer", one_off, always, practice_prompt=False)
# Timers the user set in the moment ("hold the message", "stay five more minutes").
HELD_MESSAGE_QUESTION = Kind("held_message", one_off, always, practice_prompt=False)


def held_question_due(held_at: datetime, wait_minutes: int) -> datetime:
    """When "Still want to send it?" falls due: the wait the user picked, from when the message was held."""
    return held_at + timedelta(minutes=wait_minutes)


STAY_TIMER_END = Kind("stay_timer", one_off, always, practice_prompt=False)
# The week's question to linked partners; the exchange's own expiry bounds how late it may still be asked.
PARTNER_EXCHANGE = Kind("partner_exchange", next_partner_exchange, always)

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        CHECKIN,
        RECAP,
        EXERCISE_FOLLOW_UP,
        SAFETY_FOLLOW_UP,
        PAUSE_LIFT_QUESTION,
        PAUSE_LIFT_NO_ANSWER,
        HELD_MESSAGE_QUESTION,
        STAY_TIMER_END,
        PARTNER_EXCHANGE,
    )
}
