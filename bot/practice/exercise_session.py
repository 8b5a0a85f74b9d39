"""The exercise session as pure transitions: offer → steps → timer or done → feeling, one tap at a time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from bot.practice.exercise_card import FEELINGS

# A practice's stored status, in the order a session moves through them.
OFFERED = "offered"
STARTED = "started"
COMPLETED = "completed"
FELT = "felt"
NOT_NOW = "not_now"
SKIPPED = "skipped"
NOT_WITH_PERSON = "not_with_person"

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
