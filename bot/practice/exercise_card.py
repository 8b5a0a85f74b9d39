"""How an exercise reads in the chat: the offer card, each step, the timer note, and replies to feelings."""

from __future__ import annotations

import html

FEELINGS = {"c": "calmer", "s": "same", "w": "worse"}
FEELING_LABELS = {"calmer": "Calmer", "same": "About the same", "worse": "Worse"}
FEELING_QUESTION = "<b>How do you feel now?</b>"


def card_text(title: str, minutes: int, first_step: str, why: str, caution: str | None) -> str:
    """The offer: title, minutes, the first step and one line on why it helps (HTML)."""
    parts = [
        f"<b>{html.escape(title)}</b> · {minutes} min",
        html.escape(first_step),
        f"<i>Why: {html.escape(why)}</i>",
    ]
    if caution:
        parts.append(f"⚠️ {html.escape(caution)}")
    return "\n\n".join(parts)


def step_text(title: str, steps: tuple[str, ...], index: int, caution: str | None) -> str:
    """One step of a started practice, with where it sits in the whole (HTML)."""
    parts = [f"<b>{html.escape(title)}</b> · step {index + 1} of {len(steps)}", html.escape(steps[index])]
    if caution and index == 0:
        parts.append(f"⚠️ {html.escape(caution)}")
    return "\n\n".join(parts)


def timer_text(title: str, timer_minutes: int) -> str:
    """Shown while a timed practice runs; the feeling question follows when it ends (HTML)."""
    return (
        f"<b>{html.escape(title)}</b> · timer running\n\n"
        f"Take your {timer_minutes} minutes. I'll ask how you feel when the time is up."
    )


def done_text(title: str) -> str:
    """The practice message once the steps are finished (HTML)."""
    return f"<b>{html.escape(title)}</b> · done ✓\n\n{FEELING_QUESTION}"


def felt_text(title: str, feeling: str) -> str:
    """The practice message once the feeling is recorded (HTML)."""
    return f"<b>{html.escape(title)}</b> · done ✓\nYou felt: {FEELING_LABELS[feeling].lower()}."


FEELING_REPLIES = {
    "calmer": "Glad it helped. 🌱 Your body just learned that this works; it will be easier to reach for next time.",
    "same": (
        "Thank you for trying it. Practice counts even when nothing shifts straight away; "
        "the effect often builds over repetitions."
    ),
    "worse": (
        "I'm sorry it didn't help this time. That happens, and it says nothing about you. "
        "A different, gentler practice might fit better right now.\n\n"
        "If things feel too heavy, /sos has people you can talk to right now."
    ),
}


def feeling_reply(feeling: str) -> str:
    """The reply to how a practice left the user (HTML)."""
    return FEELING_REPLIES[feeling]
