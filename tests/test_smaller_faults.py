"""The smaller faults of a bad day, each reproduced: groups, edits, live locations, deletion, long pages, late follow-ups."""

from datetime import UTC, date, datetime, timedelta

from bot.practice.relationships import StoryEntryView, story_page
from storage import repo
from tests.conftest import USER, onboard
from tests.fakebot import updates
from tests.fakebot.html_entities import parse_html, utf16_len
from tests.test_recap_flow import SUNDAY_RECAP, add_week

GROUP = -100777


async def test_a_403_in_a_group_leaves_the_private_user_reachable_and_scheduled(harness):
    """The bot refused in a group (kicked): the user who wrote there keeps their private schedule."""
    await onboard(harness)
    harness.fake.block(GROUP)
    harness.expected_errors = 1  # the refusal itself reaches the error handler
    await harness.send(updates.group_message(USER, GROUP, "hello bot"))
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        assert user.unreachable_since is None
        assert await repo.get_due(session, user_id=USER, kind="checkin") is not None


async def test_live_location_updates_get_no_reply(harness):
    """A live location sends an edit every few seconds: none of the edits gets a reply."""
    await onboard(harness)
    first = updates.location(USER, 52.52, 13.40)
    await harness.send(first)
    replies = len(harness.texts(USER))
    for step in range(5):
        edit = {
            "edited_message": {
                **first["message"],
                "location": {"latitude": 52.52 + step / 1000, "longitude": 13.40, "live_period": 900},
                "edit_date": first["message"]["date"] + step + 1,
            }
        }
        await harness.send(edit)
    assert len(harness.texts(USER)) == replies


async def test_an_edited_delete_command_does_not_run_again(harness):
    """Editing an old message into /delete does not ask to delete everything."""
    await onboard(harness)
    edit = updates.edited_text(USER, "/delete")
    edit["edited_message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": 7}]
    await harness.send(edit)
    assert not any("Delete everything?" in text for text in harness.texts(USER))


async def test_the_final_delete_tap_needs_the_confirmation_step(harness):
    """A "Delete everything now" tap that did not follow "Yes, continue" (old or forged) deletes nothing."""
    await onboard(harness)
    await harness.command(USER, "/delete")
    stored, _ = harness.find_button(USER, "Yes, continue")
    await harness.tap_data(USER, stored, "del:2")
    async with harness.services.sessions() as session:
        assert await repo.get_user(session, user_id=USER) is not None
    assert "Delete everything?" in harness.last_message(USER).text
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    async with harness.services.sessions() as session:
        assert await repo.get_user(session, user_id=USER) is None


def test_a_page_of_long_story_entries_fits_telegrams_limit():
    """Three entries of 1,000 emoji each (2,000 UTF-16 units) and long prompts still make a page under 4,096."""
    written = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
    entries = [StoryEntryView(prompt_text="A long prompt " * 15, text="🙂" * 1000, written_at=written)] * 3
    page, _, _ = story_page(entries, 0)
    assert utf16_len(parse_html(page).text) <= 4096
    assert "/export has it in full" in page


async def test_a_recap_whose_chart_fails_is_not_sent_again(harness):
    """The chart upload fails: the recap text went out once, the row is done, and later ticks send nothing more."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 29), ["secure", "old", "secure"])
    harness.fake.fail_next("sendPhoto", 400, description="Bad Request: PHOTO_INVALID_DIMENSIONS")
    harness.clock.set(SUNDAY_RECAP)
    await harness.tick()
    harness.clock.set(SUNDAY_RECAP + timedelta(minutes=10))
    await harness.tick()
    recap_texts = [
        call
        for call in harness.fake.calls_to("sendMessage")
        if call.ok and "st:go" in str(call.params.get("reply_markup"))  # the recap's story offer
    ]
    assert len(recap_texts) == 1
    assert "1 = hard, 5 = steady" in harness.texts(USER)[-1]  # the self-rating still followed


async def test_a_safety_follow_up_sent_late_does_not_say_yesterday(harness):
    """Back after two days down, the gentle check-in does not claim the signal was yesterday."""
    await onboard(harness)
    await harness.say(USER, "i want to kil myself")
    harness.clock.advance(hours=48)
    await harness.tick()
    assert "Checking in after the other day" in harness.texts(USER)[-1]


async def test_a_new_checkin_time_after_todays_checkin_promises_tomorrow(harness):
    """Today's check-in already came; moving the time later today confirms tomorrow, and tomorrow it comes."""
    await onboard(harness)
    harness.clock.set(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))  # 21:00 Berlin
    assert (await harness.tick())["sent"] == 1
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Check-in time")
    await harness.tap(USER, "22:00")
    assert "tomorrow at 22:00" in harness.texts(USER)[-1]
    harness.clock.set(datetime(2026, 11, 24, 21, 0, tzinfo=UTC))
    assert (await harness.tick())["sent"] == 1


async def test_sos_answers_without_an_apology_when_writes_fail(fake, clock, tmp_path):
    """With every write to users refused, /sos still shows the help lines and nothing apologises first."""
    from sqlalchemy import text

    from tests.conftest import start_harness, stop_harness

    h = await start_harness(fake, clock, f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}", [])
    try:
        await onboard(h)
        async with h.services.sessions() as session:
            await session.exec(
                text(
                    "CREATE TRIGGER refuse_updates BEFORE UPDATE ON users "
                    "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                )
            )
            await session.commit()
        fake.clear()
        await h.command(USER, "/sos")
        assert len(h.texts(USER)) == 1  # the help lines, with no apology before them
        assert "If you are in danger right now" in h.texts(USER)[-1]
    finally:
        await stop_harness(h)
    assert not h.handler_errors
