"""Runs the four benchmarks, each in its own process with a time limit, and writes bench/RESULTS.md."""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import platform
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.figures import table  # noqa: E402
from bench.seeding import postgres_server_url, postgres_version  # noqa: E402

# (module, time limit for the full run, for the quick run) in seconds; a benchmark past its limit is stopped.
BENCHMARKS = (
    ("fanout", 900, 150),
    ("taps", 900, 120),
    ("recap", 180, 60),
    ("size", 900, 180),
    ("screen", 300, 60),
)
PACKAGES = (
    "python-telegram-bot",
    "SQLAlchemy",
    "sqlmodel",
    "aiosqlite",
    "asyncpg",
    "matplotlib",
    "httpx",
    "httpcore",
    "aiohttp",
    "greenlet",
)
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
STOP_GRACE_SECONDS = 10


def machine() -> list[tuple[str, str]]:
    """What the figures were measured on."""
    cpu = "unknown"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as meminfo:
        ram_kb = next(int(line.split()[1]) for line in meminfo if line.startswith("MemTotal"))
    os_name = platform.system()
    if Path("/etc/os-release").exists():
        fields = dict(
            line.rstrip().split("=", 1)
            for line in Path("/etc/os-release").read_text().splitlines()
            if "=" in line
        )
        os_name = fields.get("PRETTY_NAME", os_name).strip('"')
    rows = [
        ("CPU", cpu),
        ("cores", f"{os.cpu_count()} (usable by this process: {len(os.sched_getaffinity(0))})"),
        ("RAM", f"{ram_kb / 2**20:.1f} GiB"),
        ("OS", f"{os_name}, Linux {platform.release()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"),
        # Other work on the machine slows every variant; the load at the start says how shared it was.
        ("load average at start (1, 5, 15 min)", ", ".join(f"{load:.2f}" for load in os.getloadavg())),
    ]
    for package in PACKAGES:
        try:
            rows.append((package, version(package)))
        except PackageNotFoundError:
            rows.append((package, "not installed"))
    rows.append(("sniffio", _installed("sniffio")))
    server = asyncio.run(postgres_version())
    rows.append(
        (
            "PostgreSQL server",
            f"{server} at {postgres_server_url().split('@')[-1]}" if server else "none answered",
        )
    )
    rows.append(("SQLite library", sqlite3.sqlite_version))
    flags = [
        name
        for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONOPTIMIZE", "PYTHONASYNCIODEBUG", "PYTHONDEVMODE")
        if os.environ.get(name)
    ]
    rows.append(("Python environment flags set", ", ".join(flags) or "none"))
    return rows


def _installed(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def run_one(
    name: str, limit: float, quick: bool, scratch: Path
) -> tuple[dict[str, Any] | None, str | None, float]:
    """One benchmark in its own process group: (result, error, seconds)."""
    out = scratch / f"{name}.json"
    command = [sys.executable, "-m", f"bench.{name}", "--out", str(out)] + (["--quick"] if quick else [])
    print(f"== {name} (limit {limit:.0f} s)", file=sys.stderr, flush=True)
    started = time.monotonic()
    # Its own session, so the fake server and bot processes it starts can be stopped with it, by group id.
    process = subprocess.Popen(command, cwd=PROJECT, start_new_session=True)
    error = None
    try:
        process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        error = f"stopped after its {limit:.0f} s limit"
    finally:
        if process.poll() is None:
            _stop_group(process)
    seconds = time.monotonic() - started
    if error is None and process.returncode != 0:
        error = f"exited with status {process.returncode} (see the output above)"
    if error is not None or not out.exists():
        return None, error or "wrote no result", seconds
    return json.loads(out.read_text()), None, seconds


def _stop_group(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def report(
    quick: bool,
    started_at: datetime,
    seconds: float,
    outcomes: dict[str, tuple[dict | None, str | None, float]],
    machine_rows,
) -> str:
    kind = (
        "**QUICK smoke run** (`--quick`): smaller sizes and fewer runs than the benchmarks specify; the figures show "
        "that everything works, they are not the benchmark results."
        if quick
        else "Full run."
    )
    lines = [
        "# Benchmark results",
        "",
        f"Written by `bench/run.py{' --quick' if quick else ''}` on {started_at:%Y-%m-%d %H:%M} UTC; the whole run took "
        f"{seconds / 60:.1f} minutes. {kind} How to run and what each benchmark measures: bench/README.md.",
        "",
        "## Machine",
        "",
        table(["", ""], machine_rows),
        "",
        "## Summary",
        "",
    ]
    summary_rows = []
    for name, (result, error, _) in outcomes.items():
        if result is None:
            summary_rows.append([name, "–", f"not measured: {error}", "–", "NOT RUN"])
        else:
            summary_rows += importlib.import_module(f"bench.{name}").summary(result)
    lines += [table(["benchmark", "measure", "figure", "target", "verdict"], summary_rows), ""]
    for name, (result, error, _) in outcomes.items():
        if result is None:
            lines += [f"## {name}", "", f"Not measured: {error}.", ""]
        else:
            lines += [importlib.import_module(f"bench.{name}").markdown(result), ""]
    lines += [
        "## Time taken",
        "",
        table(
            ["benchmark", "minutes"], [[name, f"{outcome[2] / 60:.1f}"] for name, outcome in outcomes.items()]
        ),
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="smaller sizes for a smoke run (about 3 minutes)"
    )
    parser.add_argument(
        "--only", help="comma-separated subset: " + ",".join(name for name, _, _ in BENCHMARKS)
    )
    parser.add_argument(
        "--output", type=Path, default=RESULTS, help="where to write the Markdown (default bench/RESULTS.md)"
    )
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else [name for name, _, _ in BENCHMARKS]
    unknown = set(chosen) - {name for name, _, _ in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    started_at, started = datetime.now(UTC), time.monotonic()
    machine_rows = machine()
    outcomes = {}
    with tempfile.TemporaryDirectory(prefix="es-bench-run-") as scratch:
        for name, full_limit, quick_limit in BENCHMARKS:
            if name in chosen:
                outcomes[name] = run_one(
                    name, quick_limit if args.quick else full_limit, args.quick, Path(scratch)
                )
    args.output.write_text(report(args.quick, started_at, time.monotonic() - started, outcomes, machine_rows))
    print(f"wrote {args.output} in {(time.monotonic() - started) / 60:.1f} minutes", file=sys.stderr)


if __name__ == "__main__":
    main()
