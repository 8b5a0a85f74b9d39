"""Puts a user's recurring messages on the schedule (as due rows) when their settings change."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler.due import next_due, next_weekly_due, practice_date
from storage import repo
from storage.models import User

CHECKIN = "checkin"
RECAP = "recap"


async def schedule_checkin(session: AsyncSession, *, user: User, now: datetime) -> datetime:
    """Schedule the user's next check-in from their zone and time; returns when it is due."""
    zone = ZoneInfo(user.time_zone)
    due_at = next_due(now, user.checkin_time, zone)
    already = await repo.get_checkin_for_date(
        session, user_id=user.id, local_date=practice_date(due_at, zone)
    )
    if already is not None and already.message_id is not None:
        # That day's check-in is already on the user's screen (sent earlier, or opened with
        # /checkin) and would be skipped at its time: the next one is the following day's.
        due_at = next_due(due_at, user.checkin_time, zone)
    await repo.set_due(session, user_id=user.id, kind=CHECKIN, due_at=due_at)
    return due_at


async def ensure_checkin_scheduled(session: AsyncSession, *, user: User, now: datetime) -> datetime:
    """The user's next check-in, scheduling it if nothing is (e.g. after they unblocked the bot)."""
    existing = await repo.get_due(session, user_id=user.id, kind=CHECKIN)
    if existing is not None:
        return existing.due_at
    return await schedule_checkin(session, user=user, now=now)


async def schedule_recap(session: AsyncSession, *, user: User, now: datetime) -> datetime:
    """Schedule the user's next weekly recap from their zone, weekday and time."""
    due_at = next_weekly_due(now, user.recap_weekday, user.recap_time, ZoneInfo(user.time_zone))
    await repo.set_due(session, user_id=user.id, kind=RECAP, due_at=due_at)
    return due_at


async def ensure_recap_scheduled(session: AsyncSession, *, user: User, now: datetime) -> datetime:
    """The user's next weekly recap, scheduling it if nothing is."""
    existing = await repo.get_due(session, user_id=user.id, kind=RECAP)
    if existing is not None:
        return existing.due_at
    return await schedule_recap(session, user=user, now=now)
