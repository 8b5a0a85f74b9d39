"""Recap: composing one user's weekly recap from a year of history and rendering its 12-week chart."""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as wall_time
from pathlib import Path
from random import Random
from typing import Any
from zoneinfo import ZoneInfo

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from matplotlib.figure import Figure  # noqa: E402

from bench import profiling  # noqa: E402
from bench.figures import fmt, median, percentile, table, verdict  # noqa: E402
from bench.seeding import PATTERN, SECURE_ALTERNATIVE, create_schema, fresh_database  # noqa: E402
from bot.app import load_content  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.services import Services  # noqa: E402
from handlers.recap import plan_recap, recap_chart_png  # noqa: E402
from scheduler import due  # noqa: E402
from storage import crypto, repo  # noqa: E402
from storage.db import create_engine, create_session_factory  # noqa: E402
from storage.models import CheckIn, ExercisePractice, User  # noqa: E402

USER_ID = 4242
ZONE = "Europe/Berlin"
HISTORY_DAYS = 365
PRACTICES = 150
RUNS = {"full": 30, "quick": 20}
PROFILED_RUNS = 5
TARGET_MS = 40
CHART_WEEKS = 12


async def seed_year(url: str, now: datetime) -> None:
    """One onboarded user with a check-in every day for a year (mixed answers) and ~150 practices."""
    await create_schema(url)
    zone = ZoneInfo(ZONE)
    today = due.practice_date(now, zone)
    pick = Random(2026)
    engine = create_engine(url)
    try:
        async with create_session_factory(engine)() as session:
            session.add(
                User(
                    id=USER_ID,
                    created_at=now - timedelta(days=400),
                    adult_confirmed_at=now,
                    partner_feels_unsafe=False,
                    direction="anxious",
                    pattern=PATTERN,
                    secure_alternative=SECURE_ALTERNATIVE,
                    time_zone=ZONE,
                    checkin_time=wall_time(21, 0),
                    onboarded_at=now - timedelta(days=400),
                )
            )
            await session.flush()
            for back in range(HISTORY_DAYS, 0, -1):
                local_date = today - timedelta(days=back)
                sent_at = due.due_instant(local_date, wall_time(21, 0), zone)
                activated = pick.choices(["yes", "no", "unsure", None], weights=[6, 3, 1, 1])[0]
                choice = (
                    pick.choices(["secure", "both", "old"], weights=[5, 3, 2])[0]
                    if activated == "yes"
                    else None
                )
                session.add(
                    CheckIn(
                        user_id=USER_ID,
                        local_date=local_date,
                        stage="done" if activated else "activation",
                        activated=activated,
                        choice=choice,
                        intensity=pick.randint(1, 5) if choice else None,
                        created_at=sent_at,
                        sent_at=sent_at,
                        answered_at=sent_at + timedelta(minutes=3) if activated else None,
                        closes_at=due.closes_at(local_date, zone),
                        message_id=back,
                    )
                )
            for index in range(PRACTICES):
                offered_at = now - timedelta(days=HISTORY_DAYS * index / PRACTICES, hours=2)
                status = pick.choices(["felt", "completed", "started", "skipped"], weights=[5, 2, 1, 2])[0]
                session.add(
                    ExercisePractice(
                        user_id=USER_ID,
                        exercise_id="paced-breathing",
                        level=1 + index % 3,
                        status=status,
                        reason="command",
                        offered_at=offered_at,
                        feeling=pick.choice(["calmer", "same", "worse"]) if status == "felt" else None,
                    )
                )
            await session.commit()
    finally:
        await engine.dispose()


async def one_recap(services: Services, recap_date) -> dict[str, float]:
    """The handler's path for one scheduled recap, timed in stages (milliseconds)."""
    started = time.perf_counter()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=USER_ID)
        plan = await plan_recap(services, session, user, recap_date, [])
    composed = time.perf_counter()
    png = recap_chart_png(user, plan.chart)
    rendered = time.perf_counter()
    assert png.startswith(b"\x89PNG") and len(plan.recap.main) >= 3 and len(plan.chart.days) == HISTORY_DAYS
    return {
        "compose_ms": 1000 * (composed - started),
        "render_ms": 1000 * (rendered - composed),
        "total_ms": 1000 * (rendered - started),
        "png_bytes": len(png),
    }


def bare_recap(database: Path) -> dict[str, float]:
    """The baseline: the same year of check-in and practice rows read with the stdlib sqlite3 module (no
    decoding, no rules), and a plain 12-bar matplotlib chart (object API, new figure) saved as PNG."""
    started = time.perf_counter()
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT * FROM checkins WHERE user_id = ?", (USER_ID,)).fetchall()
        rows += connection.execute(
            "SELECT * FROM exercise_practices WHERE user_id = ?", (USER_ID,)
        ).fetchall()
    read = time.perf_counter()
    figure = Figure(figsize=(8, 4.5), dpi=72)
    axes = figure.add_subplot()
    axes.bar(range(12), [len(rows) % (week + 3) for week in range(12)])
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    drawn = time.perf_counter()
    assert len(rows) >= HISTORY_DAYS and buffer.getvalue().startswith(b"\x89PNG")
    return {
        "compose_ms": 1000 * (read - started),
        "render_ms": 1000 * (drawn - read),
        "total_ms": 1000 * (drawn - started),
    }


async def measure(quick: bool) -> dict[str, Any]:
    crypto.use_keys(crypto.new_key())
    runs = RUNS["quick" if quick else "full"]
    now = datetime.now(UTC)
    recap_date = due.practice_date(now, ZoneInfo(ZONE))
    with tempfile.TemporaryDirectory(prefix="es-bench-recap-") as scratch_dir:
        async with fresh_database("sqlite", Path(scratch_dir)) as url:
            await seed_year(url, now)
            engine = create_engine(url)
            # As build_application makes them: the recap reads the content (pattern wording) through them.
            services = Services(
                settings=Settings(_env_file=None, bot_token="1:bench-token-not-a-real-one", database_url=url),
                sessions=create_session_factory(engine),
                clock=SystemClock(),
                content=load_content(),
                rng=Random(),
            )
            try:
                warm_up = await one_recap(services, recap_date)
                samples = [await one_recap(services, recap_date) for _ in range(runs)]
                database = Path(url.split("///", 1)[1])
                bare_recap(database)  # warm-up
                bare = [bare_recap(database) for _ in range(runs)]
                profile_summary = None
                if median([sample["total_ms"] for sample in samples]) >= TARGET_MS:
                    # A full collection owed by the earlier runs would otherwise land in these few and be
                    # charged to whichever builtin happened to be running.
                    gc.collect()
                    profile = cProfile.Profile()
                    profile.enable()
                    for _ in range(PROFILED_RUNS):
                        await one_recap(services, recap_date)
                    profile.disable()
                    profile_summary = profiling.summarize(profile, top=15)
            finally:
                await engine.dispose()
    return {
        "quick": quick,
        "runs": runs,
        "warm_up": warm_up,
        "samples": samples,
        "bare": bare,
        "profile": profile_summary,
    }


def markdown(result: dict[str, Any]) -> str:
    samples = result["samples"]
    stages = (
        (
            "compose_ms",
            "**compose** (`handlers.recap.plan_recap`: the user, a year of check-ins and practices, "
            "moments, repairs, bids, supports as plain rows, then `compose_recap`)",
        ),
        (
            "render_ms",
            "**render** (`handlers.recap.recap_chart_png`: `weekly_series` + `render_recap_chart`, 12 weeks)",
        ),
        ("total_ms", "**compose + render**"),
    )
    total = median([sample["total_ms"] for sample in samples])
    lines = [
        "## 3. Recap",
        "",
        f"**Method.** One onboarded user with a check-in every day for {HISTORY_DAYS} days (mixed: yes/no/unsure/"
        f"unanswered; secure/both/old) and {PRACTICES} exercise practices, in a SQLite file with `DATA_KEY` set. "
        "Each run does what handlers/recap.py does for one scheduled recap, through its public functions: a fresh "
        "session reads the user, then `plan_recap` reads and composes the recap, then `recap_chart_png` draws the "
        "12-week chart to PNG (called directly; the handler runs it in a worker thread). The chart's static part "
        "(title, legend, grid, axis labels) is drawn once per process and look and kept as pixels, so the warm-up "
        "run pays for it. "
        f"One warm-up run (first matplotlib use: {fmt(result['warm_up']['total_ms'], 0)} ms), then "
        f"{result['runs']} timed runs, one after another.",
        "",
        table(
            ["stage", "median ms", "p90 ms", "min ms", "max ms", "bare baseline, median ms"],
            [
                [
                    label,
                    f"**{fmt(median([s[key] for s in samples]), 2)}**",
                    fmt(percentile([s[key] for s in samples], 0.9), 2),
                    fmt(min(s[key] for s in samples), 2),
                    fmt(max(s[key] for s in samples), 2),
                    fmt(median([s[key] for s in result["bare"]]), 2) if result.get("bare") else "–",
                ]
                for key, label in stages
            ],
        ),
        "",
        "The bare baseline reads the same year of check-in and practice rows with the stdlib `sqlite3` module "
        "(no decoding, no rules) and draws a plain 12-bar matplotlib chart (object API, a new figure each time) "
        "to PNG: what any recap of this size costs before it says anything.",
        "",
        f"Target median < {TARGET_MS} ms for compose + render: {verdict(total < TARGET_MS)} (median {fmt(total, 1)} ms; "
        f"PNG {samples[0]['png_bytes']:,} bytes).",
    ]
    if result["profile"]:
        compose, render = (median([s[key] for s in samples]) for key in ("compose_ms", "render_ms"))
        lines += [
            "",
            f"**Why the target is missed.** Composing takes {fmt(compose, 1)} ms and rendering {fmt(render, 1)} ms. "
            f"{PROFILED_RUNS} more runs under cProfile:",
            "",
            profiling.markdown(result["profile"]),
        ]
    return "\n".join(lines)


def summary(result: dict[str, Any]) -> list[list[str]]:
    """The row for the table at the top of RESULTS.md."""
    samples = result["samples"]
    total, compose, render = (
        median([s[key] for s in samples]) for key in ("total_ms", "compose_ms", "render_ms")
    )
    return [
        [
            "3. Recap",
            "compose + render, median (a year of history, 12-week chart)",
            f"{fmt(total, 1)} ms (compose {fmt(compose, 1)}, render {fmt(render, 1)})"
            + (
                f"; bare {fmt(median([s['total_ms'] for s in result['bare']]), 1)} ms"
                if result.get("bare")
                else ""
            ),
            f"< {TARGET_MS} ms",
            verdict(total < TARGET_MS),
        ]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(asyncio.run(measure(args.quick)), default=str))


if __name__ == "__main__":
    main()
