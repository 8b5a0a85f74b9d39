"""Shared fixtures: a fake clock, a fresh SQLite file per test, and the real Application against the fake Bot API."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import traceback
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

import asyncpg
import pytest
from sqlalchemy import event
from telegram import Update

from bot.app import DUE_KINDS, build_application
from bot.config import Settings
from bot.practice import callback_data
from bot.services import services_of
from scheduler.dispatch import run_tick
from storage.db import create_engine, create_session_factory
from storage.schema import migrate
from tests.fakebot import FakeBotApi, updates

_update_ids = itertools.count(1)

USER = 1001
OTHER_USER = 2002

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, start: datetime):
        self.current = start

    def now(self) -> datetime:
        return self.current

    def set(self, instant: datetime) -> None:
        self.current = instant.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


@dataclass(frozen=True)
class SessionViolation:
    """A Bot API call made while the calling task held a checked-out database connection."""

    method: str
    # The project's handler and scheduler frames on the way to the call, outermost first.
    frames: tuple[str, ...]

    @property
    def site(self) -> str:
        """The innermost project frame: where the call was made."""
        return self.frames[-1] if self.frames else "(outside handlers and scheduler)"

    def __str__(self) -> str:
        return f"{self.method} at {' -> '.join(self.frames) or self.site}"


def project_frames() -> tuple[str, ...]:
    """The current stack's frames in the project's handlers and scheduler, outermost first."""
    frames = []
    for frame in traceback.extract_stack():
        path = Path(frame.filename).resolve()
        if not path.is_relative_to(PROJECT_ROOT):
            continue
        relative = path.relative_to(PROJECT_ROOT).as_posix()
        if relative.startswith(("handlers/", "scheduler/")):
            frames.append(f"{relative}:{frame.name}")
    return tuple(frames)


def watch_sessions_across_calls(app, violations: list[SessionViolation]) -> None:
    """Record every Bot API call the app makes from a task that holds a connection of its engine."""
    pool = services_of(app).sessions.kw["bind"].sync_engine.pool
    holders: dict[int, asyncio.Task | None] = {}

    # Pool events run in the task's greenlet, so current_task() is the task that uses the connection.
    @event.listens_for(pool, "checkout")
    def _checked_out(_dbapi_connection, record, _proxy) -> None:
        holders[id(record)] = current_task_or_none()

    @event.listens_for(pool, "checkin")
    def _checked_in(_dbapi_connection, record) -> None:
        holders.pop(id(record), None)

    request = app.bot.request
    do_request = request.do_request

    async def watched_do_request(url: str, method: str, *args, **kwargs):
        task = current_task_or_none()
        if task is not None and task in holders.values():
            violations.append(SessionViolation(method=url.rsplit("/", 1)[-1], frames=project_frames()))
        return await do_request(url, method, *args, **kwargs)

    request.do_request = watched_do_request


def current_task_or_none() -> asyncio.Task | None:
    """The running asyncio task, or None outside one."""
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None


@dataclass
class Harness:
    """The running bot, the fake Telegram it talks to, and the clock it reads."""

    app: Any
    fake: FakeBotApi
    clock: FakeClock
    settings: Settings
    sleeps: list[float]
    handler_errors: list[BaseException] = field(default_factory=list)
    expected_errors: int = 0
    # Bot API calls made while the calling task held a database connection.
    session_violations: list[SessionViolation] = field(default_factory=list)

    @property
    def services(self):
        return services_of(self.app)

    async def send(self, update: dict) -> None:
        """Deliver one update as Telegram would and wait until the bot has handled it."""
        update.setdefault("update_id", next(_update_ids))
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def command(self, user_id: int, name: str, args: str = "") -> None:
        await self.send(updates.command(user_id, name, args))

    async def say(self, user_id: int, text: str) -> None:
        await self.send(updates.text_message(user_id, text))

    def last_message(self, chat_id: int):
        """The newest message the bot has in this chat."""
        stored = self.fake.messages.get(chat_id, {})
        assert stored, f"the bot has sent nothing to {chat_id}"
        return stored[max(stored)]

    def find_button(self, chat_id: int, label: str) -> tuple[Any, str]:
        """The newest message in the chat with a button labelled `label`, and that button's data."""
        for message_id in sorted(self.fake.messages.get(chat_id, {}), reverse=True):
            stored = self.fake.messages[chat_id][message_id]
            for row in (stored.reply_markup or {}).get("inline_keyboard", []):
                for button in row:
                    if button["text"] == label and "callback_data" in button:
                        return stored, button["callback_data"]
        raise AssertionError(f"no button {label!r} in chat {chat_id}")

    async def tap(self, user_id: int, label: str, *, chat_id: int | None = None) -> str:
        """Tap the newest button with this label in the user's chat; returns the query id."""
        stored, data = self.find_button(chat_id or user_id, label)
        return await self.tap_data(user_id, stored, data)

    async def tap_data(self, user_id: int, stored, data: str) -> str:
        """Tap arbitrary callback data on a stored message (forged or stale buttons too)."""
        update = updates.callback(
            user_id,
            stored.message_id,
            data,
            message_text=stored.text,
            chat_id=stored.chat_id,
            reply_markup=stored.reply_markup,
        )
        await self.send(update)
        return update["callback_query"]["id"]

    async def tick(self) -> Counter:
        """Run one scheduler tick now, as the JobQueue would."""
        return await run_tick(self.services, self.app.bot, DUE_KINDS)

    def texts(self, chat_id: int) -> list[str]:
        return self.fake.sent_texts(chat_id)


async def start_harness(
    fake: FakeBotApi,
    clock: FakeClock,
    database_url: str,
    sleeps: list[float],
    *,
    content=None,
    real_sleep: bool = False,
    **overrides,
) -> Harness:
    settings = Settings(
        _env_file=None,
        bot_token=fake.token,
        bot_api_url=fake.base_url,
        database_url=database_url,
        **overrides,
    )

    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        if real_sleep:  # for tests that measure how long a hold keeps other chats waiting
            await asyncio.sleep(seconds)

    app = build_application(settings, clock=clock, sleep=record_sleep, content=content, rng=Random(7))
    harness = Harness(app=app, fake=fake, clock=clock, settings=settings, sleeps=sleeps)
    watch_sessions_across_calls(app, harness.session_violations)

    async def fail_on_error(update: object, context) -> None:
        harness.handler_errors.append(context.error)

    # PTB swallows handler exceptions; recording them lets every test fail on one.
    app.add_error_handler(fail_on_error)
    await app.initialize()
    await app.post_init(app)
    return harness


def rendered_callback_data(fake: FakeBotApi) -> list[str]:
    """The callback data of every inline button the bot sent or edited in, in order."""
    seen = []
    for call in fake.calls:
        markup = call.params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        for row in (markup or {}).get("inline_keyboard", []) if isinstance(markup, dict) else []:
            seen.extend(button["callback_data"] for button in row if "callback_data" in button)
    return seen


async def stop_harness(harness: Harness) -> None:
    await harness.app.shutdown()
    await harness.app.post_shutdown(harness.app)


@pytest.fixture
def clock() -> FakeClock:
    # A Monday evening in winter, Berlin time 20:00.
    return FakeClock(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))


POSTGRES_URL_VARIABLE = "TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request, tmp_path: Path):
    """A fresh, empty database per test: a SQLite file, or a new PostgreSQL database when a server is configured."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
        return
    async with fresh_postgres_database() as url:
        yield url


@contextlib.asynccontextmanager
async def fresh_postgres_database():
    """A new, empty PostgreSQL database on the configured server, dropped afterwards."""
    server = os.environ.get(POSTGRES_URL_VARIABLE)
    if not server:
        pytest.skip(f"no PostgreSQL server configured ({POSTGRES_URL_VARIABLE})")
    name = f"es_test_{uuid.uuid4().hex[:16]}"
    plain = server.replace("postgresql+asyncpg://", "postgresql://")
    admin = await asyncpg.connect(plain)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        admin = await asyncpg.connect(plain)
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


@pytest.fixture
async def fake():
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def harness(fake, clock, database_url):
    sleeps: list[float] = []
    running = await start_harness(fake, clock, database_url, sleeps)
    yield running
    await stop_harness(running)
    unexpected = running.handler_errors[running.expected_errors :]
    assert not unexpected, f"handler raised: {unexpected!r}"
    held = [str(violation) for violation in running.session_violations]
    assert not held, f"Bot API called with a database session open: {held!r}"
    unreadable = [data for data in rendered_callback_data(running.fake) if callback_data.parse(data) is None]
    assert not unreadable, f"buttons no family reads back: {unreadable!r}"


@pytest.fixture
async def session_factory(database_url):
    """A fresh SQLite file with the schema, for storage tests."""
    engine = create_engine(database_url)
    await migrate(engine)
    yield create_session_factory(engine)
    await engine.dispose()


async def onboard(
    h: Harness, user_id: int = USER, *, place: str = "Europe/Berlin", time_label: str = "21:00"
) -> None:
    """Walk a user through onboarding with the usual answers."""
    await h.command(user_id, "/start")
    await h.tap(user_id, "Yes, I'm 18 or older")
    await h.tap(user_id, "No")
    await h.tap(user_id, "More anxious (I chase reassurance)")
    await h.tap(user_id, "Checking my phone again and again")
    await h.tap(user_id, "Use this")
    await h.say(user_id, place)
    await h.tap(user_id, time_label)
