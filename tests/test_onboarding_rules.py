"""Pure onboarding rules: the current step is derived from what is filled in; the direction hint."""

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time

import pytest

from bot.practice.callback_data import (
    checkin_button,
    onboarding_button,
    parse_checkin_button,
    parse_onboarding_button,
)
from bot.practice.onboarding import Step, current_step, suggest_direction


@dataclass
class Profile:
    adult_confirmed_at: datetime | None = None
    partner_feels_unsafe: bool | None = None
    direction: str | None = None
    reflection_answers: str | None = None
    pattern: str | None = None
    secure_alternative: str | None = None
    time_zone: str | None = None
    checkin_time: time | None = None


def test_steps_follow_in_order_as_fields_fill():
    """Each filled field moves the user to the next step, ending at done."""
    profile = Profile()
    steps = [current_step(profile)]
    for field, value in [
        ("adult_confirmed_at", datetime(2026, 1, 1, tzinfo=UTC)),
        ("partner_feels_unsafe", False),
        ("direction", "anxious"),
        ("pattern", "checking"),
        ("secure_alternative", "wait"),
        ("time_zone", "Europe/Berlin"),
        ("checkin_time", time(21, 0)),
    ]:
        profile = replace(profile, **{field: value})
        steps.append(current_step(profile))
    assert steps == [
        Step.AGE,
        Step.PARTNER,
        Step.DIRECTION,
        Step.PATTERN,
        Step.ALTERNATIVE,
        Step.ZONE,
        Step.TIME,
        Step.DONE,
    ]


def test_reflection_is_a_step_while_direction_is_open():
    """Started reflection answers (even none yet) put an undecided user in the reflection step."""
    adult = Profile(adult_confirmed_at=datetime(2026, 1, 1, tzinfo=UTC), partner_feels_unsafe=False)
    assert current_step(replace(adult, reflection_answers="")) is Step.REFLECTION
    assert current_step(replace(adult, reflection_answers="yn", direction="both")) is Step.PATTERN


LEANINGS = ["anxious", "avoidant", "anxious", "avoidant", "anxious", "avoidant"]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ("ynynyn", "anxious"),
        ("nynyny", "avoidant"),
        ("yyyyyy", "both"),
        ("nnnnnn", "both"),
        ("yyynnn", "anxious"),
    ],
)
def test_suggest_direction_counts_what_fits(answers, expected):
    """More "that's me" on one side suggests it; a tie or nothing suggests both."""
    assert suggest_direction(answers, LEANINGS) == expected


def test_callback_data_round_trips_and_stays_short():
    """Built callback data parses back to the same tap and fits in 64 bytes."""
    data = checkin_button(123456789012, "i", "x")
    assert len(data.encode()) <= 64
    parsed = parse_checkin_button(data)
    assert (parsed.checkin_id, parsed.step, parsed.value) == (123456789012, "i", "x")
    assert parse_onboarding_button(onboarding_button("tz", "America/Argentina/Buenos_Aires")).value == (
        "America/Argentina/Buenos_Aires"
    )
    assert parse_onboarding_button(onboarding_button("off", "-330")).value == "-330"


@pytest.mark.parametrize(
    "data", ["", "ci:", "ci:abc:a:y", "ci:1:z:y", "ci:1:a:yes-please", "x" * 80, "ci:1:a:y:extra"]
)
def test_malformed_checkin_data_is_rejected(data):
    """Anything not of the exact shape parses to None."""
    assert parse_checkin_button(data) is None


def test_over_long_callback_data_cannot_be_built():
    """Building data over Telegram's 64-byte limit is a programming error, caught at once."""
    with pytest.raises(ValueError):
        onboarding_button("tz", "x" * 70)
