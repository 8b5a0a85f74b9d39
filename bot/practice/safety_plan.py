"""A personal safety plan in the Stanley–Brown structure: its sections, the step questions, and how it reads back."""

# Source: Stanley, B. & Brown, G. K. (2012). Safety Planning Intervention: A brief intervention to
# mitigate suicide risk. Cognitive and Behavioral Practice, 19(2), 256–264. The seven sections follow
# its order (warning signs, internal coping, social distraction, people to ask, professionals,
# making the environment safer) with the "reason for living" step most versions add. The words are
# our own. Every step can be skipped, and the plan can be gone through again at any time.

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass

PLAN_ENTRY_MAX_CHARS = 300
SOURCE = "Stanley & Brown (2012), Safety Planning Intervention"


@dataclass(frozen=True)
class Section:
    """One step of the plan: a short id (kept in the database), its heading and the question asked."""

    id: str
    heading: str
    question: str
    example: str


SECTIONS: tuple[Section, ...] = (
    Section(
        "signs",
        "My warning signs",
        "What tells you a hard time is starting? Thoughts, feelings, situations.",
        "for example: not sleeping, pulling away from everyone, “what's the point”",
    ),
    Section(
        "self",
        "Things I can do on my own",
        "What helps you get through a bad moment on your own, even a little?",
        "for example: a walk, a shower, a song, holding something cold",
    ),
    Section(
        "places",
        "People and places that take my mind off it",
        "Who or where could you go to be around others for a while, without having to talk about it?",
        "for example: a café, the gym, a cousin's kitchen",
    ),
    Section(
        "people",
        "People I can ask for help",
        "Who could you tell that you're struggling? A name and a way to reach them.",
        "for example: Sam, 0151 234 567",
    ),
    Section(
        "pros",
        "Professionals and lines",
        "Which professionals or lines could you contact? Your doctor or therapist, a crisis line.",
        "the lines below /sos are always there too",
    ),
    Section(
        "space",
        "Making my space safer",
        "What could you put out of reach, or away from home, while things are hard?",
        "for example: give something to a friend to keep for now",
    ),
    Section(
        "reason",
        "My reason to keep going",
        "What matters to you, or who, even on the hardest days?",
        "a person, a pet, a plan, something you want to see",
    ),
)
SECTION_IDS = tuple(section.id for section in SECTIONS)


def section_at(index: int) -> Section | None:
    """The step at `index` (0-based), or None past the end."""
    return SECTIONS[index] if 0 <= index < len(SECTIONS) else None


def index_of(section_id: str) -> int | None:
    """Where a section sits in the plan, or None for an unknown id."""
    return SECTION_IDS.index(section_id) if section_id in SECTION_IDS else None


def step_text(index: int, current: str | None) -> str:
    """The question for one step (HTML), with the answer already there when going through it again."""
    section = SECTIONS[index]
    lines = [
        f"<b>Your safety plan · {index + 1} of {len(SECTIONS)}: {section.heading}</b>",
        section.question,
        f"<i>{html.escape(section.example)}</i>",
    ]
    if current:
        lines.append(f"Now: {html.escape(current)}\nType a new answer, or keep it as it is.")
    else:
        lines.append("Type a few words, or skip this one.")
    return "\n\n".join(lines)


def plan_text(entries: Mapping[str, str]) -> str:
    """The plan as it reads back (HTML, user words escaped), sections in order; empty when nothing is written."""
    written = [section for section in SECTIONS if entries.get(section.id)]
    if not written:
        return ""
    lines = ["<b>Your safety plan</b>"]
    for section in written:
        lines.append(f"<b>{section.heading}</b>\n{html.escape(entries[section.id])}")
    return "\n\n".join(lines)
