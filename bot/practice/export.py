"""The /export documents in the person's own terms: a readable journal, and every table as CSV in local time."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.practice.checkin import ACTIVATION_LABELS, CHOICE_LABELS
from bot.practice.exercise_card import FEELING_LABELS
from bot.practice.partner_link import BID_ANSWER_LABELS
from bot.practice.relationships import BID_LABELS, SUPPORT_WORDS
from bot.practice.safety_plan import SECTIONS
from bot.practice.zones import describe_zone

# Each table's file name in the CSV archive and its heading in the readable file, in reading order.
TABLES: dict[str, tuple[str, str]] = {
    "users": ("profile.csv", "About you"),
    "checkins": ("check-ins.csv", "Check-ins"),
    "exercise_practices": ("practices.csv", "Practices"),
    "weekly_recaps": ("weekly-recaps.csv", "Weekly recaps"),
    "capacity_ratings": ("weekly-ratings.csv", "Weekly ratings"),
    "bid_logs": ("bids.csv", "Bids for connection"),
    "support_ratings": ("steady-people.csv", "Steady people"),
    "story_entries": ("story.csv", "Your story"),
    "safety_plan_entries": ("safety-plan.csv", "Your safety plan"),
    "pattern_plans": ("plans.csv", "Your if–then plans"),
    "pattern_moments": ("moments.csv", "Moments you marked"),
    "held_messages": ("held-messages.csv", "Messages being held"),
    "repairs": ("repairs.csv", "Repairs"),
    "safety_flags": ("safety-pauses.csv", "Safety pauses"),
    "partner_invites": ("partner-invites.csv", "Partner invites you made"),
    "partner_bids": ("partner-bids.csv", "Bids you sent your partner"),
    "partner_cards": ("partner-card.csv", "Your “What helps me” card"),
    "partner_exchange_answers": ("partner-answers.csv", "Your answers to the weekly partner question"),
    "due_messages": ("scheduled.csv", "Coming up"),
}
PRACTICE_STATUS = {
    "offered": "offered, not started",
    "started": "started",
    "completed": "done",
    "felt": "done",
    "skipped": "swapped for another",
    "not_now": "not now",
    "not_with_person": "not with this person",
}
SCHEDULED_KINDS = {
    "checkin": "Daily check-in",
    "recap": "Weekly recap",
    "exercise_followup": "How a practice felt",
    "safety_followup": "A gentle check-in after a hard moment",
    "safety_ask": "How are you now? (before practice comes back)",
    "safety_no_answer": "A gentle line if that question goes unanswered",
    "held_message": "Still want to send it?",
    "stay_timer": "Five more minutes are up",
    "partner_exchange": "This week's question with your partner",
}
MOMENT_ACTIONS = {
    "marked": "marked",
    "held": "held a message",
    "staying": "staying five more minutes",
    "stayed": "stayed five more minutes",
    "sent": "sent the held message",
    "edited": "edited the held message",
    "let_go": "let the held message go",
}
WEEKDAYS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


@dataclass(frozen=True)
class ExportLabels:
    """The words for the codes the tables hold: exercise titles, story prompts, directions, capacities."""

    exercise_titles: Mapping[str, str] = field(default_factory=dict)
    story_prompts: Mapping[str, str] = field(default_factory=dict)
    directions: Mapping[str, str] = field(default_factory=dict)
    capacities: Mapping[str, str] = field(default_factory=dict)


def in_zone(
    rows: Mapping[str, Sequence[Mapping[str, Any]]], zone: ZoneInfo
) -> dict[str, list[dict[str, Any]]]:
    """Every table with its instants moved to the person's zone (the offset kept), for the JSON and CSVs."""
    return {
        table: [
            {
                key: value.astimezone(zone) if isinstance(value, datetime) else value
                for key, value in row.items()
            }
            for row in table_rows
        ]
        for table, table_rows in rows.items()
    }


def plain_value(value: object) -> object:
    """A value as JSON and CSV can hold it: dates and times in ISO 8601 (instants with their offset)."""
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value


def csv_archive(rows: Mapping[str, Sequence[Mapping[str, Any]]], zone: ZoneInfo) -> bytes:
    """A ZIP with one CSV per table (every table, empty ones with a header), times in the person's zone."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, table_rows in in_zone(rows, zone).items():
            filename = TABLES.get(table, (f"{table.replace('_', '-')}.csv", ""))[0]
            text = io.StringIO()
            columns = list(table_rows[0]) if table_rows else ["(no rows)"]
            writer = csv.DictWriter(text, fieldnames=columns)
            writer.writeheader()
            for row in table_rows:
                writer.writerow({key: plain_value(value) for key, value in row.items()})
            archive.writestr(filename, text.getvalue())
    return buffer.getvalue()


def stamp(instant: datetime, zone: ZoneInfo) -> str:
    """An instant as the person reads it: "Mon 23 Nov 2026, 21:04 (UTC+1)"."""
    local = instant.astimezone(zone)
    offset = describe_zone(zone.key, instant).rsplit("(", 1)[-1].rstrip(")")
    return f"{local:%a %-d %b %Y, %H:%M} ({offset})"


def _day(value: date) -> str:
    return f"{value:%a %-d %b %Y}"


def _quote(text: str | None) -> str:
    """Typed text on one line, set off so Markdown leaves it as written."""
    folded = " ".join((text or "").split())
    return "“" + folded.replace("*", "\\*").replace("_", "\\_") + "”"


# Tables read as one line per row: when it happened (the column holding the instant), then what.
STAMPED_LINES: dict[str, tuple[str, Callable[[Mapping[str, Any]], str]]] = {
    "pattern_moments": ("marked_at", lambda row: MOMENT_ACTIONS.get(row["action"], row["action"])),
    "held_messages": ("held_at", lambda row: row["text"]),
    "partner_cards": ("updated_at", lambda row: _quote(row["text"])),
    "partner_exchange_answers": ("answered_at", lambda row: _quote(row["text"])),
}


def _profile(user: Mapping[str, Any], zone: ZoneInfo, labels: ExportLabels, now: datetime) -> list[str]:
    lines = []
    if user.get("onboarded_at"):
        lines.append(f"- Joined: {stamp(user['onboarded_at'], zone)}")
    if user.get("direction"):
        lines.append(f"- Direction: {labels.directions.get(user['direction'], user['direction'])}")
    if user.get("pattern"):
        lines.append(f"- Your pattern: {_quote(user['pattern'])}")
    if user.get("secure_alternative"):
        lines.append(f"- What you practise instead: {_quote(user['secure_alternative'])}")
    if user.get("share_name"):
        lines.append(f"- Name for /share summaries: {_quote(user['share_name'])}")
    lines.append(f"- Time zone: {describe_zone(zone.key, now)}")
    if user.get("checkin_time"):
        lines.append(f"- Daily check-in: {user['checkin_time']:%H:%M}")
    if user.get("recap_time") is not None:
        lines.append(
            f"- Weekly recap: {WEEKDAYS[user.get('recap_weekday', 6)]} at {user['recap_time']:%H:%M}"
        )
    lines.append(f"- Quiet mode: {'on' if user.get('quiet') else 'off'}")
    lines.append(f"- Partner practices: {'off' if user.get('partner_feels_unsafe') else 'on'}")
    if user.get("paused_since"):
        until = stamp(user["paused_until"], zone) if user.get("paused_until") else "you resume"
        lines.append(f"- Paused since {stamp(user['paused_since'], zone)}, until {until}")
    return lines


def _checkin(row: Mapping[str, Any], zone: ZoneInfo) -> str:
    parts = [f"**{_day(row['local_date'])}**"]
    if row.get("activated"):
        parts.append(f"pattern activated: {ACTIVATION_LABELS[row['activated']].lower()}")
    else:
        parts.append("not answered")
    if row.get("choice"):
        parts.append(f"you chose: {CHOICE_LABELS[row['choice']].lower()}")
    if row.get("intensity"):
        parts.append(f"pull {row['intensity']}/5")
    if row.get("note"):
        parts.append(f"note: {_quote(row['note'])}")
    if row.get("answered_at") and row.get("activated"):
        parts.append(f"answered {stamp(row['answered_at'], zone)}")
    return "- " + " · ".join(parts)


def _practice(row: Mapping[str, Any], zone: ZoneInfo, labels: ExportLabels) -> str:
    title = labels.exercise_titles.get(row["exercise_id"], "A practice no longer in the library")
    parts = [f"**{stamp(row['offered_at'], zone)}**", f"{title} (level {row['level']})"]
    parts.append(PRACTICE_STATUS.get(row.get("status", ""), row.get("status", "")))
    if row.get("feeling"):
        parts.append(f"afterwards: {FEELING_LABELS[row['feeling']].lower()}")
    line = "- " + " · ".join(parts)
    if row.get("written"):
        # What the user wrote at the practice's writing steps, as they wrote it.
        line += "\n" + "\n".join(f"  > {written}" for written in row["written"].splitlines())
    return line


def _section(
    table: str, rows: Sequence[Mapping[str, Any]], zone: ZoneInfo, labels: ExportLabels
) -> list[str]:
    if table in STAMPED_LINES:
        at, what = STAMPED_LINES[table]
        return [f"- **{stamp(row[at], zone)}** · {what(row)}" for row in rows]
    if table == "checkins":
        return [_checkin(row, zone) for row in rows]
    if table == "exercise_practices":
        return [_practice(row, zone, labels) for row in rows]
    if table == "weekly_recaps":
        return [
            f"- **{_day(row['recap_date'])}** · "
            + (f"sent {stamp(row['sent_at'], zone)}" if row.get("sent_at") else "not sent")
            for row in rows
        ]
    if table == "capacity_ratings":
        return [
            f"- **{_day(row['local_date'])}** · {labels.capacities.get(row['capacity'], row['capacity'])}: "
            f"{row['rating']}/5"
            for row in rows
        ]
    if table == "bid_logs":
        return [
            f"- **{_day(row['local_date'])}** · {BID_LABELS.get(row['response'], row['response']).lower()}"
            + (f" · with {SUPPORT_WORDS.get(row['who'], row['who'])}" if row.get("who") else "")
            for row in rows
        ]
    if table == "support_ratings":
        return [
            f"- **{_day(row['local_date'])}** · a steady presence: {SUPPORT_WORDS.get(row['who'], row['who'])}"
            for row in rows
        ]
    if table == "story_entries":
        lines = []
        for row in rows:
            prompt = labels.story_prompts.get(row["prompt_id"], "")
            lines += [
                f"**{stamp(row['written_at'], zone)}**" + (f" · *{prompt}*" if prompt else ""),
                "",
                row["text"],
                "",
            ]
        return lines
    if table == "safety_plan_entries":
        by_section = {row["section"]: row for row in rows}
        return [
            f"- **{section.heading}** · {by_section[section.id]['text']}"
            for section in SECTIONS
            if section.id in by_section
        ]
    if table == "safety_flags":
        return [
            f"- **{stamp(row['raised_at'], zone)}** · practice prompts paused until {stamp(row['pause_until'], zone)}"
            + (f" · you said you were safe {stamp(row['cleared_at'], zone)}" if row.get("cleared_at") else "")
            for row in rows
        ]
    if table == "pattern_plans":
        return [
            f"- When {row['cue'] or '…'}, instead of {row['old_move'] or '…'}, I {row['secure_alternative'] or '…'}"
            + (f" · retired {stamp(row['retired_at'], zone)}" if row.get("retired_at") else "")
            for row in rows
        ]
    if table == "repairs":
        return [
            f"- after **{_day(row['after_date'])}** · "
            + ("repaired" if row["status"] == "repaired" else "written, not yet done")
            + (f": {row['text']}" if row.get("text") else "")
            for row in rows
        ]
    if table == "partner_invites":
        return [
            f"- **{stamp(row['created_at'], zone)}** · "
            + ("accepted" if row.get("accepted_at") else "not accepted")
            for row in rows
        ]
    if table == "partner_bids":
        return [
            f"- **{stamp(row['sent_at'], zone)}** · {_quote(row['text'])}"
            + (
                f" · answered: {BID_ANSWER_LABELS.get(row['answer'], row['answer']).lower()}"
                if row.get("answer")
                else ""
            )
            for row in rows
        ]
    if table == "due_messages":
        return [
            f"- {SCHEDULED_KINDS.get(row['kind'], 'A message')}: {stamp(row['due_at'], zone)}" for row in rows
        ]
    return [f"- {len(rows)} rows (in the CSV files)"]


def readable_export(
    rows: Mapping[str, Sequence[Mapping[str, Any]]], *, zone: ZoneInfo, labels: ExportLabels, now: datetime
) -> str:
    """Everything the bot holds about the person, as a Markdown document anyone can read."""
    user = rows["users"][0] if rows.get("users") else {}
    place = describe_zone(zone.key, now)
    lines = [
        "# Earned Security: your practice",
        "",
        f"Exported {stamp(now, zone)}. Times are in your time zone, {place}, with the offset they had then.",
        "The JSON file holds the same data for other programs; the CSV files open in a spreadsheet.",
        "",
        "## About you",
        "",
        *_profile(user, zone, labels, now),
    ]
    for table, (_, heading) in TABLES.items():
        if table == "users":
            continue
        table_rows = rows.get(table, [])
        lines += ["", f"## {heading} ({len(table_rows)})", ""]
        lines += _section(table, table_rows, zone, labels) if table_rows else ["Nothing yet."]
    extra = [table for table in rows if table not in TABLES]
    for table in extra:
        lines += ["", f"## {table.replace('_', ' ').capitalize()} ({len(rows[table])})", ""]
        lines += _section(table, rows[table], zone, labels)
    lines += ["", "---", "Not therapy · /sos in the bot for help lines", ""]
    return "\n".join(lines)
