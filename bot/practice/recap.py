"""The weekly recap: the practice score, the week's counts and comebacks, and the words of each recap section."""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.practice.free_text import in_sentence

# A half-life of about 13 activated days: one hard day moves the score a little, a run of them
# moves it a lot, and old weeks fade instead of counting against the user forever.
HALF_LIFE_ACTIVATED_DAYS = 13
ALPHA = 1 - 0.5 ** (1 / HALF_LIFE_ACTIVATED_DAYS)
# Before any data the score sits in the middle, so the first days neither flatter nor shame.
NEUTRAL_SCORE = 0.5
CHOICE_VALUES = {"secure": 1.0, "both": 0.5, "old": 0.0}
# Marking the pattern while it fires is the noticing half of the new move; what came next is unknown
# when no answer followed, so such a day counts like "some of both", but never lowers the score.
NOTICED_VALUE = 0.5

WEEK_DAYS = 7
# A recap needs a few days of practice to say anything; before that the user gets one welcome line.
MIN_DAYS_FOR_RECAP = 3
# A first recap after a welcome-only week, or one after a change of recap day, may cover up to two weeks.
LONGEST_WINDOW_DAYS = 14
# An old-pattern day late last week can still be answered by a comeback early this week.
COMEBACK_LOOKBACK_DAYS = 14
# A drop this big (out of 100) over one week is more than the noise of a single day from a high score.
SCORE_DROP_POINTS = 3
# The three capacities the seeds track, in the order they are rated: (key, button code, label).
CAPACITIES = (
    ("regulation", "r", "Calming yourself"),
    ("expression", "e", "Saying what you need"),
    ("closeness", "c", "Staying present with closeness"),
)
# With one or two check-ins a comparison or a trend would mostly be noise.
NEARLY_EMPTY_MAX_ANSWERED = 2
TREND_WEEKS = 4
# Beyond a few, comeback lines crowd out the rest of the recap on a phone.
COMEBACK_LINES_MAX = 3
# Telegram allows 4,096 characters per message; the recap keeps well inside that.
MAX_RECAP_CHARS = 3500
SECTION_SEPARATOR = "\n\n"
# Pattern and alternative are typed by the user; a cap keeps one long entry from swamping the recap.
USER_TEXT_MAX_CHARS = 300

FOOTER = "<i>Not therapy · /sos for help lines</i>"


@dataclass(frozen=True)
class DayRecord:
    """One answered check-in, as far as the recap needs it."""

    local_date: date
    activated: str | None  # yes | no | unsure, or None when opened but not answered
    choice: str | None  # secure | both | old, only when activated == "yes"
    intensity: int | None  # 1..5 or None


@dataclass(frozen=True)
class PracticeRecord:
    """One exercise practice, as far as the recap needs it."""

    local_date: date
    completed: bool
    feeling: str | None  # calmer | same | worse, or None


@dataclass(frozen=True)
class MarkedMoment:
    """A moment the user marked with /now and no later answer chose for: its day, and whether the
    timer's outcome was the new move (a message let go or edited, five more minutes stayed)."""

    local_date: date
    held: bool


@dataclass(frozen=True)
class Comeback:
    """An old-pattern day answered by a secure or mixed choice on a later activated day."""

    old_date: date
    comeback_date: date
    days_taken: int


@dataclass(frozen=True)
class WeekSummary:
    """What happened in one recap week (week_start to week_end, both included)."""

    week_start: date
    week_end: date
    answered: int
    activated: int
    secure: int
    both: int
    old: int
    comebacks: tuple[Comeback, ...]
    practices_done: int
    calmer: int
    same: int
    worse: int
    days_in_range: int


@dataclass(frozen=True)
class WeekPoint:
    """One week on the recap chart."""

    week_end: date
    secure_share: float | None  # (secure + half of both) / activated days with a choice; None without any
    score: float | None  # practice score (0..100) at week_end; None before any data
    activated: int


# --- Practice score ----------------------------------------------------------------------------


def _chosen_days(days: Iterable[DayRecord]) -> list[DayRecord]:
    """Activated days with a choice, oldest first: the only days that carry a choice to count."""
    return sorted(
        (day for day in days if day.activated == "yes" and day.choice in CHOICE_VALUES),
        key=lambda day: day.local_date,
    )


def practice_score_series(
    days: Sequence[DayRecord], moments: Sequence[MarkedMoment] = ()
) -> list[tuple[date, float]]:
    """The practice score (0..100) after each activated day, oldest first.

    An activated day is one whose check-in has a choice, or else one with a marked moment no answer
    followed: the pattern fired, so it counts. Such a day counts as the new move when the timer's
    outcome was (a message let go, five minutes stayed), else as noticing: it lifts a score below
    the middle toward it and leaves a higher one where it is, so using /now never costs points.
    """
    chosen = {day.local_date: CHOICE_VALUES[day.choice] for day in _chosen_days(days)}
    marked: dict[date, bool] = {}
    for moment in moments:
        if moment.local_date not in chosen:
            marked[moment.local_date] = marked.get(moment.local_date, False) or moment.held
    score = NEUTRAL_SCORE
    series = []
    for day in sorted(chosen.keys() | marked.keys()):
        if day in chosen:
            target = chosen[day]
        else:
            target = CHOICE_VALUES["secure"] if marked[day] else max(score, NOTICED_VALUE)
        score += ALPHA * (target - score)
        series.append((day, score * 100))
    return series


def practice_score(days: Sequence[DayRecord], *, until: date, moments: Sequence[MarkedMoment] = ()) -> float:
    """The practice score (0..100) after every activated day up to and including `until`; 50 before any."""
    scored = practice_score_series(
        [day for day in days if day.local_date <= until],
        [moment for moment in moments if moment.local_date <= until],
    )
    return scored[-1][1] if scored else NEUTRAL_SCORE * 100


# --- Weeks -------------------------------------------------------------------------------------


def week_bounds(recap_date: date) -> tuple[date, date]:
    """The seven practice days a regular recap on `recap_date` covers: the week before it, not the day itself.

    The recap day's own check-in usually comes after the recap (Sunday 19:00 recap, 21:00 check-in),
    so that day opens the next recap's week instead of falling between two.
    """
    return recap_date - timedelta(days=WEEK_DAYS), recap_date - timedelta(days=1)


def practice_week(day: date, recap_weekday: int) -> tuple[date, date]:
    """The recap week a practice day belongs to: it starts on the recap weekday and ends the day before the next recap.

    /progress, the recap chart and the recap numbers all use these weeks, so one day is one bar.
    """
    start = day - timedelta(days=(day.weekday() - recap_weekday) % WEEK_DAYS)
    return start, start + timedelta(days=WEEK_DAYS - 1)


def is_full_recap(recap_date: date, first_day: date) -> bool:
    """True when the user has practised long enough (3 days) for a recap; before that, a welcome line only."""
    return (recap_date - first_day).days >= MIN_DAYS_FOR_RECAP


def previous_full_recap(
    sent_recap_dates: Iterable[date], *, recap_date: date, first_day: date
) -> date | None:
    """The date of the last full recap sent before `recap_date`, or None before the first."""
    earlier = [d for d in sent_recap_dates if d < recap_date and is_full_recap(d, first_day)]
    return max(earlier, default=None)


def recap_window(recap_date: date, *, first_day: date, previous_recap: date | None) -> tuple[date, date]:
    """The practice days a scheduled recap covers: from where the last full recap stopped to the day before this one.

    Usually that is the seven days before the recap. The first recap starts at the user's first day
    (so the days before a welcome-only recap are counted here), and a change of recap weekday makes
    one window shorter or longer, so that every practice day is counted in exactly one recap. After
    a long gap (a pause, a bot outage) only the last seven days are summed up.
    """
    end = recap_date - timedelta(days=1)
    start = previous_recap if previous_recap is not None else first_day
    if (end - start).days + 1 > LONGEST_WINDOW_DAYS:
        start = recap_date - timedelta(days=WEEK_DAYS)
    return start, end


def on_demand_window(today: date, *, recap_weekday: int, first_day: date) -> tuple[date, date]:
    """What /recap shows: on the recap weekday the week the scheduled recap covers, else this week so far."""
    if today.weekday() == recap_weekday:
        start, end = week_bounds(today)
    else:
        start, end = practice_week(today, recap_weekday)[0], today
    return max(start, min(first_day, end)), end


def first_practice_day(joined: date, checkin_days: Iterable[date]) -> date:
    """The user's first practice day: the day they finished onboarding, or an earlier check-in."""
    return min([joined, *checkin_days])


def weeks_to_recap(
    recap_date: date, *, first_day: date, recap_weekday: int, sent_recap_dates: Sequence[date] | None
) -> tuple[date, date] | None:
    """The days the recap on `recap_date` covers, or None before three days of use (a welcome line instead).

    `sent_recap_dates` is None for /recap (this week so far, or on the recap weekday the scheduled
    week) and the dates of the recaps already sent for a scheduled one (from where the last stopped).
    """
    if not is_full_recap(recap_date, first_day):
        return None
    if sent_recap_dates is None:
        return on_demand_window(recap_date, recap_weekday=recap_weekday, first_day=first_day)
    previous = previous_full_recap(sent_recap_dates, recap_date=recap_date, first_day=first_day)
    return recap_window(recap_date, first_day=first_day, previous_recap=previous)


def chart_weeks(first_day: date, last_day: date, *, recap_weekday: int, most: int) -> tuple[date, int]:
    """The end of the last chart week and how many weeks to draw: from the user's first week, at most `most`."""
    first_start, _ = practice_week(first_day, recap_weekday)
    last_start, last_end = practice_week(last_day, recap_weekday)
    weeks = (last_start - first_start).days // WEEK_DAYS + 1
    return last_end, max(1, min(most, weeks))


def week_key(recap_date: date) -> str:
    """The ISO year-week of the recap date, like "2026-W47", which keeps one recap per user per week."""
    year, week, _ = recap_date.isocalendar()
    return f"{year}-W{week:02d}"


def find_comebacks(days: Sequence[DayRecord], *, since: date, until: date) -> tuple[Comeback, ...]:
    """Comebacks among the chosen days from `since` to `until`, in date order.

    After a run of old-pattern days, the first later secure or mixed choice is the comeback, paired with
    the last old day of the run (old Mon, old Tue, secure Thu: Tuesday to Thursday, 2 days).
    """
    comebacks = []
    last_old: date | None = None
    for day in _chosen_days(d for d in days if since <= d.local_date <= until):
        if day.choice == "old":
            last_old = day.local_date
        elif last_old is not None and day.local_date > last_old:
            comebacks.append(Comeback(last_old, day.local_date, (day.local_date - last_old).days))
            last_old = None
    return tuple(comebacks)


def summarize_week(
    days: Sequence[DayRecord],
    practices: Sequence[PracticeRecord],
    *,
    week_start: date,
    week_end: date,
) -> WeekSummary:
    """Counts for the week from `week_start` to `week_end` (both included), and the comebacks that landed in it."""
    in_week = [day for day in days if week_start <= day.local_date <= week_end]
    chosen = [day.choice for day in in_week if day.activated == "yes"]
    done = [p for p in practices if p.completed and week_start <= p.local_date <= week_end]
    lookback = find_comebacks(days, since=week_start - timedelta(days=COMEBACK_LOOKBACK_DAYS), until=week_end)
    return WeekSummary(
        week_start=week_start,
        week_end=week_end,
        answered=sum(1 for day in in_week if day.activated is not None),
        activated=len(chosen),
        secure=chosen.count("secure"),
        both=chosen.count("both"),
        old=chosen.count("old"),
        comebacks=tuple(c for c in lookback if c.comeback_date >= week_start),
        practices_done=len(done),
        calmer=sum(1 for p in done if p.feeling == "calmer"),
        same=sum(1 for p in done if p.feeling == "same"),
        worse=sum(1 for p in done if p.feeling == "worse"),
        days_in_range=(week_end - week_start).days + 1,
    )


def secure_share(secure: int, both: int, old: int) -> float | None:
    """The share of chosen days that went the secure way, "some of both" counting half; None without any."""
    chosen = secure + both + old
    return (secure + 0.5 * both) / chosen if chosen else None


def weekly_series(
    days: Sequence[DayRecord], *, until: date, weeks: int, moments: Sequence[MarkedMoment] = ()
) -> list[WeekPoint]:
    """One chart point per 7-day window for the last `weeks` windows ending on `until`, oldest first."""
    scored = practice_score_series(days, moments)
    scored_dates = [point_date for point_date, _ in scored]
    points = []
    for back in range(weeks - 1, -1, -1):
        week_end = until - timedelta(days=WEEK_DAYS * back)
        week_start = week_end - timedelta(days=WEEK_DAYS - 1)
        chosen = [d.choice for d in days if d.activated == "yes" and week_start <= d.local_date <= week_end]
        known = bisect_right(scored_dates, week_end)
        points.append(
            WeekPoint(
                week_end=week_end,
                secure_share=secure_share(chosen.count("secure"), chosen.count("both"), chosen.count("old")),
                score=scored[known - 1][1] if known else None,
                activated=len(chosen),
            )
        )
    return points


# --- Comparison, trend, harder weeks ---------------------------------------------------------------


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"


def compare_weeks(current: WeekSummary, previous: WeekSummary | None) -> str:
    """A plain sentence comparing secure choices with last week; empty when there is nothing fair to compare."""
    # A week without check-ins recorded nothing, so "up from 0" would compare against silence; and a
    # calm week (the pattern never showed up) had no chance to make secure choices, so "down from" misleads.
    if previous is None or previous.answered == 0 or current.activated == 0:
        return ""
    now = _count(current.secure, "secure choice")
    if current.secure > previous.secure:
        return f"Compared with last week: {now}, up from {previous.secure}."
    if current.secure < previous.secure:
        return f"Compared with last week: {now}, down from {previous.secure}."
    return f"Compared with last week: {now}, the same as the week before."


def four_week_trend(weeks: Sequence[WeekSummary]) -> str:
    """The secure-choice share of each week, oldest first; empty when fewer than two weeks have a choice."""
    # Weeks before the first check-in are not part of the user's story yet, so they are left out.
    while weeks and weeks[0].answered == 0:
        weeks = weeks[1:]
    shares = [secure_share(week.secure, week.both, week.old) for week in weeks]
    if sum(1 for share in shares if share is not None) < 2:
        return ""
    shown = " · ".join("—" if share is None else f"{round(share * 100)}%" for share in shares)
    return f"Share of secure choices, last {len(weeks)} weeks (oldest first): {shown}."


def is_regression(
    current: WeekSummary,
    previous: WeekSummary | None,
    score_now: float | None,
    score_before: float | None,
) -> bool:
    """True for a harder week: more old-pattern choices than last week, or a score drop of 3 points or more."""
    more_old = previous is not None and current.old > previous.old
    dropped = (
        score_now is not None and score_before is not None and score_before - score_now >= SCORE_DROP_POINTS
    )
    return more_old or dropped


# --- Words ---------------------------------------------------------------------------------------


def _date_range(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{start:%-d %B %Y} – {end:%-d %B %Y}"
    if start.month != end.month:
        return f"{start:%-d %B} – {end:%-d %B}"
    return f"{start.day}–{end:%-d %B}"


def _escaped_clip(text: str, limit: int = USER_TEXT_MAX_CHARS) -> str:
    """User text folded onto one line and HTML-escaped, cut so the escaped form stays within `limit`."""
    folded = " ".join(text.split())
    pieces, length = [], 0
    for char in folded:
        piece = html.escape(char)
        if length + len(piece) > limit - 1:
            return "".join(pieces).rstrip() + "…"
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces)


def _full_stop(text: str) -> str:
    """A full stop for a sentence ending in user text, unless the text already ends one."""
    # Closing quotes and brackets are looked through: "Say: 'I need ___.'" already ends its sentence.
    return "" if text.rstrip().rstrip("'\"’”)").endswith((".", "!", "?", "…")) else "."


def _as_action(alternative: str) -> str:
    """The alternative shaped to follow "then I will": no doubled "I will", no capital mid-sentence."""
    action = " ".join(alternative.split())
    for lead in ("i will ", "i'll ", "i’ll "):
        if action.lower().startswith(lead):
            action = action[len(lead) :]
            break
    return in_sentence(action)


def _heading(summary: WeekSummary) -> str:
    # The first line shows on lock screens, so it says nothing about relationships.
    return f"<b>Your week</b>\n<i>{_date_range(summary.week_start, summary.week_end)}</i>"


def _numbers(summary: WeekSummary) -> str:
    lines = ["<b>The numbers</b>", f"Check-ins answered: <b>{summary.answered}</b>"]
    if summary.activated == 0:
        lines.append("Your pattern didn't show up on the days you checked in.")
        return "\n".join(lines)
    lines.append(f"Days the pattern showed up: <b>{summary.activated}</b>")
    # Zero counts are left out: "old pattern: 0" adds nothing and "secure choices: 0" only stings.
    counted = (
        ("Secure choices", summary.secure),
        ("Some of both", summary.both),
        ("Old pattern", summary.old),
    )
    chosen = [f"{label}: <b>{number}</b>" for label, number in counted if number]
    if chosen:
        lines.append(" · ".join(chosen))
    return "\n".join(lines)


def _comeback_line(comeback: Comeback, index: int, *, weekday_names: bool) -> str:
    # Weekday names only read clearly when the two days lie less than a week apart.
    if weekday_names and comeback.days_taken < WEEK_DAYS:
        old, new = f"{comeback.old_date:%A}", f"{comeback.comeback_date:%A}"
    else:
        old, new = f"On {comeback.old_date:%-d %B}", f"{comeback.comeback_date:%-d %B}"
    if index % 2 == 0:
        return f"{old} the old pattern won; by {new} you chose differently."
    return f"{old} the old move took over; on {new} you came back to the new one."


def _comebacks(summary: WeekSummary, *, weekday_names: bool) -> str:
    lines = [f"<b>Comebacks: {len(summary.comebacks)}</b>"]
    lines += [
        _comeback_line(comeback, index, weekday_names=weekday_names)
        for index, comeback in enumerate(summary.comebacks[:COMEBACK_LINES_MAX])
    ]
    hidden = len(summary.comebacks) - COMEBACK_LINES_MAX
    if hidden > 0:
        lines.append(f"And {hidden} more.")
    lines.append(
        "Coming back is the skill you're building: every comeback is another repetition of the new pattern."
    )
    return "\n".join(lines)


def _exercises(summary: WeekSummary) -> str:
    felt = [
        f"{summary.calmer} calmer" if summary.calmer else "",
        f"{summary.same} about the same" if summary.same else "",
        f"{summary.worse} worse" if summary.worse else "",
    ]
    line = f"Practices done: <b>{summary.practices_done}</b>"
    if any(felt):
        line += f" (afterwards: {', '.join(part for part in felt if part)})"
    lines = [line + "."]
    if summary.worse:
        lines.append("Feeling worse after one is useful to know, not a mistake; /exercise has others to try.")
    return "\n".join(lines)


def _score(score_now: float, score_before: float | None, *, first_recap: bool, comparable: bool) -> str:
    line = f"Practice score: <b>{round(score_now)}</b>"
    if first_recap:
        # First mention: say what the number is before anyone reads meaning into it.
        return (
            f"{line} of 100.\n"
            "<i>It follows your secure choices slowly, so one hard day only moves it a little.</i>"
        )
    if comparable and score_before is not None:
        return f"{line} (last week {round(score_before)})."
    return f"{line} of 100."


def _harder_week(evidence: str) -> str:
    framing = (
        "A harder week, and that's okay. Slips are part of how people change: most cycle through attempts "
        "several times before a new pattern sticks (Prochaska et al., 1992). In a study of new daily habits, "
        "missing a day didn't derail progress (Lally et al., 2010), and people who met a setback with "
        "self-compassion were more motivated to improve afterwards (Breines and Chen, 2012)."
    )
    # Confidence, not blame, is what predicted the next slip (Kirchner et al., 2012): so the user's
    # own record comes before the one next step.
    next_step = (
        "One next step: a 3-minute look back at one hard moment, at the situation rather than "
        "your character (/exercise)."
    )
    return f"{framing}\n\n" + "\n".join(line for line in (evidence, next_step) if line)


def _own_evidence(weeks: Iterable[WeekSummary]) -> str:
    """The user's own record of coming back (or of secure choices), to rebuild confidence after a slip."""
    unique_weeks = {week.week_start: week for week in weeks}.values()
    comebacks = sorted({c for week in unique_weeks for c in week.comebacks}, key=lambda c: c.comeback_date)
    if comebacks:
        latest = comebacks[-1]
        within = "within a day" if latest.days_taken == 1 else f"within {latest.days_taken} days"
        if len(comebacks) == 1:
            return f"Your own evidence: last time the old pattern won, you came back {within}."
        return f"Your own evidence: you've come back {len(comebacks)} times recently, the latest {within}."
    secure = sum(week.secure for week in unique_weeks)
    if secure:
        return (
            f"Your own evidence: {_count(secure, 'secure choice')} in recent weeks. "
            "The new move is already something you do."
        )
    return ""


def _encouragement(summary: WeekSummary, *, first_recap: bool) -> str:
    # Cheap, deterministic variety: the wording turns over from week to week.
    turn = summary.week_start.toordinal() // WEEK_DAYS
    # The words follow the count: one day, some days, or most days are three different weeks.
    if summary.old == 1:
        some_days = "One day"
    elif summary.old * 2 > summary.activated:
        some_days = "Most days this week"
    else:
        some_days = "Some days"
    if summary.old and first_recap:
        # The first-recap note already cites the habit study, so this says the same thing plainly.
        return (
            f"{some_days} the old pattern won, and that's normal. Old moves are well-worn paths; "
            "new ones take many repetitions."
        )
    if summary.old:
        came_back = ", and this week you came back." if summary.comebacks else "."
        return (
            f"{some_days} the old pattern won, and that's normal. In a study of people building daily habits, "
            "missing a day didn't derail progress (Lally et al., 2010). What counts is what comes next"
            + came_back
        )
    if summary.secure or summary.both:
        options = (
            "Doing the practice, not just intending it, is what went with change in a 15-week study "
            "(Hudson et al., 2019). That's what you did this week.",
            "Each secure choice is another repetition of the new pattern. In a 15-week study, doing the "
            "steps, not just agreeing to them, went with real change (Hudson et al., 2019).",
        )
        return options[turn % len(options)]
    if summary.activated == 0:
        return "A calm week. Calm days count too: they're the ground new habits grow on."
    return ""


def _focus(
    pattern: str | None, secure_alternative: str | None, *, empty_week: bool, limit: int = USER_TEXT_MAX_CHARS
) -> str:
    pattern = (pattern or "").strip()
    alternative = (secure_alternative or "").strip()
    lead = "<b>If you'd like a starting point</b>" if empty_week else "<b>For the coming week</b>"
    if pattern and alternative:
        action = _escaped_clip(_as_action(alternative), limit)
        quoted = _escaped_clip(in_sentence(pattern.rstrip(".")), limit)
        body = (
            f"If the old pattern starts (<i>{quoted}</i>), "
            f"then I will <i>{action}</i>{_full_stop(html.unescape(action))}\n"
            "Trying it once is already practice."
        )
    elif pattern:
        body = (
            f"When <i>{_escaped_clip(in_sentence(pattern), limit)}</i> shows up, notice the pull and take one "
            "slow breath before acting. Noticing is where choosing differently starts."
        )
    elif alternative:
        body = f"Once this week, at a moment that feels manageable, try: <i>{_escaped_clip(alternative, limit)}</i>"
    else:
        body = (
            "Pick one moment each day to notice the pull before acting on it. "
            "Noticing is where choosing differently starts."
        )
    return f"{lead}\n{body}"


FRESH_START = (
    "No check-ins this week. No catch-up needed; a new week is a natural fresh start "
    "(Dai et al., 2014). What's one small thing you'd like this week to be about?"
)
NOTHING_MORE = "That's everything for this week."
WELCOME_INSTEAD_OF_RECAP = (
    "Your weekly look back starts once you have a few days of practice behind you. "
    "Welcome: you've already begun. 🌱"
)


def _first_recap_note(summary: WeekSummary) -> str:
    # The opening words match the days the recap really covers: a full week is not "a few days".
    span = (
        "your first full week" if summary.days_in_range >= WEEK_DAYS else _count(summary.days_in_range, "day")
    )
    return (
        f"Your first recap: {span}. A fuller picture builds over a few weeks: in habit research, even "
        "simple habits took from under three weeks to over eight months to feel automatic (Lally et al., 2010)."
    )


@dataclass(frozen=True)
class Recap:
    """A recap in two parts: what fits one phone screen, and the details behind the More button."""

    main: tuple[str, ...]
    details: tuple[str, ...]


# What a secure choice means for each direction, in the words of the practice (content brief §2).
NEW_MOVES = {
    "anxious": "steadied yourself instead of reaching for reassurance",
    "avoidant": "stayed close a little longer instead of pulling away",
    "both": "chose the new move over the old pull",
}
KEEP_PRACTISING = {
    "anxious": "Keep practising: soothe yourself first, reach for reassurance a little less.",
    "avoidant": "Keep practising: stay close a little longer when you'd usually pull back.",
    "both": "Keep practising: notice the pull, steady yourself, then take one small step.",
}
SPARK_BLOCKS = "▁▂▃▄▅▆▇█"
SPARK_POINTS = 8
# In the short recap, typed text is cut sooner so the whole message fits one phone screen.
MAIN_USER_TEXT_MAX_CHARS = 60
MAIN_MAX_CHARS = 700


def visible_length(text: str) -> int:
    """The length a person sees: HTML tags left out and entities counted as one character."""
    return len(html.unescape(re.sub(r"<[^>]+>", "", text)))


def _day_name(day: date, reference: date) -> str:
    return f"{day:%A}" if 0 <= (reference - day).days < WEEK_DAYS else f"{day:%-d %B}"


def repaired_days_named(repaired_after: Sequence[date], *, week_end: date) -> str:
    """The old-pattern days repaired after, by weekday within the week ("Monday and Thursday"), else by date."""
    days = sorted(set(repaired_after))
    names = [f"{day:%A}" if (week_end - day).days < WEEK_DAYS else f"{day:%-d %B}" for day in days]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


def repairs_line(repaired_after: Sequence[date], *, week_end: date) -> str:
    """The short recap's naming of repairs as wins, beside comebacks, or "" without any."""
    days = sorted(set(repaired_after))
    if not days:
        return ""
    if len(days) > 2:
        # A list of five weekdays would crowd the screen; the count is in the headline beside it.
        latest = repaired_days_named(days[-1:], week_end=week_end)
        return f"You repaired after {latest} and {_count(len(days) - 1, 'other day')}. 🌱"
    return f"You repaired after {repaired_days_named(days, week_end=week_end)}. 🌱"


def _headline(summary: WeekSummary, repairs: int = 0) -> str:
    parts = [_count(summary.answered, "check-in")]
    if summary.activated:
        parts += [
            _count(summary.secure, "secure choice") if summary.secure else "",
            _count(summary.both, "mixed day") if summary.both else "",
            _count(summary.old, "old-pattern day") if summary.old else "",
            _count(len(summary.comebacks), "comeback") if summary.comebacks else "",
        ]
    if repairs:
        parts.append(_count(repairs, "repair"))
    if summary.practices_done:
        parts.append(_count(summary.practices_done, "practice"))
    return " · ".join(part for part in parts if part)


def _week_shape(summary: WeekSummary, direction: str | None, evidence: str, repaired: str = "") -> str:
    """One or two sentences whose words match the week's numbers (one hard day is not most days), and
    the week's repairs named as wins."""
    shape = _shape_sentences(summary, direction, evidence, repaired)
    return shape if not repaired or repaired in shape else f"{shape}\n{repaired}"


def _shape_sentences(summary: WeekSummary, direction: str | None, evidence: str, repaired: str) -> str:
    move = NEW_MOVES.get(direction or "", NEW_MOVES["both"])
    new = summary.secure + summary.both
    came_back = (
        f", and you came back on {_day_name(summary.comebacks[-1].comeback_date, summary.week_end)}"
        if summary.comebacks
        else ""
    )
    if summary.activated == 0:
        return (
            "Your pattern stayed quiet on the days you checked in. "
            "Calm days count too: they're the ground new habits grow on."
        )
    if summary.old == 0 and summary.secure == 0:
        return "Some of both each time: the new move showed up every time the old pull did. 🌱"
    if summary.old == 0:
        if summary.both:
            times = {1: "Once", 2: "Twice"}.get(summary.secure, f"{summary.secure} times")
            return f"{times} this week you {move}, and {summary.both} more went partly that way. 🌱"
        every = "Every time" if summary.secure > 1 else "The one time"
        return f"{every} the pull came this week, you {move}. 🌱"
    if summary.old == 1 and new == 0:
        return "The one day your pattern showed up, the old move won. One day is a moment, not a direction."
    if summary.old == 1 and summary.comebacks:
        return f"One hard day out of {summary.activated}{came_back}. 🌱"
    if summary.old == 1:
        return f"One hard day out of {summary.activated}, and {_count(new, 'new move')} beside it."
    if new == 0 or summary.old * 2 > summary.activated:
        most = (
            "Every time the pull came this week, the old move won."
            if new == 0
            else f"Most of this week went the old way ({summary.old} of {summary.activated} days)."
        )
        came_back_line = f"And you came back on {came_back.rsplit(' ', 1)[-1]}." if summary.comebacks else ""
        # A repair is the user's own evidence of coming back, so it takes the place of the general words.
        support = " ".join(line for line in (came_back_line, repaired) if line) or evidence
        support = support or "Slips are part of how people change; what comes next counts most."
        return f"{most} That's a rough stretch, not a verdict on you. {support}"
    return (
        f"{_count(summary.old, 'day')} went the old way and {new} the new way{came_back}. "
        "Mixed weeks are how change usually looks."
    )


def _sparkline(points: Sequence[float]) -> str:
    shown = list(points)[-SPARK_POINTS:]
    if len(shown) < 2:
        return ""
    low, high = min(shown), max(shown)
    if high - low < 1:
        return SPARK_BLOCKS[3] * len(shown)
    top = len(SPARK_BLOCKS) - 1
    return "".join(SPARK_BLOCKS[round((value - low) / (high - low) * top)] for value in shown)


def trend_word(score_now: float, score_before: float | None) -> str:
    """The practice line in a word: rising, steady or dipping (3 points or more either way)."""
    if score_before is None:
        return "just starting"
    if score_now - score_before >= SCORE_DROP_POINTS:
        return "rising"
    if score_before - score_now >= SCORE_DROP_POINTS:
        return "dipping for now"
    return "steady"


def _practice_line(
    score_now: float, score_before: float | None, points: Sequence[float], *, explain: bool
) -> str:
    spark = _sparkline(points)
    line = f"Your practice line: <b>{trend_word(score_now, score_before)}</b>" + (
        f" {spark}" if spark else ""
    )
    if explain:
        # Said once, the first time the line appears: what it is, before anyone reads it as a mark.
        line += (
            "\n<i>It follows your choices slowly, so it shows the long direction, not one week. "
            "The number is under More.</i>"
        )
    return line


def progress_line(scores: Sequence[float]) -> str:
    """/progress in words: the practice line's direction over the last four weeks, a small line, and the number."""
    if not scores:
        return "Your practice line appears after the first day your pattern shows up."
    before = (
        scores[-TREND_WEEKS - 1] if len(scores) > TREND_WEEKS else (scores[0] if len(scores) > 1 else None)
    )
    spark = _sparkline(scores)
    return (
        f"Your practice line: <b>{trend_word(scores[-1], before)}</b>" + (f" {spark}" if spark else "") + "\n"
        f"<i>Score {round(scores[-1])} of 100. It follows your choices slowly, so it shows the long "
        "direction rather than any one week.</i>"
    )


def _score_detail(score_now: float, score_before: float | None) -> str:
    line = f"Practice score: <b>{round(score_now)}</b> of 100"
    if score_before is not None:
        line += f" (before this week {round(score_before)})"
    return (
        f"{line}.\nIt moves only on days your pattern shows up: a secure choice lifts it, the old "
        "pattern lowers it a little, and older days fade."
    )


def _coming_week(
    direction: str | None, pattern: str | None, alternative: str | None, *, empty_week: bool
) -> str:
    focus = _focus(pattern, alternative, empty_week=empty_week, limit=MAIN_USER_TEXT_MAX_CHARS)
    practising = KEEP_PRACTISING.get(direction or "")
    if not practising:
        return focus
    lead, body = focus.split("\n", 1)
    return f"{lead}\n{practising}\n{body}"


def compose_recap(
    *,
    current: WeekSummary,
    previous: WeekSummary | None,
    recent_weeks: Sequence[WeekSummary],
    score_now: float | None,
    score_before: float | None,
    pattern: str | None,
    secure_alternative: str | None,
    first_recap: bool,
    direction: str | None = None,
    score_points: Sequence[float] = (),
    weekday_names: bool = True,
    extra_sections: Sequence[str] = (),
    repaired_after: Sequence[date] = (),
) -> Recap:
    """The recap: a short part for one phone screen (under 700 visible characters) and the details.

    `repaired_after` are the old-pattern days the user logged a repair for this week: named as wins in
    the short part, beside comebacks.
    `recent_weeks` are the weeks for the trend, oldest first, ending with the current week;
    `score_points` the practice score at the end of each chart week, oldest first. When
    `score_before` is None the practice line is new, so it is explained.
    """
    heading = _heading(current)
    repaired = repairs_line(repaired_after, week_end=current.week_end)
    if current.answered == 0:
        # An empty week gets no numbers and no comparison: nothing to catch up on, only a fresh start.
        main = (
            heading,
            f"{FRESH_START}\n{repaired}" if repaired else FRESH_START,
            _coming_week(direction, pattern, secure_alternative, empty_week=True),
            FOOTER,
        )
        return Recap(main, tuple(extra_sections))

    nearly_empty = current.answered <= NEARLY_EMPTY_MAX_ANSWERED
    comparable = not first_recap and not nearly_empty
    baseline = previous if previous is not None and previous.answered else None
    evidence = _own_evidence([*recent_weeks, *([previous] if previous else [])]) if current.old else ""
    main = [
        heading,
        f"{_headline(current, len(set(repaired_after)))}\n{_week_shape(current, direction, evidence, repaired)}",
    ]
    if score_now is not None:
        main.append(_practice_line(score_now, score_before, score_points, explain=score_before is None))
    coming = _coming_week(direction, pattern, secure_alternative, empty_week=False)
    if visible_length(recap_text([*main, coming, FOOTER])) >= MAIN_MAX_CHARS:
        # A long week (many hard days, comebacks and repairs, long typed words) must still fit one
        # screen: the general reminder goes first, since the if–then line says it in the user's words.
        coming = _coming_week(None, pattern, secure_alternative, empty_week=False)
    main += [coming, FOOTER]

    details = [_numbers(current)]
    if current.comebacks:
        details.append(_comebacks(current, weekday_names=weekday_names))
    if current.practices_done:
        details.append(_exercises(current))
    if score_now is not None:
        details.append(_score_detail(score_now, score_before))
    if first_recap:
        details.append(_first_recap_note(current))
    elif nearly_empty:
        details.append(
            f"With {_count(current.answered, 'check-in')} this week, this is a snapshot rather than a trend."
        )
    else:
        comparison = compare_weeks(current, previous)
        trend = four_week_trend(recent_weeks[-TREND_WEEKS:])
        looking_back = [line for line in (comparison, trend) if line]
        if looking_back:
            details.append("\n".join(looking_back))
    # The first recap has no earlier week to have slipped from, one or two check-ins are too few to call
    # a week harder, and a week without check-ins is no baseline for "more old-pattern days than before".
    if comparable and is_regression(current, baseline, score_now, score_before):
        details.append(
            _harder_week(_own_evidence([*recent_weeks, *([previous] if previous else []), current]))
        )
    else:
        encouragement = _encouragement(current, first_recap=first_recap)
        if encouragement:
            details.append(encouragement)
    details.extend(extra_sections)
    if max(len(pattern or ""), len(secure_alternative or "")) > MAIN_USER_TEXT_MAX_CHARS:
        # The short recap cut the typed words; here the if–then plan is shown in full.
        details.append(_focus(pattern, secure_alternative, empty_week=False))
    return Recap(tuple(main), tuple(details))


def recap_text(sections: Sequence[str]) -> str:
    """The sections as the one message the bot sends (blank lines between them)."""
    return SECTION_SEPARATOR.join(sections)
