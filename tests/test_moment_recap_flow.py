"""End to end over HTTP: the recap's short part names repairs, and an unanswered moment counts in the score."""

from datetime import date, timedelta

from tests.conftest import USER, onboard
from tests.test_moments_flow import AFTERNOON
from tests.test_repair_flow import SUNDAY, WEDNESDAY_CHECKIN, add_days


async def test_a_logged_repair_is_named_in_the_recaps_first_screen(harness):
    """Old Tuesday, repair logged Wednesday: the recap itself (not only More) says "You repaired after Tuesday"."""
    await onboard(harness)
    await add_days(harness, {date(2026, 11, 23): "secure", date(2026, 11, 24): "old"})
    harness.clock.set(WEDNESDAY_CHECKIN - timedelta(hours=6))
    await harness.tick()
    harness.clock.set(WEDNESDAY_CHECKIN)
    await harness.tick()
    await harness.tap(USER, "Repair after yesterday")
    await harness.tap(USER, "I repaired ✓")
    harness.clock.set(SUNDAY)
    await harness.command(USER, "/recap")
    recap = [text for text in harness.texts(USER) if text.startswith("Your week")][-1]
    assert "1 old-pattern day · 1 repair" in recap
    assert "You repaired after Tuesday. 🌱" in recap


async def test_a_moment_nobody_answered_still_counts_in_the_practice_score(harness):
    """A message let go at /now, with no check-in ever answered, moves the practice line in /progress."""
    await onboard(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/progress")
    assert "appears after the first day your pattern shows up" in harness.texts(USER)[-1]
    await harness.command(USER, "/now")
    await harness.tap(USER, "10 min")
    await harness.say(USER, "Why don't you answer")
    harness.clock.advance(minutes=10)
    await harness.tick()
    await harness.tap(USER, "Let it go")
    harness.clock.set(SUNDAY)
    await harness.command(USER, "/progress")
    progress = [text for text in harness.texts(USER) if text.startswith("Your practice so far")][-1]
    assert "Score 53 of 100." in progress
