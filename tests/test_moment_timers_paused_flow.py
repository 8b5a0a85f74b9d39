"""End to end over HTTP: the moment timers during /pause and during a safety pause."""

from storage import repo
from tests.conftest import USER, onboard
from tests.test_moments_flow import AFTERNOON


async def hold_a_message(h, words: str) -> None:
    await onboard(h)
    h.clock.set(AFTERNOON)
    await h.command(USER, "/now")
    await h.tap(USER, "10 min")
    await h.say(USER, words)


async def test_during_pause_the_held_message_question_still_comes(harness):
    """Paused after holding a message: ten minutes later "Still want to send it?" arrives all the same."""
    await hold_a_message(harness, "Are you ignoring me")
    await harness.command(USER, "/pause")
    await harness.tap(USER, "A week")
    harness.clock.advance(minutes=10)
    assert (await harness.tick())["sent"] == 1
    assert "Still want to send it?" in harness.last_message(USER).text


async def test_during_a_safety_pause_the_held_message_comes_back_plainly(harness):
    """After a crisis message, the held message is offered back in plain words, shown on a tap, then deleted."""
    await hold_a_message(harness, "Are you ignoring me")
    await harness.say(USER, "I want to kill myself")
    before = len(harness.texts(USER))
    harness.clock.advance(minutes=10)
    assert (await harness.tick())["sent"] == 1
    await harness.tap(USER, "Show it")
    new = harness.texts(USER)[before:]
    assert "I'm keeping the message you asked me to hold" in new[0]
    assert harness.last_message(USER).text == "Here it is:\n\nAre you ignoring me\n\nI've deleted my copy."
    assert not any("Still want to send it?" in text or "practice" in text.lower() for text in new)
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    assert exported["held_messages"] == []


async def test_five_more_minutes_end_quietly_during_pause(harness):
    """An avoidant user who pauses while staying five more minutes gets no line when the time is up."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "More avoidant (I pull away)")
    await harness.tap(USER, harness.last_message(USER).reply_markup["inline_keyboard"][0][0]["text"])
    await harness.tap(USER, "Use this")
    await harness.say(USER, "Europe/Berlin")
    await harness.tap(USER, "21:00")
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "Stay five more minutes")
    await harness.command(USER, "/pause")
    await harness.tap(USER, "A week")
    harness.clock.advance(minutes=5)
    assert "sent" not in await harness.tick()
    assert not any("You stayed" in text for text in harness.texts(USER))
