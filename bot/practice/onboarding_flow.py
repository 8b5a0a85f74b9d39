"""Onboarding and the settings questions as one pure transition: an answer, the new answers, what follows."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime, time
from enum import StrEnum

from bot.practice.onboarding import DIRECTIONS, Step, current_step

# Where the weekly recap can sit: Sunday evening (default) or Monday morning, both fresh-start points.
RECAP_CHOICES = {
    "sun": ("Recap Sunday 19:00", 6, time(19, 0)),
    "sunl": ("Recap Sunday 21:00", 6, time(21, 0)),
    "mon": ("Recap Monday 08:00", 0, time(8, 0)),
}


@dataclass(frozen=True)
class Answers:
    """What onboarding and /settings have been told, and which setting (if any) is being changed."""

    adult_confirmed_at: datetime | None = None
    partner_feels_unsafe: bool | None = None
    direction: str | None = None
    reflection_answers: str | None = None
    pattern_id: str | None = None
    pattern: str | None = None
    secure_alternative: str | None = None
    time_zone: str | None = None
    checkin_time: time | None = None
    onboarded_at: datetime | None = None
    changing: str | None = None
    prompt_opened_at: datetime | None = None
    recap_weekday: int = 6
    recap_time: time = time(19, 0)
    keep_going_asked_at: datetime | None = None
    keep_going_reset_at: datetime | None = None
    quiet: bool = False
    now_button: bool = False

    @classmethod
    def of(cls, row: object) -> Answers:
        """The answers held by `row` (a stored user, or anything with the same fields)."""
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def changed_fields(before: Answers, after: Answers) -> dict[str, object]:
    """The fields `after` changes, with their new values (what one write has to set)."""
    return {
        f.name: getattr(after, f.name)
        for f in fields(Answers)
        if getattr(before, f.name) != getattr(after, f.name)
    }


# Stored encrypted (a fresh nonce each time), so a write cannot be guarded by their old value.
ENCRYPTED = frozenset({"pattern", "secure_alternative"})


def guard_fields(before: Answers, changes: dict[str, object]) -> dict[str, object]:
    """What the write checks is still as read: the setting being changed and each field it changes.

    A field is compared only where equality is exact in SQL: empty, or a plain word, flag or number.
    """
    guard: dict[str, object] = {"changing": before.changing}
    for name in changes:
        old = getattr(before, name)
        if old is None or (name not in ENCRYPTED and isinstance(old, (str, bool, int))):
            guard[name] = old
    return guard


def active_step(answers: Answers) -> Step:
    """The step whose answer is awaited: a setting being changed, else the next onboarding step."""
    if answers.changing == Step.DIRECTION and answers.reflection_answers is not None:
        return Step.REFLECTION
    return Step(answers.changing) if answers.changing else current_step(answers)


@dataclass(frozen=True)
class PatternPick:
    """A pattern from the list: its id, its words, and the secure alternative it suggests."""

    id: str
    pattern: str
    secure_alternative: str


class Question(StrEnum):
    """What an answer answers (taps and typed text alike)."""

    AGE = "age"
    PARTNER = "ptn"
    DIRECTION = "dir"
    REFLECTION = "rf"
    PATTERN = "pat"  # value: a PatternPick, or "own" to type one
    TYPED_PATTERN = "pat_typed"  # value: the cleaned text
    ALTERNATIVE = "alt"  # value: the suggested alternative's text
    TYPED_ALTERNATIVE = "alt_typed"  # value: the cleaned text
    ZONE = "zone"  # value: an IANA zone name already resolved
    TIME = "tm"  # value: a datetime.time
    RECAP = "rc"  # value: a RECAP_CHOICES code


class Effect(StrEnum):
    """What the handler does after the write, in order."""

    FORGET_USER = "forget_user"  # under 18: nothing is kept
    UNDER_18 = "under_18"
    ADULT_NOTED = "adult_noted"
    PARTNER_NOTED = "partner_noted"  # thanks, with help lines when a partner frightens them
    DIRECTION_NOTED = "direction_noted"
    SHOW_REFLECTION = "show_reflection"  # the next statement, or the suggestion once all are answered
    SHOW_DIRECTION_MENU = "show_direction_menu"
    ASK_OWN_PATTERN = "ask_own_pattern"
    PATTERN_NOTED = "pattern_noted"
    ALTERNATIVE_NOTED = "alternative_noted"
    ZONE_NOTED = "zone_noted"
    TIME_NOTED = "time_noted"
    ASK_NEXT = "ask_next"  # the question for the new active step
    SETTING_SAVED = "setting_saved"  # reschedule at once and confirm in local time
    PLAN_ONE_FOLLOWS = "plan_one_follows"  # a new pattern in /settings rewrites plan 1 to match
    FINISHED = "finished"  # schedule the first check-in and recap, make the first plan, say all set
    RECAP_SAVED = "recap_saved"
    SHOW_RECAP_CHOICES = "show_recap_choices"
    MENU_SAVED = "menu_saved"  # a yes/no setting flipped: the menu is shown again as it now is
    QUIET_EXPLAINED = "quiet_explained"  # once, what Quiet mode now does and how to change it back
    PARTNER_EXPLAINED = "partner_explained"  # once, what partner practices on or off now means
    NOW_BUTTON_SENT = "now_button_sent"  # the /now reply keyboard (or its removal) with a message of its own
    STALE = "stale"  # an answer to a step that is not awaited: nothing changes


# Settings answered through the onboarding question for that step.
ASKED_AGAIN = {"tz": Step.ZONE, "tm": Step.TIME, "dir": Step.DIRECTION, "pat": Step.PATTERN}


def choose_setting(answers: Answers, setting: str, now: datetime) -> tuple[Answers, tuple[Effect, ...]]:
    """A tap in /settings: start changing a setting through its question, or flip a yes/no one in place."""
    if current_step(answers) is not Step.DONE:
        return answers, (Effect.STALE,)
    if setting in ASKED_AGAIN:
        changing = replace(
            answers, changing=ASKED_AGAIN[setting].value, reflection_answers=None, prompt_opened_at=now
        )
        return changing, (Effect.ASK_NEXT,)
    if setting == "rc":
        return answers, (Effect.SHOW_RECAP_CHOICES,)
    if setting == "quiet":
        return replace(answers, quiet=not answers.quiet), (Effect.MENU_SAVED, Effect.QUIET_EXPLAINED)
    if setting == "ptn":
        flipped = replace(answers, partner_feels_unsafe=not answers.partner_feels_unsafe)
        return flipped, (Effect.MENU_SAVED, Effect.PARTNER_EXPLAINED)
    if setting == "nowkb":
        return replace(answers, now_button=not answers.now_button), (
            Effect.MENU_SAVED,
            Effect.NOW_BUTTON_SENT,
        )
    return answers, (Effect.STALE,)


def _continue(answers: Answers, now: datetime, *effects: Effect) -> tuple[Answers, tuple[Effect, ...]]:
    """After a step is answered: the next question, or, when changing a setting, saved and confirmed."""
    if answers.changing is None:
        return answers, (*effects, Effect.ASK_NEXT)
    if answers.changing == Step.PATTERN:
        # A new pattern needs its secure alternative too.
        return replace(answers, changing=Step.ALTERNATIVE.value, prompt_opened_at=now), (
            *effects,
            Effect.ASK_NEXT,
        )
    # A new time or zone is an answer to "keep going?" too.
    done = replace(answers, changing=None, keep_going_asked_at=None, keep_going_reset_at=now)
    if answers.changing == Step.ALTERNATIVE:
        # The pattern and its alternative are both new: plan 1 follows them.
        return done, (*effects, Effect.PLAN_ONE_FOLLOWS, Effect.SETTING_SAVED)
    return done, (*effects, Effect.SETTING_SAVED)


def apply_answer(
    answers: Answers, question: str, value: object, now: datetime, *, reflection_statements: int = 0
) -> tuple[Answers, tuple[Effect, ...]]:
    """The answers after `value` answers `question`, and what follows; unchanged with STALE when not awaited."""
    step = active_step(answers)
    stale = answers, (Effect.STALE,)

    if question == Question.AGE and step is Step.AGE:
        if value == "n":
            return Answers(), (Effect.FORGET_USER, Effect.UNDER_18)
        if value == "y":
            return replace(answers, adult_confirmed_at=now), (Effect.ADULT_NOTED, Effect.ASK_NEXT)

    if question == Question.PARTNER and step is Step.PARTNER and value in ("y", "n"):
        return _continue(replace(answers, partner_feels_unsafe=value == "y"), now, Effect.PARTNER_NOTED)

    if question == Question.DIRECTION and step in (Step.DIRECTION, Step.REFLECTION):
        if value in DIRECTIONS:
            chosen = replace(answers, direction=value, reflection_answers=None)
            return _continue(chosen, now, Effect.DIRECTION_NOTED)
        if value == "unsure":
            return replace(answers, reflection_answers=""), (Effect.SHOW_REFLECTION,)
        if value == "menu":
            return replace(answers, reflection_answers=None), (Effect.SHOW_DIRECTION_MENU,)

    if question == Question.REFLECTION and step is Step.REFLECTION and value in ("y", "n"):
        given = answers.reflection_answers or ""
        if len(given) < reflection_statements:
            answers = replace(answers, reflection_answers=given + value)
        return answers, (Effect.SHOW_REFLECTION,)

    if question == Question.PATTERN and step is Step.PATTERN:
        if value == "own":
            return answers, (Effect.ASK_OWN_PATTERN,)
        if isinstance(value, PatternPick):
            chosen = replace(answers, pattern_id=value.id, pattern=value.pattern)
            return _continue(chosen, now, Effect.PATTERN_NOTED)

    if question == Question.TYPED_PATTERN and step is Step.PATTERN:
        if not value:
            return answers, (Effect.ASK_NEXT,)
        return _continue(replace(answers, pattern=str(value), pattern_id=None), now)

    if question == Question.ALTERNATIVE and step is Step.ALTERNATIVE and answers.pattern_id and value:
        return _continue(replace(answers, secure_alternative=str(value)), now, Effect.ALTERNATIVE_NOTED)

    if question == Question.TYPED_ALTERNATIVE and step is Step.ALTERNATIVE:
        if not value:
            return answers, (Effect.ASK_NEXT,)
        return _continue(replace(answers, secure_alternative=str(value)), now, Effect.ALTERNATIVE_NOTED)

    if question == Question.ZONE and step is Step.ZONE and isinstance(value, str) and value:
        return _continue(replace(answers, time_zone=value), now, Effect.ZONE_NOTED)

    if question == Question.TIME and step is Step.TIME and isinstance(value, time):
        chosen = replace(answers, checkin_time=value)
        if chosen.changing is not None:
            return _continue(chosen, now, Effect.TIME_NOTED)
        return replace(chosen, onboarded_at=chosen.onboarded_at or now), (Effect.TIME_NOTED, Effect.FINISHED)

    if question == Question.RECAP and step is Step.DONE and value in RECAP_CHOICES:
        _, weekday, at = RECAP_CHOICES[value]
        return replace(answers, recap_weekday=weekday, recap_time=at), (Effect.RECAP_SAVED,)

    return stale
