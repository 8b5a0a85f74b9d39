"""Relationship practices: the story prompt sequence, bids for connection, and steady people, as recap words."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

STORY_ENTRY_MAX_CHARS = 1000
STORY_PAGE_SIZE = 3
# A page's shown text stays below Telegram's 4,096 (a margin for the date lines and separators).
PAGE_TEXT_BUDGET = 3900
SHORTENED_TAIL = "… (shortened here; /export has it in full)"

BID_RESPONSES = {"t": "toward", "m": "missed", "a": "away"}
BID_LABELS = {"toward": "Turned toward", "missed": "Missed it", "away": "Turned away"}
BID_PEOPLE = {"p": "partner", "f": "friend", "m": "family"}
BID_REPLIES = {
    "toward": "Logged ✓ That's the secure base in action: small, steady responses are what build it.",
    "missed": "Logged ✓ Noticing a missed bid is the first step to catching the next one.",
    "away": (
        "Logged ✓ Seeing that you turned away is part of the practice. Security grows from many "
        "small moments, not grand gestures."
    ),
}
SUPPORT_PEOPLE = {"p": "partner", "f": "friend", "m": "family", "t": "therapist", "n": "no one"}
SUPPORT_WORDS = {
    "partner": "your partner",
    "friend": "a friend",
    "family": "family",
    "therapist": "your therapist",
}


@dataclass(frozen=True)
class StoryPrompt:
    """One prompt of the story sequence."""

    id: str
    text: str
    repeatable: bool


@dataclass(frozen=True)
class StoryEntryView:
    """A saved story answer, as read back."""

    prompt_text: str
    text: str
    written_at: datetime


@dataclass(frozen=True)
class BidRecord:
    """One logged bid for connection."""

    local_date: date
    response: str  # toward · missed · away
    who: str | None


def next_story_prompt(prompts: Sequence[StoryPrompt], answered_ids: Sequence[str]) -> StoryPrompt:
    """The first prompt not yet answered; once all are, the recent-episode prompts cycle in order.

    `answered_ids` are in the order they were answered, oldest first.
    """
    answered = set(answered_ids)
    for prompt in prompts:
        if prompt.id not in answered:
            return prompt
    repeatable = [prompt for prompt in prompts if prompt.repeatable]
    last_repeatable = next((i for i in reversed(answered_ids) if i in {p.id for p in repeatable}), None)
    if last_repeatable is None:
        return repeatable[0]
    position = [prompt.id for prompt in repeatable].index(last_repeatable)
    return repeatable[(position + 1) % len(repeatable)]


def story_page(entries_newest_first: Sequence[StoryEntryView], page: int) -> tuple[str, bool, bool]:
    """One page of entries (newest first), HTML-escaped; also whether older and newer pages exist."""
    total = len(entries_newest_first)
    start = page * STORY_PAGE_SIZE
    shown = entries_newest_first[start : start + STORY_PAGE_SIZE]
    header = f"<b>Your story</b> · entries {start + 1}–{start + len(shown)} of {total}, newest first"
    heads = [f"{entry.written_at:%-d %B %Y}\n{entry.prompt_text}\n" for entry in shown]
    # Telegram counts the shown text (tags parsed away) in UTF-16 units; long entries, emoji and
    # long prompts could pass its 4,096 limit, so each entry gets an even share of what is left.
    room = PAGE_TEXT_BUDGET - _utf16_len(header) - sum(_utf16_len(head) + 2 for head in heads)
    share = max(80, room // max(1, len(shown)))
    blocks = [header]
    for entry in shown:
        text = _cut_utf16(entry.text, share)
        blocks.append(
            f"<b>{entry.written_at:%-d %B %Y}</b>\n<i>{html.escape(entry.prompt_text)}</i>\n{html.escape(text)}"
        )
    return "\n\n".join(blocks), start + STORY_PAGE_SIZE < total, page > 0


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut_utf16(text: str, limit: int) -> str:
    """The text, or its start with "…" and a pointer to /export, within `limit` UTF-16 units."""
    if _utf16_len(text) <= limit:
        return text
    tail = SHORTENED_TAIL
    kept, used = [], 0
    for char in text:
        size = _utf16_len(char)
        if used + size > limit - _utf16_len(tail):
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + tail


def bid_section(
    current: Sequence[BidRecord], previous: Sequence[BidRecord] | None, *, partner_safe: bool = True
) -> str | None:
    """The recap's lines on bids for connection, or None when none were logged either week.

    Bids are off while a partner frightens the user, so none are named back, not even older ones.
    """
    if not partner_safe or (not current and not previous):
        return None
    toward = sum(1 for bid in current if bid.response == "toward")
    missed = sum(1 for bid in current if bid.response != "toward")
    lines = [f"<b>Bids for connection</b>\nNoticed: {len(current)} · turned toward: {toward}"]
    if previous is not None:
        before = sum(1 for bid in previous if bid.response == "toward")
        lines.append(f"Last week: noticed {len(previous)}, turned toward {before}.")
    if missed:
        lines.append(
            "The ones you missed or turned from count too: noticing them is how the next one gets caught."
        )
    return "\n".join(lines)


def supports_section(people_by_week: Sequence[str], *, partner_safe: bool = True) -> str | None:
    """Names the steady people back over the weeks (oldest first); None with nothing to say.

    Repeated steady presence is named plainly; "no one" is met with a gentle pointer, never pressure.
    A partner is not named back while one frightens the user, even from weeks before they said so.
    """
    if not partner_safe:
        people_by_week = [who for who in people_by_week if who != "partner"]
    if not people_by_week:
        return None
    latest = people_by_week[-1]
    run = 0
    for who in reversed(people_by_week):
        if who != latest:
            break
        run += 1
    if latest == "no one":
        return (
            "<b>Steady people</b>\nLast week no one felt like a steady presence. That can be lonely. "
            "When you're ready, one small step: a short message to someone who has felt steady before."
        )
    words = SUPPORT_WORDS.get(latest, latest)
    if run >= 2:
        weeks = {2: "Two", 3: "Three", 4: "Four"}.get(run, str(run))
        return f"<b>Steady people</b>\n{weeks} weeks in a row you leaned on {words}. Relationships like that help security grow."
    return f"<b>Steady people</b>\nLast week you leaned on {words}."
