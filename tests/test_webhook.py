"""Webhook mode: the secret is required (401 without it), updates are handled, /healthz reports the database."""

import os

import aiohttp
import asyncpg
import pytest
from pydantic import ValidationError
from sqlalchemy import text

from bot.app import build_application
from bot.config import Settings, describe_settings_error
from bot.services import services_of
from bot.webhook import SECRET_HEADER, WebhookServer
from tests.conftest import USER, fresh_postgres_database
from tests.fakebot import updates

SECRET = "s3cret-token_for-tests"


def webhook_settings(fake, database_url: str) -> Settings:
    """Settings for webhook mode on a free loopback port, talking to the fake Bot API."""
    return Settings(
        _env_file=None,
        bot_token=fake.token,
        bot_api_url=fake.base_url,
        database_url=database_url,
        webhook_url="https://bot.example.org/telegram/hook",
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=0,
    )


@pytest.fixture
async def webhook(fake, clock, database_url):
    """The real Application behind the webhook server, on a free loopback port."""
    settings = webhook_settings(fake, database_url)
    server = WebhookServer(build_application(settings, clock=clock), settings)
    await server.start()
    yield server, fake
    await server.stop()


async def test_webhook_is_registered_with_the_secret(webhook):
    """Start-up registers the webhook URL with Telegram's secret token."""
    _, fake = webhook
    call = fake.calls_to("setWebhook")[-1]
    assert (
        call.params["url"] == "https://bot.example.org/telegram/hook"
        and call.params["secret_token"] == SECRET
    )


async def test_requests_without_the_secret_get_401(webhook):
    """A POST without (or with a wrong) secret header is refused with 401 and not handled."""
    server, fake = webhook
    url = f"http://127.0.0.1:{server.port}/telegram/hook"
    async with aiohttp.ClientSession() as client:
        for headers in ({}, {SECRET_HEADER: "wrong"}):
            async with client.post(
                url, json=updates.command(USER, "/start", update_id=1), headers=headers
            ) as response:
                assert response.status == 401
    assert fake.calls_to("sendMessage") == []


async def test_update_with_the_secret_is_handled(webhook):
    """A POST with the secret is queued and answered like a polled update."""
    server, fake = webhook
    async with aiohttp.ClientSession() as client:
        async with client.post(
            f"http://127.0.0.1:{server.port}/telegram/hook",
            json=updates.command(USER, "/start", update_id=7),
            headers={SECRET_HEADER: SECRET},
        ) as response:
            assert response.status == 200
    call = await fake.wait_for("sendMessage", lambda call: "18 or older" in call.params["text"], timeout=10)
    assert call.params["chat_id"] == USER


async def test_healthz_reports_a_reachable_database(webhook):
    """GET /healthz answers 200 while the database answers."""
    server, _ = webhook
    async with aiohttp.ClientSession() as client:
        async with client.get(f"http://127.0.0.1:{server.port}/healthz") as response:
            assert response.status == 200 and await response.text() == "ok"


def test_webhook_url_without_secret_is_a_configuration_error():
    """WEBHOOK_URL without WEBHOOK_SECRET stops start-up with a line naming WEBHOOK_SECRET."""
    with pytest.raises(ValidationError) as raised:
        Settings(
            _env_file=None,
            bot_token="123456:TEST-token-for-the-fake-server",
            webhook_url="https://x.org/hook",
        )
    assert "WEBHOOK_SECRET" in describe_settings_error(raised.value)


async def test_healthz_reports_503_when_the_database_is_gone(fake, clock):
    """When the PostgreSQL database disappears, GET /healthz answers 503."""
    async with fresh_postgres_database() as url:
        settings = webhook_settings(fake, url)
        server = WebhookServer(build_application(settings, clock=clock), settings)
        await server.start()
        try:
            name = url.rsplit("/", 1)[1]
            admin = await asyncpg.connect(
                os.environ["TEST_POSTGRES_URL"].replace("postgresql+asyncpg://", "postgresql://")
            )
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            await admin.close()
            async with aiohttp.ClientSession() as client:
                async with client.get(f"http://127.0.0.1:{server.port}/healthz") as response:
                    assert response.status == 503
        finally:
            await server.stop()


async def test_a_body_that_is_not_a_json_object_gets_400(webhook):
    """A JSON list, number or string (or no JSON at all) is refused with 400, never a 500."""
    server, fake = webhook
    async with aiohttp.ClientSession() as client:
        for body in ("[1, 2]", "42", '"text"', "null", "{not json"):
            async with client.post(
                f"http://127.0.0.1:{server.port}/telegram/hook",
                data=body,
                headers={SECRET_HEADER: SECRET, "Content-Type": "application/json"},
            ) as response:
                assert response.status == 400


async def test_healthz_reports_503_when_writes_fail(fake, clock, tmp_path):
    """A database that still answers reads but refuses every write makes /healthz answer 503."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    settings = webhook_settings(fake, url)
    server = WebhookServer(build_application(settings, clock=clock), settings)
    await server.start()
    try:
        async with services_of(server._application).sessions() as session:
            for verb in ("INSERT", "UPDATE"):
                await session.exec(
                    text(
                        f"CREATE TRIGGER refuse_{verb.lower()} BEFORE {verb} ON app_state "
                        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
                    )
                )
            await session.commit()
        async with aiohttp.ClientSession() as client:
            async with client.get(f"http://127.0.0.1:{server.port}/healthz") as response:
                assert response.status == 503
    finally:
        await server.stop()
