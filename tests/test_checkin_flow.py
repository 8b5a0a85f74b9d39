"""End to end over HTTP: the scheduled check-in, every answer branch, forged and double taps, /checkin."""

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.practice.replies import REPLIES
from storage import repo
from tests.conftest import OTHER_USER, USER, onboard

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def checkin_row(h, local_date=date(2026, 11, 23), user_id=USER):
    async with h.services.sessions() as session:
        return await repo.get_checkin_for_date(session, user_id=user_id, local_date=local_date)


async def fire_checkin(h):
    """Onboard, move the clock to the due instant, and run the tick."""
    await onboard(h)
    h.clock.set(DUE)
    assert (await h.tick())["sent"] == 1


async def test_nothing_is_sent_before_the_due_time(harness):
    """A tick a minute before 21:00 Berlin sends nothing; at 21:00 the check-in goes out."""
    await onboard(harness)
    harness.clock.set(DUE - timedelta(minutes=1))
    assert not await harness.tick()
    harness.clock.set(DUE)
    assert (await harness.tick())["sent"] == 1
    message = harness.last_message(USER)
    assert message.text.startswith("Your daily check-in\nMonday 23 November")
    assert "Did your pattern activate today?" in message.text


async def test_secure_branch_edits_in_place_and_names_the_win(harness):
    """Yes → secure → intensity → note: one message edited at each step, then a closing reply."""
    await fire_checkin(harness)
    checkin_message_id = harness.last_message(USER).message_id
    await harness.tap(USER, "Yes")
    assert "What did you choose?" in harness.fake.message(USER, checkin_message_id).text
    await harness.tap(USER, "The secure response")
    await harness.tap(USER, "3")
    await harness.say(USER, "Put the phone away & read")
    edited = harness.fake.message(USER, checkin_message_id).text
    for recorded in (
        "Pattern activated: Yes",
        "You chose: The secure response",
        "Intensity: 3/5",
        "Note: Put the phone away & read",
    ):
        assert recorded in edited
    assert any(harness.texts(USER)[-1].startswith(text) for text in REPLIES["secure"])
    row = await checkin_row(harness)
    assert (row.stage, row.activated, row.choice, row.intensity, row.note) == (
        "done",
        "yes",
        "secure",
        3,
        "Put the phone away & read",
    )


async def test_old_pattern_is_met_without_blame_and_offered_an_exercise(harness):
    """The old pattern gets a kind reply that offers /exercise; skip works for intensity and note."""
    await fire_checkin(harness)
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The old pattern")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Skip")
    reply = harness.texts(USER)[-1]
    assert any(reply.startswith(text) for text in REPLIES["old"]) and "/exercise" in reply
    row = await checkin_row(harness)
    assert (row.choice, row.intensity, row.note, row.stage) == ("old", None, None, "done")


@pytest.mark.parametrize(("label", "situation"), [("No", "no"), ("Not sure", "unsure")])
async def test_no_and_not_sure_go_straight_to_the_note(harness, label, situation):
    """No and Not sure skip the choice; after the note the reply fits the answer."""
    await fire_checkin(harness)
    await harness.tap(USER, label)
    assert "Anything to add?" in harness.last_message(USER).text
    await harness.tap(USER, "Skip")
    assert harness.texts(USER)[-1] in REPLIES[situation]


async def test_double_tap_records_once(harness):
    """Tapping Yes twice (the second on the stale keyboard) records one answer and redraws the stale message."""
    await fire_checkin(harness)
    stored, data = harness.find_button(USER, "Yes")
    stale_markup = dict(stored.reply_markup)
    await harness.tap_data(USER, stored, data)
    stored.reply_markup = stale_markup
    second_query = await harness.tap_data(USER, stored, data)
    answers = [
        call
        for call in harness.fake.calls_to("answerCallbackQuery")
        if call.params["callback_query_id"] == second_query
    ]
    assert answers[0].params["text"] == "Already saved ✓"
    # The stale keyboard is replaced by the stored stage's, not left showing Yes / No.
    shown = harness.fake.message(USER, stored.message_id)
    assert "What did you choose" in shown.text
    assert [row[0]["text"] for row in shown.reply_markup["inline_keyboard"]][0] == "The secure response"
    assert (await checkin_row(harness)).stage == "choice"


async def test_forged_callback_from_another_user_changes_nothing(harness):
    """A second user sending the first user's check-in button gets "closed" and changes nothing."""
    await fire_checkin(harness)
    stored, data = harness.find_button(USER, "Yes")
    query_id = await harness.tap_data(OTHER_USER, stored, data)
    answer = [
        call
        for call in harness.fake.calls_to("answerCallbackQuery")
        if call.params["callback_query_id"] == query_id
    ]
    assert answer[0].params["text"] == "This check-in is closed."
    assert (await checkin_row(harness)).stage == "activation"


@pytest.mark.parametrize("data", ["ci:999999:a:y", "ci:1:z:z", "garbage", "ob:zz:zz", "ci:1:a:yy"])
async def test_malformed_or_unknown_buttons_are_answered_and_change_nothing(harness, data):
    """Every odd callback is answered (the spinner stops) and the check-in is untouched."""
    await fire_checkin(harness)
    stored, _ = harness.find_button(USER, "Yes")
    query_id = await harness.tap_data(USER, stored, data)
    assert query_id in harness.fake.answered_callback_ids
    assert (await checkin_row(harness)).stage == "activation"


async def test_closed_checkin_refuses_taps(harness):
    """After 04:00 the next morning the check-in is closed to answers."""
    await fire_checkin(harness)
    harness.clock.set(datetime(2026, 11, 24, 3, 0, tzinfo=UTC))
    query_id = await harness.tap(USER, "Yes")
    answer = [
        call
        for call in harness.fake.calls_to("answerCallbackQuery")
        if call.params["callback_query_id"] == query_id
    ]
    assert answer[0].params["text"] == "This check-in is closed."
    assert (await checkin_row(harness)).activated is None


async def test_answer_can_be_changed_until_close(harness):
    """Change answer reopens the first question and a new answer replaces the old one."""
    await fire_checkin(harness)
    await harness.tap(USER, "No")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Change answer")
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "Some of both")
    row = await checkin_row(harness)
    assert (row.activated, row.choice, row.stage) == ("yes", "both", "intensity")


async def test_note_over_500_characters_is_cut_with_notice(harness):
    """A long note keeps 500 characters and the reply says so."""
    await fire_checkin(harness)
    await harness.tap(USER, "No")
    await harness.say(USER, "x" * 700)
    assert len((await checkin_row(harness)).note) == 500
    assert "first 500 characters" in harness.texts(USER)[-1]


async def test_checkin_command_opens_today_and_the_schedule_does_not_repeat_it(harness):
    """/checkin before 21:00 opens today's check-in; the 21:00 tick then sends nothing more."""
    await onboard(harness)
    await harness.command(USER, "/checkin")
    assert "Did your pattern activate today?" in harness.texts(USER)[-1]
    await harness.tap(USER, "No")
    await harness.tap(USER, "Skip")
    harness.clock.set(DUE)
    assert (await harness.tick())["skipped"] == 1
    await harness.command(USER, "/checkin")
    assert "Saved ✓" in harness.texts(USER)[-1]
    harness.find_button(USER, "Change answer")


async def test_after_midnight_today_is_still_yesterday(harness):
    """At 02:00 local, /checkin opens the previous day's check-in."""
    await onboard(harness)
    harness.clock.set(datetime(2026, 11, 24, 1, 0, tzinfo=UTC))  # 02:00 Berlin
    await harness.command(USER, "/checkin")
    assert "Monday 23 November" in harness.texts(USER)[-1]
    assert await checkin_row(harness, date(2026, 11, 23)) is not None


async def test_checkin_before_onboarding_finishes_continues_onboarding(harness):
    """/checkin from someone not yet set up leads back into onboarding."""
    await harness.command(USER, "/start")
    await harness.command(USER, "/checkin")
    assert "finish setting up first" in harness.texts(USER)[-2]
    assert "Are you 18 or older?" in harness.texts(USER)[-1]


async def test_help_lists_commands_and_sos_gives_lines(harness):
    """/help explains the commands; /sos, for someone whose country is unknown, explains emergency numbers."""
    await harness.command(USER, "/help")
    assert "/checkin" in harness.texts(USER)[-1] and "not therapy" in harness.texts(USER)[-1]
    await harness.command(USER, "/sos")
    sos = harness.last_message(USER)
    assert "112" in sos.text and "911" in sos.text and "findahelpline.com" in sos.text
    assert "988" not in sos.text
    assert sos.reply_markup["inline_keyboard"][0][0]["url"] == "https://findahelpline.com"


async def test_five_unanswered_checkins_ask_once_then_wait(harness):
    """After five unanswered check-ins the bot asks once whether to keep going and then holds off."""
    await onboard(harness)
    for day in range(5):
        harness.clock.set(DUE + timedelta(days=day))
        assert (await harness.tick())["sent"] == 1
    harness.clock.set(DUE + timedelta(days=5))
    await harness.tick()
    assert "went unanswered, and that's completely okay" in harness.texts(USER)[-1]
    for day in (6, 7):
        harness.clock.set(DUE + timedelta(days=day))
        assert (await harness.tick())["skipped"] == 1
    await harness.tap(USER, "Keep going")
    harness.clock.set(DUE + timedelta(days=8))
    assert (await harness.tick())["sent"] == 1
    assert "Did your pattern activate today?" in harness.texts(USER)[-1]


async def test_keep_going_question_lapses_after_a_week(harness):
    """Without an answer, check-ins resume once a week has passed since the question."""
    await onboard(harness)
    for day in range(6):
        harness.clock.set(DUE + timedelta(days=day))
        await harness.tick()
    for day in range(6, 12):
        harness.clock.set(DUE + timedelta(days=day))
        assert (await harness.tick())["skipped"] == 1
    harness.clock.set(DUE + timedelta(days=12))  # a week after the question
    assert (await harness.tick())["sent"] == 1


async def test_four_old_pattern_evenings_in_a_row_get_four_different_replies(harness):
    """Old pattern four evenings running: four different replies, from the second on naming the run."""
    await onboard(harness)
    replies = []
    for offset in range(4):
        harness.clock.set(DUE + timedelta(days=offset))
        assert (await harness.tick())["sent"] == 1
        await harness.tap(USER, "Yes")
        await harness.tap(USER, "The old pattern")
        await harness.tap(USER, "Skip")
        await harness.tap(USER, "Skip")
        replies.append(harness.texts(USER)[-1])
    assert len(set(replies)) == 4
    assert any(replies[0].startswith(text) for text in REPLIES["old"])
    for run, reply in zip((2, 3, 4), replies[1:]):
        named = ("Second", "Third", "Fourth")[run - 2]
        assert named in reply or f"{run} in a row" in reply, reply


async def test_yesterdays_check_in_loses_its_buttons_when_todays_arrives(harness):
    """When the next check-in is sent, yesterday's message is redrawn as closed, with no buttons left."""
    await fire_checkin(harness)
    yesterday = harness.last_message(USER).message_id
    await harness.tap(USER, "Yes")
    harness.clock.set(DUE + timedelta(days=1))
    assert (await harness.tick())["sent"] == 1
    closed = harness.fake.message(USER, yesterday)
    assert not (closed.reply_markup or {}).get("inline_keyboard")
    assert "closed at 4 a.m." in closed.text and "Pattern activated: Yes" in closed.text


async def test_an_unanswered_check_in_is_marked_closed_without_blame(harness):
    """An unanswered check-in is redrawn as closed, saying there is nothing to catch up on."""
    await fire_checkin(harness)
    yesterday = harness.last_message(USER).message_id
    harness.clock.set(DUE + timedelta(days=1))
    await harness.tick()
    closed = harness.fake.message(USER, yesterday)
    assert "Nothing to catch up on" in closed.text and not (closed.reply_markup or {}).get("inline_keyboard")
