"""Webhook mode: an aiohttp server that keeps Telegram's updates in the database inbox, and the worker that handles them.

Telegram never posts an update again once it got a 200 for it, so an update is written to the
`inbound_updates` table before the 200: a process killed with updates in hand loses none of them.
Every process runs an InboxWorker that claims kept updates (each user's oldest only, so one user's
updates are handled in order even when different processes received them), hands them to the
Application and marks them done; a claim whose process died lapses after INBOX_LEASE_SECONDS.
PTB's built-in webhook server cannot serve extra routes, so this is PTB's "custom webhook" pattern.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import uuid
from datetime import timedelta
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.services import services_of
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


class InboxWorker:
    """Claims kept updates from the database inbox, handles each through the Application, marks it done."""

    def __init__(self, application: Application, settings: Settings):
        self._application = application
        self._lease = timedelta(seconds=settings.inbox_lease_seconds)
        self._wake = asyncio.Event()
        self._in_flight: set[asyncio.Task] = set()
        self._loop_task: asyncio.Task | None = None
        self._last_prune = float("-inf")

    def wake(self) -> None:
        """Look for updates now (one was just kept, or a user's update just finished)."""
        self._wake.set()

    def start(self) -> None:
        self._loop_task = asyncio.create_task(self._run(), name="inbox-worker")

    async def stop(self, grace_seconds: float = 10.0) -> None:
        """Stop claiming; let updates in hand finish (unfinished ones go to another process after their lease)."""
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.gather(self._loop_task, return_exceptions=True)
        if self._in_flight:
            await asyncio.wait(self._in_flight, timeout=grace_seconds)

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
            update = Update.de_json(json.loads(row.payload), application.bot)
            # Through the update processor, as a polled update would go: per-user locks, error handler.
            await application.update_processor.process_update(update, application.process_update(update))
        except Exception as error:  # noqa: BLE001 (an update that cannot be handled is not retried forever)
            log.error("inbox: an update could not be handled: %s", type(error).__name__)
        try:
            async with services.sessions() as session:
                await repo.finish_update(session, row_id=row.id, now=services.clock.now())
        except Exception as error:  # noqa: BLE001 (the claim lapses and another process handles it)
            log.warning("inbox: could not mark an update done: %s", type(error).__name__)


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
