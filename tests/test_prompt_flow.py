"""Typed text goes to the prompt opened last, only while it is live; lapsed prompts say the text was not taken."""

from datetime import UTC, datetime, timedelta

from bot.practice.prompts import PROMPT_LIFETIME, Prompt, Routing, route_typed_text
from storage import repo
from tests.conftest import USER, onboard

T0 = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def test_the_prompt_opened_last_takes_the_text():
    """Of two live prompts, the more recently opened one answers."""
    opened = {Prompt.SETTING: T0, Prompt.NOTE: T0 + timedelta(minutes=1)}
    assert route_typed_text(opened, last_command_at=T0, now=T0 + timedelta(minutes=2)) == Routing(
        answers=Prompt.NOTE, lapsed=None
    )


def test_an_old_prompt_lapses_and_is_named():
    """A prompt open longer than the lifetime takes nothing and is reported."""
    opened = {Prompt.SETTING: T0}
    now = T0 + PROMPT_LIFETIME + timedelta(seconds=1)
    assert route_typed_text(opened, last_command_at=None, now=now) == Routing(
        answers=None, lapsed=Prompt.SETTING
    )


def test_a_command_after_the_prompt_supersedes_it():
    """A command sent after the prompt opened closes it, however recent."""
    opened = {Prompt.STORY: T0}
    routing = route_typed_text(
        opened, last_command_at=T0 + timedelta(seconds=5), now=T0 + timedelta(seconds=9)
    )
    assert routing == Routing(answers=None, lapsed=Prompt.STORY)


def test_a_prompt_with_no_known_opening_time_never_takes_text():
    """A prompt left open before opening times were kept counts as lapsed."""
    assert route_typed_text({Prompt.SETTING: None}, last_command_at=None, now=T0).answers is None


async def stored_user(harness):
    async with harness.services.sessions() as session:
        return await repo.get_user(session, user_id=USER)


async def test_abandoned_pattern_prompt_does_not_capture_a_checkin_note(harness):
    """/settings → Pattern left unanswered, then a check-in note: the note is the note, the pattern stays."""
    await onboard(harness)
    before = (await stored_user(harness)).pattern
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    harness.clock.advance(minutes=30)
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "No")
    await harness.say(USER, "Went for a walk instead")
    assert (await stored_user(harness)).pattern == before
    assert "Note: Went for a walk instead" in harness.last_message(USER).text or any(
        "Went for a walk instead" in message.text for message in harness.fake.messages[USER].values()
    )


async def test_a_pattern_typed_after_the_prompt_lapsed_is_not_taken_and_the_user_is_told(harness):
    """Typed more than ten minutes after Pattern was tapped: nothing changes, and the reply says so."""
    await onboard(harness)
    before = (await stored_user(harness)).pattern
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    harness.clock.advance(minutes=11)
    await harness.say(USER, "Going silent after arguments")
    user = await stored_user(harness)
    assert user.pattern == before and user.changing is None
    assert "I didn't save that" in harness.texts(USER)[-1] and "/settings" in harness.texts(USER)[-1]
    await harness.say(USER, "hello")
    assert "I didn't save that" not in harness.texts(USER)[-1]  # told once, then the usual pointer


async def test_a_story_prompt_superseded_by_a_command_takes_no_entry(harness):
    """An open /story prompt, then /help, then text: no story entry is saved, and the user is told."""
    await onboard(harness)
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    harness.clock.advance(seconds=20)
    await harness.command(USER, "/help")
    await harness.say(USER, "Something I did not mean for my story")
    async with harness.services.sessions() as session:
        assert await repo.story_entries(session, user_id=USER) == []
    assert "I didn't save that" in harness.texts(USER)[-1] and "/story" in harness.texts(USER)[-1]


async def test_a_live_pattern_prompt_still_takes_the_pattern(harness):
    """Answered within the lifetime, with no command in between, the new pattern is saved."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    harness.clock.advance(minutes=9)
    await harness.say(USER, "Going silent after arguments")
    assert (await stored_user(harness)).pattern == "Going silent after arguments"
