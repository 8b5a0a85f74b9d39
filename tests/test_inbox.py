"""The durable webhook inbox: kept before the 200, one user's updates one at a time, re-posts ignored, lapsed claims retaken."""

import asyncio
import json
from datetime import timedelta

import aiohttp

from bot.app import build_application
from bot.services import services_of
from bot.webhook import SECRET_HEADER, WebhookServer
from storage import repo
from storage.schema import prepare_schema
from tests.conftest import OTHER_USER, USER
from tests.fakebot import updates
from tests.test_webhook import SECRET, webhook_settings

HELP_LINE = "What I can do"


async def post(server: WebhookServer, update: dict) -> int:
    """POST one update to the server as Telegram would; returns the status."""
    async with aiohttp.ClientSession() as client:
        async with client.post(
            f"http://127.0.0.1:{server.port}/telegram/hook", json=update, headers={SECRET_HEADER: SECRET}
        ) as response:
            return response.status


async def test_a_user_s_second_update_waits_until_the_first_is_done(session_factory, clock):
    """Only a user's oldest pending update is claimable, and only while nobody holds it; other users go on."""
    now = clock.now()
    lease = now + timedelta(seconds=60)
    async with session_factory() as session:
        for update_id, user in ((10, USER), (11, USER), (12, OTHER_USER), (13, None)):
            assert await repo.store_update(session, update_id=update_id, user_id=user, payload="{}", now=now)
        first = await repo.claim_updates(session, now=now, lease_until=lease, limit=10)
        assert [row.update_id for row in first] == [10, 12, 13]
        assert await repo.claim_updates(session, now=now, lease_until=lease, limit=10) == []
        await repo.finish_update(session, row_id=first[0].id, now=now)
        second = await repo.claim_updates(session, now=now, lease_until=lease, limit=10)
        assert [row.update_id for row in second] == [11]


async def test_a_lapsed_claim_is_taken_again_and_a_repost_is_refused(session_factory, clock):
    """A claim whose lease passed is claimable again (counted as a second attempt); a known update_id is not kept twice."""
    now = clock.now()
    async with session_factory() as session:
        assert await repo.store_update(session, update_id=5, user_id=USER, payload="{}", now=now)
        assert not await repo.store_update(session, update_id=5, user_id=USER, payload="{}", now=now)
        (claimed,) = await repo.claim_updates(
            session, now=now, lease_until=now + timedelta(seconds=3), limit=5
        )
        assert (
            await repo.claim_updates(session, now=now + timedelta(seconds=2), lease_until=now, limit=5) == []
        )
        later = now + timedelta(seconds=3)
        (again,) = await repo.claim_updates(
            session, now=later, lease_until=later + timedelta(seconds=3), limit=5
        )
        assert again.id == claimed.id and again.attempts == 2


async def test_done_updates_are_pruned_after_a_day(session_factory, clock):
    """Handled updates older than a day are deleted; pending ones and recent ones stay."""
    now = clock.now()
    async with session_factory() as session:
        for update_id in (1, 2, 3):
            await repo.store_update(session, update_id=update_id, user_id=update_id, payload="{}", now=now)
        rows = await repo.claim_updates(session, now=now, lease_until=now + timedelta(seconds=60), limit=5)
        await repo.finish_update(session, row_id=rows[0].id, now=now - timedelta(days=2))
        await repo.finish_update(session, row_id=rows[1].id, now=now)
        assert await repo.prune_updates(session, before=now - timedelta(days=1)) == 1
        assert await repo.pending_updates(session) == 1
        # The pruned id can come again (Telegram would not resend it after a day).
        assert await repo.store_update(session, update_id=1, user_id=1, payload="{}", now=now)


async def test_a_reposted_update_is_acknowledged_and_handled_once(fake, clock, database_url):
    """Telegram posting the same update_id twice gets 200 both times and one answer."""
    settings = webhook_settings(fake, database_url)
    server = WebhookServer(build_application(settings, clock=clock), settings)
    await server.start()
    try:
        update = updates.command(USER, "/help", update_id=41)
        assert await post(server, update) == 200
        assert await post(server, update) == 200
        await fake.wait_for("sendMessage", lambda call: HELP_LINE in call.params["text"], timeout=10)
        assert await post(server, updates.command(USER, "/sos", update_id=42)) == 200
        await fake.wait_for("sendMessage", lambda call: call.params["text"] != "", timeout=10)
        helps = [c for c in fake.calls_to("sendMessage") if HELP_LINE in c.params["text"]]
        assert len(helps) == 1
    finally:
        await server.stop()


async def test_updates_kept_by_a_process_that_died_are_handled_after_their_lease(fake, clock, database_url):
    """An update kept but never handled, and one claimed by a process that died, are both handled by a new process."""
    settings = webhook_settings(fake, database_url)
    application = build_application(settings, clock=clock)
    server = WebhookServer(application, settings)
    now = clock.now()
    # What a killed process leaves behind: one update kept and unclaimed, one claimed mid-handling.
    async with services_of(application).sessions() as session:
        await prepare_schema(session.bind)
        for update_id, user in ((71, USER), (72, OTHER_USER)):
            payload = json.dumps(updates.command(user, "/help", update_id=update_id))
            await repo.store_update(session, update_id=update_id, user_id=user, payload=payload, now=now)
        held = await repo.claim_updates(
            session, now=now, lease_until=now + timedelta(seconds=settings.inbox_lease_seconds), limit=1
        )
        assert [row.update_id for row in held] == [71]
    await server.start()
    try:
        await fake.wait_for("sendMessage", lambda call: call.params["chat_id"] == OTHER_USER, timeout=10)
        assert [c for c in fake.calls_to("sendMessage") if c.params["chat_id"] == USER] == []
        clock.advance(seconds=settings.inbox_lease_seconds)
        await fake.wait_for("sendMessage", lambda call: call.params["chat_id"] == USER, timeout=10)
        # Marked done just after the answer: wait (bounded) for that write.
        for _ in range(100):
            async with services_of(application).sessions() as session:
                if await repo.pending_updates(session) == 0:
                    break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError("the retaken update was never marked done")
    finally:
        await server.stop()


async def left_behind(application, settings, clock, *, answered: bool) -> None:
    """What a process killed while answering /help leaves: the update claimed, its reply journaled
    as about to go out, and (when `answered`) Telegram's answer to it recorded."""
    now = clock.now()
    async with services_of(application).sessions() as session:
        await prepare_schema(session.bind)
        payload = json.dumps(updates.command(USER, "/help", update_id=81))
        await repo.store_update(session, update_id=81, user_id=USER, payload=payload, now=now)
        lease = now + timedelta(seconds=settings.inbox_lease_seconds)
        assert [
            row.update_id for row in await repo.claim_updates(session, now=now, lease_until=lease, limit=1)
        ] == [81]
        await repo.start_update_send(session, update_id=81, seq=0, method="sendMessage", now=now)
        if answered:
            message = {"message_id": 9, "date": 0, "chat": {"id": USER, "type": "private"}, "text": HELP_LINE}
            await repo.complete_update_send(session, update_id=81, seq=0, result=json.dumps(message), now=now)


async def handled_again(application, server, settings, clock) -> None:
    """Let the dead process's lease lapse and wait (bounded) until another worker has marked the update done."""
    await server.start()
    clock.advance(seconds=settings.inbox_lease_seconds)
    for _ in range(200):
        async with services_of(application).sessions() as session:
            if await repo.pending_updates(session) == 0:
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the update was never handled again")


async def test_a_reply_that_went_out_before_a_crash_is_not_sent_again(fake, clock, database_url):
    """An update handled again after its process died replays the reply Telegram had answered instead of sending it twice."""
    settings = webhook_settings(fake, database_url)
    application = build_application(settings, clock=clock)
    server = WebhookServer(application, settings)
    await left_behind(application, settings, clock, answered=True)
    try:
        await handled_again(application, server, settings, clock)
        assert [call for call in fake.calls if call.params.get("chat_id") == USER] == []
        async with services_of(application).sessions() as session:
            stats = await repo.operator_stats(session, now=clock.now())
        assert stats["possible_duplicates_24h"] == 0
    finally:
        await server.stop()


async def test_a_reply_whose_outcome_a_crash_hid_is_sent_again_and_counted(fake, clock, database_url):
    """A reply journaled as going out but never answered (the process died) is sent again and counted as a possible duplicate."""
    settings = webhook_settings(fake, database_url)
    application = build_application(settings, clock=clock)
    server = WebhookServer(application, settings)
    await left_behind(application, settings, clock, answered=False)
    try:
        await handled_again(application, server, settings, clock)
        helps = [c for c in fake.calls_to("sendMessage") if HELP_LINE in c.params["text"]]
        assert len(helps) == 1
        async with services_of(application).sessions() as session:
            stats = await repo.operator_stats(session, now=clock.now())
        assert stats["possible_duplicates_24h"] == 1
    finally:
        await server.stop()


async def test_a_done_update_leaves_no_journal_and_a_taken_over_claim_is_not_marked_done(
    session_factory, clock
):
    """Marking an update done drops its journal; a process whose claim another took over cannot mark it done."""
    now = clock.now()
    async with session_factory() as session:
        await repo.store_update(session, update_id=91, user_id=USER, payload="{}", now=now)
        (first,) = await repo.claim_updates(session, now=now, lease_until=now + timedelta(seconds=1), limit=1)
        await repo.start_update_send(session, update_id=91, seq=0, method="sendMessage", now=now)
        later = now + timedelta(seconds=1)
        (second,) = await repo.claim_updates(
            session, now=later, lease_until=later + timedelta(seconds=9), limit=1
        )
        assert not await repo.finish_update(session, row_id=first.id, attempt=first.attempts, now=later)
        assert await repo.update_sends(session, update_id=91) == {0: repo.JournaledCall("sendMessage", None)}
        assert await repo.finish_update(session, row_id=second.id, attempt=second.attempts, now=later)
        assert await repo.update_sends(session, update_id=91) == {}


async def test_renewing_a_lease_keeps_the_update_from_other_processes(session_factory, clock):
    """A renewed claim is not claimable when its first lease would have lapsed; a claim taken over is not renewed."""
    now = clock.now()
    async with session_factory() as session:
        await repo.store_update(session, update_id=95, user_id=USER, payload="{}", now=now)
        (claim,) = await repo.claim_updates(session, now=now, lease_until=now + timedelta(seconds=3), limit=1)
        renewed = await repo.renew_updates(
            session, claims=[(claim.id, claim.attempts)], lease_until=now + timedelta(seconds=6)
        )
        assert renewed == 1
        later = now + timedelta(seconds=4)
        assert await repo.claim_updates(session, now=later, lease_until=later, limit=1) == []
        assert (
            await repo.renew_updates(session, claims=[(claim.id, claim.attempts + 1)], lease_until=later) == 0
        )
