"""Pure time rules: practice dates, DST gaps and overlaps, one due instant per day."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.due import (
    closes_at,
    describe_when,
    local_instant,
    next_due,
    next_weekly_due,
    practice_date,
    still_meaningful,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")


def test_practice_date_before_four_is_the_previous_day():
    """At 03:59 local time "today" is still yesterday; at 04:00 the new day begins."""
    assert practice_date(datetime(2026, 11, 24, 2, 59, tzinfo=UTC), BERLIN) == date(2026, 11, 23)
    assert practice_date(datetime(2026, 11, 24, 3, 0, tzinfo=UTC), BERLIN) == date(2026, 11, 24)


def test_spring_forward_gap_moves_to_the_first_valid_instant():
    """02:30 does not exist in Berlin on 29 March 2026, so it becomes 03:00 CEST (01:00 UTC)."""
    assert local_instant(date(2026, 3, 29), time(2, 30), BERLIN) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)


def test_fall_back_overlap_uses_the_first_occurrence():
    """02:30 happens twice in Berlin on 25 October 2026; the first (CEST, 00:30 UTC) is used."""
    assert local_instant(date(2026, 10, 25), time(2, 30), BERLIN) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_new_york_transitions():
    """New York's 02:30 on its spring-forward day is 03:00 EDT; 01:30 on fall-back is the EDT one."""
    assert local_instant(date(2026, 3, 8), time(2, 30), NEW_YORK) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)
    assert local_instant(date(2026, 11, 1), time(1, 30), NEW_YORK) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "local_time", "first_day"),
    [
        (BERLIN, time(2, 30), date(2026, 3, 25)),
        (BERLIN, time(2, 30), date(2026, 10, 21)),
        (NEW_YORK, time(21, 0), date(2026, 3, 5)),
        (NEW_YORK, time(1, 30), date(2026, 10, 28)),
        (KOLKATA, time(20, 0), date(2026, 6, 1)),
    ],
)
def test_next_due_gives_exactly_one_instant_per_practice_date(zone, local_time, first_day):
    """Walking next_due across a DST change yields one due instant for each practice date, in order."""
    after = datetime.combine(first_day, time(12, 0), tzinfo=zone)
    seen = []
    for _ in range(10):
        after = next_due(after, local_time, zone)
        seen.append(practice_date(after, zone))
    assert seen == [seen[0] + timedelta(days=offset) for offset in range(10)]


def test_next_due_on_spring_forward_day_is_three_oclock():
    """A 02:30 Berlin check-in due on the spring-forward night goes out once, at 03:00 local."""
    due = next_due(datetime(2026, 3, 28, 12, 0, tzinfo=UTC), time(2, 30), BERLIN)
    assert due.astimezone(BERLIN).replace(tzinfo=None) == datetime(2026, 3, 29, 3, 0)


def test_next_due_is_strictly_after():
    """A due instant equal to `after` is not returned again; the next day's is."""
    due = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 Berlin
    assert next_due(due, time(21, 0), BERLIN) == due + timedelta(days=1)


def test_early_morning_time_belongs_to_the_evening_before():
    """A 01:00 check-in asks about the previous evening's practice date."""
    due = next_due(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), time(1, 0), BERLIN)
    assert due == datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
    assert practice_date(due, BERLIN) == date(2026, 11, 23)


def test_still_meaningful_until_the_practice_day_ends():
    """A missed 21:00 check-in is still worth sending at 02:00, but not at 05:00 next morning."""
    due = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)
    assert still_meaningful(due, datetime(2026, 11, 24, 1, 0, tzinfo=UTC), BERLIN)
    assert not still_meaningful(due, datetime(2026, 11, 24, 4, 0, tzinfo=UTC), BERLIN)


def test_closes_at_four_the_next_morning():
    """The check-in for 23 November closes at 04:00 Berlin time on the 24th."""
    assert closes_at(date(2026, 11, 23), BERLIN) == datetime(2026, 11, 24, 3, 0, tzinfo=UTC)


def test_describe_when_in_local_words():
    """Due instants read as today, tomorrow, or a weekday, in the user's zone."""
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    assert describe_when(datetime(2026, 11, 23, 20, 0, tzinfo=UTC), BERLIN, now) == "today at 21:00"
    assert describe_when(datetime(2026, 11, 24, 20, 0, tzinfo=UTC), BERLIN, now) == "tomorrow at 21:00"
    assert describe_when(datetime(2026, 11, 25, 20, 0, tzinfo=UTC), BERLIN, now) == "Wednesday at 21:00"


def test_weekly_due_keeps_sunday_evening_across_dst():
    """Weekly recaps stay at Sunday 19:00 local through the October change: one per week."""
    after = datetime(2026, 10, 10, 12, 0, tzinfo=UTC)
    seen = []
    for _ in range(4):
        after = next_weekly_due(after, 6, time(19, 0), BERLIN)
        seen.append(after.astimezone(BERLIN).replace(tzinfo=None))
    assert seen == [datetime(2026, 10, day, 19, 0) for day in (11, 18, 25)] + [datetime(2026, 11, 1, 19, 0)]
