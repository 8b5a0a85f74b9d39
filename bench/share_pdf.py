"""/share and the Mini App: reading a year of one user's data into the summary, the page's HTML, and the one-page PDF.

Run: `.venv/bin/python -m bench.share_pdf` (prints a Markdown table; target: the PDF in under a second).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bot.app import load_content  # noqa: E402
from bot.progress_data import load_summary  # noqa: E402
from bot.share_pdf import render_share_pdf  # noqa: E402
from bot.web.page import render_fragment  # noqa: E402
from storage import crypto, repo  # noqa: E402
from storage.db import create_engine, create_session_factory  # noqa: E402
from storage.schema import migrate  # noqa: E402
from tests.year_seed import seed_year  # noqa: E402

USER_ID = 4242
NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


async def measure(runs: int) -> dict[str, list[float]]:
    crypto.use_keys(crypto.new_key(), [])  # encrypted free text, as in production
    timings: dict[str, list[float]] = {"summary": [], "page": [], "pdf": []}
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite+aiosqlite:///{folder}/bench.db")
        await migrate(engine)
        sessions = create_session_factory(engine)
        await seed_year(sessions, USER_ID, NOW)
        content = load_content()
        for run in range(runs + 1):  # the first run warms up (font loading, imports)
            started = time.perf_counter()
            async with sessions() as session:
                user = await repo.get_user(session, user_id=USER_ID)
                summary = await load_summary(session, user, content, NOW)
            loaded = time.perf_counter()
            render_fragment(summary)
            paged = time.perf_counter()
            render_share_pdf(summary, name="Sam", notes=[], made_on=NOW.date())
            done = time.perf_counter()
            if run:
                timings["summary"].append((loaded - started) * 1000)
                timings["page"].append((paged - loaded) * 1000)
                timings["pdf"].append((done - paged) * 1000)
        await engine.dispose()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    timings = asyncio.run(measure(args.runs))
    print(f"| step ({args.runs} runs, a year of data) | median ms | max ms |")
    print("|---|---|---|")
    for name, label in (
        ("summary", "read + `build_summary` (`load_summary`)"),
        ("page", "Mini App HTML with SVG charts (`render_fragment`)"),
        ("pdf", "one-page PDF (`render_share_pdf`)"),
    ):
        values = timings[name]
        print(f"| {label} | {statistics.median(values):.1f} | {max(values):.1f} |")


if __name__ == "__main__":
    main()
