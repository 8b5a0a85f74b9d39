"""What the bot says when it is simply listening: replies during a safety pause and acknowledgements of personal writing."""

from __future__ import annotations

from datetime import datetime

# Said when someone writes during a safety pause: no practice, no check-in, just presence and the lines.
# Several, so a person writing a few times in a hard hour does not read the same sentence each time.
DURING_PAUSE = (
    "I'm here, and I read that. You don't have to say anything more than you want to.",
    "Thank you for writing. There's no rush here, and nothing you need to do.",
    "I hear you. Take whatever time you need; I'm not going anywhere.",
    "Thanks for telling me how it is. Go gently with yourself right now.",
)
LINES_IN_VIEW = "The help lines stay here for you: /sos, any time, day or night."

# Said after a story entry: it was heard, not filed.
STORY_HEARD = (
    "Thank you for writing that down. It's yours, and it's kept safe here.",
    "I read that. Putting it into words takes something; it's kept in your story.",
    "Thank you for sharing that. It's in your story now, just for you.",
    "That's written down and kept. Whatever it brought up, go gently.",
)


def pick(lines: tuple[str, ...], seed: int) -> str:
    """One of `lines`, varied by `seed` (a count of messages, a date) so repeats are rare."""
    return lines[seed % len(lines)]


def pause_reply(seed: int) -> str:
    """The answer to ordinary text during a safety pause: care, the lines, no practice and no check-in."""
    return f"{pick(DURING_PAUSE, seed)}\n\n<i>{LINES_IN_VIEW}</i>"


def listening_closed(flag_raised_at: datetime | None, *reopened_at: datetime | None) -> bool:
    """After a crisis answer no earlier question takes typed text, until the user opens one again.

    True while a safety flag is active (`flag_raised_at` set) and nothing in `reopened_at` (the last
    command, the last question opened) came after it: the next message is conversation, not an
    onboarding answer, a setting or a note.
    """
    if flag_raised_at is None:
        return False
    return all(at is None or at < flag_raised_at for at in reopened_at)
