"""Medians, percentiles, CPU time of a process, verdicts and Markdown tables shared by every benchmark."""

from __future__ import annotations

import math
import os
import resource
import statistics
from collections.abc import Sequence

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile (fraction 0.99 for p99): an observed value, never an interpolation."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    # Rounded first so 0.99 × 1500 is rank 1485, not 1486 from floating-point dust.
    rank = max(1, math.ceil(round(fraction * len(ordered), 9)))
    return ordered[min(rank, len(ordered)) - 1]


def own_cpu_seconds() -> float:
    """User + system CPU of this process, all threads (the SQLite driver works in threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU of another process so far, from /proc."""
    with open(f"/proc/{pid}/stat") as stat:
        # The command name may hold spaces; every field after its closing parenthesis is fixed.
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def verdict(met: bool | None) -> str:
    if met is None:
        return "NOT RUN"
    return "**MET**" if met else "**MISSED**"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def fmt(value: float | None, digits: int = 1) -> str:
    if value is None or value != value:  # NaN
        return "–"
    return f"{value:,.{digits}f}"
