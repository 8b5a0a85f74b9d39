"""Onboarding rules: which step a user is on (derived from what they have told us), and the direction hint."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from enum import StrEnum
from typing import Protocol

from bot.practice.free_text import reads_as_sentence

DIRECTIONS = ("anxious", "avoidant", "both")
PATTERN_MAX_CHARS = 200


class Step(StrEnum):
    """The onboarding steps, in order."""

    AGE = "age"
    PARTNER = "partner"
    DIRECTION = "direction"
    REFLECTION = "reflection"
    PATTERN = "pattern"
    ALTERNATIVE = "alternative"
    ZONE = "zone"
    TIME = "time"
    DONE = "done"


class OnboardingProfile(Protocol):
    """The fields onboarding fills in, whatever object holds them."""

    adult_confirmed_at: datetime | None
    partner_feels_unsafe: bool | None
    direction: str | None
    reflection_answers: str | None
    pattern: str | None
    secure_alternative: str | None
    time_zone: str | None
    checkin_time: time | None


def current_step(profile: OnboardingProfile) -> Step:
    """The first unanswered step; an interrupted onboarding resumes here."""
    if profile.adult_confirmed_at is None:
        return Step.AGE
    if profile.partner_feels_unsafe is None:
        return Step.PARTNER
    if profile.direction is None:
        return Step.DIRECTION if profile.reflection_answers is None else Step.REFLECTION
    if profile.pattern is None:
        return Step.PATTERN
    if profile.secure_alternative is None:
        return Step.ALTERNATIVE
    if profile.time_zone is None:
        return Step.ZONE
    if profile.checkin_time is None:
        return Step.TIME
    return Step.DONE


def is_onboarded(profile: OnboardingProfile) -> bool:
    """True once every onboarding answer is in: the one test of "set up" every feature uses."""
    return current_step(profile) is Step.DONE


def suggest_direction(answers: str, leanings: Sequence[str]) -> str:
    """A starting direction from the reflection taps ("y"/"n" per statement): a hint, never a label.

    More "that's me" on one side points there; a tie, or nothing either way, suggests both.
    """
    anxious = sum(1 for answer, lean in zip(answers, leanings) if answer == "y" and lean == "anxious")
    avoidant = sum(1 for answer, lean in zip(answers, leanings) if answer == "y" and lean == "avoidant")
    if anxious > avoidant:
        return "anxious"
    if avoidant > anxious:
        return "avoidant"
    return "both"


# What the time and place questions still need, with an example, said after a feeling typed instead.
STILL_NEEDED = {
    Step.ZONE: "your city or time zone, like Berlin or UTC+2",
    Step.TIME: "a time for your check-in, like 21:00",
}


def heard_instead_of_answer(step: Step, typed: str, *, onboarded: bool) -> str | None:
    """One kind line for a sentence about how someone feels, typed where a place or time was asked: it
    is heard, /now is named for the moment, and the question stays open with an example.

    None when `typed` reads as an attempt at the answer, or the step asks for neither.
    """
    if step not in STILL_NEEDED or not reads_as_sentence(typed):
        return None
    # Until setup is done /now only leads back to setup, so it is offered for once it is.
    now = (
        "/now has something for this moment."
        if onboarded
        else "Once we're set up, /now has something for moments like this."
    )
    return f"That sounds like a lot right now. {now} When you're ready, I still need {STILL_NEEDED[step]}."
