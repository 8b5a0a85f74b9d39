"""The Mini App on the bot's own aiohttp server: only genuine initData opens data, a strict CSP, the menu and /progress buttons, webhook mode too."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.app import build_application
from bot.config import Settings
from bot.web.init_data import sign
from bot.web.server import mini_app_of
from bot.webhook import WebhookServer
from tests.conftest import OTHER_USER, USER, onboard, start_harness, stop_harness
from tests.year_seed import seed_year

WEB_APP_URL = "https://bot.example.org/app/"


def signed_init_data(token: str, user_id: int, signed_at) -> str:
    """initData as Telegram passes it to the page, signed with `token`."""
    fields = {
        "auth_date": str(int(signed_at.timestamp())),
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps({"id": user_id, "first_name": "Sam"}, separators=(",", ":")),
    }
    fields["hash"] = sign(fields, token)
    return urlencode(fields)


@pytest.fixture
async def mini(fake, clock, database_url):
    """The bot with WEB_APP_URL set (polling mode: the Mini App's own server on a free port)."""
    harness = await start_harness(
        fake, clock, database_url, [], web_app_url=WEB_APP_URL, web_app_listen="127.0.0.1", web_app_port=0
    )
    yield harness
    await stop_harness(harness)
    assert not harness.handler_errors


def base(harness) -> str:
    return f"http://127.0.0.1:{mini_app_of(harness.app).port}/app/"


async def fetch_summary(harness, init_data: str | None) -> tuple[int, dict]:
    headers = {"Authorization": f"tma {init_data}"} if init_data is not None else {}
    async with aiohttp.ClientSession() as client:
        async with client.post(base(harness) + "api/summary", headers=headers) as response:
            return response.status, await response.json()


async def test_genuine_init_data_gets_the_users_summary(mini):
    """Correctly signed initData gets the signed-in user's weeks, calendar and capacities."""
    await seed_year(mini.services.sessions, USER, mini.clock.now())
    status, body = await fetch_summary(mini, signed_init_data(mini.fake.token, USER, mini.clock.now()))
    assert status == 200
    assert len(body["summary"]["weeks"]) >= 52 and body["summary"]["capacities"][0]["points"]
    assert 'id="calendar"' in body["html"] and "score-chart" in body["html"]


async def test_forged_init_data_gets_401_and_no_data(mini):
    """initData signed with another token is refused with 401 and carries no summary."""
    await seed_year(mini.services.sessions, USER, mini.clock.now())
    forged = signed_init_data("999999:not-this-bots-token-at-all", USER, mini.clock.now())
    status, body = await fetch_summary(mini, forged)
    assert status == 401 and body == {"error": "unauthorized"}


async def test_expired_init_data_gets_401(mini):
    """initData signed more than a day before the bot's clock is refused."""
    await seed_year(mini.services.sessions, USER, mini.clock.now())
    old = signed_init_data(mini.fake.token, USER, mini.clock.now() - timedelta(days=1, minutes=1))
    status, body = await fetch_summary(mini, old)
    assert status == 401 and "summary" not in body


async def test_no_init_data_gets_401(mini):
    """A request without initData is refused."""
    status, _ = await fetch_summary(mini, None)
    assert status == 401


async def test_the_user_comes_from_the_signed_data_not_a_parameter(mini):
    """A user_id parameter naming someone else is ignored: the signed user (with no data) gets nothing."""
    await seed_year(mini.services.sessions, USER, mini.clock.now())
    init_data = signed_init_data(mini.fake.token, OTHER_USER, mini.clock.now())
    async with aiohttp.ClientSession() as client:
        async with client.post(
            base(mini) + f"api/summary?user_id={USER}",
            headers={"Authorization": f"tma {init_data}"},
            data={"user_id": str(USER)},
        ) as response:
            assert response.status == 404 and "summary" not in await response.json()


async def test_the_page_has_a_strict_csp_and_loads_nothing_from_elsewhere(mini):
    """The page is served with a CSP allowing only its own origin, and names no other host or inline script."""
    async with aiohttp.ClientSession() as client:
        async with client.get(base(mini)) as response:
            csp = response.headers["Content-Security-Policy"]
            page = await response.text()
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", page))


async def test_static_files_outside_the_list_are_not_served(mini):
    """Only the page's own script and style are served from static/."""
    async with aiohttp.ClientSession() as client:
        async with client.get(base(mini) + "static/app.js") as response:
            assert response.status == 200
        async with client.get(base(mini) + "static/..%2Fserver.py") as response:
            assert response.status == 404


async def test_start_sets_the_menu_button_to_the_mini_app(mini):
    """With WEB_APP_URL set, start-up points the chat menu button at the page."""
    call = mini.fake.calls_to("setChatMenuButton")[-1]
    assert call.params["menu_button"]["type"] == "web_app"
    assert call.params["menu_button"]["web_app"]["url"] == WEB_APP_URL


async def test_progress_offers_the_mini_app_under_the_chart(mini):
    """/progress still sends the PNG, with a button that opens the page."""
    await onboard(mini)
    await mini.command(USER, "/progress")
    photo = mini.fake.calls_to("sendPhoto")[-1]
    assert photo.ok and photo.files["photo"].startswith(b"\x89PNG")
    button = photo.params["reply_markup"]["inline_keyboard"][0][0]
    assert button["web_app"]["url"] == WEB_APP_URL


async def test_without_web_app_url_progress_sends_the_png_alone_and_no_menu_button(harness):
    """Without WEB_APP_URL, /progress sends its PNG without a page button and no menu button is set."""
    await onboard(harness)
    await harness.command(USER, "/progress")
    photo = harness.fake.calls_to("sendPhoto")[-1]
    assert photo.ok and photo.files["photo"].startswith(b"\x89PNG")
    assert "reply_markup" not in photo.params
    assert harness.fake.calls_to("setChatMenuButton") == []


async def test_webhook_mode_serves_the_page_on_the_webhook_port(fake, clock, database_url):
    """In webhook mode the page and its API share the webhook server's port."""
    settings = Settings(
        _env_file=None,
        bot_token=fake.token,
        bot_api_url=fake.base_url,
        database_url=database_url,
        webhook_url="https://bot.example.org/telegram/hook",
        webhook_secret="s3cret-token_for-tests",
        webhook_listen="127.0.0.1",
        webhook_port=0,
        web_app_url=WEB_APP_URL,
    )
    server = WebhookServer(build_application(settings, clock=clock), settings)
    await server.start()
    try:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://127.0.0.1:{server.port}/app/") as response:
                assert response.status == 200 and "Content-Security-Policy" in response.headers
            async with client.post(f"http://127.0.0.1:{server.port}/app/api/summary") as response:
                assert response.status == 401
    finally:
        await server.stop()


def test_web_app_url_must_be_https():
    """Telegram opens Mini Apps over HTTPS only, so an http:// WEB_APP_URL is a configuration error."""
    with pytest.raises(ValueError):
        Settings(
            _env_file=None, bot_token="123456:TEST-token-for-the-fake-server", web_app_url="http://x.org/"
        )
