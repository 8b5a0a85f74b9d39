"""The safety pause as pure transitions: what a crisis signal starts, and what "how are you now?" changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.practice.pausing import HOW_ARE_YOU_LABELS, SAFETY_PAUSE, HowAreYou, lifts_pause, safety_pause_until

# The gentle follow-up the day after a crisis signal.
FOLLOW_UP_AFTER = timedelta(hours=24)


@dataclass(frozen=True)
class PauseChange:
    """What one step of the safety pause writes: the pause (kept until, or lifted) and its messages."""

    pause_until: datetime | None  # None: the pause is lifted
    follow_up_at: datetime | None = None  # the day-after check-in, when one is due
    how_are_you_at: datetime | None = None  # "how are you now?", when it is (again) due
    cancel_no_answer: bool = True  # the week-of-silence line no longer applies


def on_signal(now: datetime) -> PauseChange:
    """A crisis signal: practice holds back, a gentle follow-up tomorrow, the question when the pause ends."""
    return PauseChange(
        pause_until=safety_pause_until(now),
        follow_up_at=now + FOLLOW_UP_AFTER,
        how_are_you_at=now + SAFETY_PAUSE,
    )


def on_how_are_you(answer: HowAreYou, now: datetime) -> PauseChange:
    """Better or about the same lifts the pause; still struggling keeps it and asks again later."""
    if lifts_pause(answer):
        return PauseChange(pause_until=None)
    return PauseChange(pause_until=safety_pause_until(now), how_are_you_at=now + SAFETY_PAUSE)


# Sent late (the bot was down), "yesterday" would be wrong.
FOLLOW_UP_LATE = timedelta(hours=12)
FOLLOW_UP_QUESTION = "Checking in after {when}. Would the help-line list be useful again?"
HOW_ARE_YOU = "It's been a few days since things felt really hard. How are you now?"
AFTER_ANSWER = {
    HowAreYou.BETTER: (
        "I'm really glad to hear that. Check-ins come back from the next one, at your own pace. "
        "/sos stays here any time."
    ),
    HowAreYou.SAME: (
        "Thank you for telling me. Check-ins come back from the next one; /pause is there if you'd rather "
        "wait a bit longer. /sos stays here any time."
    ),
    HowAreYou.STRUGGLING: (
        "Thank you for telling me. I'll keep things quiet here: no check-ins or practice prompts, and I'll ask "
        "again in a few days. These people can help now:"
    ),
}
NO_ANSWER = (
    "I haven't heard back, and that's okay. Check-ins will come back gently from the next one; /pause "
    "holds them again whenever you need. /sos is here any time, day or night."
)


def follow_up_text(due_at: datetime, now: datetime) -> str:
    """The day-after question, saying "yesterday" only when it goes out on time."""
    when = "yesterday" if now - due_at < FOLLOW_UP_LATE else "the other day"
    return FOLLOW_UP_QUESTION.format(when=when)


def how_are_you_echo(answer: HowAreYou) -> str:
    """The question as it stays on screen, with the answer given below it."""
    return f"{HOW_ARE_YOU}\n\n<i>{HOW_ARE_YOU_LABELS[answer]}</i>"


def after_how_are_you(answer: HowAreYou, *, written_plan: str, lines: str) -> str:
    """The reply to a "how are you now?" answer that keeps the pause: the user's plan, the words, the lines."""
    return (f"{written_plan}\n\n" if written_plan else "") + AFTER_ANSWER[answer] + "\n\n" + lines
