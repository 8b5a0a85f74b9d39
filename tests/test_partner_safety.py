"""Pure rules and content for someone afraid of a partner: self-directed suggestions, and no partner in what is shown."""

import re
import shutil
from dataclasses import replace

import pytest

from bot.content.loader import ContentError, content_dir, load_onboarding
from bot.practice import moments, partner_safety
from bot.practice import plans as plan_rules
from bot.practice.exercise_choice import Exercise
from bot.practice.partner_safety import SELF_DIRECTED_ALTERNATIVE, PartnerFilter, names_partner
from bot.practice.plans import Plan

ONBOARDING = load_onboarding()
PARTNER_TEXTS = partner_safety.partner_texts(ONBOARDING.all_patterns())
AFRAID = PartnerFilter(partner_safe=False, partner_texts=PARTNER_TEXTS)
SAFE = PartnerFilter(partner_safe=True, partner_texts=PARTNER_TEXTS)

# Words that put a partner, a relationship with one or contact with them into a suggestion. Written
# separately from the rules' own list, so a word dropped there still fails here.
PARTNER_WORDING = re.compile(
    r"\b(partner|boyfriend|girlfriend|husband|wife|spouse|lover|date|he|she|him|her|his|they|them|their|"
    r"we|us|our|relationship|close moment|closeness|argument|fight|texts?|message|reply|call|"
    r"are we okay|between us|would you|say it directly|reset)\b",
    re.IGNORECASE,
)


def test_every_pattern_suggestion_carries_tags():
    """Each pattern suggestion in every direction is tagged: partner tags, or self_directed."""
    for option in ONBOARDING.all_patterns():
        assert option.tags, option.id


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both"])
def test_each_direction_has_at_least_three_self_directed_suggestions(direction):
    """A person afraid of a partner has a real choice in every direction."""
    assert len(partner_safety.suggestions(ONBOARDING.patterns[direction], partner_safe=False)) >= 3


def test_no_self_directed_suggestion_has_partner_wording():
    """The self-directed patterns, alternatives and buttons mention no partner, pronoun for one, or contact."""
    for option in ONBOARDING.all_patterns():
        if option.self_directed:
            for text in (option.button, option.pattern, option.secure_alternative):
                assert not PARTNER_WORDING.search(text), (option.id, text)
                assert not names_partner(text), (option.id, text)


def test_every_partner_suggestion_is_recognised_as_partner_words():
    """Each tagged suggestion's pattern and alternative are hidden from an afraid user."""
    for option in ONBOARDING.all_patterns():
        if not option.self_directed:
            assert AFRAID.hides(option.pattern) and AFRAID.hides(option.secure_alternative), option.id


def test_a_self_directed_suggestion_with_a_partner_tag_is_refused(tmp_path):
    """self_directed cannot sit beside a partner tag: the file fails naming the entry."""
    shutil.copy(content_dir() / "onboarding.yaml", tmp_path / "onboarding.yaml")
    path = tmp_path / "onboarding.yaml"
    text = path.read_text()
    path.write_text(text.replace("tags: [self_directed]", "tags: [self_directed, partner_task]", 1))
    with pytest.raises(ContentError, match="worry_spiral"):
        load_onboarding(tmp_path)


def test_a_suggestion_without_tags_is_refused(tmp_path):
    """A pattern suggestion with no tags fails to load."""
    shutil.copy(content_dir() / "onboarding.yaml", tmp_path / "onboarding.yaml")
    path = tmp_path / "onboarding.yaml"
    path.write_text(path.read_text().replace("      tags: [partner_task, phone_away]\n", "", 1))
    with pytest.raises(ContentError, match="phone_checking"):
        load_onboarding(tmp_path)


def test_afraid_users_are_offered_only_self_directed_suggestions():
    """With partner fear set, the suggestions are exactly the self-directed ones."""
    offered = partner_safety.suggestions(ONBOARDING.patterns["anxious"], partner_safe=False)
    assert offered and all(option.self_directed for option in offered)


def test_other_users_are_offered_the_partner_suggestions():
    """Without partner fear, the usual relationship suggestions are offered."""
    offered = partner_safety.suggestions(ONBOARDING.patterns["anxious"], partner_safe=True)
    assert [option.id for option in offered][:2] == ["phone_checking", "reassurance"]


@pytest.mark.parametrize(
    "typed",
    ["Checking if my boyfriend is online", "going quiet when he's cold", "Texting them again and again"],
)
def test_typed_words_that_name_a_partner_are_hidden(typed):
    """A pattern the user typed that points at someone else is not shown once a partner frightens them."""
    assert AFRAID.pattern(typed) is None


def test_a_picked_partner_suggestion_without_a_partner_word_is_hidden():
    """ "Going quiet instead of saying what's bothering me" names no one, but was a partner suggestion."""
    going_quiet = ONBOARDING.pattern_option("going_quiet")
    assert not names_partner(going_quiet.pattern) and AFRAID.pattern(going_quiet.pattern) is None


def test_a_hidden_alternative_becomes_the_self_directed_step():
    """The partner alternative is replaced by a step for the person alone."""
    protest = ONBOARDING.pattern_option("protest_moves")
    assert AFRAID.alternative(protest.secure_alternative) == SELF_DIRECTED_ALTERNATIVE
    assert not names_partner(SELF_DIRECTED_ALTERNATIVE)


def test_self_directed_words_are_shown_as_they_are():
    """A self-directed pattern stays visible to an afraid user."""
    assert AFRAID.pattern("Being harsh with myself when I feel on edge") == (
        "Being harsh with myself when I feel on edge"
    )


def test_without_partner_fear_nothing_is_hidden():
    """A user who is not afraid sees their partner pattern as they chose it."""
    assert SAFE.pattern("Checking my phone again and again when my partner is out") is not None


def test_a_plan_is_shown_without_partner_words():
    """The first plan from a partner pattern keeps a name and a self-directed step, and no partner words."""
    plan = Plan(
        id=1, cue="when he doesn't answer", old_move="I text him again", secure_alternative="I ask them once"
    )
    shown = AFRAID.plan(plan)
    assert (shown.cue, shown.old_move, shown.secure_alternative) == (None, None, SELF_DIRECTED_ALTERNATIVE)
    assert plan_rules.plan_label(shown) == "Your pattern"
    assert not names_partner(plan_rules.plan_sentence(shown, str))


def test_a_new_pattern_is_worth_offering_only_when_the_chosen_one_points_at_a_partner():
    """The offer to pick a self-directed pattern comes when the pattern or alternative is hidden."""
    assert AFRAID.needs_new_pattern("Checking my phone when my partner is out", "Breathe")
    assert not AFRAID.needs_new_pattern("Being harsh with myself", "One kind line")


@pytest.mark.parametrize("field", plan_rules.FIELDS)
def test_plan_questions_for_afraid_users_have_self_directed_examples(field):
    """The /plans examples for someone afraid of a partner mention no partner or contact with one."""
    assert not PARTNER_WORDING.search(plan_rules.question(field, partner_safe=False))


def test_afraid_users_get_no_timer_in_the_moment():
    """Holding a message and staying five more minutes are about a partner: not offered."""
    assert moments.timer_offer("anxious", partner_safe=False) is None
    assert moments.timer_offer("avoidant", partner_safe=False) is None


def _exercise(exercise_id: str, tags: frozenset[str] = frozenset()) -> Exercise:
    return Exercise(
        id=exercise_id,
        title=exercise_id,
        direction="anxious",
        level=1,
        minutes=1,
        partner=False,
        purpose="soothe",
        frameworks=(),
        steps=("Breathe.", "Again."),
        why="Calms.",
        source="A source",
        tags=tags,
    )


def test_a_tagged_practice_that_helped_before_is_not_shown_in_the_moment():
    """/now's "helped most" skips a tagged practice when a partner frightens the user."""
    phone_away = _exercise("A12", frozenset({"phone_away"}))
    breathe = replace(_exercise("A01"), level=2)
    history = [moments.FeltPractice("A12", "calmer")]
    assert moments.helped_most([phone_away, breathe], history, "anxious").id == "A12"
    assert moments.helped_most([phone_away, breathe], history, "anxious", partner_safe=False).id == "A01"
