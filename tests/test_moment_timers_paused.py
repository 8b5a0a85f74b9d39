"""Pure rule: what the hold-the-message and five-more-minutes timers send during /pause and a safety pause."""

import pytest

from bot.practice import moments
from bot.practice.callback_data import held_button, parse_held_button


def test_a_held_message_is_asked_about_as_usual_without_any_pause():
    """No pause: "Still want to send it?" as always."""
    assert moments.timer_delivery("hold", paused=False, safety_pause=False) == moments.ASK


def test_during_pause_the_held_message_question_still_comes():
    """The user asked for that reminder in so many words, so /pause does not swallow it."""
    assert moments.timer_delivery("hold", paused=True, safety_pause=False) == moments.ASK


@pytest.mark.parametrize("paused", [False, True])
def test_during_a_safety_pause_the_held_message_comes_back_in_plain_words(paused):
    """Their words are not kept from them, but no practice wording comes with them."""
    assert moments.timer_delivery("hold", paused=paused, safety_pause=True) == moments.PLAIN


@pytest.mark.parametrize(("paused", "safety_pause"), [(True, False), (False, True), (True, True)])
def test_five_more_minutes_end_quietly_during_either_pause(paused, safety_pause):
    """The end of five more minutes is only a practice line: no pause lets it through."""
    assert moments.timer_delivery("stay", paused=paused, safety_pause=safety_pause) == moments.NOTHING


def test_five_more_minutes_end_with_their_line_otherwise():
    """Without a pause the timer ends with its one line."""
    assert moments.timer_delivery("stay", paused=False, safety_pause=False) == moments.ASK


def test_the_plain_words_carry_no_practice():
    """The plain reminder and its answers speak of the message only: no question about sending, no praise."""
    plain = " ".join([moments.HELD_PLAIN, moments.PLAIN_BACK, moments.DELETED]).lower()
    for practice_word in ("still want", "pattern", "choice", "practice", "strong", "send"):
        assert practice_word not in plain


def test_letting_go_during_a_safety_pause_is_answered_without_praise():
    """ "Let it go" tapped on an earlier question while a safety pause lasts deletes it, and says only that."""
    assert moments.held_decision_words("l", safety_pause=True) == ("let_go", moments.DELETED)
    assert moments.held_decision_words("l", safety_pause=False) == ("let_go", moments.LET_GO)


def test_the_plain_buttons_fit_and_parse_back():
    """ "Show it" and "Delete it" are held-message buttons within 64 bytes."""
    for decision in ("v", "x"):
        data = held_button(999_999_999_999, decision)
        assert len(data.encode()) <= 64 and parse_held_button(data) == (999_999_999_999, decision)
