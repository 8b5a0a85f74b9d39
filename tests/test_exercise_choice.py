"""Which exercise is offered next: direction, repeats, level ladder, partner, purposes, past feelings, determinism."""

import random
from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.practice.exercise_choice import (
    Exercise,
    PastPractice,
    choose_exercise,
    follow_up_purposes,
    partner_task_offered,
    soothing_alternative,
    unlocked_level,
)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DRAWS = 2000


def _exercise(
    exercise_id: str, direction: str, level: int, purpose: str, *, partner: bool = False
) -> Exercise:
    return Exercise(
        id=exercise_id,
        title=f"Exercise {exercise_id}",
        direction=direction,
        level=level,
        minutes=1,
        partner=partner,
        purpose=purpose,
        frameworks=("self_soothing",),
        steps=("First step.", "Second step."),
        why="Because.",
        source="Test source",
    )


LIBRARY = (
    _exercise("A01", "anxious", 1, "soothe"),
    _exercise("A02", "anxious", 1, "reflection"),
    _exercise("A03", "anxious", 2, "soothe"),
    _exercise("A04", "anxious", 3, "expression", partner=True),
    _exercise("A05", "anxious", 1, "soothe"),
    _exercise("B01", "avoidant", 1, "reflection"),
    _exercise("B02", "avoidant", 1, "closeness"),
    _exercise("B03", "avoidant", 2, "closeness", partner=True),
    _exercise("B04", "avoidant", 3, "expression", partner=True),
    _exercise("C01", "both", 1, "debrief"),
    _exercise("C02", "both", 1, "consolidation"),
    _exercise("C03", "both", 2, "repair", partner=True),
    _exercise("C04", "both", 3, "closeness"),
    _exercise("C05", "both", 1, "soothe", partner=True),
)
BY_ID = {exercise.id: exercise for exercise in LIBRARY}


def _past(
    exercise_id: str, minutes_ago: int, *, level: int = 1, completed: bool = False, feeling=None
) -> PastPractice:
    return PastPractice(
        exercise_id=exercise_id,
        level=level,
        offered_at=START - timedelta(minutes=minutes_ago),
        completed=completed,
        feeling=feeling,
    )


# Three settled level-1 practices of exercises outside the library: they unlock level 2 without
# putting any library exercise into the no-repeat window.
LEVEL_TWO_HISTORY = [_past(f"X{n}", 1000 + n, completed=True, feeling="same") for n in range(3)]


def _picks(**kwargs) -> Counter:
    kwargs.setdefault("history", [])
    picks = Counter()
    for seed in range(DRAWS):
        chosen = choose_exercise(LIBRARY, rng=random.Random(seed), **kwargs)
        picks[chosen.id] += 1
    return picks


def _directions(picks: Counter) -> Counter:
    return Counter(
        {
            direction: sum(n for i, n in picks.items() if BY_ID[i].direction == direction)
            for direction in ("anxious", "avoidant", "both")
        }
    )


# --- direction ---------------------------------------------------------------------------------


@pytest.mark.parametrize("direction, never", [("anxious", "avoidant"), ("avoidant", "anxious")])
@pytest.mark.parametrize("bigger_step", [False, True])
def test_one_sided_users_never_get_the_other_sides_exercises(direction, never, bigger_step):
    """Anxious users never get avoidant-only exercises, and avoidant users never get anxious-only ones."""
    picks = _picks(direction=direction, history=LEVEL_TWO_HISTORY, bigger_step=bigger_step)
    assert _directions(picks)[never] == 0
    assert _directions(picks)[direction] > 0 and _directions(picks)["both"] > 0


def test_own_direction_is_clearly_preferred_over_shared_exercises():
    """With three anxious and three shared level-1 options, an anxious user gets anxious ones over twice as often."""
    directions = _directions(_picks(direction="anxious"))
    assert directions["anxious"] > 2 * directions["both"]


def test_both_leaning_users_draw_from_all_three_sets_equally():
    """A user leaning both ways gets anxious, avoidant and shared exercises, each level-1 one about equally often."""
    picks = _picks(direction="both")
    level_one = [exercise.id for exercise in LIBRARY if exercise.level == 1]
    assert set(picks) == set(level_one)
    expected = DRAWS / len(level_one)
    assert all(0.75 * expected < picks[exercise_id] < 1.25 * expected for exercise_id in level_one)


def test_unknown_direction_is_refused():
    """A direction outside anxious/avoidant/both is a programming error, not a silent empty choice."""
    with pytest.raises(ValueError, match="sideways"):
        choose_exercise(LIBRARY, direction="sideways", history=[], rng=random.Random(0))


# --- repeats -----------------------------------------------------------------------------------


def test_none_of_the_last_five_offers_comes_again():
    """The five most recently offered exercises are never picked while others remain; the sixth-newest may be."""
    history = [
        _past(exercise_id, minutes)
        for minutes, exercise_id in enumerate(["A01", "A02", "C01", "C02", "B01", "A05"])
    ]
    picks = _picks(direction="both", history=history)
    assert not set(picks) & {"A01", "A02", "C01", "C02", "B01"}
    assert picks["A05"] > 0


def test_window_follows_offer_time_not_list_order():
    """The window is chosen by offered_at, so a history given oldest-first is read the same way."""
    history = [
        _past(exercise_id, minutes)
        for minutes, exercise_id in enumerate(["A01", "A02", "C01", "C02", "B01", "A05"])
    ]
    picks = _picks(direction="both", history=list(reversed(history)))
    assert not set(picks) & {"A01", "A02", "C01", "C02", "B01"}
    assert picks["A05"] > 0


def test_exhausted_library_relaxes_the_window_oldest_first():
    """When every allowed exercise was offered recently, the least recently offered one comes back."""
    history = [
        _past(exercise_id, minutes) for minutes, exercise_id in enumerate(["A01", "A02", "A05", "C01", "C02"])
    ]
    picks = _picks(direction="anxious", history=history, exclude_ids={"C05"})
    assert picks == Counter({"C02": DRAWS})


def test_relaxing_the_window_still_honours_exclusions_partner_and_level():
    """Relaxation never brings back an excluded, partner or locked exercise, and nothing allowed means None."""
    history = [
        _past(exercise_id, minutes) for minutes, exercise_id in enumerate(["A01", "A02", "A05", "C01", "C02"])
    ]
    picks = _picks(direction="anxious", history=history, partner_ok=False, exclude_ids={"C02"})
    assert picks == Counter({"C01": DRAWS})
    everything = {exercise.id for exercise in LIBRARY}
    assert (
        choose_exercise(
            LIBRARY, direction="anxious", history=[], rng=random.Random(0), exclude_ids=everything
        )
        is None
    )


# --- levels ------------------------------------------------------------------------------------


def test_everyone_starts_at_level_one():
    """With no history only level-1 exercises are offered."""
    assert unlocked_level([]) == 1
    assert {BY_ID[i].level for i in _picks(direction="both")} == {1}


def test_level_two_needs_three_settled_level_one_practices():
    """Two calm practices are not enough; the third (calmer or same) unlocks level 2."""
    two = [_past("X1", 50, completed=True, feeling="calmer"), _past("X2", 40, completed=True, feeling="same")]
    assert unlocked_level(two) == 1
    assert unlocked_level(two + [_past("X3", 30, completed=True, feeling="calmer")]) == 2


def test_worse_unfinished_and_higher_level_practices_do_not_count():
    """Practices that felt worse, were not completed, had no feeling or were not level 1 never unlock level 2."""
    history = [
        _past("X1", 50, completed=True, feeling="calmer"),
        _past("X2", 40, completed=True, feeling="same"),
        _past("X3", 30, completed=True, feeling="worse"),
        _past("X4", 20, completed=False, feeling="calmer"),
        _past("X5", 10, completed=True, feeling=None),
        _past("X6", 5, completed=True, feeling="calmer", level=2),
    ]
    assert unlocked_level(history) == 1
    assert {BY_ID[i].level for i in _picks(direction="both", history=history)} == {1}


def test_level_three_is_never_unlocked_by_history():
    """However many calm practices at any level, history alone stops at level 2."""
    history = [_past(f"X{n}", n, completed=True, feeling="calmer", level=1 + n % 3) for n in range(30)]
    assert unlocked_level(history) == 2
    assert max(BY_ID[i].level for i in _picks(direction="both", history=history)) == 2


def test_unlocked_level_is_favoured_but_level_one_stays_possible():
    """After unlocking level 2, a level-2 exercise is picked more often than a level-1 one of the same direction."""
    picks = _picks(direction="anxious", history=LEVEL_TWO_HISTORY, partner_ok=False)
    assert picks["A03"] > 1.5 * picks["A01"]
    assert picks["A01"] > 0 and picks["A05"] > 0


def test_bigger_step_moves_one_rung_not_to_the_top():
    """A bigger step at level 1 opens level 2 (and prefers it), not level 3; from a level-2 card it opens level 3."""
    picks = _picks(direction="both", bigger_step=True)
    by_level = Counter()
    for exercise_id, count in picks.items():
        by_level[BY_ID[exercise_id].level] += count
    assert by_level[3] == 0 and by_level[2] > by_level[1]
    from_two = _picks(direction="both", bigger_step=True, from_level=2)
    assert sum(n for i, n in from_two.items() if BY_ID[i].level == 3) > 0


def test_the_first_two_weeks_are_level_one_only_even_for_a_bigger_step():
    """Before day 14 only level-1 exercises are offered, whatever the history or a bigger step asks."""
    for bigger_step in (False, True):
        picks = _picks(
            direction="both",
            history=LEVEL_TWO_HISTORY,
            bigger_step=bigger_step,
            from_level=2,
            days_in_programme=13,
        )
        assert {BY_ID[i].level for i in picks} == {1}
    later = _picks(direction="both", history=LEVEL_TWO_HISTORY, days_in_programme=14)
    assert 2 in {BY_ID[i].level for i in later}


def test_exercises_awaiting_clinical_review_wait_for_week_three():
    """B07 and B08 are never offered before day 14, even on a bigger step from level 2."""
    early = _picks(direction="avoidant", bigger_step=True, from_level=2, days_in_programme=10)
    assert "B07" not in early and "B08" not in early


def test_at_most_one_partner_task_a_day():
    """Once a partner task was offered today, no other partner task is offered that day."""
    picks = _picks(
        direction="both", history=LEVEL_TWO_HISTORY, bigger_step=True, from_level=2, partner_task_today=True
    )
    assert not any(BY_ID[i].partner for i in picks)


def test_bigger_step_prefers_the_biggest_step_actually_available():
    """With A04 needing a partner and C04 excluded no level 3 is left, so level 2 becomes the preferred level."""
    picks = _picks(direction="anxious", bigger_step=True, partner_ok=False, exclude_ids={"C04"})
    assert {BY_ID[i].level for i in picks} == {1, 2}
    assert picks["A03"] > 1.5 * picks["A01"]


# --- partner -----------------------------------------------------------------------------------


@pytest.mark.parametrize("bigger_step", [False, True])
def test_partner_exercises_are_excluded_when_a_partner_frightens_the_user(bigger_step):
    """partner_ok=False removes every partner exercise, even on a bigger step; with it they do appear."""
    without = _picks(direction="both", history=LEVEL_TWO_HISTORY, partner_ok=False, bigger_step=bigger_step)
    assert not any(BY_ID[i].partner for i in without)
    with_partner = _picks(direction="both", history=LEVEL_TWO_HISTORY, bigger_step=bigger_step)
    assert any(BY_ID[i].partner for i in with_partner)


# --- purposes ----------------------------------------------------------------------------------


def test_purposes_narrow_the_choice():
    """After an old-pattern check-in only debrief and soothe exercises are offered."""
    picks = _picks(direction="anxious", purposes={"debrief", "soothe"})
    assert {BY_ID[i].purpose for i in picks} == {"debrief", "soothe"}
    assert _picks(direction="avoidant", purposes={"consolidation"}) == Counter({"C02": DRAWS})


def test_purposes_are_kept_while_the_repeat_window_relaxes():
    """A fitting exercise that was offered recently beats a fresh one that does not fit the moment."""
    history = [_past("C02", 1)]
    assert _picks(direction="anxious", history=history, purposes={"consolidation"}) == Counter({"C02": DRAWS})


def test_purposes_fall_back_when_nothing_fits():
    """When no allowed exercise serves the purposes, any allowed exercise is offered instead of none."""
    picks = _picks(direction="anxious", purposes={"debrief"}, exclude_ids={"C01"})
    assert sum(picks.values()) == DRAWS and "C01" not in picks
    assert len(picks) > 1


# --- past feelings -----------------------------------------------------------------------------


def _old_feelings(exercise_id: str, feeling: str, times: int) -> list[PastPractice]:
    # The feelings are old and followed by five newer offers outside the library, so the rated
    # exercise is not held back by the no-repeat window.
    rated = [_past(exercise_id, 500 + n, completed=False, feeling=feeling) for n in range(times)]
    return rated + [_past(f"Z{n}", n) for n in range(5)]


def test_an_exercise_that_helped_is_offered_more_often():
    """Past "calmer" ratings of A02 raise how often it is picked, measurably, for the same seeds."""
    baseline = _picks(direction="anxious", history=_old_feelings("A02", "same", 2))["A02"]
    helped = _picks(direction="anxious", history=_old_feelings("A02", "calmer", 2))["A02"]
    assert helped > 1.5 * baseline


def test_an_exercise_that_felt_worse_is_offered_less_but_not_never():
    """A past "worse" lowers A02's pick rate without removing it."""
    baseline = _picks(direction="anxious", history=_old_feelings("A02", "same", 1))["A02"]
    worse = _picks(direction="anxious", history=_old_feelings("A02", "worse", 1))["A02"]
    assert 0 < worse < 0.75 * baseline


# --- determinism -------------------------------------------------------------------------------


def test_same_seed_gives_the_same_pick():
    """A seeded rng gives the same exercise every time, whatever order the library and history arrive in."""
    history = [_past("A01", 3), _past("C01", 2), *LEVEL_TWO_HISTORY]
    picks = []
    for seed in range(50):
        first = choose_exercise(LIBRARY, direction="anxious", history=history, rng=random.Random(seed))
        shuffled = choose_exercise(
            tuple(reversed(LIBRARY)), direction="anxious", history=history[::-1], rng=random.Random(seed)
        )
        assert first == shuffled
        picks.append(first.id)
    assert len(set(picks)) > 1


# --- follow-ups --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice, intensity, expected",
    [
        ("old", None, frozenset({"debrief", "soothe"})),
        ("old", 5, frozenset({"soothe"})),
        ("old", 4, frozenset({"soothe"})),
        ("secure", 4, frozenset({"consolidation"})),
        ("secure", 5, frozenset({"consolidation"})),
        ("secure", 3, None),
        ("secure", None, None),
        ("both", 5, frozenset({"soothe"})),
        ("both", 3, None),
        (None, None, None),
    ],
)
def test_follow_up_purposes(choice, intensity, expected):
    """Old pattern → debrief or soothe; a strong (4+) secure response → consolidation; otherwise no narrowing."""
    assert follow_up_purposes(choice=choice, intensity=intensity) == expected


def test_soothing_alternative_offers_a_different_easy_soothe():
    """After A01 felt worse, the alternative is another level-1 soothe exercise, never A01 or the level-2 A03."""
    offered = {
        soothing_alternative(LIBRARY, after_id="A01", rng=random.Random(seed)).id for seed in range(200)
    }
    assert offered == {"A05", "C05"}


def test_soothing_alternative_respects_partner_and_can_run_out():
    """Without a partner the only other easy soothe is A05; a library with no other soothe gives None."""
    offered = {
        soothing_alternative(LIBRARY, after_id="A01", rng=random.Random(seed), partner_ok=False).id
        for seed in range(50)
    }
    assert offered == {"A05"}
    only_one = [BY_ID["A01"], BY_ID["A02"], BY_ID["A03"]]
    assert soothing_alternative(only_one, after_id="A01", rng=random.Random(0)) is None


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both"])
def test_every_tagged_exercise_is_withheld_when_a_partner_frightens_the_user(direction):
    """With partner_safe False no tagged exercise is chosen, on any level or a bigger step."""
    picks = _picks(
        direction=direction, history=LEVEL_TWO_HISTORY, bigger_step=True, from_level=2, partner_safe=False
    )
    assert picks and not any(BY_ID[i].tags for i in picks)


def test_the_gentle_alternative_withholds_tagged_exercises_too():
    """The soothing alternative never offers a tagged exercise (such as A12, phone away) when the partner is unsafe."""
    for seed in range(200):
        chosen = soothing_alternative(LIBRARY, after_id="", rng=random.Random(seed), partner_safe=False)
        assert not chosen.tags


def test_a_partner_task_offered_today_counts_unless_set_aside():
    """Today's partner task counts once offered, but not once skipped or declined for this person."""
    today = date(2026, 11, 24)
    assert partner_task_offered([(True, "offered", today)], today)
    assert not partner_task_offered([(True, "skipped", today), (True, "not_with_person", today)], today)
    assert not partner_task_offered([(True, "felt", date(2026, 11, 23)), (False, "felt", today)], today)
