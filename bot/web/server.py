"""The Mini App's routes on the bot's own aiohttp server: the page, its two static files, and the summary API.

In webhook mode the routes join the webhook server (one port); in polling mode the bot starts a
small server of its own on WEB_APP_LISTEN:WEB_APP_PORT. Either way the page's address is the path of
WEB_APP_URL, and the menu button opens it.
"""

from __future__ import annotations

import logging
from importlib import resources
from urllib.parse import urlsplit

from aiohttp import web
from telegram import MenuButtonWebApp, WebAppInfo
from telegram.error import TelegramError
from telegram.ext import Application

from bot.config import Settings
from bot.practice.onboarding import is_onboarded
from bot.practice.progress_summary import summary_json
from bot.progress_data import load_summary
from bot.services import services_of
from bot.web.init_data import InvalidInitData, validate_init_data
from bot.web.page import render_fragment
from storage import repo

log = logging.getLogger(__name__)
MINI_APP_KEY = "mini_app"
MENU_BUTTON_TEXT = "My progress"
# The page loads its own script, style and data and nothing else: no third-party host, no inline code.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
STATIC_FILES = {
    "index.html": "text/html",
    "app.js": "application/javascript",
    "app.css": "text/css",
}
# Telegram's convention for passing initData to a Mini App's own backend.
AUTH_SCHEME = "tma "


def _static(name: str) -> bytes:
    return resources.files("bot.web").joinpath("static", name).read_bytes()


def base_path(web_app_url: str) -> str:
    """The path the page lives at, always ending in "/" so its relative links resolve under it."""
    path = urlsplit(web_app_url).path or "/"
    return path if path.endswith("/") else path + "/"


class MiniApp:
    """Serves the page and answers the summary API for the user the signed initData names."""

    def __init__(self, application: Application, settings: Settings):
        self._application = application
        self._settings = settings
        self._base = base_path(settings.web_app_url or "/")
        self._runner: web.AppRunner | None = None

    def add_routes(self, server: web.Application) -> None:
        """Mount the page, its static files and the API under the page's path."""
        if self._base != "/":
            server.router.add_get(self._base.rstrip("/"), self._to_page)
        server.router.add_get(self._base, self._page)
        server.router.add_get(self._base + "static/{name}", self._file)
        server.router.add_post(self._base + "api/summary", self._summary)

    async def _to_page(self, request: web.Request) -> web.Response:
        raise web.HTTPPermanentRedirect(self._base)

    async def _page(self, request: web.Request) -> web.Response:
        return web.Response(body=_static("index.html"), content_type="text/html", headers=SECURITY_HEADERS)

    async def _file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES or name == "index.html":
            raise web.HTTPNotFound()
        return web.Response(body=_static(name), content_type=STATIC_FILES[name], headers=SECURITY_HEADERS)

    async def _summary(self, request: web.Request) -> web.Response:
        services = services_of(self._application)
        now = services.clock.now()
        header = request.headers.get("Authorization", "")
        try:
            if not header.startswith(AUTH_SCHEME):
                raise InvalidInitData("no initData")
            signed_in = validate_init_data(
                header[len(AUTH_SCHEME) :],
                bot_token=self._settings.bot_token.get_secret_value(),
                now=now,
            )
        except InvalidInitData:
            return web.json_response({"error": "unauthorized"}, status=401, headers=SECURITY_HEADERS)
        async with services.sessions() as session:
            user = await repo.get_user(session, user_id=signed_in.id)
            if user is None or not is_onboarded(user):
                return web.json_response({"error": "not_started"}, status=404, headers=SECURITY_HEADERS)
            summary = await load_summary(session, user, services.content, now)
        return web.json_response(
            {"summary": summary_json(summary), "html": render_fragment(summary)}, headers=SECURITY_HEADERS
        )

    @property
    def port(self) -> int | None:
        """The port of the Mini App's own server (polling mode), None when it has none."""
        return self._runner.addresses[0][1] if self._runner is not None else None

    async def start(self) -> None:
        """Point the menu button at the page and, in polling mode, start serving it."""
        try:
            await self._application.bot.set_chat_menu_button(
                menu_button=MenuButtonWebApp(
                    text=MENU_BUTTON_TEXT, web_app=WebAppInfo(url=self._settings.web_app_url)
                )
            )
        except TelegramError as error:
            # The page still works from /progress; the menu button is a convenience.
            log.warning("menu button not set: %s", type(error).__name__)
        if self._settings.webhook_url:
            return  # the webhook server mounts the routes on its own port
        server = web.Application()
        self.add_routes(server)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._settings.web_app_listen, self._settings.web_app_port).start()
        log.info("mini app listening on port %d", self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


async def start_mini_app(application: Application, settings: Settings) -> None:
    """Build and start the Mini App for this application (only called when WEB_APP_URL is set)."""
    mini_app = MiniApp(application, settings)
    application.bot_data[MINI_APP_KEY] = mini_app
    await mini_app.start()


async def stop_mini_app(application: Application) -> None:
    """Stop the Mini App's own server, if it has one."""
    mini_app = application.bot_data.get(MINI_APP_KEY)
    if mini_app is not None:
        await mini_app.stop()


def mini_app_of(application: Application) -> MiniApp | None:
    """The application's Mini App, None without WEB_APP_URL."""
    return application.bot_data.get(MINI_APP_KEY)
