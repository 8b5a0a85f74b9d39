"""Taps converge: when a saved tap's edit failed, the next tap on the stale message redraws it from the stored state."""

import asyncio

from telegram import Update
from telegram.error import NetworkError

from tests.conftest import USER, _update_ids, onboard, start_harness, stop_harness
from tests.fakebot import updates
from tests.test_exercise_flow import library_of


def labels(message) -> set[str]:
    return {
        button["text"] for row in (message.reply_markup or {}).get("inline_keyboard", []) for button in row
    }


async def fail_every_edit_attempt(h) -> None:
    """Make the next edit fail on every retry the pacing layer makes (502 each time)."""
    h.fake.fail_next("editMessageText", 502, times=h.settings.send_max_retries + 1)
    h.expected_errors += 1


async def test_a_checkin_tap_whose_edit_failed_is_redrawn_by_the_next_tap(harness):
    """Yes is saved but the edit fails (502s): the message still asks the first question; tapping it again shows the second."""
    await onboard(harness)
    await harness.command(USER, "/checkin")
    message_id = harness.last_message(USER).message_id
    await fail_every_edit_attempt(harness)
    await harness.tap(USER, "Yes")
    assert isinstance(harness.handler_errors[-1], NetworkError)
    stale = harness.fake.message(USER, message_id)
    assert "Did your pattern activate today?" in stale.text and "Yes" in labels(stale)
    await harness.tap(USER, "Yes")
    redrawn = harness.fake.message(USER, message_id)
    assert "What did you choose?" in redrawn.text and "The secure response" in labels(redrawn)


async def test_a_stale_tap_on_a_finished_checkin_shows_the_finished_checkin(harness):
    """A tap on an old copy of the question (the check-in is done) shows the saved answer, not just a toast."""
    await onboard(harness)
    await harness.command(USER, "/checkin")
    stored, no_data = harness.find_button(USER, "No")
    question = stored.text
    markup = dict(stored.reply_markup)
    await harness.tap(USER, "No")
    await harness.tap(USER, "Skip")
    # The phone still shows the question (as after a failed edit), and the user taps No again.
    stored.text, stored.reply_markup = question, markup
    await harness.tap_data(USER, stored, no_data)
    redrawn = harness.fake.message(USER, stored.message_id)
    assert "Pattern activated: No" in redrawn.text and "Change answer" in labels(redrawn)


async def test_an_exercise_card_whose_edit_failed_is_redrawn_by_the_next_tap(fake, clock, database_url):
    """Start is saved but the edit fails: the next tap on the stale card shows step 1."""
    h = await start_harness(fake, clock, database_url, [], content=library_of("A03", "A04"))
    try:
        await onboard(h)
        await h.command(USER, "/exercise")
        card_id = h.last_message(USER).message_id
        await fail_every_edit_attempt(h)
        await h.tap(USER, "Start")
        assert "step 1 of" not in fake.message(USER, card_id).text
        await h.tap(USER, "Start")
        assert "step 1 of" in fake.message(USER, card_id).text and "Next" in labels(
            fake.message(USER, card_id)
        )
    finally:
        await stop_harness(h)
    assert len(h.handler_errors) == 1


async def through_the_update_processor(h, update: dict) -> None:
    """Deliver an update the way the running Application does: through its per-user update processor."""
    update.setdefault("update_id", next(_update_ids))
    parsed = Update.de_json(update, h.app.bot)
    await h.app.update_processor.process_update(parsed, h.app.process_update(parsed))


async def test_a_tap_is_answered_while_the_same_users_messages_wait(fake, clock, database_url):
    """With one of the user's replies held for seconds by Telegram, their tap is still answered at once."""
    h = await start_harness(fake, clock, database_url, [])
    try:
        await onboard(h)
        await h.command(USER, "/checkin")
        stored, data = h.find_button(USER, "Yes")
        fake.clear()
        fake.hold_answers("sendMessage", 3)
        slow_reply = asyncio.create_task(through_the_update_processor(h, updates.command(USER, "/help")))
        await fake.wait_for("sendMessage", lambda call: "/checkin" in call.params.get("text", ""), timeout=5)
        loop = asyncio.get_running_loop()
        started = loop.time()
        tap = updates.callback(
            USER, stored.message_id, data, message_text=stored.text, reply_markup=stored.reply_markup
        )
        await through_the_update_processor(h, tap)
        assert loop.time() - started < 1.5 and not slow_reply.done()
        assert tap["callback_query"]["id"] in fake.answered_callback_ids
        await slow_reply
    finally:
        await stop_harness(h)
    assert not h.handler_errors
