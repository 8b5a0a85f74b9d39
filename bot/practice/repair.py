"""Repair after an old-pattern day: when to offer it, the short repair step, and how the recap names repairs and moments."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.practice.recap import DayRecord, MarkedMoment, practice_score_series, repaired_days_named

# An old-pattern day is offered for repair for a few days; after that it has become history, not a task.
REPAIR_WINDOW_DAYS = 3
# A repair written out is a few lines; anything past this is cut.
REPAIR_MAX_CHARS = 1000

REPAIR_STEP = (
    "<b>A short repair</b>\n"
    "After the old pattern, coming back and repairing is the skill that builds secure bonds. Three steps:\n"
    "1. <b>Name what happened</b>, plainly and without blame.\n"
    "2. <b>Own your part</b>, only yours.\n"
    "3. <b>Say what you'd like next time.</b>\n\n"
    "<i>“When I ___ yesterday, I was feeling ___. My part was ___. Next time I'd like to ___.”</i>\n\n"
    "You can write it here first (only you see it), or just tell me when you've repaired."
)
REPAIR_ASK = "Write your repair in a few lines. I'll keep it for you; nobody else sees it."
REPAIR_DRAFTED = "Kept ✓ When you've said it (or written it to them), tap below."
REPAIRED = "Repaired ✓ That's a win, and a big one: you came back and made it right. 🌱"
NOTHING_TO_REPAIR = (
    "No old-pattern day to repair in the last few days. If something still needs mending, "
    "the three steps work any time:\n\n"
)


@dataclass(frozen=True)
class MomentRecord:
    """One marked moment, as far as the recap needs it."""

    plan_id: int | None
    action: str  # marked · held · staying · stayed · sent · edited · let_go
    choice: str | None  # the evening's answer: secure · both · old, or None
    local_date: date | None = None


def repair_offer(
    old_days: Sequence[date],
    repaired_after: Sequence[date],
    *,
    today: date,
    include_today: bool,
    partner_safe: bool = True,
) -> date | None:
    """The old-pattern day to offer a repair for: the latest in the last few days not yet repaired.

    The evening check-in looks at the days before its own (`include_today=False`); /repair also at today.
    Repairing is a partner practice, so nothing is offered while a partner frightens the user.
    """
    if not partner_safe:
        return None
    earliest = today - timedelta(days=REPAIR_WINDOW_DAYS)
    latest = today if include_today else today - timedelta(days=1)
    open_days = [day for day in old_days if earliest <= day <= latest and day not in set(repaired_after)]
    return max(open_days) if open_days else None


def day_name(day: date, today: date) -> str:
    """ "yesterday", "Tuesday", or "23 November" for a day longer ago than a week."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"{day:%A}" if (today - day).days < 7 else f"{day:%-d %B}"


def repair_lines(repaired_after: Sequence[date], *, week_end: date) -> str:
    """The recap's repairs, named as wins (HTML), or "" when there were none."""
    if not repaired_after:
        return ""
    days = sorted(set(repaired_after))
    named = repaired_days_named(days, week_end=week_end)
    count = "1 repair" if len(days) == 1 else f"{len(days)} repairs"
    return (
        f"<b>Repairs: {count}</b>\nYou repaired after {named}. "
        "Repair is a core secure skill: it counts as a win, right beside a comeback."
    )


def held(moment: MomentRecord) -> bool:
    """Whether the plan held at this moment: the evening said secure, or the timer's choice was the new move."""
    if moment.choice is not None:
        return moment.choice == "secure"
    return moment.action in ("let_go", "stayed", "edited")


def pattern_counts(moments: Sequence[MomentRecord], labels: Mapping[int, str]) -> list[tuple[str, int, int]]:
    """Per pattern (in the order of `labels`): its name, the moments marked, and how often the plan held.

    Every marked moment counts as an activation, answered later or not.
    """
    counts = []
    for plan_id, label in labels.items():
        mine = [moment for moment in moments if moment.plan_id == plan_id]
        if mine:
            counts.append((label, len(mine), sum(1 for moment in mine if held(moment))))
    return counts


def pattern_score(moments: Sequence[MomentRecord]) -> float | None:
    """The forgiving practice score (0..100) of one pattern, by the same rule as the user's own score.

    It is fed by the evening's answer about each moment (a message let go or five more minutes stayed
    count as the new move), and a moment nobody answered still counts as an activation; None until
    one moment's choice is known, so an unanswered pattern shows no made-up number.
    """
    dated = [moment for moment in moments if moment.local_date is not None]
    if not any(moment.choice is not None or held(moment) for moment in dated):
        return None
    days = [
        DayRecord(local_date=moment.local_date, activated="yes", choice=moment.choice, intensity=None)
        for moment in dated
        if moment.choice is not None
    ]
    marked = [MarkedMoment(moment.local_date, held(moment)) for moment in dated if moment.choice is None]
    series = practice_score_series(days, marked)
    return series[-1][1] if series else None


def moments_section(moments: Sequence[MomentRecord], labels: Mapping[int, str]) -> str:
    """The recap's "In the moment" lines (HTML), per pattern, or "" without marked moments."""
    if not any(moment.plan_id in labels for moment in moments):
        return ""
    lines = ["<b>In the moment</b>"]
    for plan_id, label in labels.items():
        mine = [moment for moment in moments if moment.plan_id == plan_id]
        if not mine:
            continue
        moment_word = "moment" if len(mine) == 1 else "moments"
        kept = sum(1 for moment in mine if held(moment))
        line = f"{html.escape(label)}: {len(mine)} {moment_word} marked, your plan held {kept}."
        score = pattern_score(mine)
        if score is not None:
            line += f" Score for this pattern: {round(score)} of 100."
        lines.append(line)
    lines.append("Marking the moment is already practice: you noticed the pull while it was happening.")
    return "\n".join(lines)
