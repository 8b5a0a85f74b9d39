"""The exercise session's transitions, tap by tap, without Telegram or a database."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.practice import exercise_session as flow
from bot.practice.exercise_choice import Exercise
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


# --- Which practice, and what the card shows --------------------------------------------------------


def card_exercise(
    exercise_id: str = "breath",
    *,
    steps: int = 2,
    timer: int | None = None,
    partner: bool = False,
    purpose: str = "soothe",
    writing: tuple = (),
) -> Exercise:
    return Exercise(
        id=exercise_id,
        title=exercise_id,
        direction="both",
        level=1,
        minutes=3,
        timer_minutes=timer,
        partner=partner,
        purpose=purpose,
        frameworks=(),
        steps=tuple(f"Step {index}" for index in range(steps)),
        why="It helps.",
        source="A source",
        writing=writing,
    )


def chooser(**changes) -> flow.Chooser:
    values = {
        "direction": "anxious",
        "history": (),
        "offers": (),
        "checkins": (),
        "practices_started": (),
        "now": NOW,
        "local_now": NOW,
        "today": NOW.date(),
        "recap_weekday": 6,
        "joined_at": NOW - timedelta(days=30),
        "safety_paused": False,
        "partner_safe": True,
    }
    return flow.Chooser(**{**values, **changes})


def test_a_timed_done_schedules_the_feeling_question_when_the_timer_ends():
    """Done on a timed practice says when "how do you feel now?" falls due: after the timer's minutes."""
    assert apply_tap(TIMED, "d", "0", NOW).follow_up_at == NOW + timedelta(minutes=5)


def test_an_untimed_done_schedules_nothing():
    """Done on an untimed practice asks at once, so nothing is scheduled."""
    assert apply_tap(LAST_STEP, "d", "2", NOW).follow_up_at is None


def test_a_safety_pause_offers_only_calming():
    """During a safety pause every way in gets only a gentle calming practice."""
    assert flow.calming_only(safety_paused=True, reason="command", after_id=None)


def test_a_gentler_practice_after_one_felt_worse_is_calming():
    """ "Try a gentler practice" (after one felt worse) offers a calming one."""
    assert flow.calming_only(safety_paused=False, reason="after_worse", after_id="breath")


def test_an_ordinary_offer_climbs_the_ladder():
    """Outside a pause, /exercise chooses from the whole ladder."""
    assert not flow.calming_only(safety_paused=False, reason="command", after_id=None)


def test_the_pick_during_a_pause_avoids_the_practice_just_set_aside():
    """A calming pick never offers again the practice the user set aside."""
    library = [card_exercise("a"), card_exercise("b")]
    picked = flow.pick_exercise(
        library, chooser(safety_paused=True), random.Random(1), reason="command", exclude_ids={"a"}
    )
    assert picked.id == "b"


def test_the_moment_reads_today_and_the_days_before():
    """Today's choice and intensity, and the three days before newest first, come from the check-ins."""
    today = date(2026, 11, 24)
    checkins = [
        flow.CheckInDay(today, "yes", "old", 4),
        flow.CheckInDay(today - timedelta(days=1), "no", None, None),
        flow.CheckInDay(today - timedelta(days=2), "yes", "secure", 2),
    ]
    moment = flow.moment_now(NOW, today, recap_weekday=6, checkins=checkins, minutes_since_practice=None)
    assert (moment.today_choice, moment.today_intensity, moment.earlier_choices) == (
        "old",
        4,
        (None, "secure", None),
    )


def test_minutes_since_the_last_practice_started():
    """The newest start counts; with none ever started there is no number."""
    starts = [NOW - timedelta(minutes=90), NOW - timedelta(minutes=30)]
    assert (flow.minutes_since(starts, NOW), flow.minutes_since([], NOW)) == (30, None)


def test_an_earlier_offer_counts_as_done_once_finished():
    """A completed or felt practice counts as done; one only started does not."""
    done = [
        flow.past_practice("a", 1, NOW, status, None).completed for status in ("started", "completed", "felt")
    ]
    assert done == [False, True, True]


def test_only_a_partner_practice_offers_not_with_this_person():
    """The offer's buttons add "Not with this person" for a partner practice only."""
    labels = [label for row in flow.offer_rows(card_exercise(partner=True)) for label, _ in row]
    plain = [label for row in flow.offer_rows(card_exercise()) for label, _ in row]
    assert "Not with this person" in labels and "Not with this person" not in plain


@pytest.mark.parametrize(
    ("index", "timer", "expected"),
    [(0, None, ("n", "Next")), (1, None, ("d", "Done")), (1, 5, ("d", "Start the 5-minute timer"))],
)
def test_the_step_button_moves_on_by_where_the_step_is(index, timer, expected):
    """Next before the last step; on it, Done, or the timer for a timed practice."""
    assert flow.step_button(card_exercise(steps=2, timer=timer), index) == expected


@pytest.mark.parametrize(
    ("status", "timed", "expected"),
    [
        ("offered", False, flow.Card(Effect.SHOW_OFFER)),
        ("started", False, flow.Card(Effect.SHOW_STEP, step=1)),
        ("completed", True, flow.Card(Effect.TIMER)),
        ("completed", False, flow.Card(Effect.ASK_FEELING)),
        ("felt", False, flow.Card(Effect.FELT, feeling="calmer")),
        ("not_now", False, flow.Card(Effect.NOT_NOW)),
        ("skipped", False, None),
    ],
)
def test_a_stale_card_is_redrawn_as_stored(status, timed, expected):
    """A stale tap redraws the card from the stored status; a skipped one is left as it is."""
    assert flow.stored_card(status, 1, "calmer", timed=timed) == expected


def test_only_a_worse_feeling_offers_a_gentler_practice():
    """ "Worse" is met with a way to a gentler practice; calmer and the same are not."""
    assert [flow.offers_gentler(feeling) for feeling in ("worse", "calmer", "same")] == [True, False, False]


def test_typed_text_belongs_to_a_started_practice_on_a_writing_step():
    """A step that takes text takes it only while the practice is started and on that step."""
    exercise = card_exercise(writing=((1, "keep"),))
    found = [
        flow.writing_mode(exercise, "started", 1),
        flow.writing_mode(exercise, "started", 0),
        flow.writing_mode(exercise, "completed", 1),
        flow.writing_mode(None, "started", 1),
    ]
    assert found == ["keep", None, None, None]
