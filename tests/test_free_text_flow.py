"""End to end over HTTP: typed text outside any question gets a human answer and a choice that does what it says."""

from datetime import UTC, datetime

from bot.practice.free_text import CHOOSE
from bot.practice.listening import STORY_HEARD
from storage import repo
from tests.conftest import USER, onboard
from tests.fakebot import updates

TODAY = datetime(2026, 11, 23, 20, 0, tzinfo=UTC).date()
CHOICES = (
    "Save it as today's note",
    "A practice for right now",
    "Write it in my journal",
    "Just needed to say it",
)


async def todays_checkin(h):
    async with h.services.sessions() as session:
        return await repo.get_checkin_for_date(session, user_id=USER, local_date=TODAY)


async def test_free_text_gets_an_acknowledgement_and_the_four_choices(harness):
    """Text outside any question is acknowledged, with the four choices, and no redirect."""
    await onboard(harness)
    await harness.say(USER, "rough day, he didn't text back")
    reply = harness.last_message(USER)
    assert CHOOSE in reply.text and "mostly work with taps" not in reply.text
    for label in CHOICES:
        harness.find_button(USER, label)


async def test_save_it_as_todays_note(harness):
    """Save it as today's note puts the typed words on today's check-in."""
    await onboard(harness)
    await harness.say(USER, "rough day, he didn't text back")
    await harness.tap(USER, "Save it as today's note")
    assert (await todays_checkin(harness)).note == "rough day, he didn't text back"
    assert "Saved as today's note" in harness.last_message(USER).text


async def test_write_it_in_my_journal(harness):
    """Write it in my journal keeps the words as a story entry and says so warmly."""
    await onboard(harness)
    await harness.say(USER, "I miss how it used to be")
    await harness.tap(USER, "Write it in my journal")
    async with harness.services.sessions() as session:
        [entry] = await repo.story_entries(session, user_id=USER)
    assert entry.text == "I miss how it used to be"
    assert any(line in harness.last_message(USER).text for line in STORY_HEARD)


async def test_just_needed_to_say_it_keeps_nothing(harness):
    """Just needed to say it stores nothing and answers kindly."""
    await onboard(harness)
    await harness.say(USER, "ugh")
    await harness.tap(USER, "Just needed to say it")
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        assert await repo.story_entries(session, user_id=USER) == []
    assert user.pending_text is None and (await todays_checkin(harness)) is None
    assert "Thank you for saying it" in harness.last_message(USER).text


async def test_a_practice_for_right_now_offers_a_practice(harness):
    """A practice for right now sends an exercise card."""
    await onboard(harness)
    await harness.say(USER, "my chest is tight and I keep checking my phone")
    sent_before = len(harness.texts(USER))
    await harness.tap(USER, "A practice for right now")
    assert len(harness.texts(USER)) == sent_before + 1
    assert any(
        "ex:" in button.get("callback_data", "")
        for row in harness.last_message(USER).reply_markup["inline_keyboard"]
        for button in row
    )


async def test_five_quick_lines_get_one_answer_and_are_kept_together(harness):
    """Five lines typed in a row get one answer; the choice keeps all five."""
    await onboard(harness)
    sent_before = len(harness.texts(USER))
    lines = ["he left", "again", "I keep refreshing", "why do I do this", "sorry, venting"]
    for line in lines:
        await harness.say(USER, line)
        harness.clock.advance(seconds=3)
    assert len(harness.texts(USER)) == sent_before + 1
    await harness.tap(USER, "Save it as today's note")
    assert (await todays_checkin(harness)).note == " ".join(lines)


async def test_unknown_command_gets_one_line_and_the_list_button(harness):
    """An unknown command gets one line and a button that shows the commands."""
    await harness.command(USER, "/frobnicate")
    assert harness.texts(USER)[-1] == "I don't know that one."
    await harness.tap(USER, "Show the commands")
    assert "/checkin" in harness.texts(USER)[-1]


async def test_a_voice_message_gets_a_kind_line_and_an_invitation_to_type(harness):
    """A voice message is answered kindly: the bot can't listen, and a typed word or two is welcome."""
    await onboard(harness)
    await harness.send(updates.voice(USER))
    reply = harness.texts(USER)[-1]
    assert "can't listen to voice" in reply and "type a word or two" in reply


async def test_a_captioned_photo_is_answered_like_text(harness):
    """A photo's caption gets the acknowledgement and the choices; the caption can become the note."""
    await onboard(harness)
    await harness.send(updates.photo(USER, caption="this is where we used to walk"))
    assert CHOOSE in harness.texts(USER)[-1]
    await harness.tap(USER, "Save it as today's note")
    assert (await todays_checkin(harness)).note == "this is where we used to walk"


async def test_a_sticker_or_emoji_alone_gets_a_light_reply(harness):
    """A sticker, or an emoji on its own, gets a light reply, not an error or the choices."""
    await onboard(harness)
    await harness.send(updates.sticker(USER))
    assert "Got your sticker" in harness.texts(USER)[-1]
    harness.clock.advance(minutes=1)
    await harness.say(USER, "🙂")
    assert CHOOSE not in harness.texts(USER)[-1] and "don't know" not in harness.texts(USER)[-1]
