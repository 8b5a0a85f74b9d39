"""End to end over HTTP: after a crisis answer nothing keeps listening for something else, and writing is heard."""

from datetime import UTC, datetime

from bot.practice.listening import DURING_PAUSE, STORY_HEARD
from storage import repo
from tests.conftest import USER, onboard

TODAY = datetime(2026, 11, 23, 20, 0, tzinfo=UTC).date()


def offers_practice_or_checkin(h, message) -> bool:
    buttons = [b["text"] for row in (message.reply_markup or {}).get("inline_keyboard", []) for b in row]
    return (
        "/checkin" in message.text
        or "practice below" in message.text
        or any("practice" in label.lower() for label in buttons)
    )


async def test_thank_you_after_a_crisis_note_is_answered_with_care_not_a_practice(harness):
    """A crisis-tier note, then "ok. thank you": no practice, no check-in reply, the note stays as first written."""
    await onboard(harness)
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "No")
    await harness.say(USER, "honestly I don't want to be here anymore")
    harness.clock.advance(seconds=57)
    await harness.say(USER, "ok. thank you")
    reply = harness.last_message(USER)
    assert any(line in reply.text for line in DURING_PAUSE) and "/sos" in reply.text
    assert not offers_practice_or_checkin(harness, reply)
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=TODAY)
    assert checkin.note == "honestly I don't want to be here anymore" and checkin.stage == "done"


async def test_a_crisis_in_a_setting_answer_closes_the_setting(harness):
    """A crisis while a setting waits for text: the next message does not become the user's pattern."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    await harness.say(USER, "I want to kill myself")
    await harness.say(USER, "sorry")
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
    assert user.pattern != "sorry" and user.changing is None
    assert any(line in harness.texts(USER)[-1] for line in DURING_PAUSE)


async def test_a_crisis_during_onboarding_keeps_the_next_message_out_of_the_answers(harness):
    """Mid-onboarding, a crisis message is answered and the next text is not read as the place question."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "More anxious (I chase reassurance)")
    await harness.tap(USER, "Checking my phone again and again")
    await harness.tap(USER, "Use this")
    await harness.say(USER, "I took too many pills")
    await harness.say(USER, "Berlin")
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
    assert user.time_zone is None
    assert any(line in harness.texts(USER)[-1] for line in DURING_PAUSE)


async def test_a_check_in_finished_by_taps_during_a_pause_offers_no_practice(harness):
    """During a safety pause, a check-in that would end with a practice offer ends without one."""
    await onboard(harness)
    await harness.say(USER, "I want to kill myself")
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The old pattern")
    await harness.tap(USER, "5")
    await harness.tap(USER, "Skip")
    reply = harness.last_message(USER)
    assert not offers_practice_or_checkin(harness, reply)


async def test_a_story_entry_is_heard_not_receipted(harness):
    """A /story answer gets a short line that reflects it was heard, not "Saved ✓"."""
    await onboard(harness)
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    await harness.say(USER, "My grandmother used to sing to me.")
    reply = harness.texts(USER)[-1]
    assert any(line in reply for line in STORY_HEARD) and "Saved" not in reply
