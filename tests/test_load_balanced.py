"""Three bot processes on one PostgreSQL behind a round-robin proxy: nothing lost or reordered on a kill, one shared send budget."""

import asyncio
import itertools
import os
import socket
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from random import Random

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import text

from bot.webhook import INBOX_CONCURRENCY, SECRET_HEADER
from storage.db import create_engine
from tests.conftest import fresh_postgres_database
from tests.fakebot import FakeBotApi, updates
from tests.test_processes import PROJECT, QUESTION, checkins, seed_due_users, stop, wait_until

pytestmark = pytest.mark.skipif(
    not os.environ.get("TEST_POSTGRES_URL"), reason="no PostgreSQL server configured (TEST_POSTGRES_URL)"
)

SECRET = "load-balanced-test-secret"
LABELS = ("a", "b", "c")
HELP_LINE = "What I can do"
USERS = 500
LOG_DIR = Path(tempfile.mkdtemp(prefix="es-load-balanced-"))
UPDATES_PER_USER = 6


def start_bot(fake: FakeBotApi, url: str, label: str, **settings: str) -> subprocess.Popen:
    """A real `python -m bot` process labelled for the fake; its log goes to a file, since a pipe
    nobody reads would fill up during a long run and stop the process mid-write."""
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
    log = open(LOG_DIR / f"bot-{label}.log", "ab")  # noqa: SIM115 (the child process keeps it open)
    return subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=PROJECT, stdout=log, stderr=log)


def free_port() -> int:
    """A port of 127.0.0.1 nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RoundRobinProxy:
    """A small load balancer on 127.0.0.1: each POST goes to the next backend; a dead one answers 502."""

    def __init__(self, ports: list[int]):
        self._ports = ports
        self._turn = itertools.count()
        self._runner: web.AppRunner | None = None
        self._client: aiohttp.ClientSession | None = None
        self.port = 0

    async def _forward(self, request: web.Request) -> web.Response:
        port = self._ports[next(self._turn) % len(self._ports)]
        body = await request.read()
        headers = {SECRET_HEADER: request.headers.get(SECRET_HEADER, ""), "Content-Type": "application/json"}
        try:
            async with self._client.post(
                f"http://127.0.0.1:{port}{request.path}", data=body, headers=headers
            ) as answer:
                return web.Response(status=answer.status, text=await answer.text())
        except (aiohttp.ClientError, TimeoutError):
            # Like nginx with its upstream gone: Telegram sees a failure and posts the update again.
            return web.Response(status=502, text="bad gateway")

    async def __aenter__(self) -> "RoundRobinProxy":
        self._client = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        server = web.Application()
        server.router.add_post("/{path:.*}", self._forward)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self._runner.cleanup()
        await self._client.close()


def webhook_env(port: int, **settings: str) -> dict[str, str]:
    """Settings that make a bot process serve the webhook on `port` of 127.0.0.1."""
    return {
        "WEBHOOK_URL": "https://bot.example.org/telegram/hook",
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        **settings,
    }


async def wait_healthy(port: int, timeout: float = 90.0) -> None:
    """Wait (bounded) until the process on `port` answers /healthz with 200."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as client:
        while True:
            try:
                async with client.get(f"http://127.0.0.1:{port}/healthz") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"the bot process on port {port} never became healthy")
            await asyncio.sleep(0.2)


def planned_updates() -> dict[int, list[tuple[str, dict]]]:
    """Each user's updates in the order they send them: taps (on a stale button) and /help texts."""
    rng = Random(15)
    update_ids = itertools.count(1)
    plan: dict[int, list[tuple[str, dict]]] = defaultdict(list)
    for step in range(UPDATES_PER_USER):
        for user in range(1, USERS + 1):
            update_id = next(update_ids)
            if step == 0 or rng.random() < 0.5:
                query_id = f"q{user}-{step}"
                update = updates.callback(user, 1, "zz:stale", query_id=query_id, update_id=update_id)
                plan[user].append((query_id, update))
            else:
                plan[user].append(("text", updates.command(user, "/help", update_id=update_id)))
    return plan


def observed(fake: FakeBotApi) -> dict[int, list[str]]:
    """Per user, what they saw: each tap's answer (query id; Telegram refuses a second answer, so it
    shows once at most) and each /help reply ("text"), in the order the fake saw them."""
    seen: dict[int, list[str]] = defaultdict(list)
    for call in fake.calls:
        if not call.ok:
            continue
        if call.method == "answerCallbackQuery":
            query_id = str(call.params["callback_query_id"])
            seen[int(query_id[1:].split("-")[0])].append(query_id)
        elif call.method == "sendMessage" and HELP_LINE in call.params["text"]:
            seen[call.params["chat_id"]].append("text")
    return seen


def all_handled(seen: dict[int, list[str]], expected: dict[int, list[str]]) -> bool:
    """Every planned update has an answer (repeats aside)."""
    return all(len(seen.get(user, [])) >= len(kinds) for user, kinds in expected.items())


def undo_repeats(seen: list[str], expected: list[str]) -> int | None:
    """How many answers in `seen` repeat the one just before them, if removing those gives `expected`
    exactly (every update answered, in the order sent); None when it does not."""
    kept, repeats = [], 0
    for answer in seen:
        if (
            kept
            and answer == kept[-1]
            and len(kept) <= len(expected)
            and (len(kept) == len(expected) or expected[len(kept)] != answer)
        ):
            repeats += 1
            continue
        kept.append(answer)
    return repeats if kept == expected else None


async def possible_duplicates(url: str) -> int:
    """How many calls the bot processes made again without knowing whether the first one arrived."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            query = text("SELECT count(*) FROM error_events WHERE kind = 'PossibleDuplicate'")
            return (await connection.execute(query)).scalar_one()
    finally:
        await engine.dispose()


async def test_updates_through_a_proxy_survive_a_killed_process_in_order_and_once():
    """3,000 updates from 500 users through a proxy to three processes, one SIGKILLed and restarted: each handled once, in order."""
    plan = planned_updates()
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, 0)  # the schema only
        ports = [free_port() for _ in LABELS]
        # Small pools: three processes and the test share one server's 100 connections.
        env = {
            "SEND_RATE_PER_SECOND": "1000",
            "INBOX_LEASE_SECONDS": "10",
            "TICK_SECONDS": "5",
            "SEND_CONCURRENCY": "4",
        }
        processes = {
            label: start_bot(fake, url, label, **webhook_env(port, **env))
            for label, port in zip(LABELS, ports)
        }
        acknowledged = 0
        reposts = Counter()
        try:
            for port in ports:
                await wait_healthy(port)
            async with RoundRobinProxy(ports) as proxy, aiohttp.ClientSession() as client:
                hook = f"http://127.0.0.1:{proxy.port}/telegram/hook"
                gate = asyncio.Semaphore(24)

                async def send_user(user: int) -> None:
                    nonlocal acknowledged
                    # A user's updates go one after another, each posted again until it gets a 200.
                    for _, update in plan[user]:
                        while True:
                            async with gate:
                                async with client.post(
                                    hook, json=update, headers={SECRET_HEADER: SECRET}
                                ) as answer:
                                    status = answer.status
                            if status == 200:
                                acknowledged += 1
                                break
                            reposts[status] += 1
                            await asyncio.sleep(0.05)

                async def kill_and_restart() -> None:
                    await wait_until(lambda: acknowledged >= 1000, timeout=120)
                    processes["b"].kill()  # SIGKILL: no clean shutdown, claims stay until their lease lapses
                    processes["b"].wait()
                    await asyncio.sleep(1)
                    processes["b"] = start_bot(fake, url, "b", **webhook_env(ports[1], **env))

                await asyncio.gather(kill_and_restart(), *(send_user(user) for user in plan))
            expected = {user: [kind for kind, _ in steps] for user, steps in plan.items()}
            await wait_until(lambda: all_handled(observed(fake), expected), timeout=120, every=0.5)
            await asyncio.sleep(2)  # room for a late duplicate to show up, if there were one
        finally:
            for process in processes.values():
                stop(process)
        unknown = await possible_duplicates(url)
        assert acknowledged == USERS * UPDATES_PER_USER
        assert reposts[502] > 0  # the kill really cost the proxy a backend for a while
        seen = observed(fake)
        # The killed process's updates in hand are handled again after their lease. What their
        # journal shows went out is replayed, not repeated. A tap is answered exactly once (a repeat
        # of an answer whose outcome was unknown is refused by Telegram if the first arrived). Only
        # a reply that had left the process and whose answer it could not record before dying can
        # reach the user twice; the bot counts each such reply, and each shows as a repeat where it was.
        repeats = {user: undo_repeats(seen[user], expected[user]) for user in expected}
        assert all(count is not None for count in repeats.values())
        answered = Counter(
            call.params["callback_query_id"] for call in fake.calls_to("answerCallbackQuery") if call.ok
        )
        taps = [kind for kinds in expected.values() for kind in kinds if kind != "text"]
        assert sorted(answered) == sorted(taps) and set(answered.values()) == {1}
        print(
            f"inbox: replies seen twice after the kill: {sum(repeats.values())}, "
            f"replies of unknown outcome sent again: {unknown}"
        )
        assert sum(repeats.values()) <= unknown <= INBOX_CONCURRENCY
        assert Counter(call.client for call in fake.calls_to("answerCallbackQuery")).keys() >= {"a", "c"}
        print(f"inbox: {acknowledged} updates, {sum(reposts.values())} re-posted after {dict(reposts)}")


async def test_a_slow_handler_keeps_its_update_past_the_lease():
    """A handler still waiting on Telegram after three leases keeps its update: the other process never handles it again."""
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, 0)  # the schema only
        ports = [free_port() for _ in LABELS[:2]]
        env = {"INBOX_LEASE_SECONDS": "4", "TICK_SECONDS": "5", "SEND_CONCURRENCY": "4"}
        processes = [
            start_bot(fake, url, label, **webhook_env(port, **env)) for label, port in zip(LABELS, ports)
        ]
        try:
            for port in ports:
                await wait_healthy(port)
            # Telegram takes 13 s to answer the reply: the handler on "a" runs over three leases long.
            fake.hold_answers("sendMessage", 13.0)
            async with aiohttp.ClientSession() as client:
                update = updates.command(7, "/help", update_id=1)
                hook = f"http://127.0.0.1:{ports[0]}/telegram/hook"
                async with client.post(hook, json=update, headers={SECRET_HEADER: SECRET}) as answer:
                    assert answer.status == 200
            await wait_until(lambda: fake.calls_to("sendMessage"), timeout=30)
            await asyncio.sleep(17)  # the held answer, and a lease more for a takeover to show
        finally:
            for process in processes:
                stop(process)
        replies = [call for call in fake.calls_to("sendMessage") if HELP_LINE in call.params["text"]]
        assert [call.client for call in replies] == ["a"]
        assert await possible_duplicates(url) == 0


def busiest_second(instants: list[float]) -> int:
    """The most instants in any one-second window (two pointers over the sorted instants)."""
    instants = sorted(instants)
    busiest, start = 0, 0
    for end, instant in enumerate(instants):
        while instant - instants[start] >= 1.0:
            start += 1
        busiest = max(busiest, end - start + 1)
    return busiest


FAN_OUT = 2000


def busiest_at(instants: list[float]) -> float:
    """Where the busiest one-second window starts."""
    instants = sorted(instants)
    return max(instants, key=lambda start: sum(1 for at in instants if start <= at < start + 1.0))


def per_second(instants: list[float]) -> list[int]:
    """Sends in each whole second from the first (for a readable failure)."""
    first = min(instants)
    return list(Counter(int(at - first) for at in instants).values())


async def budget_counts(url: str) -> tuple[int, int | None]:
    """The shared budget's count of granted sends, and that count when the latest hold was recorded."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            row = (await connection.execute(text("SELECT granted, held_after FROM send_budget"))).one()
    finally:
        await engine.dispose()
    return row.granted, row.held_after


async def test_three_processes_share_one_send_budget_and_one_flood_hold():
    """2,000 check-ins at SEND_RATE_PER_SECOND=30 over three processes: ≤33 sends in any second, ~2,000/30 s, none in a shared 5 s hold."""
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, FAN_OUT)
        env = {"SEND_RATE_PER_SECOND": "30", "TICK_SECONDS": "1"}
        processes = [start_bot(fake, url, label, **env) for label in LABELS]
        try:
            await wait_until(lambda: len(checkins(fake)) >= FAN_OUT // 2, timeout=150, every=0.25)
            # Telegram's bot-wide limit, seen by process "a" alone: 429s on three chats, retry_after 5 s.
            fake.fail_next("sendMessage", 429, retry_after=5, times=3, client="a")
            await wait_until(lambda: len(checkins(fake)) >= FAN_OUT, timeout=150, every=0.25)
            await asyncio.sleep(1)
        finally:
            for process in processes:
                stop(process)
        granted, held_after = await budget_counts(url)
        sends = [call for call in fake.calls_to("sendMessage") if QUESTION in call.params["text"]]
        floods = [call for call in sends if call.status == 429]
        assert len(floods) == 3 and {call.client for call in floods} == {"a"}
        assert Counter(call.params["chat_id"] for call in checkins(fake)) == Counter(range(1, FAN_OUT + 1))
        assert {call.client for call in checkins(fake)} == set(LABELS)
        # Every request the fake received was granted by the shared budget, one grant each.
        assert granted == len(sends)
        # By the fake's clock: when each request arrived, and when the bot-wide 429 was answered.
        arrivals = sorted(call.arrived for call in sends)
        held_from = floods[-1].at
        # No send granted after the hold was recorded reaches Telegram before the hold ends: every
        # request arriving before 429 + 5 s is among the `held_after` granted before the hold.
        # Those arriving after the 429 are the ones already granted (on their way) when it came.
        on_the_wire = [at for at in arrivals if held_from < at < held_from + 5.0]
        assert len([at for at in arrivals if at < held_from + 5.0]) <= held_after
        fan_out = arrivals[-1] - arrivals[0] - 5.0
        busiest = busiest_second(arrivals)
        print(
            f"fan-out at 30/s: {fan_out:.1f} s besides the 5 s hold, busiest second {busiest}, "
            f"{len(on_the_wire)} granted before the hold arrived during it"
        )
        assert busiest <= 33, (busiest_at(arrivals) - held_from, per_second(arrivals))
        assert abs(fan_out - FAN_OUT / 30) <= 0.1 * FAN_OUT / 30


async def test_paid_broadcast_flags_every_scheduled_send_at_the_higher_rate():
    """PAID_BROADCAST=true at 300/s over three processes: every check-in carries allow_paid_broadcast, and the fake sees far above 30/s."""
    async with fresh_postgres_database() as url, FakeBotApi() as fake:
        await seed_due_users(url, FAN_OUT)
        env = {"SEND_RATE_PER_SECOND": "300", "PAID_BROADCAST": "true", "CLAIM_BATCH_SIZE": "200"}
        processes = [start_bot(fake, url, label, **env) for label in LABELS]
        try:
            await wait_until(lambda: len(checkins(fake)) >= FAN_OUT, timeout=120)
            await asyncio.sleep(0.5)
        finally:
            for process in processes:
                stop(process)
        sent = checkins(fake)
        assert len(sent) == FAN_OUT
        assert all(call.params.get("allow_paid_broadcast") in (True, "true") for call in sent)
        busiest = busiest_second([call.arrived for call in sent])
        assert 60 < busiest <= 330
        print(f"paid broadcast at 300/s: busiest second {busiest}")
