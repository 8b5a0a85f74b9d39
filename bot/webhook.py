"""Webhook mode: an aiohttp server that takes Telegram's updates (secret-checked) and answers /healthz.

PTB's built-in webhook server cannot serve extra routes, so this follows PTB's "custom webhook"
pattern: updates go onto the Application's update queue, and the Application runs as usual.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import uuid
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.services import services_of
from storage import repo

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_STATE = "healthz"


class WebhookServer:
    """Receives updates for one Application and reports health; start() registers the webhook."""

    def __init__(self, application: Application, settings: Settings):
        self._application = application
        self._settings = settings
        self._secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
        self._path = urlsplit(settings.webhook_url or "").path or "/"
        self._runner: web.AppRunner | None = None

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
        await self._application.update_queue.put(update)
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
        server = web.Application()
        server.router.add_post(self._path, self._receive)
        server.router.add_get("/healthz", self._health)
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
