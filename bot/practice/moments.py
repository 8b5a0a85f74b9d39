"""The moment the pattern fires (/now): which practice to show, which timer to offer, and how the evening recalls it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.practice.checkin import CheckInState, after_yes
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
# While a safety pause lasts the held message comes back in plain words: no question about the
# pattern, no praise for a choice, nothing that reads as practice.
HELD_PLAIN = "Your reminder\nI'm keeping the message you asked me to hold. It's yours whenever you want it."
PLAIN_BACK = "Here it is:\n\n{text}\n\nI've deleted my copy."
DELETED = "Deleted ✓ Nothing of it is kept."

# What a moment timer does when it falls due (see timer_delivery).
ASK = "ask"
PLAIN = "plain"
NOTHING = "nothing"


def timer_delivery(timer: str, *, paused: bool, safety_pause: bool) -> str:
    """What a moment timer sends when it falls due: the usual words (ASK), plain words (PLAIN), or NOTHING.

    The held message is the user's own words, which only the bot has now, so it always comes back:
    during /pause as the usual "Still want to send it?" (they asked for it in so many words, and a
    pause is about the bot's own prompts, not theirs), during a safety pause plainly, with a way to
    see it or delete it but no practice wording (nothing offers a practice while that pause lasts).
    The end of five more minutes is only a practice line, so neither pause lets it through.
    """
    if timer == "hold":
        return PLAIN if safety_pause else ASK
    return NOTHING if paused or safety_pause else ASK


def held_decision_words(decision: str, *, safety_pause: bool) -> tuple[str, str]:
    """(the moment's action, the reply's words) for a decision about a held message.

    During a safety pause a "let it go" tapped on an earlier question is answered without praise.
    """
    outcomes = {
        "s": ("sent", SENT_BACK),
        "e": ("edited", EDIT_BACK),
        "l": ("let_go", LET_GO),
        "v": ("returned", PLAIN_BACK),
        "x": ("deleted", DELETED),
    }
    action, words = outcomes[decision]
    if safety_pause and decision == "l":
        words = DELETED
    return action, words


# The optional persistent button under the text box (/settings): its label is what Telegram sends as
# text when it is tapped, so that exact text opens /now instead of being read as a note or a message.
NOW_BUTTON = "My pattern is firing now"
NOW_BUTTON_ON = (
    "The button is on ✓ It stays under where you type. Tap it the moment your pattern fires, "
    "and your own plan comes first."
)
NOW_BUTTON_OFF = "The button is off ✓ /now still works any time."


def is_now_button(typed: str) -> bool:
    """Whether typed text is a tap on the persistent /now button (its exact label)."""
    return typed.strip() == NOW_BUTTON


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


def prefilled_state(
    state: CheckInState,
    *,
    marked_today: bool,
    marked_plan_ids: Sequence[int | None] = (),
    plan_ids: Sequence[int] = (),
) -> CheckInState:
    """A check-in not yet answered, on a day the user marked their pattern: the activation is already
    known, so it starts at "What did you choose?". Any answered check-in is left as it is.

    With several plans (`plan_ids`, the active ones) the day's moments say which pattern it was when
    they all name the same one; moments of two patterns leave the choice to the card's picker.
    """
    if not marked_today or state.stage != "activation" or state.activated is not None:
        return state
    marked = {plan_id for plan_id in marked_plan_ids if plan_id in plan_ids}
    if len(plan_ids) > 1 and len(marked) == 1:
        return after_yes(state, tuple(marked))
    return after_yes(state, plan_ids)


# --- The /now cards, tap by tap -------------------------------------------------------------------

EXPIRED = "This button has expired."
NO_PLAN = "You don't have a plan yet. /plans sets one up in three short answers."
WHICH_PATTERN = "<b>Which pattern is it?</b>"
NOTED = "Noted ✓"
NOTED_FOR_TONIGHT = "Noted ✓ Tonight's check-in will ask what you chose."
COULD_NOT_HOLD = "I couldn't hold that. /now starts again."
# The moment's action while it waits for a timer; only a moment still just marked takes a timer.
MARKED = "marked"
STAYING = "staying"
STAYED = "stayed"
HELD = "held"
# /now buttons: again (n), which pattern (p), hold for N minutes (h), stay five more (s), okay for now (d).
AGAIN, PICK, HOLD, STAY, DONE = "n", "p", "h", "s", "d"


def practice_card(
    exercise_card: str | None, offer: str | None
) -> tuple[str, list[list[tuple[str, str, int | None]]]]:
    """The second /now message: the practice (its card, if any), the timer that fits, and its buttons.

    The buttons are rows of (label, action, minutes).
    """
    parts = [exercise_card] if exercise_card is not None else []
    rows: list[list[tuple[str, str, int | None]]] = []
    if offer == "hold":
        parts.append(HOLD_OFFER)
        rows.append([(f"{minutes} min", HOLD, minutes) for minutes in HOLD_WAITS])
    elif offer == "stay":
        parts.append(STAY_OFFER)
        rows.append([("Stay five more minutes", STAY, None)])
    rows.append([("I'm okay for now", DONE, None)])
    return "\n\n".join(parts), rows


@dataclass(frozen=True)
class TimerTap:
    """What a tap on a just-marked moment does: the toast, the words the card becomes, and what it starts."""

    toast: str | None
    edit: str
    hold_minutes: int | None = None  # waits for the message to hold, for this long
    stay_minutes: int | None = None  # five more minutes start now


def on_timer_tap(action: str, minutes: int | None, moment_action: str) -> TimerTap | None:
    """The tap on a moment's timer buttons; None when the moment has moved on or the button means nothing."""
    if moment_action != MARKED:
        return None
    if action == HOLD and minutes in HOLD_WAITS:
        return TimerTap(None, HOLD_ASK.format(minutes=minutes), hold_minutes=minutes)
    if action == STAY:
        return TimerTap(None, STAY_STARTED, stay_minutes=STAY_MINUTES)
    if action == DONE:
        return TimerTap(NOTED, NOTED_FOR_TONIGHT)
    return None


def hold_prompt(minutes: int, moment_id: int) -> str:
    """What the open prompt remembers while it waits for the message to hold."""
    return f"hold:{minutes}:{moment_id}"


def parse_hold_prompt(value: str | None) -> tuple[int, int] | None:
    """The (minutes, moment id) an open hold prompt waits with, or None when it is not one."""
    parts = (value or "").split(":")
    if len(parts) != 3 or parts[0] != "hold" or not parts[1].isdigit() or not parts[2].isdigit():
        return None
    return int(parts[1]), int(parts[2])


def held_text(typed: str) -> str | None:
    """The message to hold, cut so that shown back later inside one reply it fits Telegram's limit;
    None when there is nothing to hold."""
    text = typed[:HELD_MAX_CHARS]
    return text if text.strip() else None


def held_question(delivery: str) -> tuple[str, list[list[tuple[str, str]]]]:
    """The held message's question and its buttons as rows of (label, decision): plain words during a
    safety pause (see timer_delivery), else "Still want to send it?"."""
    if delivery == PLAIN:
        return HELD_PLAIN, [[("Show it", "v"), ("Delete it", "x")]]
    return HELD_QUESTION, [[("Send as is", "s"), ("Edit it first", "e")], [("Let it go", "l")]]


def stay_ends(moment_action: str, delivery: str) -> bool:
    """Whether five more minutes end with their line: still staying, and no pause holds it back."""
    return moment_action == STAYING and delivery != NOTHING
