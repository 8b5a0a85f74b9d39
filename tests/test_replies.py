"""Pure reply rules: the situation of an answer, words that remember the last days, no repeat within a week."""

import random
from datetime import date, timedelta

import pytest

from bot.practice.replies import (
    REPLIES,
    VARIETY_DAYS,
    RecentDay,
    choose_reply,
    parse_remembered,
    remembered,
    situation,
)

MONDAY = date(2026, 11, 23)
OUTCOMES = ("secure", "both", "old", "no", "unsure")


def days(first: date, outcomes: str) -> list[RecentDay]:
    """Earlier check-ins from `first`, one letter a day: s secure, b both, o old, n no, u unsure, - unanswered."""
    names = {"s": "secure", "b": "both", "o": "old", "n": "no", "u": "unsure", "-": None}
    return [RecentDay(first + timedelta(days=offset), names[code]) for offset, code in enumerate(outcomes)]


def test_every_situation_has_at_least_nine_replies():
    """Each of the seven situations has nine or more texts: a week in one situation plus two changed answers."""
    assert set(REPLIES) == {"secure", "both", "old", "repeat_hard", "comeback", "no", "unsure"}
    assert all(len(texts) >= VARIETY_DAYS + 2 for texts in REPLIES.values())
    assert all(len(set(texts)) == len(texts) for texts in REPLIES.values())


def test_replies_are_short_enough_for_a_lock_screen():
    """Every reply, words filled in, stays under 200 characters."""
    for name, texts in REPLIES.items():
        for text in texts:
            filled = text.format(
                nth="Second",
                count="2",
                when="on Wednesday",
                When="On Wednesday",
                day="Wednesday",
                Day="Wednesday",
            )
            assert len(filled) < 200, (name, filled)


def test_a_second_old_day_in_a_row_is_a_repeat_hard_day():
    """Old yesterday and old today: the repeat-hard situation, with a run of two."""
    found = situation("old", MONDAY, days(MONDAY - timedelta(days=1), "o"))
    assert (found.name, found.run) == ("repeat_hard", 2)


def test_the_run_counts_only_consecutive_old_days():
    """Old, secure, old, old, then old today: a run of three, not four."""
    found = situation("old", MONDAY, days(MONDAY - timedelta(days=4), "osoo"))
    assert found.run == 3


def test_an_unanswered_day_breaks_the_run():
    """An old day two days ago, nothing yesterday: today's old is a plain old-pattern day."""
    assert situation("old", MONDAY, days(MONDAY - timedelta(days=2), "o-")).name == "old"


def test_a_secure_choice_after_an_old_day_is_a_comeback():
    """Old on Saturday, a calm Sunday, secure on Monday: a comeback answering Saturday."""
    found = situation("secure", MONDAY, days(MONDAY - timedelta(days=2), "on"))
    assert (found.name, found.old_date) == ("comeback", MONDAY - timedelta(days=2))


def test_some_of_both_after_an_old_day_is_a_comeback_too():
    """Some of both the day after the old pattern counts as coming back."""
    assert situation("both", MONDAY, days(MONDAY - timedelta(days=1), "o")).name == "comeback"


def test_a_secure_choice_after_a_secure_day_is_no_comeback():
    """Old, then secure, then secure today: today is an ordinary secure day."""
    assert situation("secure", MONDAY, days(MONDAY - timedelta(days=2), "os")).name == "secure"


def test_an_old_day_over_a_week_ago_brings_no_comeback():
    """An old day seven days back is too far for today to be called a comeback."""
    assert situation("secure", MONDAY, days(MONDAY - timedelta(days=7), "onnnnnn")).name == "secure"


def test_a_repeat_hard_reply_names_the_run():
    """On the second and third old day in a row the reply says so ("Second", "Third", or the number)."""
    for run, words in ((2, ("Second", "2 in a row")), (3, ("Third", "3 in a row"))):
        recent = days(MONDAY - timedelta(days=run - 1), "o" * (run - 1))
        for seed in range(10):
            reply = choose_reply("old", local_date=MONDAY, recent=recent, seed=seed)
            assert reply.id.startswith("repeat_hard.")
            assert any(word in reply.text for word in words), reply.text


def test_a_long_run_says_another_instead_of_an_ordinal():
    """Nine old days in a row: no made-up ordinal, the words still read."""
    recent = days(MONDAY - timedelta(days=8), "o" * 8)
    texts = {choose_reply("old", local_date=MONDAY, recent=recent, seed=seed).text for seed in range(14)}
    assert all("{" not in text and ("Another" in text or "9 in a row" in text) for text in texts)


def test_a_comeback_reply_names_the_hard_day():
    """A comeback the day after says "yesterday"; two days after, it names the weekday."""
    yesterday = choose_reply(
        "secure", local_date=MONDAY, recent=days(MONDAY - timedelta(days=1), "o"), seed=3
    )
    assert "yesterday" in yesterday.text.lower()
    saturday = choose_reply(
        "secure", local_date=MONDAY, recent=days(MONDAY - timedelta(days=2), "on"), seed=3
    )
    assert "Saturday" in saturday.text


def test_todays_earlier_reply_is_not_given_again_when_the_answer_changes():
    """Changing today's answer to the same outcome brings a different reply."""
    first = choose_reply("secure", local_date=MONDAY, recent=[], seed=0)
    again = choose_reply(
        "secure", local_date=MONDAY, recent=[RecentDay(MONDAY, "secure", (first.id,))], seed=0
    )
    assert again.id != first.id


def test_reply_ids_are_remembered_in_order():
    """The stored list of reply ids grows by one and reads back in order."""
    assert parse_remembered(remembered(remembered(None, "old.1"), "secure.2")) == ("old.1", "secure.2")
    assert parse_remembered(None) == ()


@pytest.mark.parametrize("seed", range(20))
def test_a_simulated_month_never_repeats_a_reply_within_a_week(seed):
    """Forty days of random answers, changed now and then (at most twice a week): no reply twice in seven days."""
    rng = random.Random(seed)
    history: dict[date, RecentDay] = {}
    given: list[tuple[date, str]] = []
    first = date(2026, 11, 1)
    for offset in range(40):
        today = first + timedelta(days=offset)
        weights = [3, 2, 4, 2, 1] if seed % 2 else [1, 1, 6, 1, 1]  # odd seeds mixed, even seeds mostly old
        changes_this_week = sum(1 for day, _ in given if (today - day).days < VARIETY_DAYS) - min(offset, 6)
        # Now and then the answer is changed once, at most twice in any week.
        answers = 1 + (rng.random() < 0.15 and changes_this_week < 2)
        for _ in range(answers):
            outcome = rng.choices(OUTCOMES, weights)[0]
            recent = [
                day for day in history.values() if today - day.local_date < timedelta(days=VARIETY_DAYS)
            ]
            reply = choose_reply(outcome, local_date=today, recent=recent, seed=rng.randrange(1000))
            earlier = history.get(today, RecentDay(today, None)).reply_ids
            history[today] = RecentDay(today, outcome, (*earlier, reply.id))
            given.append((today, reply.id))
    for index, (day, reply_id) in enumerate(given):
        for later_day, later_id in given[index + 1 :]:
            if (later_day - day).days < VARIETY_DAYS:
                assert later_id != reply_id, (day, later_day, reply_id)


def test_the_variety_check_would_catch_a_repeat():
    """Without memory the same seed gives the same reply: the month test above can fail."""
    one = choose_reply("old", local_date=MONDAY, recent=[], seed=4)
    two = choose_reply("old", local_date=MONDAY + timedelta(days=2), recent=[], seed=4)
    assert one.id == two.id
