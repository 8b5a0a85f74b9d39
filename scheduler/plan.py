"""Puts a user's recurring messages on the schedule (as due rows) when their settings change."""

from __future__ import annotations

from datetime import datetime, time
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


# The weekly secure-base question for linked partners: one row per partner (ref_id = the link),
# Wednesday evening in each one's own zone, so both fall in the same ISO week wherever they are.
PARTNER_EXCHANGE = "partner_exchange"
PARTNER_EXCHANGE_WEEKDAY = 2
PARTNER_EXCHANGE_TIME = time(19, 0)


def next_partner_exchange(after: datetime, zone_name: str | None) -> datetime:
    """The next weekly partner question after `after`, in the user's zone (UTC before they set one)."""
    return next_weekly_due(
        after, PARTNER_EXCHANGE_WEEKDAY, PARTNER_EXCHANGE_TIME, ZoneInfo(zone_name or "UTC")
    )


async def schedule_partner_exchange(
    session: AsyncSession, *, user: User, link_id: int, now: datetime
) -> datetime:
    """Put the user's weekly partner question on the schedule for their link."""
    due_at = next_partner_exchange(now, user.time_zone)
    await repo.set_due(session, user_id=user.id, kind=PARTNER_EXCHANGE, due_at=due_at, ref_id=link_id)
    return due_at


async def unschedule_partner_exchange(session: AsyncSession, *, user_id: int) -> None:
    """No more partner questions for this user (unlinked, or the link is gone)."""
    await repo.delete_user_due(session, user_id=user_id, kind=PARTNER_EXCHANGE)
