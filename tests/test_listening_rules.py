"""Pure rules for listening: when earlier questions stop taking text after a crisis, and varied acknowledgements."""

from datetime import UTC, datetime, timedelta

from bot.practice.listening import DURING_PAUSE, listening_closed, pause_reply

RAISED = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def test_no_flag_leaves_listening_open():
    """Without a safety flag every open question still takes typed text."""
    assert listening_closed(None, None) is False


def test_a_flag_closes_listening_until_a_command_or_a_new_question_comes_after_it():
    """A flag closes earlier questions; a command or a question opened after it opens listening again."""
    before, after = RAISED - timedelta(minutes=1), RAISED + timedelta(minutes=1)
    assert listening_closed(RAISED, None, None) is True
    assert listening_closed(RAISED, before, before) is True
    assert listening_closed(RAISED, after, None) is False
    assert listening_closed(RAISED, before, after) is False


def test_pause_replies_vary_and_never_offer_practice_or_a_check_in():
    """Consecutive messages get different words, each with the lines and without practice or /checkin."""
    replies = {pause_reply(seed) for seed in range(len(DURING_PAUSE))}
    assert len(replies) == len(DURING_PAUSE)
    assert all("/sos" in reply and "/checkin" not in reply and "practice" not in reply for reply in replies)
