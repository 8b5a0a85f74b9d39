"""Webhook mode: an aiohttp server that keeps Telegram's updates in the database inbox, and the worker that handles them.

Telegram never posts an update again once it got a 200 for it, so an update is written to the
`inbound_updates` table before the 200: a process killed with updates in hand loses none of them.
Every process runs an InboxWorker that claims kept updates (each user's oldest only, so one user's
updates are handled in order even when different processes received them), hands them to the
Application and marks them done. While an update is in hand its lease is renewed; a claim whose
process died lapses after INBOX_LEASE_SECONDS and another process handles the update again.

So that handling it again does not repeat on the user's screen what already went out, every Bot
API call made for an inbox update is journaled: written before it goes, completed with Telegram's
answer after. A second attempt replays the completed calls (their answers, nothing sent) and makes
the rest. The one case left is a call that reached Telegram from a process that died before it
could record the answer: it is made again and counted as a possible duplicate (PossibleDuplicate
in /stats), since Telegram offers no way to ask whether it arrived.
PTB's built-in webhook server cannot serve extra routes, so this is PTB's "custom webhook" pattern.
"""

from __future__ import annotations

import asyncio
import hmac
import itertools
import json
import logging
import signal
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.ext import Application

from bot.config import Settings
from bot.pacing import UPDATE_JOURNAL
from bot.services import Services, services_of
from bot.web.server import mini_app_of
from storage import repo

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_STATE = "healthz"
# Updates one process handles at once (each from a different user).
INBOX_CONCURRENCY = 16
# How often an idle worker looks for updates other processes kept (its own wake it at once).
INBOX_POLL_SECONDS = 0.25
# Handled updates are kept this long (their ids turn away a re-post), then pruned.
INBOX_KEEP = timedelta(days=1)
PRUNE_EVERY_SECONDS = 600.0
# Leases of updates in hand are renewed this many times per lease, so a slow handler (a long
# Telegram call, a busy database) keeps its update however long it takes while its process lives.
RENEWALS_PER_LEASE = 3
# Telegram takes one answer per tap: repeating one whose outcome is unknown can never show twice.
ANSWER_TAP = "answerCallbackQuery"


class UpdateJournal:
    """The Bot API calls made while handling one inbox update, each recorded before and after it goes out."""

    def __init__(self, services: Services, update_id: int, earlier: dict[int, repo.JournaledCall]):
        self._services = services
        self._update_id = update_id
        # What an earlier attempt at this update (in a process that died) recorded, by place in order.
        self._earlier = earlier
        self._places = itertools.count()

    async def _write(self, action: Callable[..., Awaitable[None]], **values: Any) -> None:
        try:
            async with self._services.sessions() as session:
                await action(session, update_id=self._update_id, **values)
        except Exception as error:  # noqa: BLE001 (answering the user matters more than the record)
            log.warning("inbox: could not journal a call: %s", type(error).__name__)

    async def call(self, endpoint: str, send: Callable[[], Awaitable[Any]]) -> Any:
        seq = next(self._places)
        now = self._services.clock.now
        earlier = self._earlier.get(seq)
        if earlier is not None and earlier.method == endpoint and earlier.result is not None:
            # It reached Telegram and was answered before the first attempt's process died.
            return json.loads(earlier.result)
        unknown = earlier is not None and earlier.result is None
        if unknown and endpoint != ANSWER_TAP:
            # Written, never answered: it may have reached Telegram. There is no way to ask, so it
            # goes again (a lost reply is worse than a repeated one) and is counted.
            log.warning("inbox: repeating a call whose outcome is unknown (%s)", endpoint)
            await self._write(self._possible_duplicate, now=now())
        await self._write(repo.start_update_send, seq=seq, method=endpoint, now=now())
        try:
            result = await send()
        except BadRequest:
            if unknown and endpoint == ANSWER_TAP:
                # Telegram takes one answer per tap and refuses the next: the first one arrived.
                await self._write(repo.complete_update_send, seq=seq, result="true", now=now())
                return True
            await self._write(repo.forget_update_send, seq=seq)
            raise
        except TelegramError as error:
            if not isinstance(error, NetworkError):
                # Telegram answered with an error: nothing went out, so nothing to keep.
                await self._write(repo.forget_update_send, seq=seq)
            raise
        await self._write(repo.complete_update_send, seq=seq, result=json.dumps(result), now=now())
        return result

    @staticmethod
    async def _possible_duplicate(session, *, update_id: int, now) -> None:
        await repo.record_error(session, kind=repo.POSSIBLE_DUPLICATE, now=now)


class InboxWorker:
    """Claims kept updates from the database inbox, handles each through the Application, marks it done."""

    def __init__(self, application: Application, settings: Settings):
        self._application = application
        self._lease = timedelta(seconds=settings.inbox_lease_seconds)
        self._wake = asyncio.Event()
        self._in_flight: set[asyncio.Task] = set()
        # Claims in hand, by inbox row id: their leases are renewed until each is done.
        self._claims: dict[int, repo.ClaimedUpdate] = {}
        self._loop_task: asyncio.Task | None = None
        self._renew_task: asyncio.Task | None = None
        self._last_prune = float("-inf")

    def wake(self) -> None:
        """Look for updates now (one was just kept, or a user's update just finished)."""
        self._wake.set()

    def start(self) -> None:
        self._loop_task = asyncio.create_task(self._run(), name="inbox-worker")
        self._renew_task = asyncio.create_task(self._renew(), name="inbox-lease-renewal")

    async def stop(self, grace_seconds: float = 10.0) -> None:
        """Stop claiming; let updates in hand finish (unfinished ones go to another process after their lease)."""
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.gather(self._loop_task, return_exceptions=True)
        if self._in_flight:
            await asyncio.wait(self._in_flight, timeout=grace_seconds)
        if self._renew_task is not None:
            self._renew_task.cancel()
            await asyncio.gather(self._renew_task, return_exceptions=True)

    async def _renew(self) -> None:
        """Keep the leases of updates in hand from lapsing while their handlers run."""
        services = services_of(self._application)
        every = self._lease.total_seconds() / RENEWALS_PER_LEASE
        while True:
            await asyncio.sleep(every)
            claims = [(row.id, row.attempts) for row in self._claims.values()]
            if not claims:
                continue
            try:
                async with services.sessions() as session:
                    now = services.clock.now()
                    renewed = await repo.renew_updates(session, claims=claims, lease_until=now + self._lease)
            except Exception as error:  # noqa: BLE001 (the next renewal may get through)
                log.warning("inbox: could not renew leases: %s", type(error).__name__)
                continue
            # Fewer renewed than still in hand (some just finished meanwhile): another process took some.
            lost = sum(1 for row_id, _ in claims if row_id in self._claims) - renewed
            if lost > 0:
                log.warning("inbox: %d updates in hand were taken over after their lease", lost)

    async def _run(self) -> None:
        services = services_of(self._application)
        loop = asyncio.get_running_loop()
        while True:
            self._wake.clear()
            free = INBOX_CONCURRENCY - len(self._in_flight)
            claimed: list[repo.ClaimedUpdate] = []
            try:
                if free > 0:
                    now = services.clock.now()
                    async with services.sessions() as session:
                        claimed = await repo.claim_updates(
                            session, now=now, lease_until=now + self._lease, limit=free
                        )
                if loop.time() - self._last_prune > PRUNE_EVERY_SECONDS:
                    self._last_prune = loop.time()
                    async with services.sessions() as session:
                        pruned = await repo.prune_updates(session, before=services.clock.now() - INBOX_KEEP)
                    if pruned:
                        log.info("inbox: pruned %d handled updates", pruned)
            except Exception as error:  # noqa: BLE001 (the database may come back; keep trying)
                log.warning("inbox claim failed: %s", type(error).__name__)
                await asyncio.sleep(1.0)
                continue
            for row in claimed:
                self._claims[row.id] = row
                task = asyncio.create_task(self._handle(row))
                self._in_flight.add(task)
                task.add_done_callback(self._handled)
            if claimed and len(claimed) == free:
                continue  # there may be more waiting: claim again as soon as a slot is free
            try:
                await asyncio.wait_for(self._wake.wait(), INBOX_POLL_SECONDS)
            except TimeoutError:
                pass

    def _handled(self, task: asyncio.Task) -> None:
        self._in_flight.discard(task)
        self._wake.set()

    async def _handle(self, row: repo.ClaimedUpdate) -> None:
        application = self._application
        services = services_of(application)
        try:
            try:
                earlier: dict[int, repo.JournaledCall] = {}
                if row.attempts > 1:
                    # A process that claimed it before died (or lost its lease): see what it sent.
                    async with services.sessions() as session:
                        earlier = await repo.update_sends(session, update_id=row.update_id)
                update = Update.de_json(json.loads(row.payload), application.bot)
                journal = UPDATE_JOURNAL.set(UpdateJournal(services, row.update_id, earlier))
                try:
                    # Through the update processor, as a polled update would go: per-user locks, error handler.
                    await application.update_processor.process_update(
                        update, application.process_update(update)
                    )
                finally:
                    UPDATE_JOURNAL.reset(journal)
            except Exception as error:  # noqa: BLE001 (an update that cannot be handled is not retried forever)
                log.error("inbox: an update could not be handled: %s", type(error).__name__)
            try:
                async with services.sessions() as session:
                    mine = await repo.finish_update(
                        session, row_id=row.id, attempt=row.attempts, now=services.clock.now()
                    )
                if not mine:
                    log.warning("inbox: an update was taken over by another process before it was done")
            except Exception as error:  # noqa: BLE001 (the claim lapses and another process handles it)
                log.warning("inbox: could not mark an update done: %s", type(error).__name__)
        finally:
            self._claims.pop(row.id, None)


class WebhookServer:
    """Receives updates for one Application and reports health; start() registers the webhook."""

    def __init__(self, application: Application, settings: Settings):
        self._application = application
        self._settings = settings
        self._secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
        self._path = urlsplit(settings.webhook_url or "").path or "/"
        self._runner: web.AppRunner | None = None
        self._worker = InboxWorker(application, settings)

    async def _receive(self, request: web.Request) -> web.Response:
        offered = request.headers.get(SECRET_HEADER, "")
        if not self._secret or not hmac.compare_digest(offered.encode(), self._secret.encode()):
            return web.Response(status=401, text="unauthorized")
        try:
            payload = json.loads(await request.text())
            if not isinstance(payload, dict):
                # A list, a number or a string is JSON but not an update: refuse it, no traceback.
                raise ValueError("not a JSON object")
            update = Update.de_json(payload, self._application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return web.Response(status=400, text="bad update")
        services = services_of(self._application)
        user = update.effective_user
        try:
            async with services.sessions() as session:
                kept = await repo.store_update(
                    session,
                    update_id=update.update_id,
                    user_id=user.id if user is not None else None,
                    payload=json.dumps(payload),
                    now=services.clock.now(),
                )
        except Exception as error:  # noqa: BLE001 (not kept: Telegram must post it again)
            log.warning("inbox: could not keep an update: %s", type(error).__name__)
            return web.Response(status=503, text="not kept")
        if kept:
            self._worker.wake()
        # A re-post of an update already kept is acknowledged and ignored.
        return web.Response(text="ok")

    async def _health(self, request: web.Request) -> web.Response:
        services = services_of(self._application)
        try:
            async with services.sessions() as session:
                # A write, not only a read: a database that answers but refuses writes (disk full,
                # read-only) cannot record a single answer, so the bot is not healthy.
                await repo.set_state(
                    session, name=HEALTH_STATE, value=uuid.uuid4().hex, now=services.clock.now()
                )
        except Exception as error:  # noqa: BLE001 (any failure means unhealthy)
            log.warning("health check failed: %s", type(error).__name__)
            return web.Response(status=503, text="database unreachable")
        return web.Response(text="ok")

    @property
    def port(self) -> int:
        """The port actually bound (useful when 0 asked for a free one)."""
        return self._runner.addresses[0][1]

    async def start(self) -> None:
        """Start the Application, listen, and tell Telegram where to send updates."""
        application = self._application
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        await application.start()
        self._worker.start()
        server = web.Application()
        server.router.add_post(self._path, self._receive)
        server.router.add_get("/healthz", self._health)
        if mini_app_of(application) is not None:
            mini_app_of(application).add_routes(server)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._settings.webhook_listen, self._settings.webhook_port).start()
        await application.bot.set_webhook(
            url=self._settings.webhook_url, secret_token=self._secret, allowed_updates=Update.ALL_TYPES
        )
        log.info("webhook server listening on port %d", self.port)

    async def stop(self) -> None:
        """Stop listening and shut the Application down (the webhook stays registered)."""
        if self._runner is not None:
            await self._runner.cleanup()
        await self._worker.stop()
        application = self._application
        await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def run_webhook(application: Application, settings: Settings) -> None:
    """Serve until SIGINT or SIGTERM."""

    async def serve() -> None:
        server = WebhookServer(application, settings)
        await server.start()
        stopped = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopped.set)
        await stopped.wait()
        await server.stop()

    asyncio.run(serve())
