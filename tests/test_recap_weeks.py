"""Which practice days each recap covers: a year of days walked through the recap and /progress weeks."""

from datetime import date, datetime, time, timedelta
from itertools import product
from zoneinfo import ZoneInfo

import pytest

from bot.practice.recap import (
    chart_weeks,
    is_full_recap,
    on_demand_window,
    practice_week,
    previous_full_recap,
    recap_window,
    week_key,
)
from scheduler.due import due_instant, next_weekly_due, practice_date

# Every slot the bot offers (Sunday 19:00, Sunday 21:00, Monday 08:00), and two more that test the
# edges: a recap before the 04:00 day rollover, and one midweek.
RECAP_SLOTS = [(6, time(19, 0)), (6, time(21, 0)), (0, time(8, 0)), (2, time(2, 30)), (3, time(12, 0))]
CHECKIN_TIMES = [time(hour, minute) for hour in range(24) for minute in (0, 30)]
ZONES = ["Europe/Berlin", "America/New_York"]
# Joining on a Saturday, a Sunday and a Wednesday: a welcome-only recap, a recap on the joining day, a short first week.
JOIN_DATES = [date(2026, 1, 3), date(2026, 1, 4), date(2026, 1, 7)]
YEAR = timedelta(days=365)


def walk_year(
    zone_name: str, slots: list[tuple[int, time]], checkin_time: time, joined: date, switch_after=None
):
    """Run a year of recaps; returns {answered day: [recap instants counting it]} and the answer instants.

    Every practice day from the joining day on is answered at its check-in time. With `switch_after`,
    the recap moves to the second slot after that many recaps.
    """
    zone = ZoneInfo(zone_name)
    joined_at = datetime.combine(joined, time(10, 0), tzinfo=zone)
    first_day = practice_date(joined_at, zone)
    answers = {}
    day = first_day
    while day <= first_day + YEAR:
        answered_at = due_instant(day, checkin_time, zone)
        if answered_at >= joined_at:
            answers[day] = answered_at
        day += timedelta(days=1)
    counted: dict[date, list[datetime]] = {day: [] for day in answers}
    sent: list[date] = []
    recap_at, slot, recaps = joined_at, slots[0], 0
    last_end = None
    while True:
        recap_at = next_weekly_due(recap_at, slot[0], slot[1], zone)
        if recap_at > joined_at + YEAR:
            break
        recap_date = practice_date(recap_at, zone)
        if week_key(recap_date) in {week_key(d) for d in sent}:
            continue  # one recap per (user, ISO week), as the weekly_recaps table enforces
        if is_full_recap(recap_date, first_day):
            previous = previous_full_recap(sent, recap_date=recap_date, first_day=first_day)
            start, end = recap_window(recap_date, first_day=first_day, previous_recap=previous)
            for day in answers:
                if start <= day <= end:
                    counted[day].append(recap_at)
            last_end = end
        sent.append(recap_date)
        recaps += 1
        if switch_after is not None and recaps == switch_after:
            slot = slots[1]
    return answers, counted, last_end


def assert_each_day_counted_once(answers, counted, last_end):
    """Every answered day up to the last recap's window is in exactly one recap, sent after the answer."""
    assert last_end is not None
    for day, recaps in counted.items():
        if day > last_end:
            assert recaps == [], day  # after the last recap of the year: the next one will count it
            continue
        assert len(recaps) == 1, (day, recaps)
        assert answers[day] < recaps[0], (day, answers[day], recaps[0])


@pytest.mark.parametrize("zone_name", ZONES)
def test_every_answered_day_lands_in_exactly_one_recap(zone_name):
    """For every recap slot, check-in time (each half hour) and joining day, each answered day of a year is in one recap."""
    for slot, checkin_time, joined in product(RECAP_SLOTS, CHECKIN_TIMES[::3], JOIN_DATES):
        answers, counted, last_end = walk_year(zone_name, [slot], checkin_time, joined)
        assert_each_day_counted_once(answers, counted, last_end)


def test_every_half_hour_check_in_time_on_the_default_slot():
    """On the default Sunday 19:00 recap, every half-hour check-in time counts each day exactly once (Sunday too)."""
    for checkin_time, joined in product(CHECKIN_TIMES, JOIN_DATES):
        answers, counted, last_end = walk_year("Europe/Berlin", [RECAP_SLOTS[0]], checkin_time, joined)
        assert_each_day_counted_once(answers, counted, last_end)
        sundays = [day for day in answers if day.weekday() == 6 and day <= last_end]
        assert sundays and all(len(counted[day]) == 1 for day in sundays)


def test_moving_the_recap_day_still_counts_each_day_once():
    """Moving the recap between any two slots halfway through the year neither skips nor repeats a day."""
    for first, second in product(RECAP_SLOTS, RECAP_SLOTS):
        if first == second:
            continue
        answers, counted, last_end = walk_year(
            "Europe/Berlin", [first, second], time(21, 0), JOIN_DATES[0], 26
        )
        assert_each_day_counted_once(answers, counted, last_end)


@pytest.mark.parametrize(("recap_weekday", "recap_time"), RECAP_SLOTS)
def test_progress_weeks_match_the_recap_weeks(recap_weekday, recap_time):
    """Over a year, each day is in one /progress week, and every regular recap covers exactly one such week."""
    zone = ZoneInfo("Europe/Berlin")
    first_day = date(2026, 1, 1)
    sent: list[date] = []
    recap_at = datetime.combine(first_day, time(10, 0), tzinfo=zone)
    regular = 0
    while recap_at < datetime.combine(first_day + YEAR, time(0, 0), tzinfo=zone):
        recap_at = next_weekly_due(recap_at, recap_weekday, recap_time, zone)
        recap_date = practice_date(recap_at, zone)
        if is_full_recap(recap_date, first_day):
            previous = previous_full_recap(sent, recap_date=recap_date, first_day=first_day)
            window = recap_window(recap_date, first_day=first_day, previous_recap=previous)
            if previous is not None:
                assert window == practice_week(window[0], recap_weekday)
                regular += 1
        sent.append(recap_date)
    assert regular >= 50
    weeks = {practice_week(first_day + timedelta(days=offset), recap_weekday) for offset in range(365)}
    covered = sorted(day for start, end in weeks for day in _days(start, end))
    assert covered == sorted(set(covered)) and len(covered) == 7 * len(weeks)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def test_sunday_recap_covers_sunday_to_saturday():
    """The Sunday 29 November recap covers Sunday 22 to Saturday 28; Sunday 29 opens the next week."""
    sent = [date(2026, 11, 22)]
    window = recap_window(
        date(2026, 11, 29),
        first_day=date(2026, 11, 1),
        previous_recap=previous_full_recap(sent, recap_date=date(2026, 11, 29), first_day=date(2026, 11, 1)),
    )
    assert window == (date(2026, 11, 22), date(2026, 11, 28))


def test_a_user_who_joined_on_saturday_gets_a_welcome_line_then_eight_days():
    """Joined Saturday: Sunday's recap is welcome-only, and the next one covers Saturday to Saturday."""
    joined = date(2026, 11, 28)
    assert not is_full_recap(date(2026, 11, 29), joined)
    previous = previous_full_recap([date(2026, 11, 29)], recap_date=date(2026, 12, 6), first_day=joined)
    assert previous is None
    assert recap_window(date(2026, 12, 6), first_day=joined, previous_recap=None) == (
        joined,
        date(2026, 12, 5),
    )


def test_after_a_long_gap_only_the_last_week_is_summed_up():
    """A recap more than two weeks after the last one covers just the seven days before it."""
    window = recap_window(date(2026, 12, 27), first_day=date(2026, 1, 1), previous_recap=date(2026, 11, 29))
    assert window == (date(2026, 12, 20), date(2026, 12, 26))


def test_on_demand_recap_shows_this_week_so_far_or_the_finished_week_on_recap_day():
    """/recap on a Wednesday shows Sunday to Wednesday; on Sunday it shows the week the Sunday recap covers."""
    first = date(2026, 1, 1)
    assert on_demand_window(date(2026, 11, 25), recap_weekday=6, first_day=first) == (
        date(2026, 11, 22),
        date(2026, 11, 25),
    )
    assert on_demand_window(date(2026, 11, 29), recap_weekday=6, first_day=first) == (
        date(2026, 11, 22),
        date(2026, 11, 28),
    )


def test_chart_starts_at_the_users_first_week():
    """A user who started this week gets a one-week chart; one who started 30 weeks ago gets at most 12."""
    assert chart_weeks(date(2026, 11, 25), date(2026, 11, 28), recap_weekday=6, most=12) == (
        date(2026, 11, 28),
        1,
    )
    assert chart_weeks(date(2026, 11, 21), date(2026, 11, 28), recap_weekday=6, most=12) == (
        date(2026, 11, 28),
        2,
    )
    assert chart_weeks(date(2026, 4, 1), date(2026, 11, 28), recap_weekday=6, most=12)[1] == 12
