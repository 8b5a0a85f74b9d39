"""Pure check-in rules: each tap's effect, double taps, notes, and the words shown."""

from datetime import date

import pytest

from bot.practice.callback_data import parse_checkin_button
from bot.practice.checkin import (
    CheckInState,
    apply_note,
    apply_tap,
    card_buttons,
    checkin_text,
    closing_reply,
    exercise_offer,
    outcome,
)
from bot.practice.replies import OFFER_LINE, REPLIES

DAY = date(2026, 11, 23)


def test_yes_leads_to_choice_then_intensity_then_note():
    """Yes asks what was chosen; a choice asks intensity; intensity asks for a note."""
    state = apply_tap(CheckInState(), "a", "y")
    assert (state.stage, state.activated) == ("choice", "yes")
    state = apply_tap(state, "c", "s")
    assert (state.stage, state.choice) == ("intensity", "secure")
    state = apply_tap(state, "i", "4")
    assert (state.stage, state.intensity) == ("note", 4)
    assert apply_tap(state, "n", "x").stage == "done"


@pytest.mark.parametrize("code", ["n", "u"])
def test_no_and_not_sure_skip_straight_to_the_note(code):
    """Without activation there is no choice or intensity to ask about."""
    assert apply_tap(CheckInState(), "a", code).stage == "note"


def test_intensity_can_be_skipped():
    """Skip at intensity records none and moves on."""
    state = apply_tap(CheckInState(stage="intensity", activated="yes", choice="old"), "i", "x")
    assert (state.stage, state.intensity) == ("note", None)


def test_a_tap_for_an_answered_step_changes_nothing():
    """A second Yes (double tap) or a stale choice button returns None: record once."""
    after_yes = apply_tap(CheckInState(), "a", "y")
    assert apply_tap(after_yes, "a", "y") is None
    assert apply_tap(CheckInState(), "c", "s") is None
    assert apply_tap(CheckInState(stage="intensity"), "i", "9") is None


def test_change_answer_starts_over_but_keeps_the_note():
    """Change answer clears the taps, keeps the note, and is refused before anything is answered."""
    done = CheckInState(stage="done", activated="yes", choice="old", intensity=3, note="hard day")
    reopened = apply_tap(done, "r", "")
    assert reopened == CheckInState(stage="activation", note="hard day")
    assert apply_tap(CheckInState(), "r", "") is None


def test_note_is_folded_and_cut_at_500_characters():
    """A long note keeps its first 500 characters and reports the cut."""
    state, cut = apply_note(CheckInState(stage="note"), "a  b\n" + "x" * 600)
    assert cut and len(state.note) == 500 and state.note.startswith("a b x")
    state, cut = apply_note(CheckInState(stage="note"), "short")
    assert not cut and state.note == "short" and state.stage == "done"


def test_text_escapes_the_pattern_and_the_note():
    """User text shown in the check-in is HTML-escaped."""
    text = checkin_text(CheckInState(), DAY, pattern="<b>me & you</b>")
    assert "&lt;b&gt;me &amp; you&lt;/b&gt;" in text
    done = CheckInState(stage="done", activated="no", note="<script>")
    assert "&lt;script&gt;" in checkin_text(done, DAY, pattern=None)


def test_first_line_is_neutral_for_lock_screens():
    """The message opens with a line that says nothing about relationships or patterns."""
    first_line = checkin_text(CheckInState(), DAY, pattern="checking his phone").split("\n")[0]
    assert first_line == "Your daily check-in"


def test_done_text_shows_everything_recorded():
    """The finished check-in lists activation, choice, intensity and note."""
    done = CheckInState(stage="done", activated="yes", choice="both", intensity=2, note="ok")
    text = checkin_text(done, DAY, pattern=None)
    for expected in ("Pattern activated: <b>Yes</b>", "Some of both", "2/5", "Note: <i>ok</i>", "Saved"):
        assert expected in text


@pytest.mark.parametrize(
    ("state", "expected_outcome"),
    [
        (CheckInState(activated="yes", choice="secure"), "secure"),
        (CheckInState(activated="yes", choice="both"), "both"),
        (CheckInState(activated="yes", choice="old"), "old"),
        (CheckInState(activated="no"), "no"),
        (CheckInState(activated="unsure"), "unsure"),
    ],
)
def test_closing_reply_fits_the_answer(state, expected_outcome):
    """Each outcome gets a reply from its own set of words."""
    assert outcome(state) == expected_outcome
    reply = closing_reply(state, local_date=date(2026, 11, 23))
    assert reply.id.startswith(f"{expected_outcome}.")
    assert reply.text.startswith(REPLIES[expected_outcome][int(reply.id.split(".")[1]) - 1])


def test_old_pattern_reply_points_to_the_practice_offered_with_it():
    """After the old pattern, the reply says a short practice is below (the offer button)."""
    reply = closing_reply(CheckInState(activated="yes", choice="old"), local_date=date(2026, 11, 23))
    assert reply.text.endswith(OFFER_LINE) and "/exercise" in reply.text


def test_closing_replies_never_shame():
    """No closing reply uses the words the content brief rules out."""
    for texts in REPLIES.values():
        for text in texts:
            for word in ("fail", "relapse", "streak", "should", "pathetic", "again?"):
                assert word not in text.lower(), text


@pytest.mark.parametrize(
    ("state", "offer_code"),
    [
        (CheckInState(activated="yes", choice="old"), "o"),
        (CheckInState(activated="yes", choice="secure", intensity=4), "k"),
        (CheckInState(activated="yes", choice="secure", intensity=3), None),
        (CheckInState(activated="no"), None),
    ],
)
def test_practice_offer_follows_the_answer(state, offer_code):
    """The old pattern offers a practice; a secure choice under a strong pull offers consolidation."""
    offer = exercise_offer(state)
    assert (offer[1] if offer else None) == offer_code


def test_notes_lose_control_characters():
    """NUL and other control characters are dropped from a note (PostgreSQL refuses NUL in text)."""
    state, _ = apply_note(CheckInState(stage="note"), "a\x00b\x07c\td")
    assert state.note == "a b c d"


def _taps(rows):
    return [(label, parse_checkin_button(data)) for row in rows for label, data in row]


def test_every_stage_button_is_a_tap_that_stage_accepts():
    """Each check-in button at a stage parses back to a tap that moves a check-in on that stage."""
    labels = {7: "Texting late", 9: "Going quiet"}
    for stage in ("activation", "pattern", "choice", "intensity", "note"):
        for label, tap in _taps(card_buttons(42, stage, labels)):
            if label == "Back":
                continue
            state = CheckInState(stage=stage, activated="yes" if stage != "activation" else None)
            assert tap.checkin_id == 42
            assert apply_tap(state, tap.step, tap.value, tuple(labels)) is not None, (stage, label)


def test_the_picker_lists_each_plan_then_a_way_back():
    """On the pattern stage each plan is a button of its own, and Back reopens the first question."""
    rows = card_buttons(5, "pattern", {7: "Texting late", 9: "Going quiet"})
    assert [label for row in rows for label, _ in row] == ["Texting late", "Going quiet", "Back"]
    assert parse_checkin_button(rows[-1][0][1]).step == "r"


def test_a_finished_card_offers_a_bid_only_while_partner_practices_are_on():
    """A done card offers to change the answer and the moment button; Log a bid only with bids on."""
    with_bids = [label for row in card_buttons(5, "done") for label, _ in row]
    without = [label for row in card_buttons(5, "done", bids=False) for label, _ in row]
    assert with_bids == ["Change answer", "Log a bid", "My pattern is firing now"]
    assert without == ["Change answer", "My pattern is firing now"]
