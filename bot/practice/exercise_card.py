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


# Said under a step that takes typed text, so the user knows before writing what becomes of it.
WRITING_NOTES = {
    "keep": "Type it here. I'll keep it with this practice: it's in /export, and /delete erases it.",
    "discard": "Type it here. I'll read it and not keep it: it's gone once you move on.",
}
# Said after the writing: heard, and what became of it.
WRITING_HEARD = {
    "keep": ("Thank you. That's kept with this practice.", "Got it, and kept with this practice."),
    "discard": (
        "Read, and let go: I haven't kept it.",
        "Thank you for writing it out. Not kept, as promised.",
    ),
}
WRITTEN_MAX_CHARS = 2000


def writing_note(mode: str) -> str:
    """The line under a step that takes typed text: keep or discard, said before the user writes."""
    return WRITING_NOTES[mode]


def with_written(written: str | None, step_index: int, text: str) -> str:
    """The practice record's writing with one more answer for a step, cut to WRITTEN_MAX_CHARS."""
    entry = f"Step {step_index + 1}: {text}"
    return (f"{written}\n{entry}" if written else entry)[:WRITTEN_MAX_CHARS]
