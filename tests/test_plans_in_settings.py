"""Pure rules that keep the pattern in /settings and plan 1 saying the same thing, and the /now button's label."""

from bot.practice import moments
from bot.practice.plans import Plan, first_plan_after_setting, pattern_from_first_plan

FIRST = Plan(id=4, cue="When he goes quiet", old_move="Checking my phone", secure_alternative="Breathe out")
SECOND = Plan(id=5, cue="When plans change", old_move="Going cold", secure_alternative="Say one line")


def test_a_new_pattern_in_settings_rewrites_plan_one_and_drops_its_cue():
    """The old move and alternative take the new words; the cue of the old pattern no longer fits."""
    change = first_plan_after_setting([FIRST, SECOND], "Going silent", "Say how I feel")
    assert change == (4, {"old_move": "Going silent", "secure_alternative": "Say how I feel", "cue": None})


def test_a_new_alternative_alone_keeps_plan_ones_cue():
    """Only the alternative changed: plan 1 keeps its cue and old move."""
    change = first_plan_after_setting([FIRST], "Checking my phone", "Text a friend")
    assert change == (4, {"old_move": "Checking my phone", "secure_alternative": "Text a friend"})


def test_settings_that_already_agree_change_nothing():
    """When plan 1 already says what /settings says, nothing is written."""
    assert first_plan_after_setting([FIRST], "Checking my phone", "Breathe out") is None


def test_a_new_pattern_after_every_plan_was_retired_becomes_a_new_plan_one():
    """With no active plan, the pattern chosen in /settings becomes plan 1 again."""
    change = first_plan_after_setting([], "Going silent", "Say how I feel")
    assert change == (None, {"cue": None, "old_move": "Going silent", "secure_alternative": "Say how I feel"})


def test_editing_plan_one_changes_the_pattern_settings_show():
    """Plan 1's new old move and alternative become the pattern and alternative in /settings."""
    edited = Plan(id=4, cue=None, old_move="Scrolling his profile", secure_alternative="Breathe out")
    assert pattern_from_first_plan([edited, SECOND], "Checking my phone", "Breathe out") == (
        "Scrolling his profile",
        "Breathe out",
    )


def test_retiring_plan_one_makes_the_next_plan_the_pattern():
    """When plan 1 is retired, the plan after it is plan 1 now, and /settings names its pattern."""
    assert pattern_from_first_plan([SECOND], "Checking my phone", "Breathe out") == (
        "Going cold",
        "Say one line",
    )


def test_a_plan_still_being_written_leaves_the_settings_as_they_are():
    """A plan 1 without its alternative yet does not blank the pattern in /settings."""
    half = Plan(id=6, cue="When", old_move="Going cold", secure_alternative=None)
    assert pattern_from_first_plan([half], "Checking my phone", "Breathe out") is None
    assert pattern_from_first_plan([], "Checking my phone", "Breathe out") is None


def test_only_the_buttons_exact_label_opens_now():
    """The /now button's label (spaces around it ignored) opens /now; a sentence that contains it does not."""
    assert moments.is_now_button(moments.NOW_BUTTON)
    assert moments.is_now_button(f"  {moments.NOW_BUTTON} ")
    assert not moments.is_now_button(f"I think {moments.NOW_BUTTON.lower()}, help")
