"""When scheduled messages hold back: a pause the user chose, or the safety pause after a crisis signal."""

from __future__ import annotations

from datetime import datetime, timedelta

SAFETY_PAUSE = timedelta(hours=72)
# Pause choices offered by /pause: (button label, length; None = until /resume).
PAUSE_CHOICES = {
    "3d": ("3 days", timedelta(days=3)),
    "7d": ("A week", timedelta(days=7)),
    "on": ("Until I resume", None),
}


def is_paused(paused_since: datetime | None, paused_until: datetime | None, now: datetime) -> bool:
    """Paused from `paused_since` until `paused_until` (or until resumed when that is None)."""
    if paused_since is None:
        return False
    return paused_until is None or now < paused_until
