"""The weekly recap and /progress from plain rows: which weeks, which sections, the capacity questions, the words."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.practice import partner_link, relationships
from bot.practice import recap as recap_rules
from bot.practice import repair as repair_rules
from bot.practice.exercise_session import FINISHED, STARTED
from bot.practice.recap import DayRecord, MarkedMoment, PracticeRecord, Recap, WeekPoint

# A recap's chart shows the last twelve weeks; /progress up to ten years of them.
CHART_WEEKS = 12
PROGRESS_WEEKS_MAX = 520
# Repairs logged a few days into the week can be for an old-pattern day just before it.
REPAIR_LOOKBACK_DAYS = 3
# The trend compares with the three weeks before the recap's own.
EARLIER_WEEKS = 3

CAPACITY_BY_CODE = {code: (key, label) for key, code, label in recap_rules.CAPACITIES}
CAPACITY_CODES = [code for _, code, _ in recap_rules.CAPACITIES]
# The ratings run 1 (hard) to 5 (steady); "x" skips one.
RATINGS = range(1, 6)
SKIP = "x"
RATINGS_DONE = "Thank you. ✓ These ratings build a picture over the weeks; /progress shows it."
SUPPORTS_QUESTION = "<b>Who was a steady presence this week?</b>"
PROGRESS_FOOTER = "<i>This is a picture of your own practice over time, not a verdict on you.</i>"


@dataclass(frozen=True)
class RepairRecord:
    """One logged repair, as far as the recap needs it: its day, the old-pattern day it answers, its status."""

    local_date: date
    after_date: date
    status: str


@dataclass(frozen=True)
class PartnerBidRecord:
    """A bid that crossed a partner link: who sent it and how it was answered."""

    user_id: int
    answer: str | None


@dataclass(frozen=True)
class SupportRecord:
    """One week's answer to "who was a steady presence?"."""

    who: str
    week_key: str


@dataclass(frozen=True)
class Shown:
    """The user's own words as the recap may show them (none pointing at a partner who frightens them)."""

    pattern: str | None
    secure_alternative: str | None
    direction: str | None


# The practices the recap counts: begun, whether or not finished; a finished one may say how it felt.
BEGUN = (STARTED, *FINISHED)


def practice_record(local_date: date, status: str, feeling: str | None) -> PracticeRecord:
    """A practice begun on `local_date`, as the recap counts it: finished or not, and how it felt."""
    return PracticeRecord(local_date=local_date, completed=status in FINISHED, feeling=feeling)


def lookback_start(window: tuple[date, date]) -> date:
    """From when the week's sections read bids (last week's, to compare) and repairs."""
    return window[0] - timedelta(days=7)


def repairs_since(window: tuple[date, date]) -> date:
    """From when a repair landing in the window may have been logged."""
    return window[0] - timedelta(days=REPAIR_LOOKBACK_DAYS)


def marked_moments(moments: Sequence[repair_rules.MomentRecord]) -> list[MarkedMoment]:
    """Every moment marked with /now that no evening answer chose for: each still counts in the score."""
    return [
        MarkedMoment(
            local_date=moment.local_date,
            held=repair_rules.held(
                repair_rules.MomentRecord(plan_id=moment.plan_id, action=moment.action, choice=None)
            ),
        )
        for moment in moments
        if moment.choice is None
    ]


def repaired_after(repairs: Sequence[RepairRecord], window: tuple[date, date]) -> list[date]:
    """The old-pattern days the user logged a repair for during the window's days."""
    week_start, week_end = window
    return [
        repair.after_date
        for repair in repairs
        if repair.status == "repaired" and week_start <= repair.local_date <= week_end
    ]


def moment_sections(
    repairs: Sequence[RepairRecord],
    moments: Sequence[repair_rules.MomentRecord],
    labels: Mapping[int, str],
    window: tuple[date, date],
) -> list[str]:
    """The window's repairs (named as wins) and its marked moments per pattern, with how often each plan held."""
    week_start, week_end = window
    in_window = [moment for moment in moments if week_start <= moment.local_date <= week_end]
    records = [
        repair_rules.MomentRecord(plan_id=moment.plan_id, action=moment.action, choice=moment.choice)
        for moment in in_window
    ]
    sections = (
        repair_rules.repair_lines(repaired_after(repairs, window), week_end=week_end),
        repair_rules.moments_section(records, labels),
    )
    return [section for section in sections if section]


def partner_section(
    bids: Sequence[PartnerBidRecord], user_id: int, *, link_open: bool, partner_safe: bool
) -> str | None:
    """Bids that crossed an open partner link this week, each way; nothing from the partner's own practice."""
    if not link_open or not partner_safe:
        return None
    return partner_link.recap_section(
        received_answers=[bid.answer for bid in bids if bid.user_id != user_id],
        sent_answers=[bid.answer for bid in bids if bid.user_id == user_id],
    )


def relationship_sections(
    bids: Sequence[relationships.BidRecord],
    supports: Sequence[SupportRecord],
    partner_lines: str | None,
    window: tuple[date, date],
    week_key: str,
    *,
    partner_safe: bool,
) -> list[str]:
    """Bids for connection this week and last, the partner's bids, and the steady people named back over the weeks.

    `supports` are oldest first; this week's own answer is not named back yet. Bids, supports, repairs
    and moments may be the stored rows themselves: only the fields of the records here are read.
    """
    week_start, week_end = window
    previous_start = lookback_start(window)

    def between(start: date, end: date) -> list[relationships.BidRecord]:
        return [bid for bid in bids if start <= bid.local_date <= end]

    previous = between(previous_start, week_start - timedelta(days=1))
    bid_lines = relationships.bid_section(
        between(week_start, week_end), previous or None, partner_safe=partner_safe
    )
    support_lines = relationships.supports_section(
        [support.who for support in supports if support.week_key != week_key], partner_safe=partner_safe
    )
    return [section for section in (bid_lines, partner_lines, support_lines) if section]


def compose(
    days: Sequence[DayRecord],
    practices: Sequence[PracticeRecord],
    window: tuple[date, date],
    *,
    first_day: date,
    recap_weekday: int,
    shown: Shown,
    extra_sections: Sequence[str],
    marked: Sequence[MarkedMoment] = (),
    repaired: Sequence[date] = (),
) -> Recap:
    """The recap of the window: its week, the three before it, the practice line, and the sections after."""
    week_start, week_end = window
    # The weeks before are regular seven-day weeks ending where this window starts.
    earlier = [
        recap_rules.summarize_week(
            days,
            practices,
            week_start=week_start - timedelta(days=7 * back),
            week_end=week_start - timedelta(days=7 * back - 6),
        )
        for back in range(1, EARLIER_WEEKS + 1)
    ]
    current = recap_rules.summarize_week(days, practices, week_start=week_start, week_end=week_end)
    earlier_data = any(day.local_date < week_start for day in days)
    scored_days = [day for day, _ in recap_rules.practice_score_series(days, marked)]
    activated_ever = any(day <= week_end for day in scored_days)
    # The practice line is new (and explained) until a recap has shown it with a week behind it.
    scored_before = any(day < week_start for day in scored_days)
    points = chart_points(
        days, first_day, week_end, recap_weekday=recap_weekday, most=CHART_WEEKS, marked=marked
    )[1]
    return recap_rules.compose_recap(
        current=current,
        previous=earlier[0] if earlier_data else None,
        recent_weeks=[*reversed(earlier), current] if earlier_data else [current],
        score_now=recap_rules.practice_score(days, until=week_end, moments=marked)
        if activated_ever
        else None,
        score_before=recap_rules.practice_score(days, until=week_start - timedelta(days=1), moments=marked)
        if scored_before
        else None,
        score_points=[point.score for point in points if point.score is not None],
        pattern=shown.pattern,
        secure_alternative=shown.secure_alternative,
        direction=shown.direction,
        first_recap=not earlier_data,
        extra_sections=extra_sections,
        repaired_after=repaired,
    )


def chart_points(
    days: Sequence[DayRecord],
    first_day: date,
    last_day: date,
    *,
    recap_weekday: int,
    most: int,
    marked: Sequence[MarkedMoment] = (),
) -> tuple[int, list[WeekPoint]]:
    """How many weeks a chart up to `last_day` draws (from the user's first week, at most `most`) and their points."""
    last_end, weeks = recap_rules.chart_weeks(first_day, last_day, recap_weekday=recap_weekday, most=most)
    return weeks, recap_rules.weekly_series(days, until=last_end, weeks=weeks, moments=marked)


def capacity_question(index: int) -> str:
    """The capacity rating question at `index` (the recap's three quick ratings, one at a time)."""
    _, _, label = recap_rules.CAPACITIES[index]
    return (
        f"<b>Three quick ratings for this week</b> ({index + 1} of {len(recap_rules.CAPACITIES)})\n"
        f"1 = hard, 5 = steady. Skip any you like.\n\n<b>{label}</b>"
    )


@dataclass(frozen=True)
class RatingTap:
    """What one tap on a capacity rating does: the rating to keep (None: skipped), the answer, and what follows."""

    capacity: str  # the capacity's key
    rating: int | None
    answer: str
    next_index: (
        int | None
    )  # the next question, or None when all three are done (the supports question follows)


def on_rating(code: str, rating: str) -> RatingTap | None:
    """The tap on capacity `code` with `rating` (1–5 or skip); None for a button that no longer means anything."""
    if code not in CAPACITY_BY_CODE or not (rating == SKIP or rating.isdigit()):
        return None
    key, _ = CAPACITY_BY_CODE[code]
    index = CAPACITY_CODES.index(code)
    following = index + 1 if index + 1 < len(CAPACITY_CODES) else None
    if rating == SKIP:
        return RatingTap(key, None, "Skipped", following)
    return RatingTap(key, int(rating), "Saved ✓", following)


SUPPORT_CHOICES = (
    ("Partner", "p"),
    ("Friend", "f"),
    ("Family", "m"),
    ("Therapist", "t"),
    ("No one this week", "n"),
)


def support_rows(*, partner_safe: bool) -> list[list[tuple[str, str]]]:
    """The steady-people buttons as rows of (label, code); without Partner while partner practices are off."""
    people = [(label, code) for label, code in SUPPORT_CHOICES[:3] if partner_safe or code != "p"]
    return [people, list(SUPPORT_CHOICES[3:]), [("Skip", SKIP)]]


@dataclass(frozen=True)
class CapacityRecord:
    """One capacity rating: which capacity, the day, 1 (hard) to 5 (steady)."""

    capacity: str
    local_date: date
    rating: int


def latest_capacities(ratings: Sequence[CapacityRecord]) -> dict[str, list[tuple[date, int]]]:
    """Each capacity's ratings over time (date, 1–5), in the order given (oldest first)."""
    return {
        key: [(r.local_date, r.rating) for r in ratings if r.capacity == key]
        for key, _, _ in recap_rules.CAPACITIES
    }


def progress_text(
    points: Sequence[WeekPoint], weeks: int, capacities: Mapping[str, Sequence], per_pattern: Sequence[str]
) -> str:
    """/progress in words: the weeks so far, the practice line, each capacity's latest rating, the patterns."""
    score_line = recap_rules.progress_line([point.score for point in points if point.score is not None])
    latest = [
        f"{html.escape(label)}: {capacities[key][-1][1]}/5"
        for key, _, label in recap_rules.CAPACITIES
        if capacities[key]
    ]
    return "\n".join(
        [
            f"<b>Your practice so far</b> · {weeks} week{'s' if weeks != 1 else ''}",
            score_line,
            *latest,
            *[f"\n{section}" for section in per_pattern],
            "",
            PROGRESS_FOOTER,
        ]
    )


@dataclass(frozen=True)
class Profile:
    """The user as the recap speaks to them: who, since when, which weekday, and the words it may show."""

    user_id: int
    first_day: date
    recap_weekday: int
    partner_safe: bool
    shown: Shown


@dataclass(frozen=True)
class WeekRows:
    """Everything one recap reads, as plain rows (stored rows will do: only the records' fields are read)."""

    days: Sequence[DayRecord]
    practices: Sequence[PracticeRecord]
    moments: Sequence[repair_rules.MomentRecord]  # every marked moment, in the order marked
    repairs: Sequence[RepairRecord]  # from repairs_since(window)
    plan_labels: Mapping[int, str]
    bids: Sequence[relationships.BidRecord]  # from lookback_start(window)
    supports: Sequence[SupportRecord]
    partner_bids: Sequence[PartnerBidRecord]  # the window's, on the user's link
    link_open: bool


def week_recap(
    rows: WeekRows, profile: Profile, window: tuple[date, date], week_key: str
) -> tuple[Recap, list[MarkedMoment]]:
    """The recap of the window with all its sections, and the marked moments its chart draws."""
    extra = moment_sections(rows.repairs, rows.moments, rows.plan_labels, window)
    partner_lines = partner_section(
        rows.partner_bids, profile.user_id, link_open=rows.link_open, partner_safe=profile.partner_safe
    )
    extra += relationship_sections(
        rows.bids, rows.supports, partner_lines, window, week_key, partner_safe=profile.partner_safe
    )
    marked = marked_moments(rows.moments)
    recap = compose(
        rows.days,
        rows.practices,
        window,
        first_day=profile.first_day,
        recap_weekday=profile.recap_weekday,
        shown=profile.shown,
        extra_sections=extra,
        marked=marked,
        repaired=repaired_after(rows.repairs, window),
    )
    return recap, marked


@dataclass(frozen=True)
class Progress:
    """/progress: its words, and the chart's weekly points and capacity lines."""

    text: str
    points: list[WeekPoint]
    capacities: dict[str, list[tuple[date, int]]]


def progress(rows: WeekRows, ratings: Sequence[CapacityRecord], profile: Profile, today: date) -> Progress:
    """The long view from the first day to today: every week, the capacities, and per pattern the moments,
    how often each plan held, and the repairs."""
    window = (profile.first_day, today)
    per_pattern = moment_sections(rows.repairs, rows.moments, rows.plan_labels, window)
    weeks, points = chart_points(
        rows.days,
        profile.first_day,
        today,
        recap_weekday=profile.recap_weekday,
        most=PROGRESS_WEEKS_MAX,
        marked=marked_moments(rows.moments),
    )
    capacities = latest_capacities(ratings)
    return Progress(progress_text(points, weeks, capacities, per_pattern), points, capacities)
