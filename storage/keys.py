"""DATA_KEY at start-up: checked against a stored check value; and which bot processes hold the database."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from storage import crypto, repo

KEY_CHECK = "data_key_check"
PROCESS_PREFIX = "process:"


async def key_problem(session: AsyncSession, *, now: datetime) -> str | None:
    """One line naming DATA_KEY when the configured keys cannot read the stored data, else None.

    On first start (or the first start since the check was introduced) the check value is written
    under the current key, after making sure the key opens any text already stored.
    """
    stored = await repo.get_state(session, name=KEY_CHECK)
    sample = stored if stored is not None else await repo.sample_encrypted_text(session)
    if sample is not None and sample.startswith(crypto.PREFIX):
        if not crypto.encrypting():
            return (
                "Configuration error: DATA_KEY is missing; the stored text is encrypted, "
                "set DATA_KEY to the key it was written with."
            )
        if not crypto.opens(sample):
            return (
                "Configuration error: DATA_KEY does not open the stored data; set the key it was "
                "written with (to change keys, put the old one in OLD_DATA_KEYS and run rotate-key)."
            )
    first_check = stored is None and (sample is None or crypto.opens_with_current_key(sample))
    if first_check or (stored == crypto.CHECK_TEXT and crypto.encrypting()):
        # First start, or development mode just got a key: record what this key looks like. Data
        # that opens only with an OLD_DATA_KEYS key waits for rotate-key to record the new check.
        await repo.set_state(session, name=KEY_CHECK, value=crypto.check_value(), now=now)
    return None


async def record_check_value(session: AsyncSession, *, now: datetime) -> None:
    """After a rotation: the check value under the new current key."""
    await repo.set_state(session, name=KEY_CHECK, value=crypto.check_value(), now=now)


async def mark_alive(session: AsyncSession, *, process_id: str, now: datetime) -> None:
    """Note that this bot process is running (every tick)."""
    await repo.set_state(session, name=PROCESS_PREFIX + process_id, value="running", now=now)


async def mark_stopped(session: AsyncSession, *, process_id: str) -> None:
    """A cleanly stopped process no longer holds the database."""
    await repo.delete_state(session, name=PROCESS_PREFIX + process_id)


def presence_window(tick_seconds: float) -> timedelta:
    """How long a process counts as running after its last tick."""
    return timedelta(seconds=3 * tick_seconds + 30)


async def running_processes(session: AsyncSession, *, now: datetime, window: timedelta) -> int:
    """How many bot processes were seen within `window` (a killed one ages out after it)."""
    return len(await repo.states_updated_since(session, prefix=PROCESS_PREFIX, since=now - window))
