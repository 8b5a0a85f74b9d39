"""Quiet mode: scheduled messages open with neutral words, so a notification preview shows nothing of the practice."""

from __future__ import annotations

import html
import re

NEUTRAL_LINE = "A quick note for you"
# Long enough that a notification preview (about the first hundred characters) shows only these
# neutral words; what the message is about starts below them.
NEUTRAL_OPENING = (
    f"{NEUTRAL_LINE}\n"
    "Open it whenever you have a quiet, private moment. There's no rush, and it can wait until then."
)
PREVIEW_CHARS = 100
# Words that would tell someone glancing at the phone what this bot is for.
GIVEAWAY_WORDS = re.compile(
    r"\b(?:practi[cs]es?|practi[cs]ing|patterns?|anxious|anxiety|avoidant|attachment|partners?|"
    r"relationships?|safety|safe|crisis|check-?ins?|recap|exercises?|secure|sos|help ?lines?|"
    r"suicide|abuse|therapy|therapist|bids?|reassurance)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")

EXPLAINED_ON = (
    "Quiet mode is on ✓ Every message I send on my own (your evening check-in, the weekly look back, "
    "reminders and timers, follow-ups) now arrives without a sound and starts with "
    f"“{NEUTRAL_LINE}” and a line of plain words, so a notification on your lock screen shows nothing about "
    "what this is. Messages you open yourself read as usual. /settings turns it off."
)
EXPLAINED_OFF = "Quiet mode is off ✓ Scheduled messages come with sound and their usual first line again."


def quiet_text(text: str) -> str:
    """A scheduled message as a quiet-mode user gets it: the neutral opening first, then the message.

    Works for HTML and plain messages alike: the opening holds no markup characters.
    """
    return f"{NEUTRAL_OPENING}\n\n{text}" if text else NEUTRAL_OPENING


def preview(text: str, *, parsed_html: bool = True) -> str:
    """The first characters a notification would show: markup left out, entities read as characters."""
    visible = html.unescape(_TAG.sub("", text)) if parsed_html else text
    return visible[:PREVIEW_CHARS]


def is_discreet(text: str, *, parsed_html: bool = True) -> bool:
    """Whether a message opens with the neutral line and its preview gives nothing away."""
    shown = preview(text, parsed_html=parsed_html)
    return shown.startswith(NEUTRAL_LINE) and GIVEAWAY_WORDS.search(shown) is None
