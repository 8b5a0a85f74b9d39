"""Pure rules of the check-in's pattern picker: asked only with several plans, the answer kept per pattern."""

from datetime import date

from bot.practice import moments
from bot.practice.callback_data import MAX_CALLBACK_BYTES, checkin_button, parse_checkin_button
from bot.practice.checkin import CheckInState, apply_tap, checkin_text, tap_write

DAY = date(2026, 11, 24)
LABELS = {7: "Checking my phone", 9: "I send message after message"}


def test_one_plan_goes_from_yes_straight_to_the_choice_and_keeps_the_plan():
    """With one plan, "Yes" asks "What did you choose?" at once, the answer kept against that plan."""
    state = apply_tap(CheckInState(), "a", "y", (7,))
    assert (state.stage, state.activated, state.plan_id) == ("choice", "yes", 7)


def test_one_plan_reads_exactly_as_the_check_in_always_did():
    """A user with one plan sees no picker and no pattern line: the card's words are unchanged."""
    state = apply_tap(CheckInState(), "a", "y", (7,))
    with_plan = checkin_text(state, DAY, pattern="Checking my phone", plan_labels={7: "Checking my phone"})
    without = checkin_text(CheckInState(stage="choice", activated="yes"), DAY, pattern="Checking my phone")
    assert with_plan == without
    assert "What did you choose?" in with_plan and "Which pattern" not in with_plan


def test_several_plans_ask_which_pattern_after_yes():
    """With two plans, "Yes" moves to the picker, whose question names what to do with two at once."""
    state = apply_tap(CheckInState(), "a", "y", (7, 9))
    assert (state.stage, state.plan_id) == ("pattern", None)
    assert "Which pattern was it?" in checkin_text(
        state, DAY, pattern="Checking my phone", plan_labels=LABELS
    )


def test_picking_a_pattern_asks_the_choice_and_names_the_pattern():
    """A picked plan leads to "What did you choose?", with the picked pattern named on the card."""
    state = apply_tap(CheckInState(stage="pattern", activated="yes"), "p", "9", (7, 9))
    assert (state.stage, state.plan_id) == ("choice", 9)
    shown = checkin_text(state, DAY, pattern="Checking my phone", plan_labels=LABELS)
    assert "Pattern: <i>I send message after message</i>" in shown
    assert "<b>What did you choose?</b>" in shown


def test_a_plan_that_is_not_the_users_cannot_be_picked():
    """A plan id outside the user's active plans (forged, retired) changes nothing."""
    assert apply_tap(CheckInState(stage="pattern", activated="yes"), "p", "8", (7, 9)) is None
    assert apply_tap(CheckInState(stage="pattern", activated="yes"), "p", "x", (7, 9)) is None


def test_a_pick_outside_the_picker_step_changes_nothing():
    """A stale picker button, tapped after the choice was made, is not applied."""
    state = CheckInState(stage="intensity", activated="yes", choice="secure", plan_id=7)
    assert apply_tap(state, "p", "9", (7, 9)) is None


def test_changing_the_answer_forgets_the_picked_pattern():
    """ "Change answer" starts over, picker included."""
    state = CheckInState(stage="done", activated="yes", choice="old", plan_id=9)
    assert apply_tap(state, "r", "", (7, 9)) == CheckInState()


def test_no_after_several_plans_records_no_pattern():
    """ "No" needs no picker: nothing activated, so no pattern is named."""
    state = apply_tap(CheckInState(), "a", "n", (7, 9))
    assert (state.stage, state.plan_id) == ("note", None)


def test_moments_of_one_pattern_prefill_the_pick():
    """Moments marked today for one of two patterns start the check-in at the choice, for that pattern."""
    state = moments.prefilled_state(
        CheckInState(), marked_today=True, marked_plan_ids=[9, 9], plan_ids=[7, 9]
    )
    assert (state.stage, state.activated, state.plan_id) == ("choice", "yes", 9)


def test_moments_of_two_patterns_leave_the_pick_to_the_picker():
    """Moments of both patterns today: the activation is known, the card asks which one pulled hardest."""
    state = moments.prefilled_state(
        CheckInState(), marked_today=True, marked_plan_ids=[7, 9], plan_ids=[7, 9]
    )
    assert (state.stage, state.activated, state.plan_id) == ("pattern", "yes", None)


def test_picker_button_fits_telegrams_limit_and_parses_back():
    """The picker's callback data carries the plan id within 64 bytes, even for the largest ids."""
    data = checkin_button(999_999_999_999, "p", "999999999999")
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    tap = parse_checkin_button(data)
    assert (tap.checkin_id, tap.step, tap.value) == (999_999_999_999, "p", "999999999999")


def test_a_pick_is_written_only_over_the_picker_and_with_the_plan():
    """The pick's one-statement write is guarded by the "pattern" stage and stores the picked plan."""
    write = tap_write("p", "9", (7, 9))
    assert write.from_stages == frozenset({"pattern"})
    assert write.values == {"stage": "choice", "plan_id": 9}


def test_a_pick_of_a_plan_not_among_the_users_writes_nothing():
    """A forged or retired plan id in the button makes no write at all."""
    assert tap_write("p", "8", (7, 9)) is None


def test_changing_the_answer_clears_the_picked_plan_even_from_the_picker():
    """ "Change answer" (and the picker's Back) resets the plan with the rest, from the picker too."""
    write = tap_write("r", "", (7, 9))
    assert "pattern" in write.from_stages
    assert write.values["plan_id"] is None
