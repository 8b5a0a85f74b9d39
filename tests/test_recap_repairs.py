"""Pure rules: the recap's one-screen part names repairs as wins beside comebacks, and still fits one screen."""

from datetime import date, timedelta

import pytest

from bot.practice.recap import (
    MAIN_MAX_CHARS,
    DayRecord,
    compose_recap,
    recap_text,
    summarize_week,
    visible_length,
)
from bot.practice.repair import repair_lines

WEEK_START = date(2026, 11, 23)  # a Monday
WEEK_END = WEEK_START + timedelta(days=6)
TUESDAY = WEEK_START + timedelta(days=1)
LONG = "checking his online status again and again while telling myself it's the last time " * 3


def recap(shape: str, repaired_after=(), direction="anxious", first=False):
    codes = {"s": ("yes", "secure"), "b": ("yes", "both"), "o": ("yes", "old"), "n": ("no", None)}
    days = [DayRecord(WEEK_START + timedelta(days=i), *codes[c], 3) for i, c in enumerate(shape)]
    week = summarize_week(days, [], week_start=WEEK_START, week_end=WEEK_END)
    return compose_recap(
        current=week,
        previous=None,
        recent_weeks=[week],
        score_now=55.0,
        score_before=None if first else 50.0,
        score_points=[40.0, 50.0, 55.0],
        pattern=LONG,
        secure_alternative=LONG,
        direction=direction,
        first_recap=first,
        repaired_after=repaired_after,
    )


def test_a_repair_is_counted_and_named_in_the_short_recap():
    """After an old Tuesday and a logged repair, the one-screen part says "1 repair" and "You repaired after Tuesday"."""
    main = recap_text(recap("sosbsns", [TUESDAY]).main)
    assert "1 comeback · 1 repair" in main
    assert "You repaired after Tuesday. 🌱" in main


def test_several_repairs_are_named_together():
    """Two repairs read as one short line: "after Tuesday and Thursday"."""
    main = recap_text(recap("sosonss", [TUESDAY, TUESDAY + timedelta(days=2)]).main)
    assert "2 repairs" in main and "You repaired after Tuesday and Thursday." in main


def test_a_week_without_repairs_says_nothing_of_them():
    """No repair logged: the short recap neither counts nor mentions repairs."""
    assert "repair" not in recap_text(recap("sosbsns").main)


def test_many_repairs_name_the_latest_and_count_the_others():
    """Five repairs in a week read as one short line, not a list of weekdays."""
    main = recap_text(recap("ososoos", [WEEK_START + timedelta(days=i) for i in range(5)]).main)
    assert "5 repairs" in main and "You repaired after Friday and 4 other days. 🌱" in main


def test_a_week_without_check_ins_still_names_its_repair():
    """A repair logged this week for an old day of the week before is named beside the fresh start, by date."""
    main = recap_text(recap("", [WEEK_START - timedelta(days=2)]).main)
    assert "You repaired after 21 November. 🌱" in main


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both", None])
@pytest.mark.parametrize(
    "shape", ["sososos", "ooooooo", "obobobo", "sssssss", "", "oooooos", "ooooobs", "soooooo", "bbbbbbo"]
)
def test_with_repairs_the_short_recap_still_fits_one_screen(shape, direction):
    """One to seven repairs, comebacks and long typed words together stay under 700 visible characters."""
    for count in range(8):
        repaired = [WEEK_START - timedelta(days=2) + timedelta(days=i) for i in range(count)]
        for first in (True, False):
            main = recap_text(recap(shape, repaired, direction, first).main)
            assert visible_length(main) < MAIN_MAX_CHARS


def test_the_more_part_names_repairs_the_same_way():
    """The details' repair section uses the same day names as the short part."""
    assert "You repaired after Tuesday." in repair_lines([TUESDAY], week_end=WEEK_END)
