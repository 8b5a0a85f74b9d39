"""Size: start-up to first poll and resident memory at 1k and 100k users, and the claim query on 100k due rows."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import itertools
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

import asyncpg  # noqa: E402
from sqlalchemy import event, text, update  # noqa: E402

from bench.fake_server import FakeServerProcess  # noqa: E402
from bench.figures import fmt, median, percentile, table, verdict  # noqa: E402
from bench.seeding import fresh_database, postgres_version, seed_population  # noqa: E402
from storage import crypto, repo  # noqa: E402
from storage.db import create_engine, create_session_factory  # noqa: E402
from storage.models import DueMessage  # noqa: E402
from tests.fakebot import updates  # noqa: E402

# (users, users with a year of check-ins) per population.
POPULATIONS = {
    "full": {"1k": (1_000, 100), "100k": (100_000, 10_000)},
    "quick": {"1k": (1_000, 100), "10k": (10_000, 1_000)},
}
HISTORY_DAYS = 365
DUE_NOW = 500
CLAIM_LIMIT = 500
CLAIM_RUNS = {"full": 30, "quick": 20}
BREAKDOWN_RUNS = 10
START_UP_RUNS = {"full": 5, "quick": 2}
# "A few seconds after start-up": the first tick (1 s after start) has run by then.
RSS_AFTER_SECONDS = 3.0
START_UP_TIMEOUT_SECONDS = 60
STOP_TIMEOUT_SECONDS = 15
TARGET_START_UP_S = 2.0
TARGET_RSS_MB = 150
TARGET_CLAIM_MS = 10
DATA_KEY = crypto.new_key()
PR_SET_PDEATHSIG = 1
_start_ups = itertools.count(1)


def _die_with_parent() -> None:
    # If the benchmark is killed, the bot it started goes too (Linux only; run in the child before exec).
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _memory_kb(pid: int) -> dict[str, int]:
    readings = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                readings[key] = int(value.split()[0])
    return readings


async def start_up(
    fake: FakeServerProcess, url: str, scratch: Path, bytecode_cache: bool = True, module: str = "bot"
) -> dict[str, Any]:
    """Spawn `python -m bot` (or the bare bot), time it to its first getUpdates, read its memory a few seconds
    later, stop it."""
    await fake.reset(messages=True)
    # A pending update makes the first getUpdates return at once, so the fake records it on arrival
    # (an idle long poll is only recorded when it ends). The bot answers it as an expired button.
    await fake.push(updates.callback(1, 1, "bench:wake"))
    # Each process calls through its own label, so a previous process's abandoned long poll
    # (which the fake still answers when the next update arrives) is never mistaken for this one's.
    label = f"start{next(_start_ups)}"
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT),
        "BOT_TOKEN": fake.token,
        "BOT_API_URL": fake.base_url.replace("/bot", f"/{label}/bot"),
        "DATABASE_URL": url,
        "DATA_KEY": DATA_KEY,
        "LOG_LEVEL": "WARNING",
    }
    if bytecode_cache:
        # A deployed bot starts from compiled bytecode; the cache lives in scratch, not in the source tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    log_path = scratch / "bot-stderr.log"
    with open(log_path, "wb") as log:
        spawned = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", module],
            cwd=PROJECT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            preexec_fn=_die_with_parent,
        )
        try:
            deadline = spawned + START_UP_TIMEOUT_SECONDS
            polls: list[dict[str, Any]] = []
            while not polls:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        f"the bot did not poll (exit {process.returncode}): {log_path.read_text()[-2000:]}"
                    )
                await asyncio.sleep(0.01)
                polls = await fake.calls("getUpdates", client=label)
            calls = await fake.calls(client=label)
            await asyncio.sleep(RSS_AFTER_SECONDS)
            memory = _memory_kb(process.pid)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                try:
                    process.wait(timeout=STOP_TIMEOUT_SECONDS)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
    first_at = {}
    for call in calls:
        first_at.setdefault(call["method"], call["at"] - spawned)
    return {
        "first_poll_s": polls[0]["at"] - spawned,
        "phases_s": first_at,
        "rss_mb": memory["VmRSS"] / 1024,
        "peak_rss_mb": memory["VmHWM"] / 1024,
    }


async def release_claims(sessions) -> None:
    async with sessions() as session:
        await session.exec(
            update(DueMessage)
            .where(DueMessage.claimed_until.is_not(None))
            .values(claimed_until=None, attempts=0)
        )
        await session.commit()


async def claim_runs(url: str, now, runs: int) -> dict[str, Any]:
    """repo.claim_due (limit 500) on the seeded table, released again after each run (outside the timing);
    then the same UPDATE … RETURNING replayed through the driver, to split statement, commit and the rest."""
    engine = create_engine(url)
    sessions = create_session_factory(engine)
    captured: dict[str, Any] = {}

    def capture(connection, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("UPDATE DUE_MESSAGES") and "RETURNING" in statement.upper():
            captured.update(statement=statement, parameters=parameters)

    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    timings, statement_ms, commit_ms = [], [], []
    try:
        for index in range(runs + 1):  # the first is a warm-up
            async with sessions() as session:
                started = time.perf_counter()
                claimed = await repo.claim_due(
                    session, now=now, lease_until=now + timedelta(seconds=120), limit=CLAIM_LIMIT
                )
                elapsed = time.perf_counter() - started
            if len(claimed) != DUE_NOW:
                raise RuntimeError(f"claimed {len(claimed)} rows, expected {DUE_NOW}")
            await release_claims(sessions)
            if index:
                timings.append(1000 * elapsed)
        for _ in range(BREAKDOWN_RUNS):
            async with engine.connect() as connection:
                started = time.perf_counter()
                rows = (
                    await connection.exec_driver_sql(captured["statement"], captured["parameters"])
                ).fetchall()
                executed = time.perf_counter()
                await connection.commit()
                committed = time.perf_counter()
            if len(rows) != DUE_NOW:
                raise RuntimeError(f"the replayed claim returned {len(rows)} rows")
            statement_ms.append(1000 * (executed - started))
            commit_ms.append(1000 * (committed - executed))
            await release_claims(sessions)
        plan = await claim_plan(engine, captured)
        async with sessions() as session:
            total = (await session.exec(text("SELECT count(*) FROM due_messages"))).one()[0]
    finally:
        await engine.dispose()
    return {
        "timings_ms": timings,
        "due_rows": total,
        "statement_ms": statement_ms,
        "commit_ms": commit_ms,
        "plan": plan,
        "sql": captured["statement"],
    }


async def claim_plan(engine, captured: dict[str, Any]) -> list[str]:
    """The database's plan for the claim; on PostgreSQL executed (EXPLAIN ANALYZE) and rolled back."""
    async with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = await connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + captured["statement"], captured["parameters"]
            )
            return [row[-1] for row in rows.fetchall()]
        rows = await connection.exec_driver_sql(
            "EXPLAIN (ANALYZE, BUFFERS) " + captured["statement"], captured["parameters"]
        )
        lines = [row[0] for row in rows.fetchall()]
        await connection.rollback()
        return lines


async def postpone_due_now(url: str, now) -> None:
    """Move the rows due now an hour ahead: each start-up then begins quiet, with nothing to send, every time."""
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            await session.exec(
                update(DueMessage).where(DueMessage.due_at <= now).values(due_at=now + timedelta(hours=1))
            )
            await session.commit()
    finally:
        await engine.dispose()


async def database_mb(url: str) -> float:
    if url.startswith("sqlite"):
        path = Path(url.split(":///", 1)[1])
        return sum(part.stat().st_size for part in path.parent.glob(path.name + "*")) / 2**20
    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return await connection.fetchval("SELECT pg_database_size(current_database())") / 2**20
    finally:
        await connection.close()


async def measure(quick: bool) -> dict[str, Any]:
    size = "quick" if quick else "full"
    crypto.use_keys(DATA_KEY)
    engines = ["sqlite"] + (["postgresql"] if await postgres_version() else [])
    populations = POPULATIONS[size]
    labels = list(populations)
    result: dict[str, Any] = {
        "quick": quick,
        "populations": {k: list(v) for k, v in populations.items()},
        "engines": {},
    }
    with tempfile.TemporaryDirectory(prefix="es-bench-size-") as scratch_dir:
        scratch = Path(scratch_dir)
        async with FakeServerProcess() as fake:
            # The baseline: a bare python-telegram-bot bot (bench/bare_bot.py), no database, same fake.
            await start_up(fake, "", scratch, module="bench.bare_bot")
            result["bare_start_up"] = [
                await start_up(fake, "", scratch, module="bench.bare_bot") for _ in range(START_UP_RUNS[size])
            ]
            for engine in engines:
                record: dict[str, Any] = {"seeding": {}, "start_up": {label: [] for label in populations}}
                async with contextlib.AsyncExitStack() as databases:
                    urls = {
                        label: await databases.enter_async_context(fresh_database(engine, scratch))
                        for label in populations
                    }
                    for label, (users, with_history) in populations.items():
                        started = time.perf_counter()
                        seeded = await seed_population(
                            urls[label],
                            users=users,
                            with_history=with_history,
                            history_days=HISTORY_DAYS,
                            # The claim is measured on the largest population only.
                            due_now=DUE_NOW if label == labels[-1] else 0,
                        )
                        record["seeding"][label] = {
                            "seconds": time.perf_counter() - started,
                            "users": users,
                            "checkins": seeded.checkins,
                            "database_mb": await database_mb(urls[label]),
                        }
                        print(
                            f"size: seeded {engine} {label} in {record['seeding'][label]['seconds']:.0f} s",
                            file=sys.stderr,
                        )
                        if seeded.due_now:
                            record["claim"] = await claim_runs(urls[label], seeded.now, CLAIM_RUNS[size])
                            record["claim"]["population"] = label
                            await postpone_due_now(urls[label], seeded.now)
                    # Untimed: compiles the bytecode cache and warms the OS file cache.
                    await start_up(fake, urls[labels[0]], scratch)
                    for round_index in range(START_UP_RUNS[size]):
                        for label in labels[round_index % 2 :] + labels[: round_index % 2]:
                            record["start_up"][label].append(await start_up(fake, urls[label], scratch))
                    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
                        # For comparison: as this environment is set up, the project's own modules have no
                        # cached bytecode and are compiled at every start.
                        record["start_up_without_cache"] = await start_up(
                            fake, urls[labels[-1]], scratch, bytecode_cache=False
                        )
                result["engines"][engine] = record
    return result


def markdown(result: dict[str, Any]) -> str:
    populations = result["populations"]
    labels = list(populations)
    large = labels[-1]
    large_users, large_history = populations[large]
    lines = [
        "## 4. Size",
        "",
        f"**Method.** Per engine, fresh databases seeded in bulk (SQLite: `executemany` in one transaction; "
        f"PostgreSQL: binary `COPY`), values encoded by the columns' own SQLAlchemy types: {large} = "
        f"{large_users:,} onboarded users, {large_history:,} of them with a check-in every day for {HISTORY_DAYS} "
        f"days ({large_history * HISTORY_DAYS:,} check-in rows), one due check-in row per user; {labels[0]} = "
        f"{populations[labels[0]][0]:,} users, {populations[labels[0]][1]:,} with a year. After loading, each "
        "database is settled before anything is timed (PostgreSQL: `VACUUM ANALYZE` and `CHECKPOINT`; SQLite: "
        "WAL checkpoint), as a database that has been running for a while would be. "
        "(a) start-up: `python -m bot` spawned as a process (venv Python, `DATA_KEY` set) against the fake Bot API "
        "(and, as the baseline, `python -m bench.bare_bot`: a bare python-telegram-bot bot with no database) "
        "in its own process and the seeded database; time from spawn to the fake receiving the first `getUpdates`. "
        "(A pending update makes that first long poll return at once, so it is recorded as it arrives.) "
        f"(b) `VmRSS` of the bot process from /proc {RSS_AFTER_SECONDS:.0f} s after that first poll (its first "
        "JobQueue tick has run; nothing is due, so it finds nothing), `VmHWM` for the peak. Runs alternate "
        "between the two populations; one untimed start first. Python's bytecode cache is kept in a scratch "
        "directory (`PYTHONPYCACHEPREFIX`) so, as on a deployed bot, modules are compiled once. (c) the claim: "
        f"`repo.claim_due(limit={CLAIM_LIMIT})` in its own session on the {large} database where "
        f"{large_users:,} due rows exist and {DUE_NOW} are due now, timed from the call to its commit; the claimed "
        "rows are released after each run (untimed); one warm-up run.",
        "",
    ]
    if result["quick"]:
        lines += [f"*Quick run: the large population is {large} users, not 100k.*", ""]
    rows = []
    for engine, record in result["engines"].items():
        for label in labels:
            runs = record["start_up"][label]
            seconds = median([run["first_poll_s"] for run in runs])
            rss = median([run["rss_mb"] for run in runs])
            rows.append(
                [
                    engine,
                    label,
                    " · ".join(f"{run['first_poll_s']:.2f}" for run in runs),
                    f"**{fmt(seconds, 2)}**",
                    verdict(seconds < TARGET_START_UP_S),
                    f"**{fmt(rss, 1)}**",
                    fmt(median([run["peak_rss_mb"] for run in runs]), 1),
                    verdict(rss < TARGET_RSS_MB),
                ]
            )
    bare = result.get("bare_start_up")
    if bare:
        rows.append(
            [
                "bare PTB bot (baseline)",
                "–",
                " · ".join(f"{run['first_poll_s']:.2f}" for run in bare),
                f"**{fmt(median([run['first_poll_s'] for run in bare]), 2)}**",
                "–",
                f"**{fmt(median([run['rss_mb'] for run in bare]), 1)}**",
                fmt(median([run["peak_rss_mb"] for run in bare]), 1),
                "–",
            ]
        )
    lines += [
        "### (a) start-up to first poll and (b) resident memory",
        "",
        table(
            [
                "engine",
                "users",
                "start-up s per run",
                "median s",
                f"target < {TARGET_START_UP_S:.0f} s",
                "RSS MB (median)",
                "peak RSS MB",
                f"target < {TARGET_RSS_MB} MB",
            ],
            rows,
        ),
        "",
        "Where start-up time goes (median seconds from spawn until the fake first received each call; "
        "`getMe` comes after interpreter start, imports, settings, the schema check and content loading):",
        "",
    ]
    phase_rows = []
    for engine, record in result["engines"].items():
        for label in labels:
            runs = record["start_up"][label]
            phases = ("getMe", "setMyCommands", "deleteWebhook", "getUpdates")
            phase_rows.append(
                [
                    engine,
                    label,
                    *(
                        fmt(median([run["phases_s"].get(name, float("nan")) for run in runs]), 2)
                        for name in phases
                    ),
                ]
            )
    lines.append(
        table(["engine", "users", "getMe", "setMyCommands", "deleteWebhook", "getUpdates"], phase_rows)
    )
    lines += [""]
    for engine, record in result["engines"].items():
        cold = record.get("start_up_without_cache")
        if cold is None:
            continue
        lines.append(
            f"- {engine}, {large}, with this environment's `PYTHONDONTWRITEBYTECODE=1` and no cache (the project's "
            f"modules compiled at start): {cold['first_poll_s']:.2f} s to first poll, RSS {cold['rss_mb']:.1f} MB (one run)."
        )
    lines += ["", "### (c) the claim query", ""]
    claim_rows = []
    for engine, record in result["engines"].items():
        claim = record["claim"]
        timings = claim["timings_ms"]
        claim_rows.append(
            [
                engine,
                f"{claim['due_rows']:,}",
                DUE_NOW,
                len(timings),
                f"**{fmt(median(timings), 2)}**",
                fmt(percentile(timings, 0.9), 2),
                fmt(min(timings), 2),
                fmt(max(timings), 2),
                verdict(median(timings) < TARGET_CLAIM_MS),
            ]
        )
    lines.append(
        table(
            [
                "engine",
                "due rows",
                "due now",
                "runs",
                "median ms",
                "p90 ms",
                "min ms",
                "max ms",
                f"target < {TARGET_CLAIM_MS} ms",
            ],
            claim_rows,
        )
    )
    lines += [
        "",
        f"Where the claim's time goes (medians; the same `UPDATE … RETURNING` replayed {BREAKDOWN_RUNS} times "
        "straight through the driver on a pooled connection):",
        "",
    ]
    split_rows = []
    for engine, record in result["engines"].items():
        claim = record["claim"]
        total, statement, commit = (
            median(claim["timings_ms"]),
            median(claim["statement_ms"]),
            median(claim["commit_ms"]),
        )
        split_rows.append(
            [engine, fmt(total, 2), fmt(statement, 2), fmt(commit, 2), fmt(total - statement - commit, 2)]
        )
    lines.append(
        table(
            [
                "engine",
                "claim_due ms",
                "UPDATE … RETURNING 500 rows ms",
                "COMMIT ms",
                "the rest ms (session and pool checkout, with PostgreSQL's pre-ping; building the ORM statement; rows → ClaimedDue)",
            ],
            split_rows,
        )
    )
    for engine, record in result["engines"].items():
        claim = record["claim"]
        if median(claim["timings_ms"]) >= TARGET_CLAIM_MS:
            lines += [
                "",
                f"**Why the {engine} claim misses.** Its plan:",
                "",
                "```",
                *claim["plan"],
                "```",
            ]
    lines += ["", "### Seeding", ""]
    seed_rows = []
    for engine, record in result["engines"].items():
        for label, seeding in record["seeding"].items():
            seed_rows.append(
                [
                    engine,
                    label,
                    f"{seeding['users']:,}",
                    f"{seeding['checkins']:,}",
                    fmt(seeding["seconds"], 1),
                    fmt(seeding["database_mb"], 0),
                ]
            )
    lines.append(
        table(["engine", "population", "users", "check-in rows", "seeding s", "database MB"], seed_rows)
    )
    return "\n".join(lines)


def summary(result: dict[str, Any]) -> list[list[str]]:
    """Rows for the table at the top of RESULTS.md."""
    labels = list(result["populations"])
    bare = result.get("bare_start_up")
    bare_seconds = (
        f" (bare PTB bot {fmt(median([run['first_poll_s'] for run in bare]), 2)} s)" if bare else ""
    )
    bare_rss = f" (bare PTB bot {fmt(median([run['rss_mb'] for run in bare]), 1)} MB)" if bare else ""
    rows = []
    for engine, record in result["engines"].items():
        seconds = {
            label: median([run["first_poll_s"] for run in record["start_up"][label]]) for label in labels
        }
        rss = {label: median([run["rss_mb"] for run in record["start_up"][label]]) for label in labels}
        claim = median(record["claim"]["timings_ms"])
        rows += [
            [
                "4. Size",
                f"{engine}: start-up to first poll, {labels[0]} / {labels[-1]} users",
                " / ".join(f"{fmt(seconds[label], 2)} s" for label in labels) + bare_seconds,
                f"< {TARGET_START_UP_S:.0f} s",
                verdict(max(seconds.values()) < TARGET_START_UP_S),
            ],
            [
                "4. Size",
                f"{engine}: resident memory, {labels[0]} / {labels[-1]} users",
                " / ".join(f"{fmt(rss[label], 1)} MB" for label in labels) + bare_rss,
                f"< {TARGET_RSS_MB} MB",
                verdict(max(rss.values()) < TARGET_RSS_MB),
            ],
            [
                "4. Size",
                f"{engine}: claim_due(500) with {record['claim']['due_rows']:,} due rows",
                f"{fmt(claim, 2)} ms",
                f"< {TARGET_CLAIM_MS} ms",
                verdict(claim < TARGET_CLAIM_MS),
            ],
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(asyncio.run(measure(args.quick)), default=str))


if __name__ == "__main__":
    main()
