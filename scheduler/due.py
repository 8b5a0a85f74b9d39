"""Pure time rules: practice dates, local wall times to UTC instants across DST, next due instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

# Before this local time a night owl's "today" is still the previous day.
DAY_ROLLOVER = time(4, 0)


def practice_date(instant: datetime, zone: ZoneInfo) -> date:
    """The local date a moment belongs to, where 00:00–03:59 still counts as the day before."""
    local = instant.astimezone(zone)
    if local.time() < DAY_ROLLOVER:
        return local.date() - timedelta(days=1)
    return local.date()


def local_instant(local_date: date, local_time: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a date.

    A time skipped by a spring-forward change moves to the first valid instant after the gap;
    a time that happens twice on a fall-back day takes its first occurrence.
    """
    wall = datetime.combine(local_date, local_time)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # In a gap: fold=0 applies the pre-gap offset and fold=1 the post-gap one, so the
    # transition lies between the two readings. Find it to the second.
    low = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first
    post_gap_offset = high.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == post_gap_offset:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def due_instant(for_date: date, local_time: time, zone: ZoneInfo) -> datetime:
    """When the message for one practice date is due: times before 04:00 fall on the next calendar day."""
    calendar_date = for_date + timedelta(days=1) if local_time < DAY_ROLLOVER else for_date
    return local_instant(calendar_date, local_time, zone)


def next_due(after: datetime, local_time: time, zone: ZoneInfo) -> datetime:
    """The first due instant strictly after `after`: exactly one per practice date."""
    start = practice_date(after, zone) - timedelta(days=1)
    for offset in range(4):
        candidate = due_instant(start + timedelta(days=offset), local_time, zone)
        if candidate > after:
            return candidate
    raise AssertionError("a daily time always recurs within three days")  # pragma: no cover


def next_weekly_due(after: datetime, weekday: int, local_time: time, zone: ZoneInfo) -> datetime:
    """The first instant strictly after `after` at `local_time` on the local `weekday` (Monday 0)."""
    candidate = next_due(after, local_time, zone)
    while practice_date(candidate, zone).weekday() != weekday:
        candidate = next_due(candidate, local_time, zone)
    return candidate


def closes_at(for_date: date, zone: ZoneInfo) -> datetime:
    """When a practice date's check-in stops taking answers: 04:00 local the next morning."""
    return local_instant(for_date + timedelta(days=1), DAY_ROLLOVER, zone)


def still_meaningful(due_at: datetime, now: datetime, zone: ZoneInfo) -> bool:
    """A daily message is worth sending late only while the user's practice day it belongs to lasts."""
    return practice_date(now, zone) == practice_date(due_at, zone)


def describe_when(instant: datetime, zone: ZoneInfo, now: datetime) -> str:
    """A due instant in the user's words: "today at 21:00", "tomorrow at 21:00", "Wednesday at 21:00"."""
    local = instant.astimezone(zone)
    days_ahead = (local.date() - now.astimezone(zone).date()).days
    clock = f"{local:%H:%M}"
    if days_ahead == 0:
        return f"today at {clock}"
    if days_ahead == 1:
        return f"tomorrow at {clock}"
    return f"{local:%A} at {clock}"
