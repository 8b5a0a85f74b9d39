"""The crisis screen measured on the labelled corpus: recall and false alarms by language, held to floors."""

import pytest

from bot.practice.screen import READ_WHOLE, Screen, screen
from tests.screen_corpus.measure import FLOORS, below_floor, load, measure, table

PHRASES = load()
FIGURES, MISTAKES = measure(PHRASES)
LANGUAGES = sorted(key for key in FIGURES if key != "all")


def test_the_corpus_is_large_and_mostly_not_only_english():
    """At least 600 labelled phrases, at least a third of them not English, in all thirteen languages."""
    assert len(PHRASES) >= 600
    assert sum(phrase.language != "en" for phrase in PHRASES) >= len(PHRASES) / 3
    assert set(LANGUAGES) == {"en", "es", "pt", "de", "fr", "it", "ru", "uk", "tr", "pl", "fa", "ar", "id"}


def test_every_phrase_is_labelled_with_known_labels_and_categories():
    """Labels are crisis, check or clear; crisis phrases name a category; clear phrases name none."""
    categories = {
        "suicide", "self_harm", "harm_to_others", "partner_violence", "sexual_violence", "minor",
        "other_person", "past_abuse", "coercion", "eating_disorder", "medical_emergency",
    }  # fmt: skip
    for phrase in PHRASES:
        assert phrase.label in ("crisis", "check", "clear"), phrase
        assert set(phrase.categories) <= categories, phrase
        assert (phrase.label != "crisis" or phrase.categories) and (
            phrase.label != "clear" or not phrase.categories
        )


@pytest.mark.parametrize("language", [*LANGUAGES, "all"])
def test_recall_and_false_alarms_meet_their_floors(language):
    """Crisis recall >= 0.97, check coverage >= 0.95, false alarm <= 0.03, check on clear <= 0.15."""
    misses = below_floor(FIGURES[language])
    wrong = [f"{tier}: {p.text}" for p, tier in MISTAKES if language in (p.language, "all")][:15]
    assert not misses, f"{language}: {', '.join(misses)}\n" + "\n".join(wrong) + "\n" + table(FIGURES)


def test_the_floors_are_the_ones_the_readme_states():
    """The floors in the measurement are the documented ones."""
    assert FLOORS == {
        "crisis_recall": 0.97,
        "check_coverage": 0.95,
        "false_alarm": 0.03,
        "check_on_clear": 0.15,
    }


def test_the_gated_reading_gives_the_same_answers_as_reading_every_rule_over_the_whole_text():
    """On every corpus phrase, alone and buried in a long text, the gate changes no tier, category or language."""
    whole = Screen(gate_from=READ_WHOLE)
    padding = "We walked to the market and bought bread, then I called my mum about Sunday. " * 40
    for phrase in PHRASES:
        assert screen(phrase.text) == whole(phrase.text), phrase.text
    for phrase in PHRASES[::7]:
        long_text = padding + phrase.text + "\n" + padding
        assert screen(long_text).tier is whole(phrase.text).tier, phrase.text
