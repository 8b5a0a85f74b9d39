"""The daily check-in: its steps, what each tap changes, and the words shown at each step."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from bot.practice import replies
from bot.practice.callback_data import bid_button, checkin_button, moment_button
from bot.practice.exercise_choice import (
    FOLLOW_UP_AFTER_OLD_PATTERN,
    FOLLOW_UP_AFTER_STRONG_SECURE,
    REGULATE_FIRST,
    follow_up_purposes,
)
from bot.practice.free_text import clean_typed_text

NOTE_MAX_CHARS = 500

ACTIVATION_LABELS = {"yes": "Yes", "no": "No", "unsure": "Not sure"}
CHOICE_LABELS = {
    "secure": "The secure response",
    "old": "The old pattern",
    "both": "Some of both",
}
# Button values are one letter so callback data stays short.
ACTIVATION_CODES = {"y": "yes", "n": "no", "u": "unsure"}
CHOICE_CODES = {"s": "secure", "o": "old", "b": "both"}

# "pattern" (which of several if–then plans the day was about) comes only for a user with several.
STAGES = ("activation", "pattern", "choice", "intensity", "note", "done")


@dataclass(frozen=True)
class CheckInState:
    """What a check-in has recorded so far, and which question it is on."""

    stage: str = "activation"
    activated: str | None = None
    choice: str | None = None
    intensity: int | None = None
    note: str | None = None
    plan_id: int | None = None


@dataclass(frozen=True)
class TapWrite:
    """What a button tap writes, whatever else the check-in holds: the new values, guarded by the stages
    the tap belongs to (so one statement applies it, and a double tap or stale button changes nothing)."""

    from_stages: frozenset[str]
    values: dict


_AFTER_ACTIVATION = frozenset({"pattern", "choice", "intensity", "note", "done"})


def after_yes(state: CheckInState, plan_ids: Sequence[int]) -> CheckInState:
    """An activated day: with several plans the picker asks which pattern; with one it is that one."""
    return replace(state, **_yes_values(plan_ids))


def _yes_values(plan_ids: Sequence[int]) -> dict:
    if len(plan_ids) > 1:
        return {"stage": "pattern", "activated": "yes", "plan_id": None}
    return {"stage": "choice", "activated": "yes", "plan_id": plan_ids[0] if plan_ids else None}


def tap_write(step: str, value: str, plan_ids: Sequence[int] = ()) -> TapWrite | None:
    """The write a button tap makes, or None for a tap that means nothing.

    `plan_ids` are the user's active if–then plans, oldest first: a picked pattern must be one of them.
    """
    if step == "a" and value in ACTIVATION_CODES:
        activated = ACTIVATION_CODES[value]
        cleared = {"choice": None, "intensity": None}
        if activated == "yes":
            return TapWrite(frozenset({"activation"}), {**cleared, **_yes_values(plan_ids)})
        # Without activation there is no choice to rate, so "No" and "Not sure" go to the note.
        values = {**cleared, "stage": "note", "activated": activated, "plan_id": None}
        return TapWrite(frozenset({"activation"}), values)
    if step == "p" and value.isdigit() and int(value) in plan_ids:
        return TapWrite(frozenset({"pattern"}), {"stage": "choice", "plan_id": int(value)})
    if step == "c" and value in CHOICE_CODES:
        return TapWrite(frozenset({"choice"}), {"stage": "intensity", "choice": CHOICE_CODES[value]})
    if step == "i" and value == "x":
        return TapWrite(frozenset({"intensity"}), {"stage": "note", "intensity": None})
    if step == "i" and value in {"1", "2", "3", "4", "5"}:
        return TapWrite(frozenset({"intensity"}), {"stage": "note", "intensity": int(value)})
    if step == "n" and value == "x":
        return TapWrite(frozenset({"note"}), {"stage": "done"})
    if step == "r":
        values = {
            "stage": "activation",
            "activated": None,
            "choice": None,
            "intensity": None,
            "plan_id": None,
        }
        return TapWrite(_AFTER_ACTIVATION, values)
    return None


def apply_tap(
    state: CheckInState, step: str, value: str, plan_ids: Sequence[int] = ()
) -> CheckInState | None:
    """The state after a button tap, or None when the tap does not belong to the current step.

    `plan_ids` are the user's active if–then plans, oldest first: a picked pattern must be one of them.
    A tap for a step that is already answered (a double tap, a stale button) changes nothing.
    """
    write = tap_write(step, value, plan_ids)
    if write is None or state.stage not in write.from_stages:
        return None
    return replace(state, **write.values)


def apply_note(state: CheckInState, text: str) -> tuple[CheckInState, bool]:
    """The state after a typed note, and whether the note had to be shortened."""
    note, shortened = clean_typed_text(text, NOTE_MAX_CHARS)
    return replace(state, stage="done", note=note), shortened


def outcome(state: CheckInState) -> str:
    """The one word that decides the closing reply: secure, both, old, no, unsure."""
    if state.activated == "yes":
        return state.choice or "unsure"
    return state.activated or "unsure"


def _heading(local_date: date) -> str:
    # The first line shows on lock screens, so it says nothing about relationships.
    return f"Your daily check-in\n<i>{local_date:%A %-d %B}</i>"


def recorded_lines(state: CheckInState, plan_labels: Mapping[int, str] | None = None) -> list[str]:
    """What has been recorded so far, one line each, HTML-escaped.

    The picked pattern is named only when there were several to pick from.
    """
    lines = []
    if state.activated:
        lines.append(f"Pattern activated: <b>{ACTIVATION_LABELS[state.activated]}</b>")
    if plan_labels and len(plan_labels) > 1 and state.plan_id in plan_labels:
        lines.append(f"Pattern: <i>{html.escape(plan_labels[state.plan_id])}</i>")
    if state.choice:
        lines.append(f"You chose: <b>{CHOICE_LABELS[state.choice]}</b>")
    if state.intensity:
        lines.append(f"Intensity: <b>{state.intensity}/5</b>")
    if state.note:
        lines.append(f"Note: <i>{html.escape(state.note)}</i>")
    return lines


QUESTIONS = {
    "activation": "Did your pattern activate today?",
    "pattern": "Which pattern was it? If more than one, pick the strongest pull.",
    "choice": "What did you choose?",
    "intensity": "How strong was the pull? 1 is a flicker, 5 is very strong.",
    "note": "Anything to add? Type one line, or tap Skip.",
}


def checkin_text(
    state: CheckInState,
    local_date: date,
    *,
    pattern: str | None,
    other_patterns: Sequence[str] = (),
    prefill: str | None = None,
    plan_labels: Mapping[int, str] | None = None,
) -> str:
    """The check-in message for its current step (HTML).

    `other_patterns` are the user's further if–then plans, named so one message asks about all of
    them; `prefill` replaces the choice question on a day a moment was marked ("At 14:20 you…");
    `plan_labels` (plan id to short name) names the pattern picked when there are several.
    """
    parts = [_heading(local_date)]
    if state.stage == "activation" and pattern and other_patterns:
        named = "\n".join(f"· <i>{html.escape(name)}</i>" for name in (pattern, *other_patterns))
        parts.append(f"Your patterns:\n{named}")
    elif state.stage == "activation" and pattern:
        parts.append(f"Your pattern: <i>{html.escape(pattern)}</i>")
    recorded = recorded_lines(state, plan_labels)
    if state.stage == "choice" and prefill:
        if len(recorded) > 1:
            parts.append(recorded[1])  # the picked pattern; that it activated goes without saying
        parts.append(f"<b>{html.escape(prefill)}</b>")
        return "\n\n".join(parts)
    if recorded:
        parts.append("\n".join(recorded))
    if state.stage == "done":
        parts.append("Saved ✓ You can change this until 4 a.m.")
    else:
        parts.append(f"<b>{QUESTIONS[state.stage]}</b>")
    return "\n\n".join(parts)


def card_buttons(
    checkin_id: int, stage: str, plan_labels: Mapping[int, str] | None = None, *, bids: bool = True
) -> list[list[tuple[str, str]]]:
    """The card's buttons at each stage, as rows of (label, callback data)."""
    if stage == "activation":
        return [
            [
                (ACTIVATION_LABELS[activated], checkin_button(checkin_id, "a", code))
                for code, activated in ACTIVATION_CODES.items()
            ]
        ]
    if stage == "pattern":
        return [
            *[
                [(label, checkin_button(checkin_id, "p", str(plan_id)))]
                for plan_id, label in (plan_labels or {}).items()
            ],
            # A mis-tapped "Yes" (or plans retired meanwhile) is never a dead end.
            [("Back", checkin_button(checkin_id, "r"))],
        ]
    if stage == "choice":
        return [
            [(CHOICE_LABELS[choice], checkin_button(checkin_id, "c", code))]
            for code, choice in CHOICE_CODES.items()
        ]
    if stage == "intensity":
        return [
            [(str(level), checkin_button(checkin_id, "i", str(level))) for level in range(1, 6)],
            [("Skip", checkin_button(checkin_id, "i", "x"))],
        ]
    if stage == "note":
        return [[("Skip", checkin_button(checkin_id, "n", "x"))]]
    # Bids are off while partner practices are off.
    return [
        [
            ("Change answer", checkin_button(checkin_id, "r")),
            *([("Log a bid", bid_button("new"))] if bids else []),
        ],
        [("My pattern is firing now", moment_button("n"))],
    ]


def closed_text(state: CheckInState, local_date: date) -> str:
    """A check-in whose day has ended (HTML): what was recorded, or that it closed unanswered, and no buttons."""
    parts = [_heading(local_date)]
    recorded = recorded_lines(state)
    if recorded:
        parts += ["\n".join(recorded), "<i>Saved ✓ This check-in closed at 4 a.m.</i>"]
    else:
        parts.append("<i>This check-in closed at 4 a.m. Nothing to catch up on; a new one comes tonight.</i>")
    return "\n\n".join(parts)


# After a finished check-in, some answers come with a practice offer: (button label, offer code).
EXERCISE_OFFERS = {
    FOLLOW_UP_AFTER_OLD_PATTERN: ("Try a short practice", "o"),
    FOLLOW_UP_AFTER_STRONG_SECURE: ("Notice what helped (1 min)", "k"),
    REGULATE_FIRST: ("Calm your body first", "r"),
}


def exercise_offer(state: CheckInState) -> tuple[str, str] | None:
    """The practice to offer with the closing reply: soothing after the old pattern under a strong pull,
    a lapse debrief or soothing after the old pattern, a short consolidation after a secure choice under
    a strong pull; else none."""
    choice = state.choice if state.activated == "yes" else None
    purposes = follow_up_purposes(choice=choice, intensity=state.intensity)
    return EXERCISE_OFFERS[purposes] if purposes else None


def closing_reply(
    state: CheckInState,
    *,
    local_date: date,
    recent: Sequence[replies.RecentDay] = (),
    seed: int = 0,
    safety_pause: bool = False,
) -> replies.Reply:
    """The reply after a finished check-in, fitted to the answer and the last days, not repeated within a week.

    During a safety pause it offers no practice.
    """
    reply = replies.choose_reply(outcome(state), local_date=local_date, recent=recent, seed=seed)
    offered = exercise_offer(state) is not None and not safety_pause
    return replies.Reply(reply.id, replies.with_offer(reply.text, offered=offered), offers_practice=offered)
