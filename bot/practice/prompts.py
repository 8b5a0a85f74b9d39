"""Which open prompt a typed text answers: the most recently opened one, if it is still live."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

# A question left unanswered this long no longer takes typed text: the user has moved on, and a
# later note or message must not silently become their pattern or a story entry.
PROMPT_LIFETIME = timedelta(minutes=10)


class Prompt(StrEnum):
    """Questions that wait for typed text."""

    SETTING = "setting"  # /settings: a new pattern, alternative, place, ...
    STORY = "story"  # /story: the current story prompt
    NOTE = "note"  # the check-in's optional note
    SAFETY_PLAN = "safety_plan"  # /sos: a step of the safety plan
    EXERCISE = "exercise"  # an exercise step that takes typed text
    PLAN = "plan"  # /plans: the cue, old move or secure alternative of one plan
    HOLD = "hold"  # /now: the message to hold before sending
    REPAIR = "repair"  # /repair: the repair in the user's words
    SHARE_NAME = "share_name"  # /share: the name to put on the summary
    PARTNER = "partner"  # /partner: a bid, a card or the week's answer for the partner


@dataclass(frozen=True)
class Routing:
    """Where typed text goes, and the newest open prompt that no longer takes it (to say so)."""

    answers: Prompt | None
    lapsed: Prompt | None


def is_live(opened_at: datetime | None, *, last_command_at: datetime | None, now: datetime) -> bool:
    """Opened recently enough, and no command was sent after it."""
    if opened_at is None or now - opened_at > PROMPT_LIFETIME:
        return False
    return last_command_at is None or opened_at >= last_command_at


def route_typed_text(
    open_prompts: Mapping[Prompt, datetime | None], *, last_command_at: datetime | None, now: datetime
) -> Routing:
    """The live prompt opened last gets the text; when none is live, the newest lapsed one is named.

    `open_prompts` maps each waiting prompt to when it was opened (None when unknown: lapsed).
    """
    live = [
        (at, prompt)
        for prompt, at in open_prompts.items()
        if is_live(at, last_command_at=last_command_at, now=now)
    ]
    if live:
        return Routing(answers=max(live)[1], lapsed=None)
    if not open_prompts:
        return Routing(answers=None, lapsed=None)
    # Unknown opening times sort first, so a prompt with a known time is named in preference.
    newest = max(open_prompts.items(), key=lambda item: (item[1] is not None, item[1] or now))
    return Routing(answers=None, lapsed=newest[0])
