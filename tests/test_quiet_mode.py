"""Quiet mode's rendering, per kind of scheduled message: a neutral first line and nothing telling in the preview."""

from datetime import date

import pytest

from bot.practice import checkin as checkin_rules
from bot.practice import exercise_card, quiet_mode
from bot.practice import moments as moment_rules
from bot.practice import recap as recap_rules
from bot.practice.checkin import CheckInState
from handlers import checkin, recap, safety

MONDAY = date(2026, 11, 23)


def _empty_week_recap() -> str:
    week = recap_rules.summarize_week([], [], week_start=MONDAY, week_end=date(2026, 11, 29))
    composed = recap_rules.compose_recap(
        current=week,
        previous=None,
        recent_weeks=[week],
        score_now=None,
        score_before=None,
        pattern="Checking my phone again and again when my partner is out",
        secure_alternative="Put the phone in another room",
        first_recap=True,
        direction="anxious",
    )
    return recap_rules.recap_text(composed.main)


# Every kind of message the scheduler sends, in the words it sends them (HTML where it uses HTML).
SCHEDULED_TEXTS = {
    "check-in": checkin_rules.checkin_text(
        CheckInState(), MONDAY, pattern="Checking my phone again and again when my partner is out"
    ),
    "keep going?": checkin.KEEP_GOING,
    "recap": _empty_week_recap(),
    "recap welcome": recap_rules.WELCOME_INSTEAD_OF_RECAP,
    "recap chart caption": recap.CHART_CAPTION,
    "recap ratings": recap._capacity_prompt("2026-W48", 0)[0],
    "exercise follow-up": f"Time's up. {exercise_card.FEELING_QUESTION}",
    "safety follow-up": safety.FOLLOW_UP_QUESTION.format(when="yesterday"),
    "pause lift question": safety._HOW_ARE_YOU,
    "pause lift without answer": safety._NO_ANSWER,
    "hold the message": moment_rules.HELD_QUESTION,
    "stay five more minutes": moment_rules.STAY_DONE,
}


@pytest.mark.parametrize("kind", sorted(SCHEDULED_TEXTS))
def test_quiet_rendering_opens_neutrally_and_gives_nothing_away(kind):
    """In quiet mode the message starts with the neutral line and its first 100 characters name nothing."""
    assert quiet_mode.is_discreet(quiet_mode.quiet_text(SCHEDULED_TEXTS[kind]))


@pytest.mark.parametrize("kind", ["check-in", "recap", "keep going?", "recap chart caption"])
def test_without_quiet_mode_these_previews_are_telling(kind):
    """The usual words would show the practice in a preview: the quiet rendering is what hides it."""
    assert quiet_mode.GIVEAWAY_WORDS.search(quiet_mode.preview(SCHEDULED_TEXTS[kind]))


def test_quiet_rendering_keeps_the_whole_message_below_the_opening():
    """Nothing of the message is lost: it follows the neutral opening in full."""
    text = SCHEDULED_TEXTS["check-in"]
    assert quiet_mode.quiet_text(text).endswith("\n\n" + text)


def test_the_neutral_opening_fills_a_preview_by_itself():
    """The opening is at least a preview long and holds no telling word and no markup characters."""
    opening = quiet_mode.NEUTRAL_OPENING
    assert len(opening) >= quiet_mode.PREVIEW_CHARS
    assert not quiet_mode.GIVEAWAY_WORDS.search(opening) and not set("<>&") & set(opening)


def test_the_preview_reads_html_as_a_phone_shows_it():
    """Tags are left out and entities count as one character."""
    assert quiet_mode.preview("<b>Tom &amp; Ann</b>") == "Tom & Ann"


def test_a_telling_word_in_the_preview_is_caught():
    """A preview that starts neutrally but names the practice is not discreet."""
    assert not quiet_mode.is_discreet(f"{quiet_mode.NEUTRAL_LINE}: your pattern")
