"""End to end: restarts, crashes mid-fan-out, flood control, server errors, blocked users, DST, polling."""

import asyncio
import logging
from datetime import UTC, datetime, time, timedelta

from telegram.error import BadRequest

from bot.logs import configure_logging
from handlers.checkin import send_scheduled
from scheduler.plan import schedule_checkin
from storage import repo
from tests.conftest import OTHER_USER, USER, onboard, start_harness, stop_harness
from tests.fakebot import updates

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


def checkins_sent(h, user_id=USER) -> int:
    return sum("Did your pattern activate today?" in text for text in h.texts(user_id))


async def test_restart_between_due_time_and_send_still_sends_once(harness, fake, clock, database_url):
    """The bot is down at 21:00 and back at 23:00 the same evening: the check-in goes out, once."""
    await onboard(harness)
    await stop_harness(harness)
    clock.set(DUE + timedelta(hours=2))
    restarted = await start_harness(fake, clock, database_url, [])
    try:
        assert (await restarted.tick())["sent"] == 1
        assert checkins_sent(restarted) == 1
        assert not await restarted.tick()
    finally:
        await stop_harness(restarted)
    assert not restarted.handler_errors


async def test_check_in_missed_overnight_is_skipped_not_sent_late(harness):
    """Back at 09:00 next morning, yesterday's check-in is skipped and tonight's is scheduled."""
    await onboard(harness)
    harness.clock.set(DUE + timedelta(hours=13))
    assert (await harness.tick())["skipped"] == 1
    assert checkins_sent(harness) == 0
    async with harness.services.sessions() as session:
        due_row = await repo.get_due(session, user_id=USER, kind="checkin")
    assert due_row.due_at == DUE + timedelta(days=1)


async def test_process_killed_mid_fan_out_leaves_exactly_one_checkin_each(harness):
    """Rows claimed by a process that died are sent after their lease lapses, and none twice."""
    await onboard(harness, USER)
    await onboard(harness, OTHER_USER)
    harness.clock.set(DUE)
    async with harness.services.sessions() as session:
        # A process claims both rows and dies after sending only USER's check-in.
        await repo.claim_due(session, now=DUE, lease_until=DUE + timedelta(seconds=120), limit=10)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        row = repo.ClaimedDue(id=0, user_id=USER, kind="checkin", ref_id=0, due_at=DUE, attempts=1)
        assert await send_scheduled(harness.services, harness.app.bot, session, user, row, DUE)
    assert not await harness.tick()  # still leased by the dead process
    harness.clock.set(DUE + timedelta(seconds=121))
    outcomes = await harness.tick()
    assert outcomes == {"sent": 1, "skipped": 1}
    assert checkins_sent(harness, USER) == 1 and checkins_sent(harness, OTHER_USER) == 1


async def test_flood_control_waits_retry_after_then_sends(harness):
    """A 429 with retry_after=7 is waited out (7 s) and the check-in is then delivered."""
    await onboard(harness)
    harness.clock.set(DUE)
    harness.fake.fail_next("sendMessage", 429, retry_after=7)
    assert (await harness.tick())["sent"] == 1
    assert 7 in harness.sleeps
    assert [call.status for call in harness.fake.calls_to("sendMessage")][-2:] == [429, 200]


async def test_server_errors_are_retried_with_backoff(harness):
    """Two 502s then success: the message arrives and the waits grow."""
    await onboard(harness)
    harness.clock.set(DUE)
    harness.fake.fail_next("sendMessage", 502, times=2)
    assert (await harness.tick())["sent"] == 1
    assert harness.sleeps[-2] < harness.sleeps[-1]


async def test_replies_to_commands_are_retried_too(harness):
    """A 429 on a /help reply is waited out: pacing covers every message, not only scheduled ones."""
    harness.fake.fail_next("sendMessage", 429, retry_after=2)
    await harness.command(USER, "/help")
    assert 2 in harness.sleeps
    assert "/checkin" in harness.texts(USER)[-1]


async def test_persistent_failure_leaves_the_row_for_a_later_tick(harness):
    """When every retry fails, the due row stays and a later tick sends it."""
    await onboard(harness)
    harness.clock.set(DUE)
    harness.fake.fail_next("sendMessage", 500, times=harness.settings.send_max_retries + 1)
    assert (await harness.tick())["retry"] == 1
    harness.clock.set(DUE + timedelta(seconds=harness.settings.claim_lease_seconds))
    assert (await harness.tick())["sent"] == 1
    assert checkins_sent(harness) == 1


async def test_blocked_user_is_marked_unreachable_quietly_until_start(harness, caplog):
    """403 marks the user unreachable without error logs; /start makes them reachable and rescheduled."""
    await onboard(harness)
    harness.fake.block(USER)
    harness.clock.set(DUE)
    with caplog.at_level(logging.INFO):
        assert (await harness.tick())["unreachable"] == 1
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    async with harness.services.sessions() as session:
        assert (await repo.get_user(session, user_id=USER)).unreachable_since == DUE
        assert await repo.get_due(session, user_id=USER, kind="checkin") is None
    harness.clock.set(DUE + timedelta(days=1))
    assert not await harness.tick()
    harness.fake.unblock(USER)
    await harness.command(USER, "/start")
    async with harness.services.sessions() as session:
        assert (await repo.get_user(session, user_id=USER)).unreachable_since is None
        assert await repo.get_due(session, user_id=USER, kind="checkin") is not None


async def move_checkin_time(h, new_time: time) -> datetime:
    """Change the user's check-in time directly and reschedule; returns the next due instant."""
    async with h.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.checkin_time = new_time
        await repo.save(session, user)
        return await schedule_checkin(session, user=user, now=h.clock.now())


async def test_spring_forward_sends_a_0230_checkin_once_at_0300(harness):
    """On the spring-forward night a 02:30 Berlin check-in goes out once, at 03:00 CEST."""
    harness.clock.set(datetime(2026, 3, 28, 12, 0, tzinfo=UTC))
    await onboard(harness, time_label="19:00")
    due_at = await move_checkin_time(harness, time(2, 30))
    assert due_at == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    harness.clock.set(due_at - timedelta(seconds=1))
    assert not await harness.tick()
    harness.clock.set(due_at)
    assert (await harness.tick())["sent"] == 1
    harness.clock.set(due_at + timedelta(hours=1))
    assert not await harness.tick()
    assert checkins_sent(harness) == 1


async def test_fall_back_sends_a_0230_checkin_once_at_the_first_0230(harness):
    """On the fall-back night the 02:30 check-in goes out at the first 02:30 only."""
    harness.clock.set(datetime(2026, 10, 24, 12, 0, tzinfo=UTC))
    await onboard(harness, time_label="19:00")
    due_at = await move_checkin_time(harness, time(2, 30))
    assert due_at == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    for step in range(0, 4 * 60, 20):  # tick every 20 minutes through the doubled hour
        harness.clock.set(due_at + timedelta(minutes=step))
        await harness.tick()
    assert checkins_sent(harness) == 1


async def test_handler_error_is_logged_without_content_and_apologised_for(harness, caplog):
    """A failing reply is logged by type only, and the user gets a short apology."""
    handler = configure_logging("INFO", harness.fake.token)
    harness.expected_errors = 1
    harness.fake.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    with caplog.at_level(logging.INFO):
        await harness.say(USER, "my secret note about my partner")
    assert isinstance(harness.handler_errors[0], BadRequest)
    assert "Sorry, something went wrong" in harness.texts(USER)[-1]
    logging.getLogger().removeHandler(handler)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "handler error: BadRequest" in logged
    assert "secret note" not in logged and harness.fake.token not in logged


async def test_real_polling_loop_answers_start(fake, clock, database_url):
    """With the real updater polling the fake server, a pushed /start is answered."""
    running = await start_harness(fake, clock, database_url, [])
    try:
        await running.app.start()
        await running.app.updater.start_polling(poll_interval=0, timeout=1)
        fake.push_update(updates.command(USER, "/start"))
        call = await fake.wait_for(
            "sendMessage", lambda call: "18 or older" in call.params["text"], timeout=10
        )
        assert call.params["chat_id"] == USER
        await running.app.updater.stop()
        await running.app.stop()
    finally:
        await stop_harness(running)
    assert not running.handler_errors


async def test_tick_job_is_registered_on_the_job_queue(harness):
    """One repeating job runs the scheduler at the configured interval."""
    jobs = harness.app.job_queue.get_jobs_by_name("due-messages")
    assert len(jobs) == 1
    assert jobs[0].trigger.interval == timedelta(seconds=harness.settings.tick_seconds)


async def test_concurrent_ticks_never_send_twice(harness):
    """Two ticks at once (as from two processes) deliver each due check-in exactly once."""
    await onboard(harness, USER)
    await onboard(harness, OTHER_USER)
    harness.clock.set(DUE)
    first, second = await asyncio.gather(harness.tick(), harness.tick())
    assert first["sent"] + second["sent"] == 2
    assert checkins_sent(harness, USER) == 1 and checkins_sent(harness, OTHER_USER) == 1
