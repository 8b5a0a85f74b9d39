"""Fan-out: the scheduler tick sending thousands of check-ins due at once, against a bare python-telegram-bot loop."""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from telegram import Bot  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.request import HTTPXRequest  # noqa: E402

from bench import profiling  # noqa: E402
from bench.fake_server import FakeServerProcess  # noqa: E402
from bench.figures import fmt, median, own_cpu_seconds, process_cpu_seconds, table, verdict  # noqa: E402
from bench.seeding import PATTERN, fresh_database, postgres_version, practice_day, seed_due_checkins  # noqa: E402
from bot.app import DUE_KINDS, build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.practice.checkin import CheckInState, checkin_text  # noqa: E402
from bot.services import services_of  # noqa: E402
from handlers.checkin import _keyboard as checkin_keyboard  # noqa: E402
from scheduler.dispatch import run_tick  # noqa: E402
from storage import crypto  # noqa: E402

USERS = {"full": 5000, "quick": 1000}
ROUNDS = {"full": 5, "quick": 3}
WARM_UP_USERS = 200
TARGET_RATIO = 0.8
SEND_CONCURRENCY = 16
CLAIM_BATCH_SIZE = 500
# Pacing effectively off: the comparison is about the bot's own cost per message, not Telegram's limit.
SEND_RATE_PER_SECOND = 1e6
# ApplicationBuilder gives the bot's HTTP client a pool of 256 connections; the bare Bot gets the same.
CONNECTION_POOL_SIZE = 256
RUN_TIMEOUT_SECONDS = 300
DATA_KEY = crypto.new_key()


async def app_run(fake: FakeServerProcess, engine: str, scratch: Path, users: int, profile: cProfile.Profile | None = None) -> dict[str, Any]:
    """Seed `users` due check-ins in a fresh database, then tick until every one is sent."""
    async with fresh_database(engine, scratch) as url:
        await seed_due_checkins(url, users)
        settings = Settings(
            _env_file=None, bot_token=fake.token, bot_api_url=fake.base_url, database_url=url, data_key=DATA_KEY,
            send_rate_per_second=SEND_RATE_PER_SECOND, send_concurrency=SEND_CONCURRENCY,
            claim_batch_size=CLAIM_BATCH_SIZE, log_level="WARNING",
        )
        application = build_application(settings)
        # As tests/conftest.py start_harness does: initialized and started up, but no polling and no JobQueue.
        await application.initialize()
        await application.post_init(application)
        try:
            await fake.reset(messages=True)
            services = services_of(application)
            outcomes: Counter = Counter()
            ticks = 0
            bot_cpu, fake_cpu = own_cpu_seconds(), process_cpu_seconds(fake.pid)
            if profile is not None:
                profile.enable()
            started = time.perf_counter()
            while outcomes.total() < users:
                tick = await run_tick(services, application.bot, DUE_KINDS)
                ticks += 1
                if not tick:
                    break
                outcomes += tick
            seconds = time.perf_counter() - started
            if profile is not None:
                profile.disable()
            bot_cpu, fake_cpu = own_cpu_seconds() - bot_cpu, process_cpu_seconds(fake.pid) - fake_cpu
        finally:
            await application.shutdown()
            await application.post_shutdown(application)
    received = await fake.count("sendMessage")
    await fake.reset(messages=True)
    return {
        "seconds": seconds, "rate": outcomes["sent"] / seconds, "sent": outcomes["sent"], "outcomes": dict(outcomes),
        "received": received["ok"], "ticks": ticks, "bot_cpu_s": bot_cpu, "fake_cpu_s": fake_cpu,
    }


async def bare_run(fake: FakeServerProcess, users: int) -> dict[str, Any]:
    """The same sendMessage calls (text, HTML, inline keyboard) from a plain telegram.Bot, 16 at a time."""
    zone_today = practice_day(*_midday())
    text = checkin_text(CheckInState(), zone_today, pattern=PATTERN)
    bot = Bot(fake.token, base_url=fake.base_url, request=HTTPXRequest(connection_pool_size=CONNECTION_POOL_SIZE))
    await bot.initialize()
    try:
        await fake.reset(messages=True)
        gate = asyncio.Semaphore(SEND_CONCURRENCY)

        async def send(chat_id: int) -> None:
            async with gate:
                await bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, reply_markup=checkin_keyboard(chat_id, "activation"),
                    disable_notification=False,
                )

        bot_cpu, fake_cpu = own_cpu_seconds(), process_cpu_seconds(fake.pid)
        started = time.perf_counter()
        await asyncio.gather(*(send(chat_id) for chat_id in range(1, users + 1)))
        seconds = time.perf_counter() - started
        bot_cpu, fake_cpu = own_cpu_seconds() - bot_cpu, process_cpu_seconds(fake.pid) - fake_cpu
    finally:
        await bot.shutdown()
    received = await fake.count("sendMessage")
    await fake.reset(messages=True)
    return {
        "seconds": seconds, "rate": users / seconds, "sent": users, "received": received["ok"],
        "bot_cpu_s": bot_cpu, "fake_cpu_s": fake_cpu,
    }


def _midday():
    from datetime import UTC, datetime

    from tests.test_processes import midday_zone

    now = datetime.now(UTC)
    return now, midday_zone(now)


async def measure(quick: bool) -> dict[str, Any]:
    size = "quick" if quick else "full"
    users, rounds = USERS[size], ROUNDS[size]
    crypto.use_keys(DATA_KEY)
    variants = ["bare", "sqlite"]
    postgres = await postgres_version()
    if postgres:
        variants.append("postgresql")
    runs: dict[str, list[dict[str, Any]]] = {variant: [] for variant in variants}
    with tempfile.TemporaryDirectory(prefix="es-bench-fanout-") as scratch_dir:
        scratch = Path(scratch_dir)
        async with FakeServerProcess() as fake:

            async def one(variant: str, count: int, profile: cProfile.Profile | None = None) -> dict[str, Any]:
                run = bare_run(fake, count) if variant == "bare" else app_run(fake, variant, scratch, count, profile)
                return await asyncio.wait_for(run, RUN_TIMEOUT_SECONDS)

            # Untimed warm-up: first imports, statement caches and connection set-up stay out of the figures.
            for variant in variants:
                await one(variant, WARM_UP_USERS)
            for round_index in range(rounds):
                # Rotating the order each round spreads any drift of the machine over every variant.
                shift = round_index % len(variants)
                for variant in variants[shift:] + variants[:shift]:
                    runs[variant].append(await one(variant, users))
                    print(f"fan-out round {round_index + 1}: {variant} {runs[variant][-1]['rate']:.0f} msg/s", file=sys.stderr)
            ratios = {
                variant: [app["rate"] / bare["rate"] for app, bare in zip(runs[variant], runs["bare"])]
                for variant in variants if variant != "bare"
            }
            profile_summary = None
            if any(median(values) < TARGET_RATIO for values in ratios.values()):
                profile = cProfile.Profile()
                await one("sqlite", users, profile)
                profile_summary = profiling.summarize(profile)
    return {
        "users": users, "rounds": rounds, "quick": quick, "postgres": postgres, "runs": runs, "ratios": ratios,
        "profile": profile_summary,
    }


def markdown(result: dict[str, Any]) -> str:
    users = result["users"]
    runs, ratios = result["runs"], result["ratios"]
    lines = [
        "## 1. Fan-out",
        "",
        f"**Method.** {users:,} onboarded users whose check-in fell due a minute ago, in a whole-hour zone where it is "
        "midday (seeded in bulk like tests/test_processes.py: users + due rows, fresh database per run). The bot is "
        "the real `Application` from `build_application` (initialized and post-initialized as tests/conftest.py "
        "`start_harness` does), with `SEND_RATE_PER_SECOND=1e6` (pacing effectively off), `SEND_CONCURRENCY=16`, "
        "`CLAIM_BATCH_SIZE=500` and a `DATA_KEY` (free text encrypted, as in production). The clock starts at the "
        "first `run_tick` and stops when the ticks have sent every check-in. The baseline is a bare `telegram.Bot` "
        "(no rate limiter, same 256-connection HTTP pool) sending the same number of `sendMessage` calls with the "
        "same HTML text and inline keyboard through `asyncio.Semaphore(16)` + `gather`. Both talk to the fake Bot "
        f"API in a separate OS process (`bench/fake_server.py`). {result['rounds']} rounds, each running every "
        "variant once in a rotated order (so drift of the machine falls on all of them); one untimed warm-up run "
        "of each first. The ratio is the median of the per-round ratios (app rate / bare rate of the same round). "
        "CPU columns are CPU seconds per 1,000 messages, of the benchmark process (bot side, all threads) and of "
        "the fake server process.",
        "",
    ]
    rows = []
    for variant, label in (("bare", "bare PTB loop"), ("sqlite", "run_tick, SQLite"), ("postgresql", "run_tick, PostgreSQL")):
        if variant not in runs:
            continue
        variant_runs = runs[variant]
        rates = [run["rate"] for run in variant_runs]
        per_thousand = lambda key: median([1000 * run[key] / run["sent"] for run in variant_runs])  # noqa: E731
        ratio = median(ratios[variant]) if variant in ratios else None
        rows.append([
            label, " · ".join(f"{rate:,.0f}" for rate in rates), f"**{fmt(median(rates), 0)}**",
            fmt(median([run["seconds"] for run in variant_runs]), 2), fmt(per_thousand("bot_cpu_s"), 2),
            fmt(per_thousand("fake_cpu_s"), 2), fmt(ratio, 2) if ratio is not None else "1",
            "–" if ratio is None else verdict(ratio >= TARGET_RATIO),
        ])
    lines.append(table(
        ["variant", "msg/s per run", "median msg/s", "median s", "bot CPU s / 1k msg", "fake CPU s / 1k msg",
         "ratio to bare", f"target ≥ {TARGET_RATIO}"],
        rows,
    ))
    delivered = all(run["received"] == run["sent"] == users for variant_runs in runs.values() for run in variant_runs)
    lines += ["", f"Every run delivered all {users:,} messages, each confirmed by the fake: {'yes' if delivered else 'NO'}."]
    if not result["postgres"]:
        lines += ["", "PostgreSQL: not run (no server answered)."]
    if result["profile"]:
        lines += ["", "**Why the target is missed.** One extra run on SQLite under cProfile:", "", profiling.markdown(result["profile"])]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(asyncio.run(measure(args.quick)), default=str))


if __name__ == "__main__":
    main()
