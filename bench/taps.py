"""Taps: latency from a button tap becoming available to getUpdates until the bot answers its callback query."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import itertools
import json
import re
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from sqlalchemy import update  # noqa: E402
from telegram import Update  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.ext import Application, ApplicationBuilder, CallbackQueryHandler  # noqa: E402

from bench import profiling  # noqa: E402
from bench.fake_server import FakeServerProcess  # noqa: E402
from bench.figures import fmt, median, own_cpu_seconds, percentile, process_cpu_seconds, table, verdict  # noqa: E402
from bench.seeding import fresh_database, seed_due_checkins  # noqa: E402
from bot.app import DUE_KINDS, build_application  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.practice.callback_data import checkin_button  # noqa: E402
from bot.practice.checkin import CheckInState, checkin_text  # noqa: E402
from bot.services import services_of  # noqa: E402
from handlers.checkin import checkin_tap  # noqa: E402
from handlers.replying import keyboard  # noqa: E402
from scheduler.dispatch import run_tick  # noqa: E402
from storage import crypto  # noqa: E402
from storage.db import create_engine, create_session_factory  # noqa: E402
from storage.models import CheckIn  # noqa: E402
from tests.fakebot import updates  # noqa: E402

USERS = {"full": 500, "quick": 100}
MAIN_RATE = 50
MAIN_RUNS = {"full": 3, "quick": 1}
LADDER = {"full": (25, 50, 75, 100, 150, 200, 300, 400, 600, 800), "quick": (25, 50, 100)}
LADDER_RUNS = {"full": 3, "quick": 1}
# Below the main rate each ladder step offers this many seconds of taps (1,500 at 25/s would take a minute).
LADDER_SECONDS = 8
MIN_LADDER_UPDATES = 200
TARGET_P99_MS = 100
# The highest sustained rate, against the bare bot's on the same fake server.
TARGET_RATE_RATIO = 0.8
SUSTAINED_P99_MS = 250
# A run whose taps are not all answered this long after the last one was offered counts as not sustained.
DRAIN_TIMEOUT_SECONDS = 60
SETTLE_SECONDS = 1.0
# Yes → The secure response → 3, as callback data suffixes (see handlers/checkin.py _keyboard).
TAPS = ("a:y", "c:s", "i:3")
DATA_KEY = crypto.new_key()
CHECKIN_DATA = re.compile(r"^ci:(\d+):a:y$")
_query_ids = itertools.count(9_000_000_000_000_000)


class OpenCheckins:
    """The users, their check-in message on the fake and the check-in's id, ready to be tapped."""

    def __init__(self, shown: dict[int, dict[str, Any]]) -> None:
        self.users = sorted(shown)
        self.shown = shown
        self.checkin_ids = {}
        for user_id, message in shown.items():
            data = [
                button["callback_data"]
                for row in message["reply_markup"]["inline_keyboard"]
                for button in row
            ]
            self.checkin_ids[user_id] = next(int(m.group(1)) for m in map(CHECKIN_DATA.match, data) if m)

    def tap_updates(self, count: int) -> list[dict[str, Any]]:
        """`count` taps: every chosen user taps Yes, then all tap the secure response, then all tap 3."""
        users = self.users[: max(1, -(-count // len(TAPS)))]
        taps = []
        for suffix in TAPS:
            for user_id in users:
                message = self.shown[user_id]
                taps.append(
                    updates.callback(
                        user_id,
                        message["message_id"],
                        f"ci:{self.checkin_ids[user_id]}:{suffix}",
                        message_text=message["text"],
                        reply_markup=message["reply_markup"],
                        query_id=str(next(_query_ids)),
                    )
                )
        return taps[:count]


async def reopen_checkins(url: str) -> None:
    """Put every check-in back on its first question, so the next run's taps are fresh answers."""
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            await session.exec(
                update(CheckIn).values(
                    stage="activation", activated=None, choice=None, intensity=None, answered_at=None
                )
            )
            await session.commit()
    finally:
        await engine.dispose()


async def offer(
    fake: FakeServerProcess, url: str, open_checkins: OpenCheckins, rate: float, count: int
) -> dict[str, Any]:
    """One open-loop run: `count` taps offered at `rate`/s, timed inside the fake's process."""
    await reopen_checkins(url)
    await fake.reset(messages=False)
    taps = open_checkins.tap_updates(count)
    bot_cpu, fake_cpu = own_cpu_seconds(), process_cpu_seconds(fake.pid)
    started = time.perf_counter()
    await fake.feed(taps, rate)
    deadline = time.monotonic() + len(taps) / rate + DRAIN_TIMEOUT_SECONDS
    while True:
        status = await fake.feed_status()
        if status["answered"] >= len(taps) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
    seconds = time.perf_counter() - started
    bot_cpu, fake_cpu = own_cpu_seconds() - bot_cpu, process_cpu_seconds(fake.pid) - fake_cpu
    status = await fake.feed_status(latencies=True)
    latencies = status["latencies_ms"]
    # Let the last edits land before the next run reopens the check-ins.
    await asyncio.sleep(SETTLE_SECONDS)
    return {
        "rate": rate,
        "offered": len(taps),
        "answered": len(latencies),
        "seconds": seconds,
        "p50": percentile(latencies, 0.50),
        "p95": percentile(latencies, 0.95),
        "p99": percentile(latencies, 0.99),
        "max": max(latencies, default=float("nan")),
        "behind_schedule_max_ms": status["behind_schedule_max_ms"],
        "bot_cpu_s": bot_cpu,
        "fake_cpu_s": fake_cpu,
    }


async def running_bot(fake: FakeServerProcess, url: str, rate_per_second: float) -> Application:
    """The real Application polling the fake, as run_polling would start it."""
    settings = Settings(
        _env_file=None,
        bot_token=fake.token,
        bot_api_url=fake.base_url,
        database_url=url,
        data_key=DATA_KEY,
        send_rate_per_second=rate_per_second,
        log_level="WARNING",
    )
    application = build_application(settings)
    await application.initialize()
    await application.post_init(application)
    return application


async def start_polling(application: Application) -> None:
    await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
    await application.start()


async def stop(application: Application) -> None:
    if application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
    await application.post_shutdown(application)


# What each of the three taps shows next (fixed text per step, so every edit changes the message).
_BARE_AFTER = {
    "a:y": CheckInState(stage="choice", activated="yes"),
    "c:s": CheckInState(stage="intensity", activated="yes", choice="secure"),
    "i:3": CheckInState(stage="note", activated="yes", choice="secure", intensity=3),
}


def _bare_edits() -> dict[str, tuple[str, Any]]:
    return {
        suffix: (
            checkin_text(state, date.today(), pattern=None),
            keyboard(
                [("Skip", checkin_button(1, "n", "x"))] if state.stage == "note" else [("Next", suffix)]
            ),
        )
        for suffix, state in _BARE_AFTER.items()
    }


def bare_tap():
    """A tap callback that answers and edits, nothing else (no database, no rules)."""
    edits = _bare_edits()

    async def on_tap(update: Update, context) -> None:
        query = update.callback_query
        await query.answer("Saved ✓")
        text, markup = edits[query.data[-3:]]
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)

    return on_tap


def bare_application(fake: FakeServerProcess) -> Application:
    """A bare python-telegram-bot bot that answers every tap and edits its message, nothing else: the same
    concurrency (64 updates at once) and HTTP pool as the bot's, no database, no rate limiter."""
    application = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(fake.base_url)
        .connection_pool_size(Settings.model_fields["send_concurrency"].default + 64)
        .concurrent_updates(64)
        .build()
    )
    application.add_handler(CallbackQueryHandler(bare_tap()))
    return application


@contextlib.contextmanager
def checkin_callback_replaced(application: Application, callback):
    """The bot's own Application with its check-in tap handler's callback swapped for `callback`."""
    [handler] = [
        handler
        for handler in application.handlers[0]
        if isinstance(handler, CallbackQueryHandler) and handler.callback is checkin_tap
    ]
    handler.callback = callback
    try:
        yield
    finally:
        handler.callback = checkin_tap


async def ladder(fake, url, open_checkins, size: str, rates) -> dict[str, list[dict[str, Any]]]:
    """Offer each rate in turn until one is not sustained; the runs by rate."""
    steps: dict[str, list[dict[str, Any]]] = {}
    main_count = len(open_checkins.users) * len(TAPS)
    for rate in rates:
        count = max(MIN_LADDER_UPDATES, min(main_count, rate * LADDER_SECONDS))
        runs = [await offer(fake, url, open_checkins, rate, count) for _ in range(LADDER_RUNS[size])]
        steps[str(rate)] = runs
        print(f"taps ladder {rate}/s p99 {median([r['p99'] for r in runs]):.0f} ms", file=sys.stderr)
        # Past the first rate that is not sustained, higher rates only queue longer.
        if not sustained(runs):
            break
    return steps


def best_rate(steps: dict[str, list[dict[str, Any]]]) -> int | None:
    """The highest rate sustained."""
    sustained_rates = [int(rate) for rate, runs in steps.items() if sustained(runs)]
    return max(sustained_rates, default=None)


def sustained(runs: list[dict[str, Any]]) -> bool:
    """Every tap answered in every run, and the median p99 under the bound (figures are medians of runs)."""
    return (
        all(run["answered"] == run["offered"] for run in runs)
        and median([run["p99"] for run in runs]) < SUSTAINED_P99_MS
    )


async def measure(quick: bool) -> dict[str, Any]:
    size = "quick" if quick else "full"
    users = USERS[size]
    crypto.use_keys(DATA_KEY)
    result: dict[str, Any] = {
        "quick": quick,
        "users": users,
        "main": [],
        "ladder": {},
        "bare_ladder": {},
        "paced": None,
        "profile": None,
        "app_bare_tap": None,
    }
    with tempfile.TemporaryDirectory(prefix="es-bench-taps-") as scratch_dir:
        async with FakeServerProcess() as fake, fresh_database("sqlite", Path(scratch_dir)) as url:
            await seed_due_checkins(url, users)
            application = await running_bot(fake, url, 1000)
            try:
                # The check-ins go out through the real tick, so the fake holds the very messages users tap.
                services = services_of(application)
                while await run_tick(services, application.bot, DUE_KINDS):
                    pass
                open_checkins = OpenCheckins(await fake.latest(list(range(1, users + 1))))
                await start_polling(application)
                # Untimed warm-up: a few taps so first-use costs stay out of the figures.
                await offer(fake, url, open_checkins, 20, 30)
                main_count = users * len(TAPS)
                for _ in range(MAIN_RUNS[size]):
                    result["main"].append(await offer(fake, url, open_checkins, MAIN_RATE, main_count))
                    print(f"taps {MAIN_RATE}/s p99 {result['main'][-1]['p99']:.0f} ms", file=sys.stderr)
                result["ladder"] = await ladder(fake, url, open_checkins, size, LADDER[size])
                # The profile explains either target when missed, and costs one short run.
                profile = cProfile.Profile()
                profile.enable()
                await offer(fake, url, open_checkins, MAIN_RATE, min(main_count, 600))
                profile.disable()
                result["profile"] = profiling.summarize(profile)
                # Where the difference to the bare bot lies: this Application (update processor, pacer,
                # JobQueue, every handler's filter) with only the bare bot's answer and edit in the tap.
                with checkin_callback_replaced(application, bare_tap()):
                    result["app_bare_tap"] = await offer(
                        fake, url, open_checkins, MAIN_RATE, min(main_count, 600)
                    )
            finally:
                await stop(application)
            # The bare bot on the same fake and the same taps, right after, stepped up the same way.
            bare = bare_application(fake)
            await bare.initialize()
            try:
                await start_polling(bare)
                await offer(fake, url, open_checkins, 20, 30)
                result["bare_ladder"] = await ladder(fake, url, open_checkins, size, LADDER[size])
            finally:
                if bare.updater.running:
                    await bare.updater.stop()
                if bare.running:
                    await bare.stop()
                await bare.shutdown()
            if not quick:
                # The shipped pacing (30 sends/s) also paces the edit every tap makes: the same taps, paced.
                application = await running_bot(
                    fake, url, Settings.model_fields["send_rate_per_second"].default
                )
                try:
                    await start_polling(application)
                    result["paced"] = await offer(fake, url, open_checkins, MAIN_RATE, 300)
                finally:
                    await stop(application)
    return result


def markdown(result: dict[str, Any]) -> str:
    main = result["main"]
    users = result["users"]
    p50, p95, p99 = (median([run[key] for run in main]) for key in ("p50", "p95", "p99"))
    lines = [
        "## 2. Taps",
        "",
        f"**Method.** {users:,} onboarded users, each with today's check-in sent by the real tick (so the fake holds "
        "the message and its buttons). The bot is the real `Application` (build_application), polling the fake Bot "
        "API with `updater.start_polling` + `application.start()` exactly as `run_polling` does, JobQueue tick "
        "included, SQLite file database, `DATA_KEY` set, pacing effectively off (`SEND_RATE_PER_SECOND=1000`, the highest accepted). "
        "The fake runs in its own OS process (`bench/fake_server.py`); its control endpoint receives the list of "
        "callback updates (built with `tests/fakebot/updates.callback` on the stored message ids) and pushes "
        "update *i* into the getUpdates queue at t0 + i/rate (open loop: arrivals never wait for answers). Every "
        "user taps Yes, then every user taps The secure response, then every user taps 3. **Latency** = the "
        "instant the fake made the update available to getUpdates → the instant the fake received the "
        "`answerCallbackQuery` with that callback_query_id, both read from CLOCK_MONOTONIC in the fake's process. "
        "Check-ins are reopened (SQL) before each run. Percentiles are nearest-rank, per run; the figures are "
        f"medians over {len(main)} run(s).",
        "",
        f"### At {MAIN_RATE} taps/s ({main[0]['offered']:,} taps per run)",
        "",
        table(
            [
                "run",
                "answered",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "max ms",
                "bot CPU s / s of run",
                "fake behind schedule (max ms)",
            ],
            [
                [
                    index + 1,
                    f"{run['answered']}/{run['offered']}",
                    fmt(run["p50"]),
                    fmt(run["p95"]),
                    fmt(run["p99"]),
                    fmt(run["max"]),
                    fmt(run["bot_cpu_s"] / run["seconds"], 2),
                    fmt(run["behind_schedule_max_ms"]),
                ]
                for index, run in enumerate(main)
            ]
            + [["**median**", "", f"**{fmt(p50)}**", f"**{fmt(p95)}**", f"**{fmt(p99)}**", "", "", ""]],
        ),
        "",
        f"Target p99 < {TARGET_P99_MS} ms at {MAIN_RATE}/s: {verdict(p99 < TARGET_P99_MS)} (p99 = {fmt(p99)} ms).",
        "",
        "### Stepping the offered rate up",
        "",
    ]

    def ladder_rows(steps):
        rows = []
        for rate, runs in steps.items():
            cpu_per_tap = median([1000 * run["bot_cpu_s"] / max(1, run["answered"]) for run in runs])
            rows.append(
                [
                    f"{rate}/s",
                    len(runs),
                    runs[0]["offered"],
                    fmt(median([run["p50"] for run in runs])),
                    fmt(median([run["p95"] for run in runs])),
                    " · ".join(fmt(run["p99"], 0) for run in runs),
                    f"**{fmt(median([run['p99'] for run in runs]))}**",
                    fmt(cpu_per_tap, 2),
                    "yes" if sustained(runs) else "no",
                ]
            )
        return rows

    headers = [
        "offered rate",
        "runs",
        "taps per run",
        "p50 ms",
        "p95 ms",
        "p99 ms per run",
        "p99 ms (median)",
        "bot CPU ms / tap",
        f"sustained (all answered, median p99 < {SUSTAINED_P99_MS} ms)",
    ]
    best, bare_best = best_rate(result["ladder"]), best_rate(result["bare_ladder"])
    ratio = (best or 0) / bare_best if bare_best else None
    lines += [
        "The bot (the real Application, as above):",
        "",
        table(headers, ladder_rows(result["ladder"])),
        "",
        "The bare baseline: a python-telegram-bot `Application` polling the same fake, with the same 64 concurrent "
        "updates and HTTP pool, whose one `CallbackQueryHandler` answers the tap and edits the message (no "
        "database, no rate limiter, nothing else), offered the same taps right after:",
        "",
        table(headers, ladder_rows(result["bare_ladder"])),
        "",
        f"Highest rate sustained with p99 < {SUSTAINED_P99_MS} ms: bot **{best or 'none'}/s**, bare bot "
        f"**{bare_best or 'none'}/s**; ratio {fmt(ratio, 2) if ratio is not None else '–'} (target ≥ "
        f"{TARGET_RATE_RATIO}: {verdict(ratio is not None and ratio >= TARGET_RATE_RATIO)}). Each ladder stops after "
        "the first rate that is not sustained: beyond it the queue only grows.",
    ]
    if result["paced"]:
        paced = result["paced"]
        lines += [
            "",
            f"With the shipped pacing (`SEND_RATE_PER_SECOND=30`), which also paces the `editMessageText` each tap "
            f"makes, {paced['offered']} taps at {MAIN_RATE}/s: p50 {fmt(paced['p50'])} ms, p95 {fmt(paced['p95'])} ms, "
            f"p99 {fmt(paced['p99'])} ms ({paced['answered']}/{paced['offered']} answered). A handler holds its "
            "update slot (64 at most) while its edit waits for the pacer, so at more than ~30 taps/s answers queue behind edits.",
        ]
    if result["profile"]:
        cpu = median([1000 * run["bot_cpu_s"] / max(1, run["answered"]) for run in main])
        lines += [
            "",
            f"**Profile.** The bot process spends {fmt(cpu, 1)} ms of CPU per tap (median at {MAIN_RATE}/s), so one "
            f"Python process (one core under the GIL) can answer at most about {fmt(1000 / cpu, 0)} taps/s.",
        ]
        aside = result.get("app_bare_tap")
        if aside:
            aside_cpu = 1000 * aside["bot_cpu_s"] / max(1, aside["answered"])
            lines += [
                "",
                f"The same Application with its check-in callback replaced by the bare bot's (answer and edit only), "
                f"{aside['offered']} taps at {MAIN_RATE}/s: {fmt(aside_cpu, 1)} ms of CPU per tap, p99 "
                f"{fmt(aside['p99'])} ms. So the Application around the handler (update processor, pacer, JobQueue, "
                f"the filters of every handler) costs what a bare bot costs; the other {fmt(cpu - aside_cpu, 1)} ms are "
                "the tap's own work: its database statements (each about 0.75 ms of CPU on SQLite, most of it "
                "aiosqlite handing the call to its thread and back four times: cursor, execute, fetch, close), "
                "the card's text and buttons, and the encrypted pattern and plans read back.",
            ]
        lines += [
            "",
            "One extra run under cProfile:",
            "",
            profiling.markdown(result["profile"]),
        ]
    return "\n".join(lines)


def summary(result: dict[str, Any]) -> list[list[str]]:
    """Rows for the table at the top of RESULTS.md."""
    main = result["main"]
    p50, p95, p99 = (median([run[key] for run in main]) for key in ("p50", "p95", "p99"))
    best, bare_best = best_rate(result["ladder"]), best_rate(result["bare_ladder"])
    ratio = (best or 0) / bare_best if bare_best else None
    return [
        [
            "2. Taps",
            f"p99 at {MAIN_RATE} taps/s ({main[0]['offered']:,} taps)",
            f"{fmt(p99, 0)} ms (p50 {fmt(p50, 0)}, p95 {fmt(p95, 0)})",
            f"< {TARGET_P99_MS} ms",
            verdict(p99 < TARGET_P99_MS),
        ],
        [
            "2. Taps",
            f"highest rate with p99 < {SUSTAINED_P99_MS} ms / bare PTB bot's (answer + edit)",
            f"{fmt(ratio, 2) if ratio is not None else '–'} ({best or 'none'}/s vs {bare_best or 'none'}/s)",
            f"≥ {TARGET_RATE_RATIO}",
            verdict(ratio is not None and ratio >= TARGET_RATE_RATIO),
        ],
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(asyncio.run(measure(args.quick)), default=str))


if __name__ == "__main__":
    main()
