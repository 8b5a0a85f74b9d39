"""Pure rules for the end of a safety pause: who lifts it, how long it can last, and its button data."""

from datetime import UTC, datetime, timedelta

from bot.practice.callback_data import parse_safety_button, safety_button
from bot.practice.pausing import SAFETY_PAUSE, HowAreYou, lifts_pause, safety_pause_until

START = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def test_only_still_struggling_keeps_the_pause():
    """Better and about the same lift the pause; still struggling does not."""
    assert lifts_pause(HowAreYou.BETTER) and lifts_pause(HowAreYou.SAME)
    assert not lifts_pause(HowAreYou.STRUGGLING)


def test_the_pause_outlasts_the_question_and_the_week_after_it():
    """A pause is never over by itself before the question and a week of silence have passed."""
    assert safety_pause_until(START) > START + SAFETY_PAUSE + timedelta(days=7)


def test_how_are_you_buttons_round_trip():
    """Each answer's callback data parses back to the same answer."""
    for answer in HowAreYou:
        tap = parse_safety_button(safety_button("how", answer.value))
        assert tap.action == "how" and HowAreYou(tap.value) is answer
