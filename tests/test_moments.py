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
