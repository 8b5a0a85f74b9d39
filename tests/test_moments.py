"""Pure rules for the moment the pattern fires: the practice shown, the timer offered, the evening's prefill."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.practice import moments
from bot.practice.checkin import CheckInState
from bot.practice.exercise_choice import Exercise
from bot.practice.moments import FeltPractice

BERLIN = ZoneInfo("Europe/Berlin")


def exercise(
    exercise_id: str, *, purpose: str = "soothe", direction: str = "anxious", level: int = 1
) -> Exercise:
    return Exercise(
        id=exercise_id,
        title=exercise_id,
        direction=direction,
        level=level,
        minutes=3,
        partner=False,
        purpose=purpose,
        frameworks=(),
        steps=("Breathe out slowly.",),
        why="It calms.",
        source="A source",
    )


LIBRARY = (
    exercise("breath", level=2),
    exercise("ground"),
    exercise("letter", purpose="expression"),
    exercise("reach", purpose="closeness", direction="avoidant"),
)


def test_the_practice_that_left_this_person_calmer_comes_first():
    """Two "calmer" answers for the letter beat the library's usual first choice."""
    history = [
        FeltPractice("letter", "calmer"),
        FeltPractice("letter", "calmer"),
        FeltPractice("ground", "same"),
    ]
    assert moments.helped_most(LIBRARY, history, "anxious").id == "letter"


def test_a_practice_that_left_them_worse_is_not_the_one_that_helped():
    """Calmer once and worse once nets nothing: the library's best fit is used instead."""
    history = [FeltPractice("letter", "calmer"), FeltPractice("letter", "worse")]
    assert moments.helped_most(LIBRARY, history, "anxious").id == "ground"


def test_without_history_the_easiest_calming_practice_for_the_direction_is_shown():
    """No answers yet: the level-1 soothing practice for the user's direction."""
    assert moments.helped_most(LIBRARY, [], "anxious").id == "ground"


def test_avoidant_without_history_gets_a_practice_for_their_direction():
    """An avoidant user is not shown a practice written only for the anxious direction."""
    assert moments.helped_most(LIBRARY, [], "avoidant").id == "reach"


def test_anxious_direction_is_offered_holding_the_message():
    """The anxious pull is to send; the timer offered is to hold the message."""
    assert moments.timer_offer("anxious") == "hold"


def test_avoidant_direction_is_offered_five_more_minutes():
    """The avoidant pull is to leave; the timer offered is to stay five more minutes."""
    assert moments.timer_offer("avoidant") == "stay"


def test_one_moment_prefills_the_check_in_in_local_time():
    """A moment marked at 13:20 UTC reads "At 14:20" in Berlin."""
    line = moments.prefill_line([datetime(2026, 11, 24, 13, 20, tzinfo=UTC)], BERLIN)
    assert line == "At 14:20 you marked your pattern. What did you choose then?"


def test_several_moments_are_listed_in_order():
    """Two moments are named in time order, and the question asks what was chosen mostly."""
    line = moments.prefill_line(
        [datetime(2026, 11, 24, 17, 5, tzinfo=UTC), datetime(2026, 11, 24, 9, 0, tzinfo=UTC)], BERLIN
    )
    assert line == "At 10:00 and 18:05 you marked your pattern. What did you choose, mostly?"


def test_no_moment_no_prefill():
    """A day without a marked moment asks the check-in as usual."""
    assert moments.prefill_line([], BERLIN) is None


def test_a_marked_day_starts_the_check_in_at_the_choice():
    """When a moment was marked, the activation is known and the check-in asks the choice at once."""
    state = moments.prefilled_state(CheckInState(), marked_today=True)
    assert (state.stage, state.activated) == ("choice", "yes")


def test_an_unmarked_day_starts_the_check_in_as_usual():
    """Without a marked moment the check-in asks whether the pattern activated."""
    assert moments.prefilled_state(CheckInState(), marked_today=False) == CheckInState()


def test_an_answered_check_in_is_not_prefilled_again():
    """A check-in already answered "No" keeps that answer even if a moment is marked later."""
    answered = CheckInState(stage="note", activated="no")
    assert moments.prefilled_state(answered, marked_today=True) == answered


def test_the_anxious_pull_is_offered_the_hold_timer_under_the_practice():
    """The second /now message shows the practice, then the hold offer with one button per wait."""
    text, rows = moments.practice_card("CARD", "hold")
    assert text == f"CARD\n\n{moments.HOLD_OFFER}"
    assert [minutes for _, _, minutes in rows[0]] == list(moments.HOLD_WAITS)


def test_without_a_timer_only_okay_for_now_is_offered():
    """With no fitting timer (and no practice) the message is only the way out: "I'm okay for now"."""
    assert moments.practice_card(None, None) == ("", [[("I'm okay for now", moments.DONE, None)]])


def test_holding_waits_for_the_message_for_the_chosen_minutes():
    """A hold tap on a just-marked moment asks for the message and remembers the wait."""
    tap = moments.on_timer_tap(moments.HOLD, 20, "marked")
    assert (tap.hold_minutes, tap.edit) == (20, moments.HOLD_ASK.format(minutes=20))


def test_staying_starts_five_minutes():
    """ "Stay five more minutes" starts the five minutes at once."""
    tap = moments.on_timer_tap(moments.STAY, None, "marked")
    assert (tap.stay_minutes, tap.edit) == (moments.STAY_MINUTES, moments.STAY_STARTED)


def test_okay_for_now_is_noted_for_tonight():
    """ "I'm okay for now" is noted; the evening check-in asks what was chosen."""
    tap = moments.on_timer_tap(moments.DONE, None, "marked")
    assert (tap.toast, tap.hold_minutes, tap.stay_minutes) == (moments.NOTED, None, None)


def test_a_moment_that_moved_on_takes_no_timer():
    """A second timer tap on a moment already holding or staying has expired."""
    assert moments.on_timer_tap(moments.STAY, None, "staying") is None


def test_a_wait_that_is_not_offered_has_expired():
    """A hold for a wait the buttons never offered is refused."""
    assert moments.on_timer_tap(moments.HOLD, 45, "marked") is None


def test_the_hold_prompt_round_trips():
    """The open prompt's value gives back the wait and the moment it was made with."""
    assert moments.parse_hold_prompt(moments.hold_prompt(10, 7)) == (10, 7)


def test_another_prompt_is_not_a_hold():
    """A prompt that is not a hold (or none) waits for no message to hold."""
    assert [moments.parse_hold_prompt(value) for value in (None, "note", "hold:x:7")] == [None, None, None]


def test_a_long_message_is_cut_to_fit_one_reply():
    """The held text is cut so it still fits the reply that shows it back."""
    assert len(moments.held_text("a" * 5000)) == moments.HELD_MAX_CHARS


def test_blank_text_is_not_held():
    """Only spaces is nothing to hold."""
    assert moments.held_text("   ") is None


def test_during_a_safety_pause_the_held_message_comes_back_plainly():
    """The plain question offers to show or delete it, without asking about the pattern."""
    assert moments.held_question(moments.PLAIN) == (
        moments.HELD_PLAIN,
        [[("Show it", "v"), ("Delete it", "x")]],
    )


def test_the_held_question_offers_send_edit_or_let_go():
    """Outside a safety pause: send as is, edit it first, or let it go."""
    text, rows = moments.held_question(moments.ASK)
    assert (text, [decision for row in rows for _, decision in row]) == (
        moments.HELD_QUESTION,
        ["s", "e", "l"],
    )


def test_five_minutes_end_with_their_line_only_while_staying_and_unpaused():
    """The stay line goes out for a moment still staying, and not when a pause holds it back."""
    assert [
        moments.stay_ends("staying", moments.ASK),
        moments.stay_ends("staying", moments.NOTHING),
        moments.stay_ends("stayed", moments.ASK),
    ] == [True, False, False]
