"""/share: the confirm step's words, and which notes and story entries may go on the page.

A note or story entry goes on the page only when the user ticked it, and never one the crisis
screen flags: a therapist reads the page later, not in the moment, so crisis words stay out of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

NAME_MAX_CHARS = 40
ASK_NAME = (
    "Type the name to put on the page: your first name, initials or any name your therapist or "
    "coach knows you by."
)
EMPTY_NAME = "That was empty. A few letters are enough, or choose No name."
# The page has room for a few short entries below the summary.
MOST_NOTES = 6
NOTE_MAX_CHARS = 240


@dataclass(frozen=True)
class SharedNote:
    """A check-in note or story entry the user may choose to put on the page."""

    local_date: date
    kind: str  # note · story
    text: str


def confirm_text(name: str | None, notes: bool) -> str:
    """The confirm step: what the page will hold, and what the user decides."""
    shown_name = f"<b>{escape(name)}</b>" if name else "<b>no name</b>"
    notes_line = (
        "Your notes and story entries: <b>included</b> (the latest few)."
        if notes
        else "Your notes and story entries: <b>left out</b>."
    )
    return (
        "<b>A one-page summary for your therapist or coach</b>\n"
        "A PDF with your pattern and plans, weeks of practice, your score with its dips and comebacks, "
        "the three capacities, what helped, bids and repairs. I send it only to you; you forward it "
        "if you want to.\n\n"
        f"Name on the page: {shown_name}\n{notes_line}\n\n"
        "<i>Safety check-ins and crisis moments are never on it.</i>"
    )


def clean_name(typed: str) -> str | None:
    """The typed name as it goes on the page (one line, cut to 40 characters), or None when empty."""
    name = " ".join(typed.split())
    return name[:NAME_MAX_CHARS].rstrip() or None


def notes_for_page(
    notes: Sequence[SharedNote], *, include: bool, flagged: Callable[[str], bool]
) -> list[SharedNote]:
    """The newest notes the user chose to include, leaving out any the crisis screen flags, each cut short."""
    if not include:
        return []
    kept = []
    for note in sorted(notes, key=lambda item: item.local_date, reverse=True):
        text = " ".join(note.text.split())
        if not text or flagged(text):
            continue
        if len(text) > NOTE_MAX_CHARS:
            text = text[: NOTE_MAX_CHARS - 1].rstrip() + "…"
        kept.append(SharedNote(note.local_date, note.kind, text))
        if len(kept) == MOST_NOTES:
            break
    return kept
