"""The long view behind the Mini App and /share: weeks with their dips and comebacks, a check-in calendar, capacities, bids, what helped.

Everything here is built from the same rules as the weekly recap (bot.practice.recap): the same
practice weeks, the same practice score, the same "harder week" test and the same comebacks, so the
page, the PDF and the recap never disagree about a week.

The three capacities (regulation, need expression, closeness tolerance) are not guessed from other
data: they are the user's own weekly 1–5 ratings, asked after each recap ("Calming yourself",
"Saying what you need", "Staying present with closeness"). Their trajectory is those ratings in date
order; a capacity never rated has no line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.practice import plans, recap

# Key, label and short label of each capacity, in the order they are rated after a recap.
CAPACITIES = (
    ("regulation", "Calming yourself", "Regulation"),
    ("expression", "Saying what you need", "Need expression"),
    ("closeness", "Staying present with closeness", "Closeness tolerance"),
)
# A summary covers at most two years of weeks: a bound on the page's size, far beyond a year of data.
MOST_WEEKS = 104
HELPED_MOST = 3

# What one calendar day shows.
DAY_OUTSIDE = "outside"  # before the first day or after today
DAY_NONE = "none"  # no answer that day
DAY_CALM = "calm"  # checked in; the pattern did not show up
DAY_UNSURE = "unsure"
DAY_OPEN = "open"  # the pattern showed up; no choice given
DAY_LABELS = {
    DAY_OUTSIDE: "",
    DAY_NONE: "no check-in",
    DAY_CALM: "calm day",
    DAY_UNSURE: "unsure",
    DAY_OPEN: "pattern showed up",
    "secure": "secure choice",
    "both": "some of both",
    "old": "old pattern",
}


@dataclass(frozen=True)
class ExerciseRecord:
    """One practice a person did, and how they felt after it."""

    local_date: date
    exercise_id: str
    completed: bool
    feeling: str | None  # calmer · same · worse


@dataclass(frozen=True)
class RatingRecord:
    """One weekly 1–5 self-rating of a capacity."""

    capacity: str
    local_date: date
    rating: int


@dataclass(frozen=True)
class PlanRecord:
    """One active if–then plan in the user's words."""

    cue: str | None
    old_move: str | None
    secure_alternative: str | None


@dataclass(frozen=True)
class SummaryWeek:
    """One practice week: its counts, the score at its end, and whether it was harder or held a comeback."""

    week_start: date
    week_end: date
    answered: int
    activated: int
    secure: int
    both: int
    old: int
    practices_done: int
    score: float | None
    hard: bool
    comeback: bool


@dataclass(frozen=True)
class CalendarDay:
    """One day of the check-in calendar."""

    local_date: date
    state: str  # a DAY_* value, or secure · both · old


@dataclass(frozen=True)
class CapacityTrack:
    """One capacity's ratings over time, oldest first."""

    key: str
    label: str
    short_label: str
    points: tuple[tuple[date, int], ...]


@dataclass(frozen=True)
class Helped:
    """A practice that left the user calmer, and how often."""

    exercise_id: str
    title: str
    calmer: int
    done: int


@dataclass(frozen=True)
class ProgressSummary:
    """Everything the Mini App and the PDF show, computed once."""

    first_day: date
    today: date
    recap_weekday: int
    weeks: tuple[SummaryWeek, ...]
    calendar: tuple[tuple[CalendarDay, ...], ...]
    capacities: tuple[CapacityTrack, ...]
    helped: tuple[Helped, ...]
    bids: Mapping[str, int]
    repairs: int
    plans: tuple[PlanRecord, ...]
    direction: str | None
    pattern: str | None
    secure_alternative: str | None

    @property
    def score_now(self) -> float | None:
        scored = [week.score for week in self.weeks if week.score is not None]
        return scored[-1] if scored else None

    @property
    def checkins(self) -> int:
        return sum(week.answered for week in self.weeks)

    @property
    def practice_weeks(self) -> int:
        """Weeks with at least one check-in or practice."""
        return sum(1 for week in self.weeks if week.answered or week.practices_done)

    @property
    def hard_weeks(self) -> int:
        return sum(1 for week in self.weeks if week.hard)

    @property
    def comeback_weeks(self) -> int:
        return sum(1 for week in self.weeks if week.comeback)


def _day_state(day: recap.DayRecord | None) -> str:
    if day is None or day.activated is None:
        return DAY_NONE
    if day.activated == "no":
        return DAY_CALM
    if day.activated == "unsure":
        return DAY_UNSURE
    return day.choice if day.choice in recap.CHOICE_VALUES else DAY_OPEN


def build_summary(
    *,
    days: Sequence[recap.DayRecord],
    exercises: Sequence[ExerciseRecord],
    ratings: Sequence[RatingRecord],
    bids: Sequence[str],
    repaired: int,
    plans: Sequence[PlanRecord],
    exercise_titles: Mapping[str, str],
    first_day: date,
    today: date,
    recap_weekday: int,
    direction: str | None = None,
    pattern: str | None = None,
    secure_alternative: str | None = None,
) -> ProgressSummary:
    """The summary from the user's first practice week to the week holding `today`.

    `bids` are the responses of logged bids (toward · missed · away); `repaired` counts repairs done.
    A week is harder exactly when the recap would call it harder: more old-pattern days than the week
    before, or a drop of 3 score points or more, with at least three check-ins in it.
    """
    days = [day for day in days if day.local_date <= today]
    first_day = min([first_day, *(day.local_date for day in days)])
    first_start, _ = recap.practice_week(first_day, recap_weekday)
    last_start, _ = recap.practice_week(today, recap_weekday)
    count = min(MOST_WEEKS, (last_start - first_start).days // recap.WEEK_DAYS + 1)
    starts = [last_start - timedelta(days=recap.WEEK_DAYS * back) for back in range(count - 1, -1, -1)]
    scored = recap.practice_score_series(days)
    scored_dates = [point_date for point_date, _ in scored]
    practices = [
        recap.PracticeRecord(local_date=e.local_date, completed=e.completed, feeling=e.feeling)
        for e in exercises
    ]
    weeks: list[SummaryWeek] = []
    previous: recap.WeekSummary | None = None
    for start in starts:
        end = start + timedelta(days=recap.WEEK_DAYS - 1)
        current = recap.summarize_week(days, practices, week_start=start, week_end=end)
        known = bisect_right(scored_dates, end)
        score = scored[known - 1][1] if known else None
        score_before = weeks[-1].score if weeks else None
        baseline = previous if previous is not None and previous.answered else None
        hard = (
            baseline is not None
            and current.answered > recap.NEARLY_EMPTY_MAX_ANSWERED
            and recap.is_regression(current, baseline, score, score_before)
        )
        weeks.append(
            SummaryWeek(
                week_start=start,
                week_end=end,
                answered=current.answered,
                activated=current.activated,
                secure=current.secure,
                both=current.both,
                old=current.old,
                practices_done=current.practices_done,
                score=score,
                hard=hard,
                comeback=bool(current.comebacks),
            )
        )
        previous = current

    by_date = {day.local_date: day for day in days}
    calendar = tuple(
        tuple(
            CalendarDay(
                local_date=day,
                state=DAY_OUTSIDE if day < first_day or day > today else _day_state(by_date.get(day)),
            )
            for day in (start + timedelta(days=offset) for offset in range(recap.WEEK_DAYS))
        )
        for start in starts
    )
    capacities = tuple(
        CapacityTrack(
            key=key,
            label=label,
            short_label=short,
            points=tuple(
                sorted((r.local_date, r.rating) for r in ratings if r.capacity == key and 1 <= r.rating <= 5)
            ),
        )
        for key, label, short in CAPACITIES
    )
    return ProgressSummary(
        first_day=first_day,
        today=today,
        recap_weekday=recap_weekday,
        weeks=tuple(weeks),
        calendar=calendar,
        capacities=capacities,
        helped=helped_most(exercises, exercise_titles),
        bids=bid_counts(bids),
        repairs=repaired,
        plans=tuple(plans),
        direction=direction,
        pattern=pattern,
        secure_alternative=secure_alternative,
    )


def helped_most(
    exercises: Sequence[ExerciseRecord], titles: Mapping[str, str], most: int = HELPED_MOST
) -> tuple[Helped, ...]:
    """The practices that most often left the user calmer (at least once), most calming first."""
    done = Counter(e.exercise_id for e in exercises if e.completed)
    calmer = Counter(e.exercise_id for e in exercises if e.completed and e.feeling == "calmer")
    ranked = sorted(calmer, key=lambda ex: (-calmer[ex], -calmer[ex] / done[ex], titles.get(ex, ex)))
    return tuple(
        Helped(exercise_id=ex, title=titles.get(ex, ex), calmer=calmer[ex], done=done[ex])
        for ex in ranked[:most]
    )


def bid_counts(responses: Sequence[str]) -> dict[str, int]:
    """How many logged bids the user turned toward, missed, or turned away from."""
    counted = Counter(responses)
    return {response: counted.get(response, 0) for response in ("toward", "missed", "away")}


# --- Words: the text alternatives of the charts, shared by the page and the PDF -----------------


def _plural(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _short_date(day: date) -> str:
    return f"{day:%-d %b %Y}"


def score_description(summary: ProgressSummary) -> str:
    """The score chart in one or two sentences: where it went, the harder weeks and the comebacks."""
    scored = [week for week in summary.weeks if week.score is not None]
    if not scored:
        return (
            "No practice score yet: it starts on the first day the pattern shows up and a choice is logged."
        )
    first, last = scored[0], scored[-1]
    lowest = min(scored, key=lambda week: week.score)
    text = (
        f"Practice score over {_plural(len(summary.weeks), 'week')}: {round(first.score)} of 100 in the week "
        f"of {_short_date(first.week_start)}, {round(last.score)} now"
    )
    if lowest is not first and lowest is not last:
        text += f", lowest {round(lowest.score)} in the week of {_short_date(lowest.week_start)}"
    text += "."
    hard = [week for week in summary.weeks if week.hard]
    comebacks = [week for week in summary.weeks if week.comeback]
    if hard:
        text += f" {_plural(len(hard), 'harder week')} (dips), the latest in the week of {_short_date(hard[-1].week_start)}."
    if comebacks:
        text += f" {_plural(len(comebacks), 'week')} with a comeback after an old-pattern day."
    return text


def capacity_description(track: CapacityTrack) -> str:
    """One capacity's trajectory in words."""
    if not track.points:
        return f"{track.label}: not rated yet."
    if len(track.points) == 1:
        return f"{track.label}: rated {track.points[0][1]} of 5 once ({_short_date(track.points[0][0])})."
    ratings = ", ".join(str(rating) for _, rating in track.points[-8:])
    return (
        f"{track.label}: {track.points[0][1]} of 5 at first, {track.points[-1][1]} of 5 most recently "
        f"({_plural(len(track.points), 'rating')}; latest: {ratings})."
    )


def calendar_description(summary: ProgressSummary) -> str:
    """The calendar in one sentence: check-ins, and the choices on days the pattern showed up."""
    states = Counter(day.state for week in summary.calendar for day in week)
    return (
        f"{_plural(summary.checkins, 'check-in')} over {_plural(len(summary.weeks), 'week')}: "
        f"{states['secure']} secure, {states['both']} some of both, {states['old']} old pattern, "
        f"{states[DAY_CALM]} calm, {states[DAY_UNSURE] + states[DAY_OPEN]} other."
    )


def bids_description(bids: Mapping[str, int]) -> str:
    """The logged bids for connection in one sentence."""
    total = sum(bids.values())
    if not total:
        return "No bids for connection logged yet."
    return (
        f"{_plural(total, 'bid')} for connection logged: turned toward {bids.get('toward', 0)}, "
        f"missed {bids.get('missed', 0)}, turned away {bids.get('away', 0)}."
    )


def plan_line(plan: PlanRecord) -> str:
    """One plan as plain text, worded as /plans words it: "When …, then I … (instead of: …)"."""
    sentence = plans.plan_sentence(
        plans.Plan(id=0, cue=plan.cue, old_move=plan.old_move, secure_alternative=plan.secure_alternative),
        escape=str,
    )
    return " ".join(re.sub(r"</?[bi]>", "", sentence).split())


def summary_json(summary: ProgressSummary) -> dict:
    """The summary as plain JSON data (dates as ISO strings) for the Mini App's API."""
    return {
        "first_day": summary.first_day.isoformat(),
        "today": summary.today.isoformat(),
        "score_now": None if summary.score_now is None else round(summary.score_now, 1),
        "weeks": [
            {
                "week_start": week.week_start.isoformat(),
                "week_end": week.week_end.isoformat(),
                "answered": week.answered,
                "activated": week.activated,
                "secure": week.secure,
                "both": week.both,
                "old": week.old,
                "practices_done": week.practices_done,
                "score": None if week.score is None else round(week.score, 1),
                "hard": week.hard,
                "comeback": week.comeback,
            }
            for week in summary.weeks
        ],
        "calendar": [[[day.local_date.isoformat(), day.state] for day in week] for week in summary.calendar],
        "capacities": [
            {
                "key": track.key,
                "label": track.label,
                "points": [[day.isoformat(), rating] for day, rating in track.points],
            }
            for track in summary.capacities
        ],
        "helped": [
            {"id": item.exercise_id, "title": item.title, "calmer": item.calmer, "done": item.done}
            for item in summary.helped
        ],
        "bids": dict(summary.bids),
        "repairs": summary.repairs,
        "plans": [plan_line(plan) for plan in summary.plans],
        "descriptions": {
            "score": score_description(summary),
            "calendar": calendar_description(summary),
            "capacities": [capacity_description(track) for track in summary.capacities],
            "bids": bids_description(summary.bids),
        },
    }
