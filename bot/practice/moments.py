"""The moment the pattern fires (/now): which practice to show, which timer to offer, and how the evening recalls it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.practice.checkin import CheckInState
from bot.practice.exercise_choice import Exercise

HOLD_WAITS = (10, 20, 30)
STAY_MINUTES = 5
HELD_MAX_CHARS = 3500
# Practices that fit the minute the pull is strongest: calming first, then a step toward the new move.
IN_THE_MOMENT_PURPOSES = ("soothe", "expression", "closeness")

NOW_INTRO = "<b>Your plan, in your own words</b>"
HOLD_OFFER = (
    "Want me to <b>hold the message</b>? Paste it here and I'll keep it for a while, then ask if you "
    "still want to send it. How long?"
)
HOLD_ASK = "Paste or type the message you want to send. I'll keep it safe and ask you in {minutes} minutes."
HOLD_SAVED = (
    "Holding it ✓ I'll ask you in {minutes} minutes.\nMeanwhile: your plan. One small step is enough."
)
HELD_QUESTION = "Your reminder\n<b>Still want to send it?</b>"
STAY_OFFER = "Want to <b>stay five more minutes</b>? I'll keep time and tell you when it's up."
STAY_STARTED = "Five minutes, starting now. You don't have to do anything but stay. ⏳"
STAY_DONE = "Your reminder\nFive minutes. You stayed. That is the new move, practised. 🌱"
SENT_BACK = "Here it is, to copy if you still want to send it:\n\n{text}\n\nI've deleted my copy."
EDIT_BACK = "Here it is to edit before you send it:\n\n{text}\n\nI've deleted my copy."
LET_GO = "Let go ✓ I've deleted it. Not sending is a choice too, and a strong one."


@dataclass(frozen=True)
class FeltPractice:
    """One earlier practice and how the user said it left them."""

    exercise_id: str
    feeling: str | None  # calmer | same | worse | None


def timer_offer(direction: str | None, *, partner_safe: bool = True) -> str | None:
    """Which timer fits this direction: "hold" for the anxious pull, "stay" for the avoidant one.

    Both are about a partner (a message to them, staying close to them): none when a partner frightens the user.
    """
    if not partner_safe:
        return None
    if direction == "anxious":
        return "hold"
    if direction == "avoidant":
        return "stay"
    return None


def helped_most(
    exercises: Sequence[Exercise],
    history: Sequence[FeltPractice],
    direction: str | None,
    *,
    partner_safe: bool = True,
) -> Exercise | None:
    """The practice that left this person calmer most often; with no such history, the library's best fit.

    The best fit is the easiest calming practice for the user's direction (or for everyone). When a
    partner frightens the user, no tagged practice is shown, even one that helped before.
    """
    known = {exercise.id: exercise for exercise in exercises if partner_safe or not exercise.tags}
    scores: dict[str, int] = {}
    for past in history:
        if past.exercise_id in known and past.feeling in ("calmer", "worse"):
            scores[past.exercise_id] = scores.get(past.exercise_id, 0) + (
                1 if past.feeling == "calmer" else -1
            )
    helped = sorted((-score, exercise_id) for exercise_id, score in scores.items() if score > 0)
    if helped:
        # Ties go to the alphabetically first id, so the answer is stable day to day.
        return known[helped[0][1]]
    fitting = [
        exercise
        for exercise in known.values()
        if exercise.purpose in IN_THE_MOMENT_PURPOSES
        and not exercise.partner
        and exercise.fits is None
        and exercise.direction in (direction, "both")
    ]
    if not fitting:
        return None
    return min(
        fitting,
        key=lambda exercise: (
            IN_THE_MOMENT_PURPOSES.index(exercise.purpose),
            exercise.level,
            exercise.direction != direction,
            exercise.minutes,
            exercise.id,
        ),
    )


def prefill_line(marked_at: Sequence[datetime], zone: ZoneInfo) -> str | None:
    """The check-in's reminder of today's marked moments, or None when there were none.

    One moment: "At 14:20 you marked your pattern. What did you choose then?"
    """
    if not marked_at:
        return None
    times = sorted(instant.astimezone(zone) for instant in marked_at)
    if len(times) == 1:
        return f"At {times[0]:%H:%M} you marked your pattern. What did you choose then?"
    listed = ", ".join(f"{moment:%H:%M}" for moment in times[:-1]) + f" and {times[-1]:%H:%M}"
    return f"At {listed} you marked your pattern. What did you choose, mostly?"


def prefilled_state(state: CheckInState, *, marked_today: bool) -> CheckInState:
    """A check-in not yet answered, on a day the user marked their pattern: the activation is already
    known, so it starts at "What did you choose?". Any answered check-in is left as it is."""
    if not marked_today or state.stage != "activation" or state.activated is not None:
        return state
    return replace(state, stage="choice", activated="yes")
