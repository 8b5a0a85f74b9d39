"""Coalescing replies to a burst of messages: the same pointer goes to a chat at most once in a while."""

from __future__ import annotations

from datetime import datetime, timedelta

# One "I mostly work with taps" per chat in this interval; a user forwarding a batch or sending
# 150 quick messages gets one answer, not 150 paced ones that would keep them waiting.
POINTER_INTERVAL = timedelta(seconds=30)


def pointer_due(last_sent_at: datetime | None, now: datetime) -> bool:
    """Whether a pointer reply should go out now, given when the last one went to this chat."""
    return last_sent_at is None or now - last_sent_at >= POINTER_INTERVAL
