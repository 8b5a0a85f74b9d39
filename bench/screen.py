"""Screen: how long the crisis screen takes for a note, a longest Telegram message and a 100,000-character text."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from bench.figures import fmt, median, percentile, table, verdict  # noqa: E402
from bot.practice.screen import Screen  # noqa: E402

RUNS = {"full": 30, "quick": 5}
TARGET_MS = 50
DIARY = (
    "Today was hard. He did not answer my message for three hours and I started spiralling. "
    "I made tea, sat by the window and tried the breathing practice. My sister called about the weekend. "
    "Work was busy, my manager asked for the report again. I wrote in my journal instead of texting him twice. "
    "We had dinner together and talked about the holiday plans, it felt calmer than last week. "
)
TEXTS = {
    "check-in note (500 characters)": (DIARY * 2)[:500],
    "longest Telegram message (4,096 characters)": (DIARY * 12)[:4096],
    "diary, 100,000 characters, one crisis sentence in the middle": (
        (DIARY * 150)[:50_000] + " honestly i dont want to be here anymore. " + (DIARY * 150)[:49_950]
    ),
    "one phrase repeated, 100,000 characters": ("i want to die. " * 7000)[:100_000],
    "words without stops, 100,000 characters": ("he he he hit hit me me " * 5000)[:100_000],
}
# The bare baseline: fold the text and look for one word with one compiled regex, nothing else.
BARE = re.compile(r"\bsuicid\w*")


def _time_ms(function, text: str) -> float:
    started = time.perf_counter()
    function(text)
    return (time.perf_counter() - started) * 1000


def measure(quick: bool) -> dict[str, Any]:
    started = time.perf_counter()
    screen = Screen()
    screen("warm up")
    build_ms = (time.perf_counter() - started) * 1000
    runs = RUNS["quick" if quick else "full"]
    rows = {}
    for name, text in TEXTS.items():
        screened = [_time_ms(screen, text) for _ in range(runs)]
        bare = [_time_ms(lambda t: BARE.search(t.casefold()), text) for _ in range(runs)]
        rows[name] = {"chars": len(text), "screen_ms": screened, "bare_ms": bare}
    return {"build_ms": build_ms, "runs": runs, "rows": rows}


def markdown(result: dict[str, Any]) -> str:
    rows = [
        [
            name,
            f"{row['chars']:,}",
            f"**{fmt(median(row['screen_ms']), 2)}**",
            fmt(percentile(row["screen_ms"], 0.9), 2),
            fmt(median(row["bare_ms"]), 3),
        ]
        for name, row in result["rows"].items()
    ]
    return "\n".join(
        [
            "## 5. Screen",
            "",
            "**Method.** The crisis screen (`bot.practice.screen.Screen`, all thirteen languages) is built once "
            f"({fmt(result['build_ms'], 0)} ms including the first call), then each text is screened "
            f"{result['runs']} times in a row. The bare baseline casefolds the same text and searches it with one "
            "compiled regex for one word. Every text is read sentence by sentence, each sentence given only the "
            "rules whose words it holds (see `bot/practice/screen/gate.py`); rules with no word of their own, the "
            "spelling repair, the shorthand expansion and the co-occurrence layer read the whole text.",
            "",
            table(
                ["text", "characters", "screen median ms", "screen p90 ms", "bare baseline median ms"], rows
            ),
        ]
    )


def summary(result: dict[str, Any]) -> list[list[str]]:
    """The row for the table at the top of RESULTS.md."""
    name = "diary, 100,000 characters, one crisis sentence in the middle"
    figure = median(result["rows"][name]["screen_ms"])
    note = median(result["rows"]["check-in note (500 characters)"]["screen_ms"])
    return [
        [
            "5. Screen",
            "100,000-character text, median (500-character note beside it)",
            f"{fmt(figure, 1)} ms (note {fmt(note, 2)} ms)",
            f"< {TARGET_MS} ms",
            verdict(figure < TARGET_MS),
        ]
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(measure(args.quick)))


if __name__ == "__main__":
    main()
