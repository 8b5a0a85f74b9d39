"""Tests for reading and writing the check-in time a user types."""

from datetime import time

import pytest

from bot.practice.clock_time import CLOCK_TIME_EXAMPLE, format_clock_time, parse_clock_time


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("21:00", time(21, 0)),
        ("21.30", time(21, 30)),
        ("21h", time(21, 0)),
        ("21h30", time(21, 30)),
        ("2130", time(21, 30)),
        ("930", time(9, 30)),
        ("21", time(21, 0)),
        ("9pm", time(21, 0)),
        ("9 pm", time(21, 0)),
        ("9:30 pm", time(21, 30)),
        ("9.30pm", time(21, 30)),
        ("9:30PM", time(21, 30)),
        ("9:30 p.m.", time(21, 30)),
        ("7am", time(7, 0)),
        ("7:15 AM", time(7, 15)),
        ("09:05", time(9, 5)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("12am", time(0, 0)),
        ("12:30am", time(0, 30)),
        ("12pm", time(12, 0)),
        ("12:45 pm", time(12, 45)),
        ("noon", time(12, 0)),
        ("Midnight", time(0, 0)),
        ("  21:30  ", time(21, 30)),
        ("21:30h", time(21, 30)),
        ("21 Uhr", time(21, 0)),
        ("21:30 uhr", time(21, 30)),
    ],
)
def test_accepted_times(typed: str, expected: time) -> None:
    """Each way people commonly write a time of day reads as that time."""
    assert parse_clock_time(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "soon",
        "25:61",
        "24:00",
        "25",
        "13pm",
        "0am",
        "00pm",
        "9:7",
        "9:75",
        "21:60",
        "12345",
        "9:30 xm",
        "9pm tomorrow",
        "21:30:00",
        "-9",
        "9 : 30",
    ],
)
def test_rejected_times(typed: str) -> None:
    """Text that is not an unambiguous time of day reads as None rather than a guess."""
    assert parse_clock_time(typed) is None


@pytest.mark.parametrize(
    ("clock_time", "expected"),
    [(time(21, 30), "21:30"), (time(9, 5), "09:05"), (time(0, 0), "00:00")],
)
def test_format_is_zero_padded_24_hour(clock_time: time, expected: str) -> None:
    """Formatting writes hours and minutes as two digits on a 24-hour clock."""
    assert format_clock_time(clock_time) == expected


@pytest.mark.parametrize(
    "clock_time", [time(hour, minute) for hour in range(24) for minute in (0, 1, 30, 59)]
)
def test_format_round_trips_through_parse(clock_time: time) -> None:
    """Parsing a formatted time gives back the same time."""
    assert parse_clock_time(format_clock_time(clock_time)) == clock_time


def test_every_example_in_the_reask_message_parses() -> None:
    """Every time offered as an example in the re-ask message is itself accepted."""
    examples = CLOCK_TIME_EXAMPLE.split(" or ")
    assert [parse_clock_time(example) for example in examples] == [time(21, 30), time(21, 30)]
