"""Practices that fit the moment: today's check-in, the last days, the weekday and the last practice, on the real library."""

import random
from collections import Counter

import pytest

from bot.content.exercises import load_exercises
from bot.practice.exercise_choice import Moment, choose_exercise, fits_moment, moment_purposes, timed_fits

LIBRARY = load_exercises()
BY_ID = {exercise.id: exercise for exercise in LIBRARY}
SUNDAY, MONDAY, TUESDAY = 6, 0, 1
DRAWS = 300


def draws(moment: Moment, direction: str = "anxious", **choice) -> Counter:
    """How often each exercise is offered over many draws in this moment (history empty: level 1)."""
    rng = random.Random(11)
    offered = Counter()
    for _ in range(DRAWS):
        exercise = choose_exercise(LIBRARY, direction=direction, history=[], rng=rng, moment=moment, **choice)
        offered[exercise.id] += 1
    return offered


def evening(**fields) -> Moment:
    """A Tuesday at 19:00 for a user whose week starts on Sunday, with what the test sets."""
    return Moment(**{"weekday": TUESDAY, "week_start_weekday": SUNDAY, "hour": 19, **fields})


def test_the_library_marks_the_words_that_only_fit_one_moment():
    """ "Fresh start for the week" fits the week's start; "What helped today" fits after a new move."""
    assert BY_ID["C10"].fits == "week_start" and BY_ID["C11"].fits == "after_new_move"
    assert any(exercise.timer_minutes for exercise in LIBRARY)


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both"])
def test_after_two_old_pattern_days_no_what_helped_and_a_look_back_or_soothing(direction):
    """Old yesterday and the day before, nothing yet today: no "What helped today", only a look back or soothing."""
    offered = draws(evening(earlier_choices=("old", "old", None)), direction)
    assert "C11" not in offered
    assert {BY_ID[exercise_id].purpose for exercise_id in offered} <= {"debrief", "soothe"}


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both"])
def test_a_strong_pull_gets_a_regulating_practice_first(direction):
    """Intensity 5 and the old pattern today: only soothing practices, never a plan or a reflection."""
    offered = draws(evening(today_choice="old", today_intensity=5), direction)
    assert offered and {BY_ID[exercise_id].purpose for exercise_id in offered} == {"soothe"}


def test_a_strong_pull_with_a_secure_choice_may_soothe_or_notice_what_helped():
    """A secure choice under intensity 4: consolidation (What helped today fits now) or soothing."""
    offered = draws(evening(today_choice="secure", today_intensity=4))
    assert {BY_ID[exercise_id].purpose for exercise_id in offered} <= {"consolidation", "soothe"}
    assert "C11" in offered


def test_fresh_start_words_are_never_offered_on_a_tuesday():
    """With a Sunday recap, "Fresh start for the week" is not offered on Tuesday, but is on Sunday and Monday."""
    assert "C10" not in draws(evening())
    for weekday in (SUNDAY, MONDAY):
        assert fits_moment(BY_ID["C10"], evening(weekday=weekday))
    assert not fits_moment(BY_ID["C10"], evening(weekday=TUESDAY))


def test_fresh_start_follows_a_monday_recap():
    """With a Monday recap the fresh start is Monday and Tuesday, not Sunday."""
    assert fits_moment(BY_ID["C10"], evening(week_start_weekday=MONDAY, weekday=TUESDAY))
    assert not fits_moment(BY_ID["C10"], evening(week_start_weekday=MONDAY, weekday=SUNDAY))


def test_a_look_back_at_todays_hard_moment_only_after_the_old_move_today():
    """ "Look back at a hard moment" (about today's old move) fits after the old pattern or some of both today."""
    assert BY_ID["C09"].fits == "after_old_move"
    for choice, fits in (("old", True), ("both", True), ("secure", False), (None, False)):
        assert fits_moment(BY_ID["C09"], evening(today_choice=choice)) is fits


def test_what_helped_today_only_after_a_new_move_today():
    """ "What helped today" fits after a secure or mixed choice today, not after the old pattern or none."""
    for choice, fits in (("secure", True), ("both", True), ("old", False), (None, False)):
        assert fits_moment(BY_ID["C11"], evening(today_choice=choice)) is fits


def test_timed_practices_are_offered_when_there_is_room():
    """On a free evening, timed practices come up often enough (at least one in ten offers)."""
    offered = draws(evening())
    timed = sum(count for exercise_id, count in offered.items() if BY_ID[exercise_id].timer_minutes)
    assert timed >= DRAWS // 10


@pytest.mark.parametrize(
    "moment",
    [evening(hour=23), evening(minutes_since_practice=30.0)],
    ids=["late at night", "just practised"],
)
def test_no_timed_practice_late_at_night_or_right_after_another(moment):
    """At 23:00, or 30 minutes after the last practice, no practice with a timer is offered."""
    assert not timed_fits(moment)
    assert not any(BY_ID[exercise_id].timer_minutes for exercise_id in draws(moment))


def test_a_strong_pull_in_the_evening_can_bring_the_timed_breathing():
    """Intensity 5 at 19:00 with no recent practice: the five-minute long-exhale breathing is among the offers."""
    assert "A01" in draws(evening(today_choice="old", today_intensity=5))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (evening(), None),
        (evening(today_choice="old"), frozenset({"debrief", "soothe"})),
        (evening(earlier_choices=("old", "old")), frozenset({"debrief", "soothe"})),
        (evening(earlier_choices=("old", "secure")), None),
        (evening(today_choice="both", today_intensity=4), frozenset({"soothe"})),
        (evening(today_choice="secure", today_intensity=5), frozenset({"consolidation", "soothe"})),
        (evening(today_choice="secure", today_intensity=2), None),
    ],
)
def test_moment_purposes(moment, expected):
    """What the moment calls for: soothing under a strong pull, a look back after hard days, else anything."""
    assert moment_purposes(moment) == expected


def test_explicit_purposes_win_over_the_moment():
    """An offer made for a reason (e.g. a look back) keeps that reason's purposes."""
    offered = draws(evening(today_choice="old", today_intensity=5), purposes={"debrief"})
    assert {BY_ID[exercise_id].purpose for exercise_id in offered} == {"debrief"}
