"""The exercise session as pure transitions: offer → steps → timer or done → feeling, one tap at a time."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from bot.practice.exercise_card import FEELINGS
from bot.practice.exercise_choice import (
    FOLLOW_UP_AFTER_OLD_PATTERN,
    FOLLOW_UP_AFTER_STRONG_SECURE,
    REGULATE_FIRST,
    Exercise,
    Moment,
    PastPractice,
    choose_exercise,
    partner_task_offered,
    soothing_alternative,
)

# A practice's stored status, in the order a session moves through them.
OFFERED = "offered"
STARTED = "started"
COMPLETED = "completed"
FELT = "felt"
NOT_NOW = "not_now"
SKIPPED = "skipped"
NOT_WITH_PERSON = "not_with_person"
# A practice counts as done once finished, whether or not the feeling was given.
FINISHED = (COMPLETED, FELT)

# Card buttons: start, next step, done, stop, another one, not with this person, a bigger step, a feeling.
START, NEXT, DONE, STOP, ANOTHER, NOT_WITH_THIS_PERSON, BIGGER, FEELING = (
    "s",
    "n",
    "d",
    "x",
    "a",
    "p",
    "b",
    "f",
)


class Effect(StrEnum):
    """What the card shows after a tap that moved the session."""

    SHOW_STEP = "show_step"  # the step at `step`
    TIMER = "timer"  # the timer runs; the feeling question follows when it ends
    ASK_FEELING = "ask_feeling"  # done: how do you feel now?
    FELT = "felt"  # the feeling is kept
    NOT_NOW = "not_now"  # stopped for now
    OFFER_ANOTHER = "offer_another"  # this one set aside: offer another in its place
    SHOW_OFFER = "show_offer"  # the offer itself (a stale card redrawn)


@dataclass(frozen=True)
class PracticeState:
    """A practice as the session sees it: its status, its step, and the exercise's shape."""

    status: str
    step_index: int
    steps: int
    timer_minutes: int | None = None


@dataclass(frozen=True)
class Transition:
    """What one tap does: the columns to write (guarded by the status and step read) and what follows."""

    effect: Effect
    changes: dict[str, Any] = field(default_factory=dict)
    expected_status: str = OFFERED
    expected_step: int | None = None
    # False when the tap's outcome stands even if the write found the practice already moved on.
    needs_write: bool = True
    step: int = 0
    feeling: str | None = None
    bigger_step: bool = False
    partner_ok: bool = True
    # When the timer ends and "how do you feel now?" is due (a timed practice just done).
    follow_up_at: datetime | None = None


def apply_tap(state: PracticeState, action: str, value: str, now: datetime) -> Transition | None:
    """The transition for tapping `action` (with `value`) on a card in `state`; None for a stale tap."""
    status = state.status
    if action in (ANOTHER, NOT_WITH_THIS_PERSON, BIGGER) and status == OFFERED:
        set_aside = NOT_WITH_PERSON if action == NOT_WITH_THIS_PERSON else SKIPPED
        return Transition(
            Effect.OFFER_ANOTHER,
            {"status": set_aside},
            expected_status=OFFERED,
            bigger_step=action == BIGGER,
            partner_ok=action != NOT_WITH_THIS_PERSON,
        )
    if action == STOP and status in (OFFERED, STARTED):
        return Transition(Effect.NOT_NOW, {"status": NOT_NOW}, expected_status=status, needs_write=False)
    if action == START and status == OFFERED:
        return Transition(
            Effect.SHOW_STEP, {"status": STARTED, "started_at": now}, expected_status=OFFERED, step=0
        )
    if action == NEXT and status == STARTED and value.isdigit():
        index = int(value)
        if index + 1 < state.steps:
            return Transition(
                Effect.SHOW_STEP,
                {"step_index": index + 1},
                expected_status=STARTED,
                expected_step=index,
                step=index + 1,
            )
    if action == DONE and status == STARTED and value.isdigit():
        return Transition(
            Effect.TIMER if state.timer_minutes else Effect.ASK_FEELING,
            {"status": COMPLETED, "completed_at": now},
            expected_status=STARTED,
            expected_step=int(value),
            follow_up_at=now + timedelta(minutes=state.timer_minutes) if state.timer_minutes else None,
        )
    if action == FEELING and status == COMPLETED and value in FEELINGS:
        feeling = FEELINGS[value]
        return Transition(
            Effect.FELT,
            {"status": FELT, "feeling": feeling, "feeling_at": now},
            expected_status=COMPLETED,
            feeling=feeling,
        )
    return None


# --- Which practice, and what the card shows --------------------------------------------------------

# Offers started from a check-in's closing buttons (and /exercise): the button's code, the offer's reason.
NEW_OFFER_REASONS = {
    "o": "after_old_pattern",
    "k": "after_secure",
    "r": "after_strong_pull",
    "w": "after_worse",
    "c": "command",
}
GENTLER = "w"
PURPOSES_FOR_REASON = {
    "after_old_pattern": FOLLOW_UP_AFTER_OLD_PATTERN,
    "after_secure": FOLLOW_UP_AFTER_STRONG_SECURE,
    "after_strong_pull": REGULATE_FIRST,
}
# The days before today the choice looks at (two hard days running, say).
MOMENT_DAYS = 3


def calming_only(*, safety_paused: bool, reason: str, after_id: str | None) -> bool:
    """Whether only a gentle calming practice may be offered: during a safety pause every way in (a card's
    buttons, a check-in's offer, /exercise) gets one, as does "try a gentler practice" after one felt worse."""
    return safety_paused or (reason == "after_worse" and after_id is not None)


@dataclass(frozen=True)
class CheckInDay:
    """A recent check-in as the choice sees it."""

    local_date: date
    activated: str | None
    choice: str | None
    intensity: int | None


def moment_now(
    local_now: datetime,
    today: date,
    *,
    recap_weekday: int,
    checkins: Sequence[CheckInDay],
    minutes_since_practice: float | None,
) -> Moment:
    """Now, as the choice rules see it: today's check-in, the days before, the weekday, the last practice."""
    choice_on = {c.local_date: c.choice if c.activated == "yes" else None for c in checkins}
    todays = next((c for c in checkins if c.local_date == today), None)
    return Moment(
        weekday=today.weekday(),
        week_start_weekday=recap_weekday,
        hour=local_now.hour,
        today_choice=choice_on.get(today),
        today_intensity=todays.intensity if todays is not None else None,
        earlier_choices=tuple(
            choice_on.get(today - timedelta(days=back)) for back in range(1, MOMENT_DAYS + 1)
        ),
        minutes_since_practice=minutes_since_practice,
    )


def minutes_since(started: Sequence[datetime], now: datetime) -> float | None:
    """Minutes since the last practice was started; None when none ever was."""
    return (now - max(started)).total_seconds() / 60 if started else None


def offer_rows(exercise: Exercise) -> list[list[tuple[str, str]]]:
    """An offer's buttons as rows of (label, action); "Not with this person" only on a partner practice."""
    rows = [[("Start", START)], [("Another one", ANOTHER), ("Not now", STOP)]]
    if exercise.partner:
        rows.append([("Not with this person", NOT_WITH_THIS_PERSON)])
    rows.append([("A bigger step", BIGGER)])
    return rows


def step_button(exercise: Exercise, index: int) -> tuple[str, str]:
    """The (action, label) that moves on from step `index`: next, start the timer, or done."""
    if index != len(exercise.steps) - 1:
        return NEXT, "Next"
    if exercise.timer_minutes:
        return DONE, f"Start the {exercise.timer_minutes}-minute timer"
    return DONE, "Done"


@dataclass(frozen=True)
class Card:
    """What a practice's card shows: an effect (SHOW_OFFER for the offer itself), its step, its feeling."""

    effect: Effect
    step: int = 0
    feeling: str | None = None


def stored_card(status: str, step_index: int, feeling: str | None, *, timed: bool) -> Card | None:
    """The card for a practice as stored, to redraw a stale one; None when another card took its place."""
    if status == OFFERED:
        return Card(Effect.SHOW_OFFER)
    if status == STARTED:
        return Card(Effect.SHOW_STEP, step=step_index)
    if status == COMPLETED:
        return Card(Effect.TIMER if timed else Effect.ASK_FEELING)
    if status == FELT and feeling is not None:
        return Card(Effect.FELT, feeling=feeling)
    if status == NOT_NOW:
        return Card(Effect.NOT_NOW)
    return None


def offers_gentler(feeling: str | None) -> bool:
    """A practice that left the user feeling worse is answered with a way to a gentler one."""
    return feeling == "worse"


def writing_mode(exercise: Exercise | None, status: str, step_index: int) -> str | None:
    """How the practice's current step takes typed text ("keep" or "discard"); None when it takes none now."""
    if exercise is None or status != STARTED:
        return None
    return exercise.writing_at(step_index)


@dataclass(frozen=True)
class Chooser:
    """What the choice of an exercise reads about the user right now, as plain records."""

    direction: str
    history: Sequence[PastPractice]
    # Per recent practice: (is a partner task, its status, the local day it was offered).
    offers: Sequence[tuple[bool, str, date]]
    checkins: Sequence[CheckInDay]
    practices_started: Sequence[datetime]
    now: datetime
    local_now: datetime
    today: date
    recap_weekday: int
    joined_at: datetime
    safety_paused: bool
    partner_safe: bool

    def moment(self) -> Moment:
        """Now, as the choice rules see it (see moment_now)."""
        return moment_now(
            self.local_now,
            self.today,
            recap_weekday=self.recap_weekday,
            checkins=self.checkins,
            minutes_since_practice=minutes_since(self.practices_started, self.now),
        )


def past_practice(
    exercise_id: str, level: int, offered_at: datetime, status: str, feeling: str | None
) -> PastPractice:
    """An earlier offer as the choice reads it: done once finished, however it felt."""
    return PastPractice(
        exercise_id=exercise_id,
        level=level,
        offered_at=offered_at,
        completed=status in FINISHED,
        feeling=feeling,
    )


def pick_exercise(
    library: Sequence[Exercise],
    chooser: Chooser,
    rng: random.Random,
    *,
    reason: str,
    bigger_step: bool = False,
    exclude_ids: Collection[str] = frozenset(),
    partner_ok: bool = True,
    after_id: str | None = None,
    from_level: int | None = None,
) -> Exercise | None:
    """The exercise to offer for `reason`: a gentle calming one when only that may be offered (see
    calming_only), else the ladder's next fitting one; None when nothing fits."""
    partner_ok = partner_ok and chooser.partner_safe
    if calming_only(safety_paused=chooser.safety_paused, reason=reason, after_id=after_id):
        return soothing_alternative(
            library,
            after_id=after_id or next(iter(exclude_ids), ""),
            rng=rng,
            partner_ok=partner_ok,
            partner_safe=chooser.partner_safe,
        )
    return choose_exercise(
        library,
        direction=chooser.direction,
        history=chooser.history,
        rng=rng,
        partner_ok=partner_ok,
        bigger_step=bigger_step,
        purposes=PURPOSES_FOR_REASON.get(reason),
        exclude_ids=exclude_ids,
        moment=chooser.moment(),
        days_in_programme=(chooser.now - chooser.joined_at).days,
        partner_task_today=partner_task_offered(chooser.offers, chooser.today),
        from_level=from_level,
        partner_safe=chooser.partner_safe,
    )
