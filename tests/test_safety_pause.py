"""The safety pause's transitions: what a crisis signal starts, and what each answer to "how are you?" does."""

from datetime import UTC, datetime, timedelta

import pytest

from bot.practice import safety_pause
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


def test_the_follow_up_on_time_says_yesterday():
    """Sent when it fell due, the day-after question says "yesterday"."""
    assert "after yesterday" in safety_pause.follow_up_text(NOW, NOW + timedelta(hours=1))


def test_a_late_follow_up_says_the_other_day():
    """Sent half a day late (the bot was down), it no longer says "yesterday"."""
    assert "after the other day" in safety_pause.follow_up_text(NOW, NOW + timedelta(hours=12))


def test_the_answer_stays_under_the_question():
    """The question is kept on screen with the answer given below it."""
    assert safety_pause.how_are_you_echo(HowAreYou.SAME).endswith("<i>About the same</i>")


def test_still_struggling_is_answered_with_the_plan_first_then_the_lines():
    """Keeping the pause: the user's own plan, then the words, then the help lines."""
    text = safety_pause.after_how_are_you(HowAreYou.STRUGGLING, written_plan="PLAN", lines="LINES")
    assert text == f"PLAN\n\n{safety_pause.AFTER_ANSWER[HowAreYou.STRUGGLING]}\n\nLINES"


def test_without_a_plan_the_reply_starts_with_the_words():
    """No written plan: nothing stands before the words."""
    text = safety_pause.after_how_are_you(HowAreYou.STRUGGLING, written_plan="", lines="LINES")
    assert text.startswith(safety_pause.AFTER_ANSWER[HowAreYou.STRUGGLING])
