"""Onboarding and the settings questions as one pure transition, answer by answer, without Telegram."""

from dataclasses import replace
from datetime import UTC, datetime, time

import pytest

from bot.practice.onboarding import Step
from bot.practice.onboarding_flow import (
    Answers,
    Effect,
    PatternPick,
    Question,
    active_step,
    apply_answer,
    changed_fields,
    choose_setting,
    guard_fields,
)

NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
EARLIER = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
PICK = PatternPick("checking", "checking my phone again and again", "wait an hour, then decide")
NEW = Answers()
ADULT = replace(NEW, adult_confirmed_at=EARLIER)
ASKED_PARTNER = replace(ADULT, partner_feels_unsafe=False)
DIRECTED = replace(ASKED_PARTNER, direction="anxious")
PATTERNED = replace(DIRECTED, pattern_id=PICK.id, pattern=PICK.pattern)
ALTERNATIVE = replace(PATTERNED, secure_alternative=PICK.secure_alternative)
ZONED = replace(ALTERNATIVE, time_zone="Europe/Berlin")
DONE = replace(ZONED, checkin_time=time(21, 0), onboarded_at=EARLIER)


def answer(answers, question, value, statements=3):
    return apply_answer(answers, question, value, NOW, reflection_statements=statements)


def test_each_state_awaits_the_next_step_in_order():
    """The states above walk the steps in order, ending with none awaited."""
    steps = [
        active_step(a) for a in (NEW, ADULT, ASKED_PARTNER, DIRECTED, PATTERNED, ALTERNATIVE, ZONED, DONE)
    ]
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


def test_an_adult_is_noted_and_asked_the_next_question():
    """18 or older: the moment is kept and the partner question follows."""
    after, effects = answer(NEW, Question.AGE, "y")
    assert after == replace(NEW, adult_confirmed_at=NOW)
    assert effects == (Effect.ADULT_NOTED, Effect.ASK_NEXT)


def test_under_18_forgets_everything():
    """Under 18: the user is forgotten and told where young people find help."""
    after, effects = answer(NEW, Question.AGE, "n")
    assert after == Answers() and effects == (Effect.FORGET_USER, Effect.UNDER_18)


@pytest.mark.parametrize(("value", "unsafe"), [("y", True), ("n", False)])
def test_the_partner_answer_is_kept(value, unsafe):
    """Afraid of a partner or not: the answer is kept and onboarding goes on."""
    after, effects = answer(ADULT, Question.PARTNER, value)
    assert after.partner_feels_unsafe is unsafe
    assert effects == (Effect.PARTNER_NOTED, Effect.ASK_NEXT)


def test_a_direction_is_chosen():
    """A direction tap keeps it and asks for the pattern."""
    after, effects = answer(ASKED_PARTNER, Question.DIRECTION, "avoidant")
    assert (after.direction, active_step(after)) == ("avoidant", Step.PATTERN)
    assert effects == (Effect.DIRECTION_NOTED, Effect.ASK_NEXT)


def test_not_sure_opens_the_reflection():
    """Not sure: the reflection statements start, with no direction yet."""
    after, effects = answer(ASKED_PARTNER, Question.DIRECTION, "unsure")
    assert (after.reflection_answers, active_step(after)) == ("", Step.REFLECTION)
    assert effects == (Effect.SHOW_REFLECTION,)


def test_each_reflection_answer_is_added_until_all_are_in():
    """Reflection taps add one letter each, and stop at the number of statements."""
    state = replace(ASKED_PARTNER, reflection_answers="")
    for value in "yny":
        state, effects = answer(state, Question.REFLECTION, value)
        assert effects == (Effect.SHOW_REFLECTION,)
    state, _ = answer(state, Question.REFLECTION, "y")
    assert state.reflection_answers == "yny"


def test_the_menu_leaves_the_reflection():
    """ "I'll choose myself" returns to the direction list."""
    after, effects = answer(replace(ASKED_PARTNER, reflection_answers="yy"), Question.DIRECTION, "menu")
    assert (after.reflection_answers, effects) == (None, (Effect.SHOW_DIRECTION_MENU,))


def test_a_listed_pattern_is_kept_with_its_id():
    """A pattern from the list is kept with its id, and the alternative is asked next."""
    after, effects = answer(DIRECTED, Question.PATTERN, PICK)
    assert (after.pattern_id, after.pattern) == (PICK.id, PICK.pattern)
    assert effects == (Effect.PATTERN_NOTED, Effect.ASK_NEXT)


def test_write_my_own_asks_for_it_and_changes_nothing():
    """ "Write my own" asks for the words and keeps nothing yet."""
    assert answer(DIRECTED, Question.PATTERN, "own") == (DIRECTED, (Effect.ASK_OWN_PATTERN,))


def test_a_typed_pattern_replaces_a_listed_one():
    """A typed pattern is kept without a list id."""
    after, effects = answer(DIRECTED, Question.TYPED_PATTERN, "going quiet when hurt")
    assert (after.pattern_id, after.pattern, effects) == (None, "going quiet when hurt", (Effect.ASK_NEXT,))


@pytest.mark.parametrize("question", [Question.TYPED_PATTERN, Question.TYPED_ALTERNATIVE])
def test_empty_typed_text_asks_again(question):
    """Nothing left after cleaning: the same question again, nothing kept."""
    state = DIRECTED if question == Question.TYPED_PATTERN else PATTERNED
    assert answer(state, question, "") == (state, (Effect.ASK_NEXT,))


def test_the_suggested_alternative_is_kept():
    """ "Use this" keeps the suggested secure alternative."""
    after, effects = answer(PATTERNED, Question.ALTERNATIVE, PICK.secure_alternative)
    assert after.secure_alternative == PICK.secure_alternative
    assert effects == (Effect.ALTERNATIVE_NOTED, Effect.ASK_NEXT)


def test_a_typed_alternative_is_kept():
    """A typed secure alternative is kept and acknowledged."""
    after, effects = answer(PATTERNED, Question.TYPED_ALTERNATIVE, "say it in one sentence")
    assert (after.secure_alternative, effects) == (
        "say it in one sentence",
        (Effect.ALTERNATIVE_NOTED, Effect.ASK_NEXT),
    )


def test_a_zone_is_kept():
    """A resolved zone is kept and the time question follows."""
    after, effects = answer(ALTERNATIVE, Question.ZONE, "Asia/Tokyo")
    assert (after.time_zone, effects) == ("Asia/Tokyo", (Effect.ZONE_NOTED, Effect.ASK_NEXT))


def test_the_time_finishes_onboarding():
    """The check-in time is the last answer: onboarding is done from now."""
    after, effects = answer(ZONED, Question.TIME, time(20, 0))
    assert (after.checkin_time, after.onboarded_at, active_step(after)) == (time(20, 0), NOW, Step.DONE)
    assert effects == (Effect.TIME_NOTED, Effect.FINISHED)


def test_a_recap_slot_is_kept_once_set_up():
    """After onboarding a recap slot sets the weekday and time."""
    after, effects = answer(DONE, Question.RECAP, "mon")
    assert (after.recap_weekday, after.recap_time, effects) == (0, time(8, 0), (Effect.RECAP_SAVED,))


@pytest.mark.parametrize(
    ("state", "question", "value"),
    [
        (ADULT, Question.AGE, "y"),  # asked twice
        (NEW, Question.PARTNER, "y"),  # before the age
        (DIRECTED, Question.DIRECTION, "both"),  # direction already chosen
        (DIRECTED, Question.PATTERN, None),  # a pattern id the list no longer has
        (PATTERNED, Question.ALTERNATIVE, None),  # no suggestion for this pattern
        (ALTERNATIVE, Question.ZONE, None),  # a zone that did not resolve
        (ZONED, Question.TIME, None),  # a time that did not parse
        (ZONED, Question.RECAP, "sun"),  # recap slot before onboarding is done
        (DONE, Question.RECAP, "tue"),  # a slot that is not offered
        (ASKED_PARTNER, Question.REFLECTION, "y"),  # reflection not opened
    ],
)
def test_answers_to_steps_not_awaited_change_nothing(state, question, value):
    """A stale, repeated or forged answer leaves every answer as it was."""
    assert answer(state, question, value) == (state, (Effect.STALE,))


def test_changing_the_time_in_settings_saves_and_confirms():
    """From /settings a new time is saved, the change closes, and "keep going?" counts from now."""
    changing = replace(DONE, changing=Step.TIME.value, keep_going_asked_at=EARLIER)
    after, effects = answer(changing, Question.TIME, time(22, 0))
    assert (after.checkin_time, after.changing, after.onboarded_at) == (time(22, 0), None, EARLIER)
    assert (after.keep_going_asked_at, after.keep_going_reset_at) == (None, NOW)
    assert effects == (Effect.TIME_NOTED, Effect.SETTING_SAVED)


def test_changing_the_pattern_in_settings_asks_for_the_alternative_next():
    """A new pattern from /settings moves the change on to its secure alternative."""
    changing = replace(DONE, changing=Step.PATTERN.value)
    after, effects = answer(changing, Question.PATTERN, PICK)
    assert (after.changing, after.prompt_opened_at) == (Step.ALTERNATIVE.value, NOW)
    assert effects == (Effect.PATTERN_NOTED, Effect.ASK_NEXT)


def test_a_new_alternative_in_settings_brings_plan_one_along():
    """The alternative that ends a pattern change saves the setting and has plan 1 follow the new words."""
    changing = replace(DONE, changing=Step.ALTERNATIVE.value)
    after, effects = answer(changing, Question.TYPED_ALTERNATIVE, "ask once, then wait")
    assert (after.secure_alternative, after.changing) == ("ask once, then wait", None)
    assert effects == (Effect.ALTERNATIVE_NOTED, Effect.PLAN_ONE_FOLLOWS, Effect.SETTING_SAVED)


def test_changing_the_direction_in_settings_can_go_through_the_reflection():
    """A direction change that is unsure shows the reflection, then saves the chosen direction."""
    changing = replace(DONE, changing=Step.DIRECTION.value)
    unsure, _ = answer(changing, Question.DIRECTION, "unsure")
    assert active_step(unsure) is Step.REFLECTION
    after, effects = answer(unsure, Question.DIRECTION, "both")
    assert (after.direction, after.changing, effects) == (
        "both",
        None,
        (Effect.DIRECTION_NOTED, Effect.SETTING_SAVED),
    )


def test_the_write_sets_only_what_changed_and_is_guarded_by_what_was_read():
    """One write: the changed fields, guarded by the change in progress and their old values."""
    after, _ = answer(ADULT, Question.PARTNER, "y")
    changes = changed_fields(ADULT, after)
    assert changes == {"partner_feels_unsafe": True}
    assert guard_fields(ADULT, changes) == {"changing": None, "partner_feels_unsafe": None}


def test_encrypted_fields_are_guarded_only_while_empty():
    """A pattern already stored (encrypted) is not compared; an empty one is."""
    changing = replace(DONE, changing=Step.PATTERN.value)
    after, _ = answer(changing, Question.TYPED_PATTERN, "new words")
    guard = guard_fields(changing, changed_fields(changing, after))
    assert "pattern" not in guard and guard["pattern_id"] == PICK.id
    assert guard_fields(DIRECTED, {"pattern": "x"}) == {"changing": None, "pattern": None}


@pytest.mark.parametrize(
    ("setting", "step"),
    [("tz", Step.ZONE), ("tm", Step.TIME), ("dir", Step.DIRECTION), ("pat", Step.PATTERN)],
)
def test_a_setting_is_changed_through_its_question(setting, step):
    """/settings → a setting opens its onboarding question, and that step is awaited."""
    after, effects = choose_setting(replace(DONE, reflection_answers="y"), setting, NOW)
    assert (active_step(after), after.prompt_opened_at, after.reflection_answers) == (step, NOW, None)
    assert effects == (Effect.ASK_NEXT,)


def test_the_recap_setting_shows_the_slots():
    """/settings → Recap day shows the slots and changes nothing yet."""
    assert choose_setting(DONE, "rc", NOW) == (DONE, (Effect.SHOW_RECAP_CHOICES,))


@pytest.mark.parametrize(
    ("setting", "field", "explained"),
    [("quiet", "quiet", Effect.QUIET_EXPLAINED), ("ptn", "partner_feels_unsafe", Effect.PARTNER_EXPLAINED)],
)
def test_yes_no_settings_flip_in_place(setting, field, explained):
    """Quiet mode and partner practices flip, the menu is shown again, and what changed is said once."""
    after, effects = choose_setting(DONE, setting, NOW)
    assert getattr(after, field) is not getattr(DONE, field) and effects == (Effect.MENU_SAVED, explained)


def test_the_now_button_setting_flips_and_sends_the_keyboard():
    """/settings → /now button flips it, shows the menu again, and sends the reply keyboard (or its removal)."""
    after, effects = choose_setting(DONE, "nowkb", NOW)
    assert after == replace(DONE, now_button=True)
    assert effects == (Effect.MENU_SAVED, Effect.NOW_BUTTON_SENT)


@pytest.mark.parametrize(("state", "setting"), [(ZONED, "tz"), (DONE, "xyz")])
def test_settings_before_onboarding_or_unknown_are_stale(state, setting):
    """The menu does nothing for someone not set up, or for a setting it does not have."""
    assert choose_setting(state, setting, NOW) == (state, (Effect.STALE,))
