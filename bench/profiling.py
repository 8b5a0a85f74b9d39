"""cProfile summaries that explain a missed target: own time by package, and the costliest functions."""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict
from typing import Any

PROJECT_PACKAGES = ("bot", "handlers", "scheduler", "storage")
# Builtins that mean the event loop had nothing to run: waiting on sockets, threads or other processes.
IDLE_BUILTINS = ("select.epoll", "select.select", "_thread.lock")


def _package(filename: str, function: str) -> str:
    if filename == "~":
        return "idle (epoll wait)" if any(name in function for name in IDLE_BUILTINS) else "builtins (C)"
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    for package in PROJECT_PACKAGES:
        if f"/{package}/" in filename:
            return f"project: {package}"
    if "/asyncio/" in filename or filename.endswith("selectors.py"):
        return "asyncio (stdlib)"
    return "other stdlib"


def summarize(profile: cProfile.Profile, *, top: int = 12) -> dict[str, Any]:
    """Own (tottime) seconds per package and the `top` functions by own time."""
    stats = pstats.Stats(profile)
    by_package: dict[str, float] = defaultdict(float)
    functions = []
    total = 0.0
    for (filename, line, function), (_, calls, own, cumulative, _) in stats.stats.items():
        by_package[_package(filename, function)] += own
        total += own
        short = filename.split("site-packages/", 1)[-1].split("/work/main/", 1)[-1]
        functions.append((own, cumulative, calls, f"{short}:{line}({function})"))
    functions.sort(reverse=True)
    return {
        "total_seconds": total,
        "by_package": sorted(by_package.items(), key=lambda item: -item[1]),
        "top": [
            {"function": name, "own_s": own, "cumulative_s": cumulative, "calls": calls}
            for own, cumulative, calls, name in functions[:top]
        ],
    }


def markdown(summary: dict[str, Any], *, packages: int = 10) -> str:
    """The summary as two small Markdown tables."""
    total = summary["total_seconds"] or 1.0
    lines = ["Own time by package (cProfile, main thread only; driver threads show up as idle waiting):", ""]
    lines += ["| package | own ms | share |", "|---|---|---|"]
    for package, seconds in summary["by_package"][:packages]:
        lines.append(f"| {package} | {1000 * seconds:,.0f} | {100 * seconds / total:.0f}% |")
    lines += [
        "",
        "Costliest functions by own time (cumulative times of coroutines add up across interleaved awaits):",
        "",
        "| function | own ms | cumulative ms | calls |",
        "|---|---|---|---|",
    ]
    for entry in summary["top"]:
        name = entry["function"].replace("|", "\\|")
        lines.append(
            f"| `{name}` | {1000 * entry['own_s']:,.0f} | {1000 * entry['cumulative_s']:,.0f} | {entry['calls']:,} |"
        )
    if any("posix.stat" in entry["function"] or "find_spec" in entry["function"] for entry in summary["top"]):
        lines += [
            "",
            "`posix.stat` and importlib's `find_spec` here are httpcore retrying `import sniffio` on every request "
            "(sniffio is not installed); see the aside in the fan-out results.",
        ]
    return "\n".join(lines)
