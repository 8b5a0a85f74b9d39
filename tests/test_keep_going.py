"""Keep-going's transitions: when the check-in goes out, waits, or asks "keep going?", and what answers it."""

from datetime import UTC, datetime, timedelta

from bot.practice.keep_going import (
    KEEP_GOING_WAIT,
    UNANSWERED_BEFORE_ASKING,
    KeepGoing,
    Next,
    SentCheckIn,
    answered,
    before_checkin,
    restarted,
    unanswered_in_a_row,
)

NOW = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)
FRESH = KeepGoing(asked_at=None, reset_at=None)


def ignored(days_ago: int) -> SentCheckIn:
    return SentCheckIn(answered=False, sent=True, sent_at=NOW - timedelta(days=days_ago))


def test_the_checkin_goes_out_while_fewer_than_five_went_unanswered():
    """Four unanswered check-ins in a row: the fifth is sent as usual."""
    recent = [ignored(day) for day in range(1, UNANSWERED_BEFORE_ASKING)]
    assert before_checkin(FRESH, recent, NOW) == (FRESH, Next.SEND)


def test_five_unanswered_in_a_row_ask_instead():
    """Five unanswered check-ins in a row: "keep going?" replaces the check-in and is remembered."""
    recent = [ignored(day) for day in range(1, UNANSWERED_BEFORE_ASKING + 1)]
    assert before_checkin(FRESH, recent, NOW) == (KeepGoing(asked_at=NOW, reset_at=None), Next.ASK)


def test_an_answered_checkin_breaks_the_run():
    """One answered check-in among the newest stops the count there."""
    recent = [
        ignored(1),
        SentCheckIn(answered=True, sent=True, sent_at=NOW),
        *[ignored(d) for d in range(3, 9)],
    ]
    assert unanswered_in_a_row(recent, None) == 1


def test_a_checkin_never_sent_breaks_the_run():
    """A check-in that was never on the screen is not "ignored"."""
    recent = [ignored(1), SentCheckIn(answered=False, sent=False, sent_at=None), ignored(3)]
    assert unanswered_in_a_row(recent, None) == 1


def test_checkins_before_the_last_restart_do_not_count():
    """After an answer to "keep going?", only check-ins sent since then count."""
    recent = [ignored(day) for day in range(1, 9)]
    assert unanswered_in_a_row(recent, NOW - timedelta(days=3, hours=1)) == 3


def test_while_asked_the_checkins_stay_quiet():
    """Asked and not answered: the due check-in is not sent and nothing changes."""
    asked = KeepGoing(asked_at=NOW - timedelta(days=2), reset_at=None)
    assert before_checkin(asked, [], NOW) == (asked, Next.QUIET)


def test_a_week_without_an_answer_starts_again():
    """A week after asking, the check-ins start again and the count restarts."""
    asked = KeepGoing(asked_at=NOW - KEEP_GOING_WAIT, reset_at=None)
    assert before_checkin(asked, [], NOW) == (KeepGoing(asked_at=None, reset_at=NOW), Next.SEND)


def test_an_answer_clears_the_question_and_restarts_the_count():
    """Keep going, a check-in opened: the question is answered and the count starts from now."""
    asked = KeepGoing(asked_at=NOW - timedelta(days=1), reset_at=None)
    assert answered(asked, NOW) == KeepGoing(asked_at=None, reset_at=NOW)


def test_an_answer_when_nothing_was_asked_changes_nothing():
    """Opening a check-in when no question is waiting leaves the count alone."""
    state = KeepGoing(asked_at=None, reset_at=NOW - timedelta(days=9))
    assert answered(state, NOW) == state


def test_a_pause_or_a_new_time_always_restarts():
    """A pause or a new time is an answer whether or not the question was asked."""
    assert restarted(NOW) == KeepGoing(asked_at=None, reset_at=NOW)
