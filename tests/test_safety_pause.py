"""The safety pause's transitions: what a crisis signal starts, and what each answer to "how are you?" does."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.practice.pausing import SAFETY_PAUSE, HowAreYou, safety_pause_until
from bot.practice.safety_pause import FOLLOW_UP_AFTER, PauseChange, on_how_are_you, on_signal

NOW = datetime(2026, 11, 24, 23, 0, tzinfo=UTC)


def test_a_signal_pauses_and_schedules_the_follow_up_and_the_question():
    """A crisis signal holds practice back, checks in tomorrow and asks "how are you?" when the pause ends."""
    assert on_signal(NOW) == PauseChange(
        pause_until=safety_pause_until(NOW),
        follow_up_at=NOW + FOLLOW_UP_AFTER,
        how_are_you_at=NOW + SAFETY_PAUSE,
        cancel_no_answer=True,
    )


def test_the_follow_up_comes_before_the_question():
    """The day-after check-in comes well before the pause would lift."""
    change = on_signal(NOW)
    assert change.follow_up_at < change.how_are_you_at < change.pause_until


@pytest.mark.parametrize("answer", [HowAreYou.BETTER, HowAreYou.SAME])
def test_better_or_the_same_lifts_the_pause(answer):
    """Better, or about the same: the pause lifts and nothing more is scheduled."""
    assert on_how_are_you(answer, NOW) == PauseChange(pause_until=None)


def test_still_struggling_keeps_the_pause_and_asks_again_later():
    """Still struggling: the pause is kept from now, and the question comes again after another pause."""
    later = NOW + timedelta(days=3)
    assert on_how_are_you(HowAreYou.STRUGGLING, later) == PauseChange(
        pause_until=safety_pause_until(later), how_are_you_at=later + SAFETY_PAUSE
    )


@pytest.mark.parametrize("answer", list(HowAreYou))
def test_any_answer_cancels_the_silence_line(answer):
    """Every answer means the week-of-silence line is no longer needed."""
    assert on_how_are_you(answer, NOW).cancel_no_answer
