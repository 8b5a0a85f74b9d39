"""The Mini App's content as an HTML fragment with server-drawn SVG charts: every user text escaped, every chart with a text alternative."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from bot.practice import progress_summary

# The charts scale to the screen through their viewBox; these are their drawing units.
WIDTH = 640
SCORE_HEIGHT = 230
CAPACITY_HEIGHT = 220
LEFT, RIGHT, TOP, BOTTOM = 46, 10, 12, 30
WEEKDAY_INITIALS = ("M", "T", "W", "T", "F", "S", "S")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A short mark per calendar day, so the calendar reads without colour (and in black and white).
DAY_MARKS = {
    progress_summary.DAY_OUTSIDE: "",
    progress_summary.DAY_NONE: "",
    progress_summary.DAY_CALM: "·",
    progress_summary.DAY_UNSURE: "?",
    progress_summary.DAY_OPEN: "!",
    "secure": "●",
    "both": "◐",
    "old": "○",
}


def _x(index: int, count: int) -> float:
    span = WIDTH - LEFT - RIGHT
    return LEFT + (span / 2 if count == 1 else span * index / (count - 1))


def _y(value: float, low: float, high: float, height: int) -> float:
    return TOP + (height - TOP - BOTTOM) * (high - value) / (high - low)


def _week_label(day: date) -> str:
    return f"{day:%-d %b}"


def score_svg(summary: progress_summary.ProgressSummary) -> str:
    """The practice score per week as a line; harder weeks as shaded bands with a dip mark, comebacks as triangles."""
    weeks = summary.weeks
    count = len(weeks)
    step = (WIDTH - LEFT - RIGHT) / max(count - 1, 1)
    parts = [
        f'<svg class="chart score-chart" viewBox="0 0 {WIDTH} {SCORE_HEIGHT}" role="img" '
        'aria-labelledby="score-title score-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="score-title">Practice score over time</title>',
        f'<desc id="score-desc">{escape(progress_summary.score_description(summary))}</desc>',
    ]
    for index, week in enumerate(weeks):
        if week.hard:
            x = _x(index, count)
            parts.append(
                f'<rect class="hard-band" x="{x - step / 2:.1f}" y="{TOP}" width="{max(step, 4):.1f}" '
                f'height="{SCORE_HEIGHT - TOP - BOTTOM}"/>'
            )
    for level in (0, 25, 50, 75, 100):
        y = _y(level, 0, 100, SCORE_HEIGHT)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="axis" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{level}</text>')
    points = [
        (_x(index, count), _y(week.score, 0, 100, SCORE_HEIGHT), week)
        for index, week in enumerate(weeks)
        if week.score is not None
    ]
    if points:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in points)
        parts.append(f'<polyline class="score-line" points="{line}"/>')
    for x, y, week in points:
        if week.hard:
            parts.append(f'<circle class="dip" cx="{x:.1f}" cy="{y:.1f}" r="5"/>')
        if week.comeback:
            parts.append(
                f'<path class="comeback" d="M{x:.1f},{y - 16:.1f} l6,10 h-12 z">'
                f"<title>Comeback in the week of {_week_label(week.week_start)}</title></path>"
            )
    if weeks:
        baseline = SCORE_HEIGHT - 8
        parts.append(
            f'<text class="axis" x="{LEFT}" y="{baseline}" text-anchor="start">'
            f"{_week_label(weeks[0].week_start)}</text>"
        )
        if count > 1:
            parts.append(
                f'<text class="axis" x="{WIDTH - RIGHT}" y="{baseline}" text-anchor="end">'
                f"{_week_label(weeks[-1].week_start)}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)


def capacity_svg(track: progress_summary.CapacityTrack, first_day: date, today: date) -> str:
    """One capacity's 1–5 ratings over the whole time, as a small line chart."""
    span_days = max((today - first_day).days, 1)
    ident = f"cap-{track.key}"
    parts = [
        f'<svg class="chart capacity-chart" viewBox="0 0 {WIDTH} {CAPACITY_HEIGHT}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{ident}-title">{escape(track.label)}</title>',
        f'<desc id="{ident}-desc">{escape(progress_summary.capacity_description(track))}</desc>',
    ]
    for level in (1, 3, 5):
        y = _y(level, 1, 5, CAPACITY_HEIGHT)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(
            f'<text class="axis big" x="{LEFT - 6}" y="{y + 8:.1f}" text-anchor="end">{level}</text>'
        )
    coords = [
        (
            LEFT + (WIDTH - LEFT - RIGHT) * min(max((day - first_day).days, 0), span_days) / span_days,
            _y(rating, 1, 5, CAPACITY_HEIGHT),
        )
        for day, rating in track.points
    ]
    if len(coords) > 1:
        parts.append(
            '<polyline class="capacity-line" points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            + '"/>'
        )
    parts.extend(f'<circle class="capacity-point" cx="{x:.1f}" cy="{y:.1f}" r="7"/>' for x, y in coords)
    parts.append("</svg>")
    return "".join(parts)


def _calendar(summary: progress_summary.ProgressSummary) -> str:
    weekdays = [(summary.recap_weekday + offset) % 7 for offset in range(7)]
    head = "".join(
        f'<th scope="col" abbr="{WEEKDAY_NAMES[day]}">{WEEKDAY_INITIALS[day]}</th>' for day in weekdays
    )
    rows = []
    for week in reversed(summary.calendar):
        cells = []
        for day in week:
            label = progress_summary.DAY_LABELS[day.state]
            spoken = f"{day.local_date:%A %-d %B}: {label}" if label else ""
            aria = f' aria-label="{escape(spoken)}" title="{escape(spoken)}"' if spoken else ""
            cells.append(f'<td class="day {day.state}"{aria}>{DAY_MARKS[day.state]}</td>')
        rows.append(f'<tr><th scope="row">{_week_label(week[0].local_date)}</th>{"".join(cells)}</tr>')
    legend = " · ".join(
        f"{DAY_MARKS[state]} {progress_summary.DAY_LABELS[state]}"
        for state in ("secure", "both", "old", progress_summary.DAY_CALM, progress_summary.DAY_UNSURE)
    )
    return (
        '<section id="calendar" aria-labelledby="calendar-h"><h2 id="calendar-h">Check-ins</h2>'
        f'<p class="alt">{escape(progress_summary.calendar_description(summary))}</p>'
        '<div class="calendar-wrap"><table class="calendar"><caption>One row per week, newest first</caption>'
        f'<thead><tr><th scope="col">Week</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
        f'<p class="legend">{escape(legend)}</p></section>'
    )


def _score_table(weeks: Sequence[progress_summary.SummaryWeek]) -> str:
    rows = "".join(
        f"<tr><td>{_week_label(week.week_start)}</td>"
        f"<td>{'—' if week.score is None else round(week.score)}</td>"
        f"<td>{'harder week' if week.hard else ''}{' · ' if week.hard and week.comeback else ''}"
        f"{'comeback' if week.comeback else ''}</td></tr>"
        for week in reversed(weeks)
    )
    return (
        "<details><summary>The score as a table</summary>"
        '<table class="score-table"><thead><tr><th scope="col">Week of</th><th scope="col">Score</th>'
        f'<th scope="col">Note</th></tr></thead><tbody>{rows}</tbody></table></details>'
    )


def _list(items: Sequence[str], empty: str) -> str:
    if not items:
        return f'<p class="muted">{escape(empty)}</p>'
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def render_fragment(summary: progress_summary.ProgressSummary) -> str:
    """The whole page body for one user's summary."""
    score = summary.score_now
    stats = [
        f"{summary.practice_weeks} weeks of practice",
        f"{summary.checkins} check-ins",
        f"score {round(score)} of 100" if score is not None else "no score yet",
    ]
    capacities = "".join(
        f'<figure class="capacity"><figcaption>{escape(track.label)}</figcaption>'
        f"{capacity_svg(track, summary.first_day, summary.today)}"
        f'<p class="alt">{escape(progress_summary.capacity_description(track))}</p></figure>'
        for track in summary.capacities
    )
    helped = [
        f"{item.title}: calmer {item.calmer} of {item.done} time{'s' if item.done != 1 else ''}"
        for item in summary.helped
    ]
    repairs = (
        f"{summary.repairs} repair{'s' if summary.repairs != 1 else ''} after old-pattern days."
        if summary.repairs
        else "No repairs logged yet."
    )
    since = summary.first_day
    return (
        f'<p class="stats">{escape(" · ".join(stats))}</p>'
        '<section id="score" aria-labelledby="score-h"><h2 id="score-h">Practice score</h2>'
        f"{score_svg(summary)}"
        '<p class="legend"><span class="key-line"></span> score · <span class="key-band"></span> harder week '
        "(a dip) · ▲ comeback</p>"
        f'<p class="alt">{escape(progress_summary.score_description(summary))}</p>'
        f"{_score_table(summary.weeks)}</section>"
        f"{_calendar(summary)}"
        '<section id="capacities" aria-labelledby="capacities-h"><h2 id="capacities-h">Three capacities</h2>'
        '<p class="muted">Your own weekly ratings after each recap, 1 = hard, 5 = steady.</p>'
        f'<div class="capacity-grid">{capacities}</div></section>'
        '<section id="bids" aria-labelledby="bids-h"><h2 id="bids-h">Bids and repairs</h2>'
        f"<p>{escape(progress_summary.bids_description(summary.bids))}</p><p>{escape(repairs)}</p></section>"
        '<section id="helped" aria-labelledby="helped-h"><h2 id="helped-h">Practices that helped most</h2>'
        f"{_list(helped, 'No practice has left you calmer yet; /exercise offers one.')}</section>"
        '<section id="plans" aria-labelledby="plans-h"><h2 id="plans-h">Your plans</h2>'
        f"{_list([progress_summary.plan_line(plan) for plan in summary.plans], 'No if–then plan yet; /plans makes one.')}"
        "</section>"
        f'<p class="footer">Since {since:%-d %B %Y} · a picture of your practice, not a verdict · '
        "not therapy</p>"
    )
