"""Pure rules for if–then plans: how many, how a typed answer edits one, what is asked next, how it reads."""

import html

from bot.practice import plans
from bot.practice.plans import Plan

EMPTY = Plan(id=4, cue=None, old_move=None, secure_alternative=None)
FULL = Plan(
    id=5,
    cue="When he doesn't answer for an hour",
    old_move="I send message after message",
    secure_alternative="I put the phone in another room & text a friend",
)


def test_a_third_pattern_fits():
    """Two active plans leave room for a third."""
    assert plans.can_add(2)


def test_a_fourth_pattern_does_not_fit():
    """Three active plans are the most a user holds at once."""
    assert not plans.can_add(3)


def test_typed_answer_sets_only_its_field():
    """Editing the cue changes the cue and leaves the other fields as they were."""
    edit = plans.apply_edit(FULL, "cue", "  When she goes quiet  ")
    assert edit.plan == Plan(
        id=5, cue="When she goes quiet", old_move=FULL.old_move, secure_alternative=FULL.secure_alternative
    )


def test_empty_answer_is_refused_kindly():
    """Whitespace and dots are not a plan; the refusal says a few words are enough."""
    edit = plans.apply_edit(FULL, "secure_alternative", " . ")
    assert edit.plan is None and "few words" in edit.refusal


def test_long_answer_is_shortened():
    """An answer longer than the field allows is cut, not refused."""
    edit = plans.apply_edit(EMPTY, "old_move", "x" * 500)
    assert len(edit.plan.old_move) == plans.MAX_FIELD_CHARS


def test_unknown_field_is_refused():
    """Only the three plan fields can be edited."""
    assert plans.apply_edit(FULL, "id", "7").plan is None


def test_new_plan_asks_the_cue_first_then_the_old_move_then_the_alternative():
    """A plan being written asks for its missing fields in the when–instead–then order."""
    assert plans.next_missing(EMPTY) == "cue"
    assert plans.next_missing(Plan(id=4, cue="c", old_move=None, secure_alternative=None)) == "old_move"
    assert (
        plans.next_missing(Plan(id=4, cue="c", old_move="o", secure_alternative=None)) == "secure_alternative"
    )
    assert plans.next_missing(FULL) is None


def test_first_plan_comes_from_onboarding_answers():
    """The onboarding pattern becomes the old move of the first plan, its alternative the new move."""
    assert plans.first_plan_fields("Going quiet", "Say one sentence") == {
        "cue": None,
        "old_move": "Going quiet",
        "secure_alternative": "Say one sentence",
    }


def test_no_first_plan_without_a_pattern():
    """A user who has not named a pattern gets no plan made for them."""
    assert plans.first_plan_fields(None, "Say one sentence") is None


def test_plan_reads_in_the_users_words_and_escapes_them():
    """The plan sentence keeps the user's words, escaped for HTML."""
    sentence = plans.plan_sentence(FULL, html.escape)
    assert sentence.startswith("<b>When</b> he doesn&#x27;t answer for an hour,")
    assert "<b>then I</b> put the phone in another room &amp; text a friend." in sentence
    assert "(instead of: I send message after message)" in sentence


def test_prompt_value_round_trips():
    """The remembered prompt names the field and plan it waits for."""
    assert plans.parse_prompt(plans.prompt_value("old_move", 12)) == ("old_move", 12)


def test_prompt_value_of_another_flow_is_not_a_plan_field():
    """A held-message prompt is not read as a plan field."""
    assert plans.parse_prompt("hold:10:3") is None


def test_plan_without_a_cue_reads_as_when_the_pattern_starts():
    """A plan from onboarding, with no cue yet, still reads as an if–then sentence."""
    sentence = plans.plan_sentence(
        Plan(id=1, cue=None, old_move="Going quiet", secure_alternative="Say one sentence."), html.escape
    )
    assert sentence.startswith("<b>When</b> the pattern starts,\n<b>then I</b> say one sentence.")


def test_a_stored_plan_reads_as_the_rules_plan():
    """Any row with a plan's four fields becomes the rules' Plan, field for field."""

    class Row:
        id, cue, old_move, secure_alternative = 7, "no reply for an hour", "text again", None

    assert plans.plan_of(Row()) == Plan(
        id=7, cue="no reply for an hour", old_move="text again", secure_alternative=None
    )
