"""Fan-out across processes: 1, 2 and 3 real bot processes on one PostgreSQL with pacing off, beside a bare python-telegram-bot loop."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.fake_server import FakeServerProcess  # noqa: E402
from bench.fanout import bare_run  # noqa: E402
from bench.seeding import fresh_database, seed_due_checkins  # noqa: E402

# "Pacing off": the shared budget's highest rate, far above what these processes reach here.
UNPACED = "1000"


def start_bot(fake: FakeServerProcess, url: str, label: str, log: Path) -> subprocess.Popen:
    """A real `python -m bot` process whose calls the fake counts under `label`."""
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT),
        "BOT_TOKEN": fake.token,
        "BOT_API_URL": fake.base_url.replace("/bot", f"/{label}/bot"),
        "DATABASE_URL": url,
        "TICK_SECONDS": "0.5",
        "LOG_LEVEL": "ERROR",
        "SEND_RATE_PER_SECOND": UNPACED,
        "CLAIM_BATCH_SIZE": "200",
    }
    out = open(log, "ab")  # noqa: SIM115 (the child keeps it)
    return subprocess.Popen([sys.executable, "-m", "bot"], env=env, cwd=PROJECT, stdout=out, stderr=out)


async def one_run(processes: int, users: int, scratch: Path) -> dict[str, float]:
    """Seed `users` due check-ins, start `processes` bots, and time first to last check-in at the fake."""
    async with FakeServerProcess() as fake, fresh_database("postgresql", scratch) as url:
        await seed_due_checkins(url, users)
        await fake.reset(messages=True)
        bots = [start_bot(fake, url, f"p{n}", scratch / f"bot-{n}.log") for n in range(processes)]
        try:
            deadline = time.monotonic() + 600
            while (await fake.count("sendMessage"))["ok"] < users:
                if time.monotonic() > deadline:
                    raise RuntimeError("the processes did not finish the fan-out")
                await asyncio.sleep(0.5)
        finally:
            for bot in bots:
                bot.terminate()
            for bot in bots:
                bot.wait(timeout=30)
        calls = [call for call in await fake.calls("sendMessage") if call["status"] == 200]
        instants = sorted(call["at"] for call in calls)
        seconds = instants[-1] - instants[0]
        return {"processes": processes, "seconds": seconds, "rate": (len(instants) - 1) / seconds}


async def measure(users: int) -> tuple[dict[str, float], list[dict[str, float]]]:
    scratch = Path(tempfile.mkdtemp(prefix="es-bench-processes-"))
    async with FakeServerProcess() as fake:
        bare = await bare_run(fake, users)
    runs = [await one_run(processes, users, scratch) for processes in (1, 2, 3)]
    return bare, runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=3000)
    args = parser.parse_args()
    bare, runs = asyncio.run(measure(args.users))
    print("| processes | check-ins/s (pacing off) | bare PTB loop, one process |")
    print("|---|---|---|")
    for run in runs:
        print(f"| {run['processes']} | {run['rate']:.0f} ({run['seconds']:.1f} s) | {bare['rate']:.0f} |")


if __name__ == "__main__":
    main()
