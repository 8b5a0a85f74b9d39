"""Pure rules: a feeling typed where a time or a place was asked is told from an attempt at the answer."""

import pytest

from bot.practice.free_text import reads_as_sentence
from bot.practice.onboarding import Step, heard_instead_of_answer

FEELING = "i feel awful tonight he didn't text back"


@pytest.mark.parametrize(
    "typed",
    [
        "21",
        "9pm",
        "21:30",
        "half past nine",
        "around nine in the evening",
        "Berlin",
        "new york",
        "Europe/Berlin",
        "UTC+2",
        "I live in Berlin",
        "i'm from new york",
        "i think 9:30 works for me",
        "whatever works for me",
        "i have no idea",
        "you pick one for me",
        "",
    ],
)
def test_times_and_places_are_not_sentences(typed):
    """What reads as a time or a place, even in a few words, is not taken for a sentence."""
    assert not reads_as_sentence(typed)


@pytest.mark.parametrize(
    "typed",
    [
        FEELING,
        "I can't stop checking if she read my message",
        "he’s gone quiet again and I'm scared",
        "feeling so alone right now",
        "why won't they answer me",
        "he left me on read again",
    ],
)
def test_feelings_typed_in_a_sentence_are_sentences(typed):
    """A few words about oneself or someone close read as a sentence."""
    assert reads_as_sentence(typed)


@pytest.mark.parametrize("typed", ["i don't know", "i feel awful", "me too"])
def test_three_words_are_too_few_for_a_sentence(typed):
    """Under four words nothing reads as a sentence, whatever the words."""
    assert not reads_as_sentence(typed)


def test_a_feeling_at_the_time_question_is_heard_and_the_question_stays_open():
    """The line acknowledges the feeling, points at /now, and still asks for a time with an example."""
    line = heard_instead_of_answer(Step.TIME, FEELING, onboarded=True)
    assert line.startswith("That sounds like a lot")
    assert "/now has something for this moment" in line and "a time for your check-in, like 21:00" in line


def test_a_feeling_at_the_place_question_still_asks_for_a_place():
    """At the time-zone question the line asks for a city or time zone, with examples."""
    line = heard_instead_of_answer(Step.ZONE, FEELING, onboarded=True)
    assert "your city or time zone, like Berlin or UTC+2" in line


def test_during_setup_now_is_offered_for_once_setup_is_done():
    """Before setup is finished /now only leads back to setup, so the line says it comes after."""
    assert "Once we're set up, /now" in heard_instead_of_answer(Step.TIME, FEELING, onboarded=False)


def test_an_attempt_at_the_answer_gets_no_such_line():
    """A misread time gets the usual "couldn't read" reply, not the line for a feeling."""
    assert heard_instead_of_answer(Step.TIME, "25:61", onboarded=True) is None


def test_other_steps_get_no_such_line():
    """Only the time and place questions answer a feeling this way."""
    assert heard_instead_of_answer(Step.PATTERN, FEELING, onboarded=False) is None
