"""Chooses which micro-exercise to offer next from the user's direction, unlocked level, history and the moment."""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

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
# A strong pull is met by calming the body first; reflection and plans can wait until later.
REGULATE_FIRST = frozenset({"soothe"})
STRONG_INTENSITY = 4
# The fresh start lasts the recap day and the day after it.
FRESH_START_DAYS = 2
# Timed practices need some room: not late at night, not right after another practice.
TIMED_LATEST_HOUR = 22
RECENT_PRACTICE_MINUTES = 180
# Weeks one and two are level 1 only (content brief, sequencing rules); a bigger step waits too.
FIRST_WEEKS_DAYS = 14
# Flagged in the brief for clinical review: not before week three, never during a safety pause.
CLINICAL_REVIEW_IDS = frozenset({"B07", "B08"})
# When they fit, timed practices come up more often: the library has few and they were rarely offered.
TIMED_WEIGHT = 3.0


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
    # Words that only fit one moment: "week_start" (the fresh-start days), "after_new_move" (today
    # went the new way) or "after_old_move" (the old move won today); None fits any time.
    fits: str | None = None
    # (0-based step, "keep" | "discard") for the steps that take typed text.
    writing: tuple[tuple[int, str], ...] = ()
    # Content tags (partner_task, partner_contact, phone_away, exposure): any one withholds the
    # exercise when a partner frightens the user.
    tags: frozenset[str] = frozenset()

    def writing_at(self, index: int) -> str | None:
        """ "keep" or "discard" when step `index` takes typed text; None when it does not."""
        return dict(self.writing).get(index)


@dataclass(frozen=True)
class Moment:
    """What the choice knows about right now: today's check-in, the last days, the weekday, the last practice."""

    weekday: int  # today's local weekday, Monday 0
    week_start_weekday: int  # the user's recap weekday: the week's fresh start
    hour: int  # local hour now
    today_choice: str | None = None  # secure | both | old; None when not activated or not answered
    today_intensity: int | None = None
    earlier_choices: tuple[str | None, ...] = ()  # the days before today, newest first
    minutes_since_practice: float | None = None  # since the last practice was started; None if never


@dataclass(frozen=True)
class PastPractice:
    """One earlier offer of an exercise to this user, and how it went."""

    exercise_id: str
    level: int
    offered_at: datetime
    completed: bool
    feeling: str | None  # calmer | same | worse, or None when not given
    declined_partner: bool = False


# A partner task set aside this way does not count as today's one.
SET_ASIDE = frozenset({"skipped", "not_with_person"})


def partner_task_offered(offers: Iterable[tuple[bool, str, date]], today: date) -> bool:
    """Whether a partner task was offered on `today` and not set aside; `offers` holds, per practice,
    (is a partner task, its status, the local day it was offered)."""
    return any(partner and status not in SET_ASIDE and day == today for partner, status, day in offers)


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
    if choice in ("old", "both") and intensity is not None and intensity >= STRONG_INTENSITY:
        return REGULATE_FIRST
    if choice == "old":
        return FOLLOW_UP_AFTER_OLD_PATTERN
    if choice == "secure" and intensity is not None and intensity >= STRONG_INTENSITY:
        return FOLLOW_UP_AFTER_STRONG_SECURE
    return None


def fits_moment(exercise: Exercise, moment: Moment) -> bool:
    """Whether an exercise's words fit now: fresh-start words only at the week's start, praise only after a new move."""
    if exercise.fits == "week_start":
        return (moment.weekday - moment.week_start_weekday) % 7 < FRESH_START_DAYS
    if exercise.fits == "after_new_move":
        return moment.today_choice in ("secure", "both")
    if exercise.fits == "after_old_move":
        return moment.today_choice in ("old", "both")
    if exercise.timer_minutes and not timed_fits(moment):
        return False
    return True


def timed_fits(moment: Moment) -> bool:
    """A timed practice fits when it is not late at night and the user has not just practised."""
    recently = (
        moment.minutes_since_practice is not None and moment.minutes_since_practice < RECENT_PRACTICE_MINUTES
    )
    return moment.hour < TIMED_LATEST_HOUR and not recently


def moment_purposes(moment: Moment) -> frozenset[str] | None:
    """The purposes the moment calls for, or None when any will do.

    A strong pull today is met by soothing first; an old-pattern day, or two hard days running,
    by a look back or soothing; a new move under a strong pull by noticing what helped.
    """
    if moment.today_intensity is not None and moment.today_intensity >= STRONG_INTENSITY:
        return (
            REGULATE_FIRST
            if moment.today_choice != "secure"
            else FOLLOW_UP_AFTER_STRONG_SECURE | REGULATE_FIRST
        )
    hard_run = moment.today_choice == "old" or moment.earlier_choices[:2] == ("old", "old")
    if hard_run:
        return FOLLOW_UP_AFTER_OLD_PATTERN
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
    moment: Moment | None = None,
    days_in_programme: int | None = None,
    partner_task_today: bool = False,
    from_level: int | None = None,
    partner_safe: bool = True,
) -> Exercise | None:
    """The exercise to offer next, or None only when direction, level, partner and exclusions leave nothing.

    The ladder's safeguards are hard rules too: in the first two weeks (`days_in_programme` < 14)
    only level 1, even for a bigger step, and never the exercises awaiting clinical review; a
    partner task at most once a day (`partner_task_today` says one was offered already); and a
    bigger step moves one rung above `from_level` (the card it was asked on), not to the top.

    Direction, level, partner and `exclude_ids` are hard rules, and so is the `moment` (words that only
    fit a certain day or answer, timed practices only when there is room). `purposes` (or, without them,
    what the moment calls for) narrows the choice unless nothing would be left. The last five offers are avoided, but that window shrinks (oldest first)
    rather than leave the user with nothing. Among what remains, own-direction exercises, the top
    allowed level and exercises that helped before are more likely.
    """
    if direction not in ELIGIBLE_DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    highest_level = unlocked_level(history)
    allowed_top = min(TOP_LEVEL, max(highest_level, from_level or 1) + 1) if bigger_step else highest_level
    excluded = set(exclude_ids)
    if days_in_programme is not None and days_in_programme < FIRST_WEEKS_DAYS:
        allowed_top = 1
        excluded |= CLINICAL_REVIEW_IDS
    if partner_task_today:
        partner_ok = False
    if not partner_safe:
        # A partner frightens the user: every tagged exercise is withheld, not only partner tasks.
        excluded |= {exercise.id for exercise in library if exercise.tags}
    candidates = sorted(
        (
            exercise
            for exercise in library
            if exercise.direction in ELIGIBLE_DIRECTIONS[direction]
            and 1 <= exercise.level <= allowed_top
            and (partner_ok or not exercise.partner)
            and exercise.id not in excluded
            and (moment is None or fits_moment(exercise, moment))
        ),
        key=lambda exercise: exercise.id,
    )
    if not purposes and moment is not None:
        purposes = moment_purposes(moment)
    if purposes and "soothe" in purposes and not any(e.purpose in purposes for e in candidates):
        # Calming the body helps whichever way the user leans, and the avoidant set has no soothing
        # practice of its own: when soothing is called for, the easy ones of every direction are open.
        candidates = sorted(
            (
                exercise
                for exercise in library
                if exercise.purpose in purposes
                and exercise.level == 1
                and (partner_ok or not exercise.partner)
                and exercise.id not in excluded
                and (moment is None or fits_moment(exercise, moment))
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
        * (TIMED_WEIGHT if exercise.timer_minutes and moment is not None else 1.0)
        for exercise in pool
    ]
    return rng.choices(pool, weights)[0]


def soothing_alternative(
    library: Sequence[Exercise],
    *,
    after_id: str,
    rng: random.Random,
    partner_ok: bool = True,
    partner_safe: bool = True,
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
            and (partner_safe or not exercise.tags)
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
