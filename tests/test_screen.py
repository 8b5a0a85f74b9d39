"""The crisis screen, behaviour by behaviour: tiers, context, languages, disguises, long texts and help words."""

import time

import pytest

from bot.practice.screen import Category, Screen, Tier, asks_for_help, screen

CRISIS, CHECK, NONE = Tier.CRISIS, Tier.CHECK, Tier.NONE


@pytest.mark.parametrize(
    "text",
    [
        "I feel like dying",
        "part of me wants to die",
        "I've been saving up my pills",
        "I've decided to end things",
        "i wnat to die",
        "suicidial",
        "kms",
        "thinking about unaliving myself tonight",
        "k*ll myself",
        "I want to sleep and never wake up",
    ],
)
def test_the_writers_own_suicidal_words_are_crisis(text):
    """Direct, indirect, misspelt and disguised suicidal phrasing is crisis, category suicide."""
    result = screen(text)
    assert result.tier is CRISIS and Category.SUICIDE in result.categories


@pytest.mark.parametrize("text", ["quiero morir", "ich will nicht mehr leben", "я хочу умереть"])
def test_suicidal_words_in_other_languages_are_crisis_with_their_language(text):
    """Spanish, German and Russian suicidal phrases are crisis and carry their language code."""
    result = screen(text)
    assert result.tier is CRISIS and result.language == {"q": "es", "i": "de", "я": "ru"}[text[0]]


def test_a_partners_threat_to_kill_the_writer_is_partner_violence():
    """ "He's going to kill me" is crisis, category partner_violence."""
    assert screen("He's going to kill me").categories == {Category.PARTNER_VIOLENCE}


def test_an_urge_to_cut_is_self_harm():
    """ "I feel like cutting" is crisis, category self_harm."""
    assert screen("I feel like cutting").categories == {Category.SELF_HARM}


@pytest.mark.parametrize(
    "text",
    [
        "I'll die if he leaves me",
        "I can't do this anymore, he never texts back",
        "what's the point",
        "I'm not safe",
    ],
)
def test_indirect_distress_and_relationship_hyperbole_get_one_question(text):
    """Indirect distress and a death word about a relationship worry are a check, never the crisis flow."""
    assert screen(text).tier is CHECK


@pytest.mark.parametrize(
    "text",
    ["this meeting makes me want to die lol", "I will die if he leaves me lol", "I'm dying to see him"],
)
def test_death_words_used_lightly_are_not_a_crisis(text):
    """A death word with a trivial cause and laughter, or an idiom, is ordinary talk."""
    assert screen(text).tier is NONE


def test_a_denial_is_at_most_a_check():
    """ "I'm not suicidal, just tired" is a check, not a crisis."""
    assert screen("I'm not suicidal, just tired").tier is CHECK


def test_a_resolved_past_thought_is_a_check():
    """A suicidal thought told as resolved history gets the gentle question only."""
    assert screen("I used to think about ending it years ago, I'm ok now").tier is CHECK


def test_someone_else_at_risk_is_other_person_not_the_writers_crisis():
    """ "my sister is suicidal" routes to other_person only."""
    assert screen("my sister is suicidal").categories == {Category.OTHER_PERSON}


def test_a_childhood_memory_of_abuse_is_past_abuse():
    """ "when I was 8 my uncle abused me" is past_abuse, not partner violence."""
    assert screen("when I was 8 my uncle abused me").categories == {Category.PAST_ABUSE}


def test_a_partners_self_harm_threat_to_control_is_coercion():
    """ "he says he'll kill himself if I leave him" is coercion, not the writer's suicide or someone else's."""
    assert screen("he says he'll kill himself if I leave him").categories == {Category.COERCION}


@pytest.mark.parametrize(
    "text",
    [
        "I feel like I'm 12 again when he goes quiet",
        "he really hurt me by ignoring my texts",
        "my kids are 12 and 14",
    ],
)
def test_similes_memories_and_emotional_hurt_are_ordinary(text):
    """An age as a simile or of others, and hurt feelings, raise nothing."""
    assert screen(text).tier is NONE


def test_the_bbc_case_is_a_minor_and_sexual_violence():
    """ "I'm being forced to have sex and I'm only 12" is crisis, minor plus sexual violence."""
    result = screen("I'm being forced to have sex and I'm only 12")
    assert result.tier is CRISIS and {Category.MINOR, Category.SEXUAL_VIOLENCE} <= result.categories


def test_an_age_alone_is_a_check_not_a_crisis():
    """ "I'm 16" with no danger asks gently (this bot is for adults) instead of raising a crisis."""
    result = screen("I'm 16, can I use this?")
    assert result.tier is CHECK and result.categories == {Category.MINOR}


def test_the_brief_checklist_eating_disorder_phrase_is_crisis():
    """ "I'm looking forward to throwing up after dinner" is crisis, category eating_disorder."""
    assert Category.EATING_DISORDER in screen("I'm looking forward to throwing up after dinner").categories


def test_a_signal_buried_in_a_long_message_is_found():
    """A crisis sentence in the middle of 20,000 characters of diary is still crisis."""
    diary = "Work was busy and we had dinner. He texted back late but I stayed calm. " * 140
    result = screen(diary + "Honestly I don't want to be here anymore. " + diary)
    assert result.tier is CRISIS


def test_the_long_text_gate_changes_no_answer():
    """Padding a phrase past the gate's threshold with ordinary sentences gives the same tier."""
    padding = "We walked to the market and bought bread. " * 80
    for text in (
        "I've been saving up my pills",
        "kms",
        "what's the point",
        "I'm dying to see him",
        "quiero morir",
    ):
        assert screen(padding + text).tier is screen(text).tier, text


def test_a_100000_character_message_finishes_without_catastrophic_backtracking():
    """Pathological input (100,000 characters of repeats and near-misses) is screened in well under a second."""
    texts = [
        "a" * 100_000,
        ("i i i i want want to to " * 5000)[:100_000],
        ("he he he hit hit me me " * 5000)[:100_000],
        ("k i l l " * 13_000)[:100_000],
    ]
    screen("warm up")
    for text in texts:
        started = time.perf_counter()
        screen(text)
        assert time.perf_counter() - started < 1.0


def test_the_screen_is_deterministic_and_rebuilt_alike():
    """The same text gives the same answer twice, and from a newly built screen."""
    text = "part of me wants to die, my sister is worried"
    assert screen(text) == screen(text) == Screen()(text)


@pytest.mark.parametrize(
    "text", ["help", "HELP!", "/help", "sos", " Help. ", "heeelp", "ayuda", "Hilfe", "помогите"]
)
def test_a_lone_help_word_counts_as_asking_for_help(text):
    """A message that is only a help word, in any of the screen's languages, counts as /sos."""
    assert asks_for_help(text) is True


@pytest.mark.parametrize("text", ["help me with my homework", "helpful", "", "sos sos", "I need help"])
def test_help_inside_a_longer_message_is_not_a_help_word(text):
    """Only the whole message being one help word counts; longer text goes through the screen."""
    assert asks_for_help(text) is False
