"""Pure rules: a marked moment with no later answer still counts as an activation in the user's own score."""

from datetime import date, timedelta

from bot.practice.recap import DayRecord, MarkedMoment, practice_score, practice_score_series
from bot.practice.repair import MomentRecord, pattern_score

MONDAY = date(2026, 11, 23)


def old_days(count: int) -> list[DayRecord]:
    return [DayRecord(MONDAY - timedelta(days=count - i), "yes", "old", 3) for i in range(count)]


def secure_days(count: int) -> list[DayRecord]:
    return [DayRecord(MONDAY - timedelta(days=count - i), "yes", "secure", 3) for i in range(count)]


def test_an_unanswered_moment_is_an_activated_day_of_the_score():
    """A day with only a marked moment (no check-in answer) is a day the score counts."""
    series = practice_score_series([], [MarkedMoment(MONDAY, held=False)])
    assert [day for day, _ in series] == [MONDAY]


def test_an_unanswered_moment_lifts_a_low_score_toward_the_middle():
    """After hard weeks, marking the pattern while it fires counts as noticing: the score rises."""
    before = practice_score(old_days(10), until=MONDAY)
    after = practice_score(old_days(10), until=MONDAY, moments=[MarkedMoment(MONDAY, held=False)])
    assert before < after < 50


def test_an_unanswered_moment_never_lowers_a_high_score():
    """Using /now and forgetting the check-in costs nothing: a high score stays where it was."""
    before = practice_score(secure_days(10), until=MONDAY)
    after = practice_score(secure_days(10), until=MONDAY, moments=[MarkedMoment(MONDAY, held=False)])
    assert after == before > 50


def test_a_moment_whose_timer_held_counts_as_the_new_move():
    """A message let go or five minutes stayed, with no answer later, lifts the score like a secure day."""
    held = practice_score([], until=MONDAY, moments=[MarkedMoment(MONDAY, held=True)])
    secure = practice_score([DayRecord(MONDAY, "yes", "secure", None)], until=MONDAY)
    assert held == secure > 50


def test_the_evening_answer_decides_a_day_with_moments():
    """When the check-in chose for the day, its answer counts once and the moment adds nothing more."""
    answered = [DayRecord(MONDAY, "yes", "old", 4)]
    assert practice_score(
        answered, until=MONDAY, moments=[MarkedMoment(MONDAY, held=True)]
    ) == practice_score(answered, until=MONDAY)


def test_moments_after_the_day_asked_about_are_left_out():
    """The score at a date counts no moment marked after it."""
    later = [MarkedMoment(MONDAY + timedelta(days=2), held=True)]
    assert practice_score([], until=MONDAY, moments=later) == 50


def test_a_patterns_score_counts_its_unanswered_moments_too():
    """Per pattern, an unanswered moment after old-pattern moments lifts that pattern's score."""
    answered = [MomentRecord(plan_id=1, action="marked", choice="old", local_date=MONDAY - timedelta(days=1))]
    unanswered = [MomentRecord(plan_id=1, action="marked", choice=None, local_date=MONDAY)]
    assert pattern_score(answered + unanswered) > pattern_score(answered)
