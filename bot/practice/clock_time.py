"""Reads the check-in time a user types ("21:30", "9.30pm", "21h") into a clock time and writes it back out."""

from __future__ import annotations

import re
from datetime import time

CLOCK_TIME_EXAMPLE = "21:30 or 9:30 pm"

_WORD_TIMES = {
    "noon": time(12, 0),
    "midday": time(12, 0),
    "midnight": time(0, 0),
}

# One pattern covers "21:00", "21.30", "21h30", "2130", "9pm", "9:30 p.m.", "21 uhr".
# Minutes are exactly two digits so "9:7" is refused rather than guessed; the optional
# separator lets backtracking read "930" as 9:30 and "2130" as 21:30.
_CLOCK_PATTERN = re.compile(
    r"""
    (?P<hour>[0-9]{1,2})
    (?:[:.h]?(?P<minute>[0-9]{2}))?
    \s*
    (?:
        (?P<meridiem>[ap])\.?\s*m\.?
      | h
      | uhr
    )?
    """,
    re.VERBOSE,
)


def parse_clock_time(text: str) -> time | None:
    """Return the time of day `text` names, or None when it is not a time we can read unambiguously."""
    cleaned = " ".join(text.split()).casefold()
    if cleaned in _WORD_TIMES:
        return _WORD_TIMES[cleaned]
    match = _CLOCK_PATTERN.fullmatch(cleaned)
    if match is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"]) if match["minute"] else 0
    if minute > 59:
        return None
    meridiem = match["meridiem"]
    if meridiem is not None:
        # On a 12-hour clock only 1..12 exist: "13pm" and "0am" are typos, not times.
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    elif hour > 23:
        # "24:00" is the end of a day, not a time a daily reminder can fire at.
        return None
    return time(hour, minute)


def format_clock_time(clock_time: time) -> str:
    """Return `clock_time` as a zero-padded 24-hour "HH:MM" string."""
    return f"{clock_time.hour:02d}:{clock_time.minute:02d}"
