"""The callback-data registry: every family builds data that its own parser reads back, within 64 bytes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from telegram.ext import CallbackQueryHandler

from bot.app import build_application
from bot.config import Settings
from bot.practice import callback_data as cd
from tests.conftest import rendered_callback_data
from tests.fakebot.server import DEFAULT_TOKEN

# The longest values each builder is given in practice: twelve-digit ids, long zone names, ISO weeks.
LONGEST_ID = 10**12 - 1
BUILT = [
    (cd.checkin_button(LONGEST_ID, "c", "s"), cd.CheckInButton(LONGEST_ID, "c", "s")),
    (cd.checkin_button(7, "r"), cd.CheckInButton(7, "r", "")),
    # The pattern picker names a plan by its id.
    (cd.checkin_button(LONGEST_ID, "p", str(LONGEST_ID)), cd.CheckInButton(LONGEST_ID, "p", str(LONGEST_ID))),
    (cd.exercise_button(LONGEST_ID, "f", "c"), cd.ExerciseButton(str(LONGEST_ID), "f", "c")),
    (cd.exercise_button("new", "o"), cd.ExerciseButton("new", "o", "")),
    (
        cd.onboarding_button("tz", "America/Argentina/ComodRivadavia"),
        cd.OnboardingButton("tz", "America/Argentina/ComodRivadavia"),
    ),
    (cd.onboarding_button("off", "-720"), cd.OnboardingButton("off", "-720")),
    (
        cd.recap_more_button(date(2026, 11, 22), date(2026, 11, 28)),
        (date(2026, 11, 22), date(2026, 11, 28)),
    ),
    (cd.capacity_button("2026-W48", "r", "3"), cd.CapacityButton("2026-W48", "r", "3")),
    (cd.capacity_button("2026-W48", "c", "x"), cd.CapacityButton("2026-W48", "c", "x")),
    (cd.pause_button("forever"), "forever"),
    (cd.settings_button("quiet"), "quiet"),
    (cd.keep_going_button(), "go"),
    (cd.safety_button("yes", "s"), cd.SafetyButton("yes", "s")),
    (cd.safety_button("lines"), cd.SafetyButton("lines", "")),
    (cd.safety_plan_button("skip", 5), cd.SafetyPlanButton("skip", 5)),
    (cd.free_text_button("jour"), "jour"),
    (cd.help_all_button(), True),
    (cd.story_button("go"), cd.StoryButton("go", None)),
    (cd.story_button("p", 12), cd.StoryButton("p", 12)),
    (cd.bid_button("new"), cd.BidButton("new", None, "")),
    (cd.bid_button("r", code="t"), cd.BidButton("r", None, "t")),
    (cd.bid_button("w", LONGEST_ID, "p"), cd.BidButton("w", LONGEST_ID, "p")),
    (cd.support_button("2026-W01", "n"), ("2026-W01", "n")),
    (cd.delete_button("no"), "no"),
    (cd.plan_button("e", LONGEST_ID, "c"), cd.PlanButton("e", LONGEST_ID, "c")),
    (cd.moment_button("h", LONGEST_ID, 120), cd.MomentButton("h", LONGEST_ID, 120)),
    (cd.held_button(LONGEST_ID, "l"), (LONGEST_ID, "l")),
    (cd.held_button(LONGEST_ID, "x"), (LONGEST_ID, "x")),
    (cd.repair_button("y", date(2026, 11, 24)), ("y", date(2026, 11, 24))),
    (cd.share_button("t", True, "m"), cd.ShareButton("t", True, "m")),
    (cd.settings_button("nowkb"), "nowkb"),
    (cd.partner_button("i"), cd.PartnerButton("i", None, "")),
    (cd.partner_button("uy"), cd.PartnerButton("uy", None, "")),
    (cd.partner_button("ba", LONGEST_ID, "t"), cd.PartnerButton("ba", LONGEST_ID, "t")),
    (cd.partner_button("bp", 0), cd.PartnerButton("bp", 0, "")),
]


@pytest.mark.parametrize(("data", "expected"), BUILT, ids=[data for data, _ in BUILT])
def test_built_data_parses_back(data, expected):
    """What a builder makes, the registry reads back to the same fields."""
    assert cd.parse(data) == expected


@pytest.mark.parametrize(("data", "expected"), BUILT, ids=[data for data, _ in BUILT])
def test_built_data_fits_telegram(data, expected):
    """Every built button stays within Telegram's 64 bytes."""
    assert len(data.encode("utf-8")) <= cd.MAX_CALLBACK_BYTES


def test_every_family_is_built_above():
    """The samples above cover every declared family, so a new family needs a sample."""
    assert {cd.family_of(data) for data, _ in BUILT} == set(cd.FAMILIES)


def test_prefixes_are_unique_and_do_not_shadow_each_other():
    """No family's pattern also matches another family's data."""
    for data, _ in BUILT:
        routed = [family for family in cd.FAMILIES if __import__("re").match(family.pattern, data)]
        assert len(routed) == 1, data


@pytest.mark.parametrize(
    "data",
    [
        "ci:x:c",
        "ex:1",
        "ob:",
        "rm:20261128:20261122",
        "cap:2026W48:r:9",
        "st:p",
        "bid:w:x:p",
        "sh:f:2:m",
        "pn:zz",
        "pn:ba:1:tt",
        "zz:1",
    ],
)
def test_malformed_data_is_not_read(data):
    """Forged or stale data no family reads gives None, never an exception."""
    assert cd.parse(data) is None


def test_a_builder_refuses_data_over_64_bytes():
    """A value that would push the data past 64 bytes is refused where it is built."""
    with pytest.raises(ValueError):
        cd.onboarding_button("tz", "x" * 70)


def test_the_application_routes_every_family_by_its_registered_pattern(tmp_path):
    """bot/app.py registers exactly the registry's patterns for taps (plus one catch-all)."""
    settings = Settings(
        _env_file=None, bot_token=DEFAULT_TOKEN, database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    )
    app = build_application(settings, content=None)
    patterns = [
        handler.pattern.pattern
        for group in app.handlers.values()
        for handler in group
        if isinstance(handler, CallbackQueryHandler) and handler.pattern is not None
    ]
    assert sorted(patterns) == sorted(family.pattern for family in cd.FAMILIES)


@dataclass
class _Call:
    params: dict


@dataclass
class _Fake:
    calls: list


def test_the_transcript_check_sees_a_button_no_family_reads():
    """The end-to-end check collects every rendered button, so an unregistered one would fail a test."""
    fake = _Fake(
        [
            _Call({"reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "ci:1:c:s"}]]}}),
            _Call({"reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "zz:1"}]]}}),
            _Call({"text": "no keyboard"}),
        ]
    )
    seen = rendered_callback_data(fake)
    assert seen == ["ci:1:c:s", "zz:1"]
    assert [data for data in seen if cd.parse(data) is None] == ["zz:1"]
