"""The only writer of due rows: puts a user's messages on the schedule, moves them and takes them off."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from scheduler.due import next_due, next_weekly_due, practice_date
from scheduler.kinds import CHECKIN as CHECKIN_KIND
from scheduler.kinds import HELD_MESSAGE_QUESTION, Kind, held_question_due, next_partner_exchange_after
from scheduler.kinds import PARTNER_EXCHANGE as PARTNER_EXCHANGE_KIND
from scheduler.kinds import RECAP as RECAP_KIND
from storage import repo
from storage.models import HeldMessage, User

CHECKIN = CHECKIN_KIND.name
RECAP = RECAP_KIND.name
PARTNER_EXCHANGE = PARTNER_EXCHANGE_KIND.name


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


async def schedule_once(
    session: AsyncSession, *, kind: Kind, user_id: int, due_at: datetime, ref_id: int = 0
) -> None:
    """Put one message of this kind on the schedule (or move it), about `ref_id` where it names a row."""
    await repo.set_due(session, user_id=user_id, kind=kind.name, due_at=due_at, ref_id=ref_id)


async def unschedule(session: AsyncSession, *, kind: Kind, user_id: int) -> None:
    """Take the user's messages of this kind off the schedule."""
    await repo.delete_user_due(session, user_id=user_id, kind=kind.name)


async def hold_message(
    session: AsyncSession, *, user_id: int, moment_id: int | None, text: str, wait_minutes: int, now: datetime
) -> HeldMessage:
    """Keep a message and schedule the question about it, in one commit."""
    held = await repo.add_held_message(
        session, user_id=user_id, moment_id=moment_id, text=text, wait_minutes=wait_minutes, now=now
    )
    await repo.add_due(
        session,
        user_id=user_id,
        kind=HELD_MESSAGE_QUESTION.name,
        ref_id=held.id,
        due_at=held_question_due(now, wait_minutes),
    )
    return await repo.reload(session, held)


async def release_held(session: AsyncSession, *, held_id: int, user_id: int) -> bool:
    """Delete a held message and its scheduled question; False when another tap already did."""
    return await repo.release_held(session, held_id=held_id, user_id=user_id, kind=HELD_MESSAGE_QUESTION.name)


async def schedule_partner_exchange(
    session: AsyncSession, *, user: User, link_id: int, now: datetime
) -> datetime:
    """Put the user's weekly partner question on the schedule for their link."""
    due_at = next_partner_exchange_after(now, user.time_zone)
    await repo.set_due(
        session, user_id=user.id, kind=PARTNER_EXCHANGE_KIND.name, due_at=due_at, ref_id=link_id
    )
    return due_at


async def unschedule_partner_exchange(session: AsyncSession, *, user_id: int) -> None:
    """No more partner questions for this user (unlinked, or the link is gone)."""
    await repo.delete_user_due(session, user_id=user_id, kind=PARTNER_EXCHANGE_KIND.name)


async def stop_for_unreachable(
    session: AsyncSession, *, user_id: int, now: datetime, commit: bool = True
) -> None:
    """The user blocked the bot: note it, and nothing is scheduled for them until they come back."""
    await repo.mark_unreachable(session, user_id=user_id, now=now)
    await repo.delete_user_due(session, user_id=user_id, commit=commit)


async def erase_user(session: AsyncSession, *, user_id: int) -> None:
    """The user is forgotten: everything they stored goes, their scheduled messages with it."""
    await repo.delete_user(session, user_id=user_id)
