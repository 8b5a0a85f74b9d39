"""The recap's choice of weeks as one pure step: welcome line, /recap's week, or the scheduled span."""

from datetime import date

from bot.practice.recap import first_practice_day, weeks_to_recap

SUNDAY = 6
JOINED = date(2026, 11, 7)  # a Saturday


def test_before_three_days_there_is_no_recap_window():
    """Two days after joining the recap is a welcome line: no window to sum up."""
    assert (
        weeks_to_recap(date(2026, 11, 9), first_day=JOINED, recap_weekday=SUNDAY, sent_recap_dates=[]) is None
    )


def test_the_first_scheduled_recap_covers_from_the_first_day():
    """The first full scheduled recap starts on the user's first day and ends the day before."""
    window = weeks_to_recap(date(2026, 11, 15), first_day=JOINED, recap_weekday=SUNDAY, sent_recap_dates=[])
    assert window == (JOINED, date(2026, 11, 14))


def test_a_scheduled_recap_continues_where_the_last_stopped():
    """After a full recap on the 15th, the next covers the 15th to the 21st."""
    window = weeks_to_recap(
        date(2026, 11, 22), first_day=JOINED, recap_weekday=SUNDAY, sent_recap_dates=[date(2026, 11, 15)]
    )
    assert window == (date(2026, 11, 15), date(2026, 11, 21))


def test_recap_on_demand_shows_this_week_so_far():
    """/recap on a Wednesday shows the week that started on Sunday, up to today."""
    window = weeks_to_recap(date(2026, 11, 25), first_day=JOINED, recap_weekday=SUNDAY, sent_recap_dates=None)
    assert window == (date(2026, 11, 22), date(2026, 11, 25))


def test_the_first_day_is_the_earlier_of_joining_and_the_first_checkin():
    """A check-in before onboarding finished (an older account) moves the first day back."""
    assert first_practice_day(JOINED, [date(2026, 11, 9), date(2026, 11, 5)]) == date(2026, 11, 5)
    assert first_practice_day(JOINED, []) == JOINED
