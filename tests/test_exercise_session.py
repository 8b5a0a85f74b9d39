"""The exercise session's transitions, tap by tap, without Telegram or a database."""

from datetime import UTC, datetime

import pytest

from bot.practice import exercise_session as flow
from bot.practice.exercise_session import Effect, PracticeState, apply_tap

NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
OFFERED = PracticeState(status="offered", step_index=0, steps=3)
STARTED = PracticeState(status="started", step_index=1, steps=3)
LAST_STEP = PracticeState(status="started", step_index=2, steps=3)
TIMED = PracticeState(status="started", step_index=0, steps=1, timer_minutes=5)
COMPLETED = PracticeState(status="completed", step_index=2, steps=3)


def test_start_shows_the_first_step_and_records_when():
    """Start on an offer moves it to started, guarded by "offered", and shows step 0."""
    move = apply_tap(OFFERED, "s", "", NOW)
    assert (move.effect, move.step, move.expected_status) == (Effect.SHOW_STEP, 0, "offered")
    assert move.changes == {"status": "started", "started_at": NOW}


def test_next_moves_one_step_guarded_by_the_step_read():
    """Next on step 1 writes step 2 only where the stored step is still 1."""
    move = apply_tap(STARTED, "n", "1", NOW)
    assert (move.effect, move.step, move.expected_step) == (Effect.SHOW_STEP, 2, 1)
    assert move.changes == {"step_index": 2}


def test_next_past_the_last_step_is_stale():
    """Next on the last step has nowhere to go: the card is redrawn instead."""
    assert apply_tap(LAST_STEP, "n", "2", NOW) is None


def test_done_without_a_timer_asks_how_it_felt():
    """Done on an untimed practice completes it and asks the feeling question."""
    move = apply_tap(LAST_STEP, "d", "2", NOW)
    assert (move.effect, move.expected_step) == (Effect.ASK_FEELING, 2)
    assert move.changes == {"status": "completed", "completed_at": NOW}


def test_done_with_a_timer_starts_the_timer():
    """Done on a timed practice completes it and runs the timer; the question comes when it ends."""
    assert apply_tap(TIMED, "d", "0", NOW).effect is Effect.TIMER


def test_a_feeling_is_kept_once_completed():
    """A feeling tap on a completed practice keeps the feeling and when it was given."""
    move = apply_tap(COMPLETED, "f", "w", NOW)
    assert (move.effect, move.feeling, move.expected_status) == (Effect.FELT, "worse", "completed")
    assert move.changes == {"status": "felt", "feeling": "worse", "feeling_at": NOW}


def test_an_unknown_feeling_is_stale():
    """A feeling code the card never offered changes nothing."""
    assert apply_tap(COMPLETED, "f", "q", NOW) is None


@pytest.mark.parametrize("state", [OFFERED, STARTED])
def test_stop_is_not_now_whatever_the_write_finds(state):
    """Stop on an offer or a running practice says "not now" even if a double tap already wrote it."""
    move = apply_tap(state, "x", "", NOW)
    assert (move.effect, move.expected_status, move.needs_write) == (Effect.NOT_NOW, state.status, False)
    assert move.changes == {"status": "not_now"}


@pytest.mark.parametrize(
    ("action", "status", "bigger", "partner_ok"),
    [("a", "skipped", False, True), ("b", "skipped", True, True), ("p", "not_with_person", False, False)],
)
def test_setting_an_offer_aside_offers_another(action, status, bigger, partner_ok):
    """Another one, a bigger step, or not with this person: the offer is set aside and another chosen."""
    move = apply_tap(OFFERED, action, "", NOW)
    assert move.effect is Effect.OFFER_ANOTHER and move.changes == {"status": status}
    assert (move.bigger_step, move.partner_ok) == (bigger, partner_ok)


@pytest.mark.parametrize(
    ("state", "action", "value"),
    [
        (STARTED, "s", ""),  # started twice
        (COMPLETED, "n", "1"),  # next after done
        (OFFERED, "d", "0"),  # done before start
        (OFFERED, "f", "c"),  # a feeling before done
        (STARTED, "a", ""),  # another one mid-practice
        (COMPLETED, "x", ""),  # stop after done
        (STARTED, "n", "x"),  # a forged step
    ],
)
def test_taps_that_do_not_fit_the_state_are_stale(state, action, value):
    """A tap that does not fit the stored state changes nothing (the handler redraws the card)."""
    assert apply_tap(state, action, value, NOW) is None


def test_the_session_walks_from_offer_to_feeling():
    """Offer → start → next → next → done → feeling, each tap's changes folded into the state."""
    state = OFFERED
    for action, value in [("s", ""), ("n", "0"), ("n", "1"), ("d", "2"), ("f", "c")]:
        move = apply_tap(state, action, value, NOW)
        assert move is not None, (state, action)
        state = PracticeState(
            status=move.changes.get("status", state.status),
            step_index=move.changes.get("step_index", state.step_index),
            steps=state.steps,
        )
    assert state.status == flow.FELT
