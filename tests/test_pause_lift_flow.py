"""End to end over HTTP: when a safety pause would lift the bot asks first, and only the answer brings practice back."""

from storage import repo
from tests.conftest import USER, onboard

QUESTION = "How are you now?"


async def active_flag(h):
    async with h.services.sessions() as session:
        return await repo.active_safety_flag(session, user_id=USER, now=h.clock.now())


async def crisis_then_three_days(h):
    """A crisis message, the next-day follow-up left unanswered, then the moment the pause would lift."""
    await onboard(h)
    await h.say(USER, "I want to kill myself")
    h.clock.advance(hours=24)
    await h.tick()
    h.clock.advance(hours=48)
    await h.tick()


async def test_the_end_of_a_pause_asks_first_and_sends_no_check_in(harness):
    """At 72 hours one question comes (Better / About the same / Still struggling); check-ins stay held."""
    await crisis_then_three_days(harness)
    assert QUESTION in harness.texts(USER)[-1]
    for label in ("Better", "About the same", "Still struggling"):
        harness.find_button(USER, label)
    assert await active_flag(harness) is not None
    harness.clock.advance(hours=1)  # the daily check-in time
    outcomes = await harness.tick()
    assert outcomes["held"] == 1 and "sent" not in outcomes
    assert QUESTION in harness.texts(USER)[-1]


async def test_better_brings_check_ins_back(harness):
    """Tapping Better lifts the pause; the next check-in is sent."""
    await crisis_then_three_days(harness)
    await harness.tap(USER, "Better")
    assert await active_flag(harness) is None
    harness.clock.advance(hours=1)
    assert (await harness.tick())["sent"] == 1


async def test_about_the_same_brings_check_ins_back(harness):
    """Tapping About the same lifts the pause too, with a note that /pause is there."""
    await crisis_then_three_days(harness)
    await harness.tap(USER, "About the same")
    assert await active_flag(harness) is None and "/pause" in harness.texts(USER)[-1]


async def test_still_struggling_keeps_the_pause_shows_the_lines_and_asks_again_later(harness):
    """Still struggling shows the help lines, keeps check-ins held past the week, and asks again in 3 days."""
    await crisis_then_three_days(harness)
    await harness.tap(USER, "Still struggling")
    reply = harness.texts(USER)[-1]
    assert "0800 111 0 111" in reply and "keep things quiet" in reply
    harness.clock.advance(hours=1)
    assert (await harness.tick())["held"] == 1
    harness.clock.advance(hours=71)
    await harness.tick()
    assert QUESTION in harness.texts(USER)[-1]
    assert await active_flag(harness) is not None


async def test_a_week_without_an_answer_brings_practice_back_with_one_gentle_line(harness):
    """No answer for a week: one gentle line, then the pause is over."""
    await crisis_then_three_days(harness)
    harness.clock.advance(days=7)
    await harness.tick()
    assert "haven't heard back, and that's okay" in harness.texts(USER)[-1]
    assert await active_flag(harness) is None
