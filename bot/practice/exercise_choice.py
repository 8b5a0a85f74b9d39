"""Chooses which micro-exercise to offer next from the user's direction, unlocked level, history and the moment."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

ELIGIBLE_DIRECTIONS: dict[str, frozenset[str]] = {
    "anxious": frozenset({"anxious", "both"}),
    "avoidant": frozenset({"avoidant", "both"}),
    "both": frozenset({"anxious", "avoidant", "both"}),
}
TOP_LEVEL = 3
REPEAT_WINDOW = 5
# Level 2 opens after this many completed level-1 practices that did not leave the user feeling worse.
LEVEL_TWO_AFTER = 3
SETTLED_FEELINGS = frozenset({"calmer", "same"})

# Shared exercises suit everyone, but practice aimed at the user's own pattern is what moves them.
OWN_DIRECTION_WEIGHT = 3.0
SHARED_DIRECTION_WEIGHT = 1.0
# A gentle pull toward the newly unlocked level, so easy wins stay on the menu.
TOP_UNLOCKED_LEVEL_WEIGHT = 2.0
# The user asked for a bigger step, so the biggest available step should usually be it.
BIGGER_STEP_WEIGHT = 4.0
# Each net "calmer" doubles an exercise's weight and each net "worse" halves it, capped so that
# one lucky or unlucky run cannot crowd out or bury an exercise for good.
FEELING_FACTOR = 2.0
FEELING_CAP = 2

FOLLOW_UP_AFTER_OLD_PATTERN = frozenset({"debrief", "soothe"})
FOLLOW_UP_AFTER_STRONG_SECURE = frozenset({"consolidation"})
STRONG_INTENSITY = 4


@dataclass(frozen=True, kw_only=True)
class Exercise:
    """One micro-exercise as shipped in the content files."""

    id: str
    title: str
    direction: str  # anxious | avoidant | both
    level: int  # 1 (easiest) to 3
    minutes: int
    timer_minutes: int | None = None
    partner: bool  # needs another person to be present or contacted
    purpose: str  # soothe | closeness | expression | repair | reflection | debrief | consolidation | planning
    frameworks: tuple[str, ...]
    steps: tuple[str, ...]
    why: str
    source: str
    caution: str | None = None


@dataclass(frozen=True)
class PastPractice:
    """One earlier offer of an exercise to this user, and how it went."""

    exercise_id: str
    level: int
    offered_at: datetime
    completed: bool
    feeling: str | None  # calmer | same | worse, or None when not given
    declined_partner: bool = False


def unlocked_level(history: Sequence[PastPractice]) -> int:
    """The highest level offered without asking: 1 at first, 2 after three settled level-1 practices.

    Level 3 is never unlocked by history alone; it only comes when the user asks for a bigger step.
    """
    settled = sum(
        1 for past in history if past.completed and past.level == 1 and past.feeling in SETTLED_FEELINGS
    )
    return 2 if settled >= LEVEL_TWO_AFTER else 1


def follow_up_purposes(*, choice: str | None, intensity: int | None) -> frozenset[str] | None:
    """The exercise purposes that suit the moment after a check-in, or None when any purpose will do."""
    if choice == "old":
        return FOLLOW_UP_AFTER_OLD_PATTERN
    if choice == "secure" and intensity is not None and intensity >= STRONG_INTENSITY:
        return FOLLOW_UP_AFTER_STRONG_SECURE
    return None


def choose_exercise(
    library: Sequence[Exercise],
    *,
    direction: str,
    history: Sequence[PastPractice],
    rng: random.Random,
    partner_ok: bool = True,
    bigger_step: bool = False,
    purposes: Collection[str] | None = None,
    exclude_ids: Collection[str] = (),
) -> Exercise | None:
    """The exercise to offer next, or None only when direction, level, partner and exclusions leave nothing.

    Direction, level, partner and `exclude_ids` are hard rules. `purposes` narrows the choice unless
    nothing would be left. The last five offers are avoided, but that window shrinks (oldest first)
    rather than leave the user with nothing. Among what remains, own-direction exercises, the top
    allowed level and exercises that helped before are more likely.
    """
    if direction not in ELIGIBLE_DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    highest_level = unlocked_level(history)
    allowed_top = TOP_LEVEL if bigger_step else highest_level
    excluded = set(exclude_ids)
    candidates = sorted(
        (
            exercise
            for exercise in library
            if exercise.direction in ELIGIBLE_DIRECTIONS[direction]
            and 1 <= exercise.level <= allowed_top
            and (partner_ok or not exercise.partner)
            and exercise.id not in excluded
        ),
        key=lambda exercise: exercise.id,
    )
    if purposes:
        fitting = [exercise for exercise in candidates if exercise.purpose in purposes]
        # What the moment calls for matters more than novelty, so purposes are kept while the
        # repeat window relaxes, and dropped only when no exercise could serve them at all.
        if fitting:
            candidates = fitting
    if not candidates:
        return None

    pool = _outside_repeat_window(candidates, history)
    feeling_scores = _feeling_scores(history)
    # With a bigger step the preferred level is the biggest one actually on offer, which may be
    # below 3 when, say, every level-3 exercise needs a partner and the user has none.
    preferred_level = max(exercise.level for exercise in pool) if bigger_step else highest_level
    weights = [
        _weight(
            exercise,
            direction=direction,
            preferred_level=preferred_level,
            level_weight=BIGGER_STEP_WEIGHT if bigger_step else TOP_UNLOCKED_LEVEL_WEIGHT,
            feeling_score=feeling_scores.get(exercise.id, 0),
        )
        for exercise in pool
    ]
    return rng.choices(pool, weights)[0]


def soothing_alternative(
    library: Sequence[Exercise], *, after_id: str, rng: random.Random, partner_ok: bool = True
) -> Exercise | None:
    """A different easy soothing exercise to offer when `after_id` left the user feeling worse.

    Direction is not considered: soothing the body helps whichever way the user leans, and the
    avoidant set has no soothe exercise of its own.
    """
    options = sorted(
        (
            exercise
            for exercise in library
            if exercise.purpose == "soothe"
            and exercise.level == 1
            and exercise.id != after_id
            and (partner_ok or not exercise.partner)
        ),
        key=lambda exercise: exercise.id,
    )
    return rng.choice(options) if options else None


def _outside_repeat_window(candidates: list[Exercise], history: Sequence[PastPractice]) -> list[Exercise]:
    newest_first = sorted(history, key=lambda past: past.offered_at, reverse=True)
    recent_ids = [past.exercise_id for past in newest_first[:REPEAT_WINDOW]]
    for kept in range(len(recent_ids), -1, -1):
        blocked = set(recent_ids[:kept])
        pool = [exercise for exercise in candidates if exercise.id not in blocked]
        if pool:
            return pool
    return candidates


def _feeling_scores(history: Sequence[PastPractice]) -> dict[str, int]:
    # Feelings count even on unfinished practices: feeling worse is often why someone stops.
    scores: dict[str, int] = {}
    for past in history:
        if past.feeling == "calmer":
            scores[past.exercise_id] = scores.get(past.exercise_id, 0) + 1
        elif past.feeling == "worse":
            scores[past.exercise_id] = scores.get(past.exercise_id, 0) - 1
    return scores


def _weight(
    exercise: Exercise, *, direction: str, preferred_level: int, level_weight: float, feeling_score: int
) -> float:
    # A user who leans both ways has no "own" set, so every eligible exercise starts equal.
    own_direction = direction != "both" and exercise.direction == direction
    weight = OWN_DIRECTION_WEIGHT if own_direction else SHARED_DIRECTION_WEIGHT
    if exercise.level == preferred_level:
        weight *= level_weight
    capped = max(-FEELING_CAP, min(FEELING_CAP, feeling_score))
    return weight * FEELING_FACTOR**capped
