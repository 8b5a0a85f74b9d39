"""The pure progress summary behind the Mini App and /share: weeks, dips, comebacks, calendar, capacities, what helped."""

from __future__ import annotations

from datetime import date, timedelta

from bot.practice import progress_summary
from bot.practice.recap import DayRecord

SUNDAY = 6
# Sunday 1 November 2026: practice weeks run Sunday to Saturday for a Sunday recap.
START = date(2026, 11, 1)


def day(offset: int, activated: str | None = "yes", choice: str | None = "secure") -> DayRecord:
    return DayRecord(
        local_date=START + timedelta(days=offset), activated=activated, choice=choice, intensity=3
    )


def build(days, *, today_offset: int = 20, **extra) -> progress_summary.ProgressSummary:
    values = {
        "exercises": [],
        "ratings": [],
        "bids": [],
        "repaired": 0,
        "plans": [],
        "exercise_titles": {},
    } | extra
    return progress_summary.build_summary(
        days=days,
        first_day=START,
        today=START + timedelta(days=today_offset),
        recap_weekday=SUNDAY,
        **values,
    )


def steady_then_hard_then_back() -> list[DayRecord]:
    """Week 1 all secure, week 2 mostly old, week 3 secure again."""
    return [
        *(day(i) for i in range(0, 5)),
        *(day(i, choice="old") for i in range(7, 11)),
        day(11, choice="secure"),
        *(day(i) for i in range(14, 18)),
    ]


def test_weeks_run_from_the_first_practice_week_to_today_on_the_recap_weekday():
    """Three Sunday-to-Saturday weeks cover 1 to 21 November."""
    summary = build(steady_then_hard_then_back())
    assert [(w.week_start, w.week_end) for w in summary.weeks] == [
        (date(2026, 11, 1), date(2026, 11, 7)),
        (date(2026, 11, 8), date(2026, 11, 14)),
        (date(2026, 11, 15), date(2026, 11, 21)),
    ]


def test_a_week_with_more_old_pattern_days_is_a_harder_week():
    """The week the old pattern won more often is marked hard; the weeks around it are not."""
    summary = build(steady_then_hard_then_back())
    assert [w.hard for w in summary.weeks] == [False, True, False]


def test_the_first_week_is_never_called_harder():
    """With no week before it, an all-old first week is not a dip against anything."""
    summary = build([day(i, choice="old") for i in range(5)], today_offset=6)
    assert [w.hard for w in summary.weeks] == [False]


def test_a_secure_choice_after_old_days_marks_a_comeback_week():
    """Secure on the 12th after old days answers them: that week holds a comeback."""
    summary = build(steady_then_hard_then_back())
    assert [w.comeback for w in summary.weeks] == [False, True, False]


def test_the_score_dips_in_the_hard_week_and_rises_after():
    """The weekly score falls through the hard week and climbs again after it."""
    scores = [w.score for w in build(steady_then_hard_then_back()).weeks]
    assert scores[1] < scores[0] and scores[2] > scores[1]


def test_the_calendar_has_one_row_per_week_with_each_days_answer():
    """Each week is a row of seven days; answers show their choice, days outside the range show nothing."""
    days = [day(0), day(1, choice="both"), day(2, choice="old"), day(3, activated="no", choice=None)]
    summary = build(days, today_offset=9)
    assert len(summary.calendar) == 2 and all(len(row) == 7 for row in summary.calendar)
    assert [cell.state for cell in summary.calendar[0][:5]] == ["secure", "both", "old", "calm", "none"]
    assert summary.calendar[1][-1].state == progress_summary.DAY_OUTSIDE


def test_capacities_are_each_ratings_in_date_order():
    """Each capacity's trajectory is its own ratings, oldest first; an unrated one is empty."""
    ratings = [
        progress_summary.RatingRecord("regulation", START + timedelta(days=13), 4),
        progress_summary.RatingRecord("regulation", START + timedelta(days=6), 2),
        progress_summary.RatingRecord("closeness", START + timedelta(days=6), 3),
    ]
    tracks = {t.key: t.points for t in build([day(0)], ratings=ratings).capacities}
    assert tracks == {
        "regulation": ((START + timedelta(days=6), 2), (START + timedelta(days=13), 4)),
        "expression": (),
        "closeness": ((START + timedelta(days=6), 3),),
    }


def test_practices_that_helped_most_are_those_most_often_calmer():
    """Ranked by how often they left the user calmer; one never calmer is not listed."""
    exercises = [
        *(progress_summary.ExerciseRecord(START, "A01", True, "calmer") for _ in range(3)),
        progress_summary.ExerciseRecord(START, "A02", True, "calmer"),
        *(progress_summary.ExerciseRecord(START, "A03", True, "same") for _ in range(5)),
    ]
    helped = build([day(0)], exercises=exercises, exercise_titles={"A01": "Breathing"}).helped
    assert [(h.title, h.calmer, h.done) for h in helped] == [("Breathing", 3, 3), ("A02", 1, 1)]


def test_bids_are_counted_by_response():
    """Toward, missed and away are each counted, zero included."""
    assert build([day(0)], bids=["toward", "toward", "away"]).bids == {"toward": 2, "missed": 0, "away": 1}


def test_the_score_description_names_the_dips_and_comebacks():
    """The chart's text alternative says how many harder weeks and comebacks there were."""
    text = progress_summary.score_description(build(steady_then_hard_then_back()))
    assert "1 harder week (dips)" in text and "1 week with a comeback" in text


def test_plan_line_reads_as_a_sentence_without_doubled_words():
    """A plan typed with its own "when" and "I will" reads once as "When …, then I …"."""
    plan = progress_summary.PlanRecord(
        cue="when he goes quiet", old_move="I text again", secure_alternative="I will breathe"
    )
    assert (
        progress_summary.plan_line(plan) == "When he goes quiet, then I breathe. (instead of: I text again)"
    )


def test_summary_json_is_plain_data_with_the_text_alternatives():
    """The API's JSON has ISO dates, the weeks, the calendar and a description for every chart."""
    data = progress_summary.summary_json(build(steady_then_hard_then_back()))
    assert data["weeks"][1]["hard"] is True and data["calendar"][0][0] == ["2026-11-01", "secure"]
    assert set(data["descriptions"]) == {"score", "calendar", "capacities", "bids"}
    assert len(data["descriptions"]["capacities"]) == 3


def test_share_buttons_round_trip_and_refuse_anything_else():
    """A /share button's data parses back to its choices; other shapes are refused."""
    from bot.practice.callback_data import ShareButton, parse_share_button, share_button

    assert parse_share_button(share_button("t", True, "m")) == ShareButton("t", True, "m")
    assert [parse_share_button(data) for data in ("sh:x:0:m", "sh:f:2:v", "sh:f:0:z", "sh:f:0")] == [None] * 4


def test_notes_for_page_are_newest_first_cut_short_and_never_flagged():
    """Ticked notes go newest first, long ones cut, and any the screen flags left out; unticked, none."""
    from bot.practice.share import NOTE_MAX_CHARS, SharedNote, notes_for_page

    notes = [
        SharedNote(START, "note", "older"),
        SharedNote(START + timedelta(days=2), "story", "x" * 500),
        SharedNote(START + timedelta(days=1), "note", "FLAG me"),
    ]
    chosen = notes_for_page(notes, include=True, flagged=lambda text: "FLAG" in text)
    assert [n.text[:5] for n in chosen] == ["xxxxx", "older"] and len(chosen[0].text) == NOTE_MAX_CHARS
    assert notes_for_page(notes, include=False, flagged=lambda text: False) == []
