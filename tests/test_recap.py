"""Pure weekly-recap rules: the practice score, week counts and comebacks, and the words of each section."""

import random
import re
import time
from datetime import date, timedelta

import pytest

from bot.practice.recap import (
    FOOTER,
    MAIN_MAX_CHARS,
    MAX_RECAP_CHARS,
    Comeback,
    DayRecord,
    PracticeRecord,
    WeekSummary,
    compare_weeks,
    compose_recap,
    four_week_trend,
    is_regression,
    practice_score,
    practice_score_series,
    progress_line,
    recap_text,
    summarize_week,
    trend_word,
    visible_length,
    week_bounds,
    week_key,
    weekly_series,
)

RECAP_DATE = date(2026, 11, 23)  # a Monday morning recap: the week runs Monday 16 to Sunday 22 November
WEEK_START, WEEK_END = date(2026, 11, 16), date(2026, 11, 22)
PATTERN = "Sending message after message when a reply is slow"
ALTERNATIVE = "Write the next message here first, wait 15 minutes, then decide"

# One letter per day: s secure, b some of both, o old pattern, n no, u not sure,
# - opened but not answered, . no check-in at all.
CODES = {
    "s": ("yes", "secure"),
    "b": ("yes", "both"),
    "o": ("yes", "old"),
    "n": ("no", None),
    "u": ("unsure", None),
    "-": (None, None),
}

BANNED_WORDS = re.compile(r"\b(fail\w*|relapse\w*|streak\w*|should|regression\w*|proves?)\b", re.IGNORECASE)
AVOIDED_CLAIMS = ("21 days", "you will become secure", "anxious type", "avoidant type")
GUILT_WORDS = ("missed", "behind", "fell off", "skipped", "broke", "disappoint", "only ", "lost")


def history(first_day: date, codes: str) -> list[DayRecord]:
    """Check-ins from `first_day`, one letter per day (see CODES)."""
    return [
        DayRecord(first_day + timedelta(days=offset), *CODES[code], None)
        for offset, code in enumerate(codes)
        if code != "."
    ]


def weeks_back(days, practices=(), *, recap_date=RECAP_DATE, count=4) -> list[WeekSummary]:
    """Summaries of the `count` weeks ending on recap_date, newest first (as the handler builds them)."""
    start, end = week_bounds(recap_date)
    return [
        summarize_week(
            days,
            practices,
            week_start=start - timedelta(days=7 * back),
            week_end=end - timedelta(days=7 * back),
        )
        for back in range(count)
    ]


def recap_for(days, practices=(), *, first_recap=False, pattern=PATTERN, alternative=ALTERNATIVE, **extra):
    """The recap sections for the week ending RECAP_DATE, wired the way the handler wires them."""
    weeks = weeks_back(days, practices)
    recap = compose_recap(
        current=weeks[0],
        previous=None if first_recap else weeks[1],
        recent_weeks=[weeks[0]] if first_recap else list(reversed(weeks)),
        score_now=practice_score(days, until=WEEK_END),
        score_before=None if first_recap else practice_score(days, until=WEEK_START - timedelta(days=1)),
        pattern=pattern,
        secure_alternative=alternative,
        first_recap=first_recap,
        **extra,
    )
    # Everything the person can read: the short recap, then what More shows.
    return recap.main + recap.details


def section_with(sections, words: str) -> str:
    """The one section containing `words`."""
    found = [section for section in sections if words in section]
    assert len(found) == 1, (words, sections)
    return found[0]


def assert_telegram_html(text: str) -> None:
    """Only <b> and <i>, properly nested, and every & starts an entity."""
    stack = []
    for closing, tag in re.findall(r"<(/?)([^>]*)>", text):
        assert tag in {"b", "i"}, tag
        if closing:
            assert stack and stack.pop() == tag, text
        else:
            stack.append(tag)
    assert not stack
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x27|#\d+);)", text)


STEADY_PREVIOUS = "sbnssns"  # 16 … 22 minus 7: a settled week before
STEADY = "sssbssn"  # 5 secure of 6 activated
HARD_WITH_COMEBACK = "oonsnnn"  # old Mon, old Tue, no Wed, secure Thu


# --- Practice score ----------------------------------------------------------------------------


def high_score_history(days_back: int = 200) -> list[DayRecord]:
    """A long run of secure choices, which brings the score to (almost exactly) 100."""
    return history(WEEK_START - timedelta(days=days_back), "s" * days_back)


def test_one_old_day_from_100_costs_about_five_points():
    """From a score of 100, one old-pattern day costs between 4 and 6 points."""
    days = high_score_history()
    before = practice_score(days, until=WEEK_START)
    after = practice_score(days + history(WEEK_START, "o"), until=WEEK_START)
    assert before > 99.9
    assert 4 <= before - after <= 6


def test_one_hard_day_from_neutral_is_a_small_dent():
    """From the neutral 50, a single old-pattern day leaves the score well above zero (about 47)."""
    assert practice_score([], until=WEEK_END) == 50
    assert 45 < practice_score(history(WEEK_START, "o"), until=WEEK_END) < 50


def test_score_is_unchanged_by_calm_unsure_and_unanswered_days():
    """No, Not sure and unanswered days leave the score and its series exactly as they were."""
    base = history(WEEK_START, "sob")
    padded = base + history(WEEK_START + timedelta(days=3), "nnu-u-n")
    assert practice_score(padded, until=WEEK_END + timedelta(days=7)) == practice_score(base, until=WEEK_END)
    assert practice_score_series(padded) == practice_score_series(base)


def test_half_life_is_about_thirteen_activated_days():
    """After 13 old-pattern days from 100 the score is about 50."""
    days = high_score_history() + history(WEEK_START, "o" * 13)
    assert practice_score(days, until=WEEK_START + timedelta(days=13)) == pytest.approx(50, abs=1)


def test_series_has_one_point_per_activated_day_with_a_choice():
    """The series holds (date, score after that day) for each chosen day only, scores within 0..100."""
    days = history(WEEK_START, "sn-ob") + [DayRecord(WEEK_END, "yes", None, None)]
    series = practice_score_series(days)
    assert [point_date for point_date, _ in series] == [
        WEEK_START,
        WEEK_START + timedelta(days=3),
        WEEK_START + timedelta(days=4),
    ]
    assert series[0][1] > 50 > series[1][1]
    assert all(0 <= score <= 100 for _, score in series)


def test_score_until_ignores_later_days():
    """practice_score(until=d) counts nothing after d."""
    days = history(WEEK_START, "ssoo")
    assert practice_score(days, until=WEEK_START + timedelta(days=1)) == practice_score(
        days[:2], until=WEEK_END
    )


# --- Week summary and comebacks ------------------------------------------------------------------


def test_steady_week_counts():
    """A steady week: 7 answered, 6 activated, 5 secure, 1 both, no old, no comebacks."""
    week = summarize_week(history(WEEK_START, STEADY), [], week_start=WEEK_START, week_end=WEEK_END)
    assert (week.answered, week.activated, week.secure, week.both, week.old) == (7, 6, 5, 1, 0)
    assert week.comebacks == () and week.days_in_range == 7


def test_unanswered_and_outside_days_are_not_counted():
    """Opened-but-unanswered check-ins and days outside the week count as nothing."""
    days = history(WEEK_START - timedelta(days=1), "s-s.....s")
    week = summarize_week(days, [], week_start=WEEK_START, week_end=WEEK_END)
    assert (week.answered, week.secure) == (1, 1)


def test_comeback_pairs_the_last_old_day_with_the_next_secure_one():
    """Old Mon, old Tue, secure Thu: one comeback, Tuesday to Thursday, 2 days."""
    week = summarize_week(
        history(WEEK_START, HARD_WITH_COMEBACK[:3] + "s"), [], week_start=WEEK_START, week_end=WEEK_END
    )
    assert week.comebacks == (Comeback(date(2026, 11, 17), date(2026, 11, 19), 2),)


def test_comeback_reaches_back_into_last_week():
    """Old on last Sunday, both on Monday: the comeback belongs to this week, not last week."""
    days = history(WEEK_START - timedelta(days=1), "ob")
    this_week, last_week = weeks_back(days, count=2)
    assert this_week.comebacks == (Comeback(WEEK_START - timedelta(days=1), WEEK_START, 1),)
    assert last_week.comebacks == ()


def test_comeback_lookback_stops_at_fourteen_days():
    """An old day more than 14 days before the week starts is not paired with this week's secure day."""
    days = history(WEEK_START - timedelta(days=15), "o") + history(WEEK_START, "s")
    assert summarize_week(days, [], week_start=WEEK_START, week_end=WEEK_END).comebacks == ()


def test_practices_count_completed_ones_and_their_feelings():
    """Only completed practices count, with how they left the user."""
    practices = [
        PracticeRecord(WEEK_START, True, "calmer"),
        PracticeRecord(WEEK_START, True, "worse"),
        PracticeRecord(WEEK_START, True, None),
        PracticeRecord(WEEK_START, False, None),
        PracticeRecord(WEEK_START - timedelta(days=1), True, "calmer"),
    ]
    week = summarize_week([], practices, week_start=WEEK_START, week_end=WEEK_END)
    assert (week.practices_done, week.calmer, week.same, week.worse) == (3, 1, 0, 1)


# --- Comparison, trend, harder weeks -----------------------------------------------------------------


def summary(secure=0, both=0, old=0, answered=None, start=WEEK_START) -> WeekSummary:
    activated = secure + both + old
    return WeekSummary(
        week_start=start,
        week_end=start + timedelta(days=6),
        answered=activated if answered is None else answered,
        activated=activated,
        secure=secure,
        both=both,
        old=old,
        comebacks=(),
        practices_done=0,
        calmer=0,
        same=0,
        worse=0,
        days_in_range=7,
    )


def test_compare_weeks_says_up_down_or_same():
    """The comparison names this week's secure choices and last week's, plainly."""
    assert (
        compare_weeks(summary(secure=4), summary(secure=2))
        == "Compared with last week: 4 secure choices, up from 2."
    )
    assert "1 secure choice, down from 3" in compare_weeks(summary(secure=1), summary(secure=3))
    assert "the same" in compare_weeks(summary(secure=2), summary(secure=2))


def test_compare_weeks_is_silent_without_a_week_to_compare():
    """No previous week, one without check-ins, or a calm week now gives no comparison."""
    assert compare_weeks(summary(secure=2), None) == ""
    assert compare_weeks(summary(secure=2), summary(answered=0)) == ""
    assert compare_weeks(summary(answered=5), summary(secure=3)) == ""


def test_trend_lists_shares_oldest_first():
    """The trend shows each week's secure share (both counts half), oldest first."""
    weeks = [summary(secure=1, old=1), summary(answered=2), summary(secure=1, both=1), summary(secure=4)]
    assert (
        four_week_trend(weeks)
        == "Share of secure choices, last 4 weeks (oldest first): 50% · — · 75% · 100%."
    )


def test_trend_is_silent_with_fewer_than_two_active_weeks():
    """With activations in only one week there is no trend to state."""
    assert four_week_trend([summary(answered=3), summary(answered=0), summary(secure=2)]) == ""


def test_is_regression_on_more_old_or_a_three_point_drop():
    """More old-pattern choices, or a drop of 3+ points, is a harder week; a 2.9 drop alone is not."""
    assert is_regression(summary(old=2), summary(old=1), 60, 60)
    assert is_regression(summary(old=1), summary(old=1), 57, 60)
    assert not is_regression(summary(old=1), summary(old=1), 57.1, 60)
    assert not is_regression(summary(old=3), None, None, None)


# --- Composed recap ----------------------------------------------------------------------------------


def steady_days():
    return history(WEEK_START - timedelta(days=7), STEADY_PREVIOUS + STEADY)


def hard_days():
    return history(WEEK_START - timedelta(days=7), STEADY_PREVIOUS + HARD_WITH_COMEBACK[:3] + "s" + "nnn")


def test_steady_week_reads_positively():
    """5 secure of 6: the right counts, a positive line, and none of the harder-week words."""
    sections = recap_for(steady_days())
    text = recap_text(sections)
    assert "Check-ins answered: <b>7</b>" in text and "Days the pattern showed up: <b>6</b>" in text
    assert "Secure choices: <b>5</b>" in text and "Some of both: <b>1</b>" in text
    assert "Hudson et al., 2019" in text
    assert not any(word in text for word in ("harder week", "Slips", "Prochaska", "3-minute"))


def test_hard_week_with_a_comeback():
    """Old Mon and Tue, secure Thu: the comeback is named by weekday, and the harder week is framed as recovery."""
    sections = recap_for(hard_days())
    comeback = section_with(sections, "Comebacks")
    assert "Tuesday the old pattern won; by Thursday you chose differently." in comeback
    harder = section_with(sections, "Prochaska et al., 1992")
    assert "Lally et al., 2010" in harder and "Breines and Chen, 2012" in harder
    assert "you came back within 2 days" in harder
    assert harder.count("One next step") == 1 and harder.count("/exercise") == 1


def test_harder_week_cites_an_earlier_comeback_as_evidence():
    """With no comeback this week, the user's last comeback from earlier weeks is their evidence."""
    days = history(WEEK_START - timedelta(days=14), "osnnnnn" + "sssssss" + "ooonnnn")
    harder = section_with(recap_for(days), "Prochaska")
    assert "last time the old pattern won, you came back within a day" in harder


def test_harder_week_without_any_comeback_still_offers_one_step():
    """No comeback and no secure choice anywhere: no invented evidence, still one next step."""
    days = history(WEEK_START - timedelta(days=7), "nnnnnnn" + "oonnonn")
    harder = section_with(recap_for(days), "Prochaska")
    assert "evidence" not in harder and harder.count("/exercise") == 1


def test_empty_week_is_a_fresh_start():
    """No check-ins: fresh-start words, no numbers or score, nothing that sounds like guilt."""
    days = history(WEEK_START - timedelta(days=7), "sosbsns" + ".......")
    sections = recap_for(days)
    text = recap_text(sections)
    assert "a new week is a natural fresh start (Dai et al., 2014)" in text
    assert "No catch-up needed" in text
    assert not any(word in text for word in ("Check-ins answered", "Practice score", "Compared", "Share of"))
    assert not any(word in text.lower() for word in GUILT_WORDS)
    assert sections[0].startswith("<b>Your week</b>") and sections[-1] == FOOTER


def test_first_partial_week_makes_no_comparison():
    """A first recap on three days says what it can: no comparison, no trend, no 'down from', no 'last week'."""
    days = history(WEEK_END - timedelta(days=2), "sos")
    weeks = weeks_back(days)
    sections = compose_recap(
        current=weeks[0],
        previous=weeks[1],
        recent_weeks=list(reversed(weeks)),
        score_now=practice_score(days, until=WEEK_END),
        score_before=50.0,
        pattern=PATTERN,
        secure_alternative=ALTERNATIVE,
        first_recap=True,
    )
    text = recap_text(sections.main + sections.details)
    assert "fuller picture builds over a few weeks" in text
    assert not any(
        word in text for word in ("Compared", "Share of", "down from", "up from", "last week", "harder week")
    )
    assert "Practice score: <b>" in text


def test_nearly_empty_week_says_what_it_can():
    """Two check-ins: the counts, but no comparison, trend or score change."""
    days = history(WEEK_START - timedelta(days=7), "sssssss" + "o.....s")
    text = recap_text(recap_for(days))
    assert "Check-ins answered: <b>2</b>" in text and "snapshot" in text
    assert not any(word in text for word in ("Compared", "Share of", "(last week"))


def test_nearly_empty_week_gets_no_harder_week_words():
    """One old day out of two check-ins gets a kind line, not the harder-week framing."""
    days = history(WEEK_START - timedelta(days=7), "sssssss" + "o.....n")
    text = recap_text(recap_for(days))
    assert "One day the old pattern won, and that's normal." in text
    assert "Prochaska" not in text and "harder week" not in text


def test_a_week_without_check_ins_is_no_baseline_for_a_harder_week():
    """Back after an empty week: old days are not "more than last week" when last week recorded nothing."""
    days = history(WEEK_START - timedelta(days=7), "......." + "oonssnn")
    text = recap_text(recap_for(days))
    assert "harder week" not in text and "Compared" not in text


def test_calm_week_makes_no_down_from_comparison():
    """A week the pattern never showed up is not 'down from' last week's secure choices."""
    days = history(WEEK_START - timedelta(days=7), "sssnnnn" + "nnunnnn")
    text = recap_text(recap_for(days))
    assert "A calm week." in text and "down from" not in text


def test_comparison_and_trend_appear_in_an_ordinary_week():
    """With a previous week, the recap compares secure choices and states the trend."""
    text = recap_text(recap_for(steady_days()))
    assert "Compared with last week: 5 secure choices, up from 4." in text
    assert "Share of secure choices, last 2 weeks (oldest first): 90% · 92%." in text
    assert "(before this week " in text


def test_exercises_section_only_when_practised():
    """Practices appear with how they left the user, and not at all when none were done."""
    practices = [PracticeRecord(WEEK_START, True, "calmer"), PracticeRecord(WEEK_END, True, "same")]
    assert "Practices done: <b>2</b> (afterwards: 1 calmer, 1 about the same)." in recap_text(
        recap_for(steady_days(), practices)
    )
    assert "Practices done" not in recap_text(recap_for(steady_days()))


def test_more_than_three_comebacks_are_summed_up():
    """Four comebacks in a week: three lines, then "And 1 more." so the recap stays short."""
    comebacks = section_with(recap_for(history(WEEK_START - timedelta(days=1), "osososos")), "Comebacks")
    assert comebacks.startswith("<b>Comebacks: 4</b>")
    assert comebacks.count("chose differently") + comebacks.count("came back to the new one") == 3
    assert "And 1 more." in comebacks


def test_dates_instead_of_weekdays_when_asked_or_far_apart():
    """weekday_names=False, or days a week or more apart, name the comeback by date."""
    sections = recap_for(hard_days(), weekday_names=False)
    assert "On 17 November the old pattern won; by 19 November you chose differently." in recap_text(sections)
    far_apart = recap_for(
        history(WEEK_START - timedelta(days=8), "o") + history(WEEK_START + timedelta(days=2), "s")
    )
    assert "On 8 November the old pattern won; by 18 November you chose differently." in recap_text(far_apart)


def test_heading_spans_months():
    """A week over a month end shows both months."""
    days = history(date(2026, 11, 30), "s")
    week = summarize_week(days, [], week_start=date(2026, 11, 30), week_end=date(2026, 12, 6))
    sections = compose_recap(
        current=week,
        previous=None,
        recent_weeks=[week],
        score_now=None,
        score_before=None,
        pattern=None,
        secure_alternative=None,
        first_recap=True,
    )
    assert sections.main[0] == "<b>Your week</b>\n<i>30 November – 6 December</i>"


def test_focus_ties_to_the_pattern_and_alternative():
    """The focus is an if–then plan from the user's own pattern and alternative; a generic one without.

    A typed text over 60 characters is cut in the short recap, so the whole plan is repeated under More.
    """
    focus = [section for section in recap_for(steady_days()) if "For the coming week" in section][-1]
    assert (
        f"(<i>{PATTERN[0].lower() + PATTERN[1:]}</i>)" in focus
        and "then I will <i>write the next message here first" in focus
    )
    generic = section_with(recap_for(steady_days(), pattern=None, alternative=None), "For the coming week")
    assert "notice the pull" in generic and "<i>" not in generic


def test_typed_i_will_is_not_doubled():
    """An alternative typed as "I'll …" reads "then I will …", not "then I will I'll …"."""
    focus = section_with(
        recap_for(steady_days(), alternative="I'll say one small feeling."), "For the coming week"
    )
    assert "then I will <i>say one small feeling.</i>\n" in focus


def test_pattern_and_alternative_are_escaped():
    """User text goes through html.escape: markup typed by the user is shown, not obeyed."""
    text = recap_text(
        recap_for(steady_days(), pattern="<b>Texting</b> & waiting", alternative="Breathe <3 then wait")
    )
    assert "&lt;b&gt;Texting&lt;/b&gt; &amp; waiting" in text and "breathe &lt;3 then wait" in text
    assert "<b>Texting" not in text
    assert_telegram_html(text)


# --- Banned words, HTML and size across many histories -------------------------------------------------


def year_of_days(seed: int = 7) -> list[DayRecord]:
    rng = random.Random(seed)
    first = RECAP_DATE - timedelta(days=364)
    return [
        DayRecord(
            first + timedelta(days=offset), *CODES[rng.choice("ssbbooonnu-")], rng.choice([None, 1, 3, 5])
        )
        for offset in range(365)
    ]


HISTORIES = {
    "steady": lambda: recap_for(steady_days()),
    "hard with comeback": lambda: recap_for(hard_days()),
    "hard without evidence": lambda: recap_for(
        history(WEEK_START - timedelta(days=7), "nnnnnnn" + "oonnonn")
    ),
    "empty": lambda: recap_for(history(WEEK_START - timedelta(days=7), "sosbsns")),
    "first": lambda: recap_for(history(WEEK_END - timedelta(days=2), "sos"), first_recap=True),
    "first empty": lambda: recap_for([], first_recap=True, pattern=None, alternative=None),
    "nearly empty": lambda: recap_for(history(WEEK_START, "o.....s")),
    "calm": lambda: recap_for(history(WEEK_START - timedelta(days=7), "snsnsnn" + "nnunnnn")),
    "felt worse": lambda: recap_for(steady_days(), [PracticeRecord(WEEK_START, True, "worse")]),
    "year": lambda: recap_for(year_of_days()),
}


@pytest.mark.parametrize("name", sorted(HISTORIES))
def test_no_banned_words_claims_or_stray_markup(name):
    """No section says fail, relapse, streak, should, regression or proves, or makes an avoided claim; HTML is clean."""
    sections = HISTORIES[name]()
    assert sections and all(sections) and FOOTER in sections
    for section in sections:
        assert not BANNED_WORDS.search(section), section
        assert not any(claim in section.lower() for claim in AVOIDED_CLAIMS), section
        assert_telegram_html(section)
    assert len(recap_text(sections)) < MAX_RECAP_CHARS


def test_banned_word_scan_would_catch_them():
    """The scan flags the words it is meant to (so the test above can fail)."""
    for sample in ("You failed", "a relapse", "your streak", "you should", "Regression", "this proves it"):
        assert BANNED_WORDS.search(sample), sample
    assert not BANNED_WORDS.search("more motivated to improve")


def test_a_year_of_data_composes_quickly_and_charts_52_weeks():
    """365 mixed days: the recap composes in well under a second, fits the limit, and the chart has 52 weeks."""
    days = year_of_days()
    started = time.perf_counter()
    sections = recap_for(days)
    points = weekly_series(days, until=RECAP_DATE, weeks=52)
    assert time.perf_counter() - started < 1.0
    assert len(recap_text(sections)) < MAX_RECAP_CHARS
    assert len(points) == 52 and points[-1].week_end == RECAP_DATE
    assert [p.week_end for p in points] == sorted(p.week_end for p in points)
    assert all(p.score is not None and 0 <= p.score <= 100 for p in points)
    assert points[-1].score == practice_score(days, until=RECAP_DATE)


def test_extreme_inputs_stay_under_the_message_limit():
    """Huge counts, many comebacks, and 2,000-character pattern and alternative full of & and < still fit."""
    days = [
        DayRecord(WEEK_START + timedelta(days=offset % 7), "yes", "old" if offset % 2 else "secure", 5)
        for offset in range(5000)
    ]
    days += history(WEEK_START - timedelta(days=14), "osososososososos")
    practices = [PracticeRecord(WEEK_END, True, feeling) for feeling in ("calmer", "same", "worse") * 3000]
    for weekday_names in (True, False):
        sections = recap_for(
            days, practices, pattern="&<" * 1000, alternative="<&'" * 700, weekday_names=weekday_names
        )
        assert len(recap_text(sections)) < MAX_RECAP_CHARS
        for section in sections:
            assert_telegram_html(section)


# --- Chart series and week keys -------------------------------------------------------------------


def test_weekly_series_shares_and_scores():
    """Each week point has the secure share (None without activations) and the score at its end (None before data)."""
    days = history(WEEK_START, "sbon...")
    points = weekly_series(days, until=WEEK_END, weeks=3)
    assert [p.week_end for p in points] == [
        WEEK_END - timedelta(days=14),
        WEEK_END - timedelta(days=7),
        WEEK_END,
    ]
    assert (points[0].secure_share, points[0].score, points[0].activated) == (None, None, 0)
    assert points[-1].secure_share == pytest.approx(0.5) and points[-1].activated == 3
    assert points[-1].score == practice_score(days, until=WEEK_END)


def test_week_bounds_are_the_seven_days_before_the_recap_date():
    """The recap on Monday 23 November covers Monday 16 to Sunday 22; the recap day itself opens the next week."""
    assert week_bounds(RECAP_DATE) == (WEEK_START, WEEK_END)
    assert week_bounds(date(2026, 11, 22)) == (date(2026, 11, 15), date(2026, 11, 21))


def test_week_key_is_the_iso_year_week():
    """week_key gives ISO year-weeks, including across the new year."""
    assert week_key(date(2026, 11, 22)) == "2026-W47"
    assert week_key(date(2027, 1, 1)) == "2026-W53"
    assert week_key(date(2027, 1, 4)) == "2027-W01"


# --- The short recap: one phone screen that speaks to the person -------------------------------------


def short_recap(days, *, direction="anxious", first_recap=False, score_points=(40.0, 45.0, 52.0), **extra):
    """The part of the recap sent before the chart, for the week ending RECAP_DATE."""
    weeks = weeks_back(days)
    return compose_recap(
        current=weeks[0],
        previous=None if first_recap else weeks[1],
        recent_weeks=[weeks[0]] if first_recap else list(reversed(weeks)),
        score_now=practice_score(days, until=WEEK_END),
        score_before=None if first_recap else practice_score(days, until=WEEK_START - timedelta(days=1)),
        score_points=score_points,
        pattern=extra.pop("pattern", PATTERN),
        secure_alternative=extra.pop("alternative", ALTERNATIVE),
        direction=direction,
        first_recap=first_recap,
        **extra,
    )


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both", None])
@pytest.mark.parametrize("name", sorted(HISTORIES))
def test_short_recap_fits_one_phone_screen(name, direction):
    """Before the chart, every kind of week reads in under 700 characters, for every direction."""
    days = {
        "steady": steady_days,
        "hard with comeback": hard_days,
        "year": year_of_days,
    }.get(name, steady_days)()
    recap = short_recap(days, direction=direction, first_recap=name.startswith("first"))
    assert visible_length(recap_text(recap.main)) < MAIN_MAX_CHARS
    assert recap.main[-1] == FOOTER


def test_short_recap_fits_with_very_long_typed_words():
    """A 2,000-character pattern and alternative are cut in the short recap and shown whole under More."""
    recap = short_recap(steady_days(), pattern="p" * 2000, alternative="a" * 2000)
    assert visible_length(recap_text(recap.main)) < MAIN_MAX_CHARS
    assert "p" * 1000 not in recap_text(recap.main)
    assert "p" * 250 in recap_text(recap.details)


def test_anxious_recap_speaks_of_soothing_and_less_reassurance():
    """An anxious user's good week names steadying themselves instead of reaching for reassurance."""
    text = recap_text(short_recap(steady_days(), direction="anxious").main)
    assert "steadied yourself instead of reaching for reassurance" in text
    assert "soothe yourself first, reach for reassurance a little less" in text


def test_avoidant_recap_speaks_of_staying_close_longer():
    """An avoidant user's good week names staying close a little longer instead of pulling away."""
    text = recap_text(short_recap(steady_days(), direction="avoidant").main)
    assert "stayed close a little longer instead of pulling away" in text
    assert "stay close a little longer when you'd usually pull back" in text


def test_one_hard_day_is_called_one_hard_day():
    """One old-pattern day among five: "One hard day out of 5", nothing about most days."""
    text = recap_text(short_recap(history(WEEK_START - timedelta(days=7), "nnnnnnn" + "ssosbnn")).main)
    assert "One hard day out of 5" in text and "Most of this week" not in text


def test_four_hard_days_of_five_are_called_most_of_the_week():
    """Four old-pattern days of five: "most of this week", never "one hard day" or "a little"."""
    sections = short_recap(history(WEEK_START - timedelta(days=7), "sssssss" + "oooosnn"))
    text = recap_text(sections.main + sections.details)
    assert "Most of this week went the old way (4 of 5 days)" in text
    assert "One hard day" not in text and "one hard day" not in text and "only moves it a little" not in text
    assert "A harder week, and that's okay." in recap_text(sections.details)


def test_a_first_recap_of_a_full_week_is_not_called_a_few_days():
    """A first recap over seven days says "your first full week"; over three days it says "3 days"."""
    full = recap_text(short_recap(history(WEEK_START, "ssnsnsn"), first_recap=True).details)
    assert "your first full week" in full and "few days" not in full
    week = summarize_week(
        history(WEEK_END - timedelta(days=2), "sns"),
        [],
        week_start=WEEK_END - timedelta(days=2),
        week_end=WEEK_END,
    )
    short = compose_recap(
        current=week,
        previous=None,
        recent_weeks=[week],
        score_now=55.0,
        score_before=None,
        pattern=None,
        secure_alternative=None,
        first_recap=True,
    )
    assert "Your first recap: 3 days." in recap_text(short.details)


def test_practice_line_is_a_trend_word_and_a_small_line_not_a_mark():
    """The short recap shows "rising" and a sparkline, not "score" or "of 100"; the number is under More."""
    recap = short_recap(steady_days(), score_points=(40.0, 45.0, 52.0, 60.0))
    main, details = recap_text(recap.main), recap_text(recap.details)
    assert "Your practice line: <b>rising</b> ▁▃▅█" in main
    assert "of 100" not in main and "score" not in main.lower()
    assert f"Practice score: <b>{round(practice_score(steady_days(), until=WEEK_END))}</b> of 100" in details


def test_practice_line_is_explained_only_the_first_time():
    """With no score before this week the line is explained once; later recaps leave the explanation out."""
    first = recap_text(short_recap(history(WEEK_START, "ssnsnsn"), first_recap=True).main)
    later = recap_text(short_recap(steady_days()).main)
    assert "shows the long direction" in first and "shows the long direction" not in later


@pytest.mark.parametrize(
    ("now", "before", "word"),
    [
        (60.0, 50.0, "rising"),
        (50.0, 60.0, "dipping for now"),
        (51.0, 50.0, "steady"),
        (50.0, None, "just starting"),
    ],
)
def test_trend_word_follows_the_score(now, before, word):
    """A rise or fall of 3 points or more is rising or dipping; less is steady; no earlier score is a start."""
    assert trend_word(now, before) == word


def test_calm_week_speaks_of_calm_days():
    """A week without activation says the pattern stayed quiet, with no choices counted."""
    text = recap_text(short_recap(history(WEEK_START - timedelta(days=7), "snsnsnn" + "nnunnnn")).main)
    assert "stayed quiet" in text and "secure choice" not in text


def test_progress_line_gives_direction_small_line_and_number():
    """/progress: a trend word over four weeks, a sparkline, and the number explained as a slow line."""
    line = progress_line([50.0, 52.0, 55.0, 58.0, 61.0])
    assert line.startswith("Your practice line: <b>rising</b> ") and "Score 61 of 100" in line
    assert "appears after" in progress_line([])
