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
