"""Several bot processes on one PostgreSQL: each due check-in is sent by exactly one, and a killed one loses nothing."""

import asyncio
import os
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scheduler.due import practice_date
from storage.db import create_engine, create_session_factory
from storage.models import DueMessage, User
from storage.schema import migrate
from tests.conftest import fresh_postgres_database
from tests.fakebot import FakeBotApi

PROJECT = Path(__file__).resolve().parent.parent
USERS = 2000
QUESTION = "Did your pattern activate today?"


def midday_zone(now: datetime) -> str:
    """A whole-hour zone where it is around midday now, so a check-in due a minute ago is still today's."""
    offset = (12 - now.hour + 12) % 24 - 12
    return "Etc/UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"


async def seed_due_users(url: str, count: int) -> None:
    """`count` onboarded users whose check-in fell due a minute ago."""
    engine = create_engine(url)
    await migrate(engine)
    now = datetime.now(UTC)
    zone = midday_zone(now)
    due_at = now - timedelta(minutes=1)
    local = due_at.astimezone(ZoneInfo(zone))
    assert practice_date(due_at, ZoneInfo(zone)) == practice_date(now, ZoneInfo(zone))
    async with create_session_factory(engine)() as session:
        for user_id in range(1, count + 1):
            session.add(
                User(
                    id=user_id,
                    created_at=now,
                    adult_confirmed_at=now,
                    partner_feels_unsafe=False,
                    direction="anxious",
                    pattern="checking",
                    secure_alternative="waiting",
                    time_zone=zone,
                    checkin_time=local.time().replace(second=0, microsecond=0),
                    onboarded_at=now,
                )
            )
        await session.flush()
        for user_id in range(1, count + 1):
            session.add(DueMessage(user_id=user_id, kind="checkin", due_at=due_at))
        await session.commit()
    await engine.dispose()


def start_bot(fake: FakeBotApi, url: str, label: str, **settings: str) -> subprocess.Popen:
    """A real `python -m bot` process, its API calls labelled so the fake can tell processes apart."""
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT),
        "BOT_TOKEN": fake.token,
        "BOT_API_URL": fake.base_url.replace("/bot", f"/{label}/bot"),
        "DATABASE_URL": url,
        "TICK_SECONDS": "0.2",
        "LOG_LEVEL": "WARNING",
        **settings,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot"], env=env, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def checkins(fake: FakeBotApi) -> list:
    return [call for call in fake.calls_to("sendMessage") if call.ok and QUESTION in call.params["text"]]


async def wait_until(condition, timeout: float, every: float = 0.05) -> None:
    """Wait (polling the fake's records every 50 ms, or `every`) until `condition()` holds or time runs out."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the bot processes")
        await asyncio.sleep(every)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.skipif(
    not os.environ.get("TEST_POSTGRES_URL"), reason="no PostgreSQL server configured (TEST_POSTGRES_URL)"
)
async def test_two_processes_send_each_checkin_exactly_once():
    """Two processes on one PostgreSQL deliver 2,000 check-ins due in the same minute: each once, both take part."""
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, USERS)
        fast = {"SEND_RATE_PER_SECOND": "1000", "CLAIM_BATCH_SIZE": "50"}
        processes = [start_bot(fake, url, "a", **fast), start_bot(fake, url, "b", **fast)]
        try:
            await wait_until(lambda: len(checkins(fake)) >= USERS, timeout=180)
            await asyncio.sleep(1)  # room for a duplicate to show up, if there were one
        finally:
            for process in processes:
                stop(process)
        sent = checkins(fake)
        per_chat = Counter(call.params["chat_id"] for call in sent)
        assert (
            len(sent) == USERS and set(per_chat) == set(range(1, USERS + 1)) and max(per_chat.values()) == 1
        )
        by_process = Counter(call.client for call in sent)
        assert by_process["a"] > 0 and by_process["b"] > 0


@pytest.mark.skipif(
    not os.environ.get("TEST_POSTGRES_URL"), reason="no PostgreSQL server configured (TEST_POSTGRES_URL)"
)
async def test_killed_process_loses_nothing():
    """A process killed mid-fan-out leaves its claimed rows to expire; the other process sends them all."""
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, USERS)
        lease = {"CLAIM_LEASE_SECONDS": "3", "SEND_CONCURRENCY": "4"}
        first = start_bot(fake, url, "a", SEND_RATE_PER_SECOND="100", CLAIM_BATCH_SIZE="2000", **lease)
        try:
            await wait_until(lambda: len(checkins(fake)) >= 200, timeout=120)
        finally:
            first.kill()  # no clean shutdown: its claimed rows stay claimed until the lease runs out
            first.wait()
        before = len(checkins(fake))
        assert before < USERS
        second = start_bot(fake, url, "b", SEND_RATE_PER_SECOND="1000", CLAIM_BATCH_SIZE="500", **lease)
        try:
            await wait_until(
                lambda: set(c.params["chat_id"] for c in checkins(fake)) >= set(range(1, USERS + 1)),
                timeout=180,
            )
            await asyncio.sleep(1)
        finally:
            stop(second)
        per_chat = Counter(call.params["chat_id"] for call in checkins(fake))
        # Only messages in flight at the moment of the kill (at most SEND_CONCURRENCY) can repeat.
        assert set(per_chat) == set(range(1, USERS + 1))
        assert sum(count - 1 for count in per_chat.values()) <= 4
        assert Counter(call.client for call in checkins(fake))["b"] == len(checkins(fake)) - before
