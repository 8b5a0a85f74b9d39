"""Queries as plain functions: the session comes first, everything else by keyword."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    String,
    Table,
    and_,
    bindparam,
    case,
    column,
    delete,
    exists,
    func,
    literal,
    or_,
    tuple_,
    update,
)
from sqlalchemy import select as select_rows  # plain rows, for tables without a model at hand
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.crypto import EncryptedText, reencrypt
from storage.models import (
    AppState,
    BidLog,
    CapacityRating,
    CheckIn,
    DueMessage,
    ErrorEvent,
    ExercisePractice,
    HeldMessage,
    InboundUpdate,
    PartnerBid,
    PartnerCard,
    PartnerExchange,
    PartnerExchangeAnswer,
    PartnerInvite,
    PartnerLink,
    PatternMoment,
    PatternPlan,
    Repair,
    SafetyFlag,
    SafetyPlanEntry,
    StoryEntry,
    SupportRating,
    UpdateSend,
    User,
    WeeklyRecap,
)

# --- users -------------------------------------------------------------------------------------


async def get_user(session: AsyncSession, *, user_id: int) -> User | None:
    """The user with this Telegram id, if they exist."""
    return await session.get(User, user_id)


@dataclass(frozen=True)
class UserContact:
    """What the safety replies need about a user, read without any encrypted column.

    A key problem (a rotation under a running bot) must never silence /sos or the crisis screen.
    """

    id: int
    time_zone: str | None


async def get_user_contact(session: AsyncSession, *, user_id: int) -> UserContact | None:
    """The user's id and time zone, if they exist; touches no encrypted column."""
    row = (await session.exec(select_rows(User.id, User.time_zone).where(User.id == user_id))).one_or_none()
    return None if row is None else UserContact(id=row[0], time_zone=row[1])


async def note_command(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """Remember when the user last sent a command (open prompts from before it are superseded)."""
    await session.exec(update(User).where(User.id == user_id).values(last_command_at=now))
    await session.commit()


# Every column that can hold an open question waiting for typed text; one is open at a time.
PROMPT_COLUMNS = ("changing", "story_prompt_id", "plan_section", "practice_prompt_id", "practice_prompt")


def _only_prompt(**open_one) -> dict:
    """Column values that close every prompt but the one given."""
    return {column: None for column in PROMPT_COLUMNS} | open_one


async def close_prompts(session: AsyncSession, *, user_id: int) -> None:
    """Stop waiting for typed text from /settings, /story, the safety plan, an exercise step, /plans or /now."""
    await session.exec(update(User).where(User.id == user_id).values(**_only_prompt(), prompt_opened_at=None))
    await session.commit()


async def mark_partner_unsafe(session: AsyncSession, *, user_id: int, now: datetime | None = None) -> None:
    """Switch off partner practices for good, without reading (decrypting) the user's row; a partner
    link of theirs is suspended in the same write (given `now`)."""
    await session.exec(update(User).where(User.id == user_id).values(partner_feels_unsafe=True))
    if now is not None:
        await session.exec(
            update(PartnerLink)
            .where(_member_of(user_id), PartnerLink.suspended_at.is_(None))
            .values(suspended_at=now)
        )
    await session.commit()


async def get_or_create_user(session: AsyncSession, *, user_id: int, now: datetime) -> User:
    """The user with this id, created (and committed) on first contact."""
    user = await session.get(User, user_id)
    if user is not None:
        return user
    session.add(User(id=user_id, created_at=now))
    try:
        await session.commit()
    except IntegrityError:  # a concurrent first update created them
        await session.rollback()
    return await session.get(User, user_id, populate_existing=True)


async def save(session: AsyncSession, row: Any) -> None:
    """Write one changed row."""
    session.add(row)
    await session.commit()


async def reload(session: AsyncSession, row: Any) -> Any:
    """The row as the database holds it now (after a guarded update another tap may have won)."""
    await session.refresh(row)
    return row


async def _insert(session: AsyncSession, row: Any) -> Any:
    """Insert one row and return it with its generated id."""
    session.add(row)
    await session.commit()
    await session.refresh(row)
    return row


def user_tables() -> list[Table]:
    """Every table holding rows about one user (by a user_id column), found from the metadata
    so a new table is exported and erased without anyone remembering to add it here."""
    return [table for table in SQLModel.metadata.sorted_tables if "user_id" in table.columns]


async def delete_user(session: AsyncSession, *, user_id: int) -> None:
    """Remove the user and every row that belongs to them, in every table (their due rows included)."""
    for table in user_tables():
        await session.exec(delete(table).where(table.c.user_id == user_id))
    await session.exec(delete(User).where(User.id == user_id))
    await session.commit()


# Columns left out of an export: who opened an invite is the partner's side, and a token's hash is
# of no use to anyone.
NOT_EXPORTED = {"partner_invites": ("claimed_by", "token_hash")}


async def export_user(session: AsyncSession, *, user_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row the bot holds about the user, by table name, as plain dictionaries."""
    user_rows = await session.exec(select(User).where(User.id == user_id))
    exported: dict[str, list[dict[str, Any]]] = {"users": [row.model_dump() for row in user_rows.all()]}
    for table in user_tables():
        rows = await session.exec(select_rows(table).where(table.c.user_id == user_id).order_by(table.c.id))
        hidden = NOT_EXPORTED.get(table.name, ())
        exported[table.name] = [
            {key: value for key, value in row._mapping.items() if key not in hidden} for row in rows.all()
        ]
    return exported


async def mark_unreachable(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """Note (uncommitted) that the user blocked the bot, keeping the first time it was seen."""
    await session.exec(
        update(User).where(User.id == user_id, User.unreachable_since.is_(None)).values(unreachable_since=now)
    )


async def set_keep_going(
    session: AsyncSession, *, user_id: int, asked_at: datetime | None, reset_at: datetime | None
) -> None:
    """When "keep going?" was asked (None once answered) and from when unanswered check-ins count again;
    committed with the caller's other writes."""
    await session.exec(
        update(User)
        .where(User.id == user_id)
        .values(keep_going_asked_at=asked_at, keep_going_reset_at=reset_at)
    )


async def users_by_id(session: AsyncSession, *, user_ids: list[int]) -> dict[int, User]:
    """The users with these ids that exist, by id, in one query."""
    result = await session.exec(select(User).where(User.id.in_(user_ids)))
    return {user.id: user for user in result.all()}


# --- check-ins ---------------------------------------------------------------------------------


async def get_checkin(session: AsyncSession, *, checkin_id: int, user_id: int) -> CheckIn | None:
    """The check-in with this id if it belongs to this user (a forged id finds nothing)."""
    result = await session.exec(select(CheckIn).where(CheckIn.id == checkin_id, CheckIn.user_id == user_id))
    return result.first()


async def get_checkin_for_date(session: AsyncSession, *, user_id: int, local_date: date) -> CheckIn | None:
    """The user's check-in for one practice date, if any."""
    result = await session.exec(
        select(CheckIn).where(CheckIn.user_id == user_id, CheckIn.local_date == local_date)
    )
    return result.first()


async def get_or_create_checkin(
    session: AsyncSession, *, user_id: int, local_date: date, now: datetime, closes_at: datetime
) -> CheckIn:
    """The user's check-in for a date; the unique (user, date) key makes concurrent creation safe."""
    existing = await get_checkin_for_date(session, user_id=user_id, local_date=local_date)
    if existing is not None:
        return existing
    session.add(CheckIn(user_id=user_id, local_date=local_date, created_at=now, closes_at=closes_at))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
    checkin = await get_checkin_for_date(session, user_id=user_id, local_date=local_date)
    assert checkin is not None
    return checkin


async def update_checkin_if_stage(
    session: AsyncSession,
    *,
    checkin_id: int,
    expected_stage: str,
    now: datetime,
    commit: bool = True,
    **values: Any,
) -> bool:
    """Apply an answer only if the check-in is still on `expected_stage`; False for a lost race."""
    result = await session.exec(
        update(CheckIn)
        .where(CheckIn.id == checkin_id, CheckIn.stage == expected_stage, CheckIn.closes_at > now)
        .values(answered_at=now, **values)
    )
    if commit:
        await session.commit()
    return result.rowcount == 1


@dataclass(frozen=True)
class TappedCheckIn:
    """A check-in as a tap left it: what its card shows."""

    id: int
    local_date: date
    stage: str
    activated: str | None
    choice: str | None
    intensity: int | None
    note: str | None
    plan_id: int | None


async def apply_checkin_tap(
    session: AsyncSession,
    *,
    checkin_id: int,
    user_id: int,
    from_stages: frozenset[str],
    now: datetime,
    values: dict[str, Any],
) -> TappedCheckIn | None:
    """A tap's answer in one UPDATE … RETURNING, applied only to the user's own open check-in while it is on
    one of `from_stages`; None for a lost race, a closed check-in or someone else's (not committed here)."""
    table = CheckIn.__table__
    # Straight on the connection: a Core statement needs none of the ORM's per-call bookkeeping.
    connection = await session.connection()
    result = await connection.execute(
        update(table)
        .where(
            table.c.id == checkin_id,
            table.c.user_id == user_id,
            table.c.stage.in_(sorted(from_stages)),
            table.c.closes_at > now,
        )
        .values(answered_at=now, **values)
        .returning(
            table.c.id,
            table.c.local_date,
            table.c.stage,
            table.c.activated,
            table.c.choice,
            table.c.intensity,
            table.c.note,
            table.c.plan_id,
        )
    )
    row = result.first()
    return None if row is None else TappedCheckIn(*row)


@dataclass(frozen=True)
class CardOwner:
    """What a check-in card shows of its owner: the pattern they named, whether a partner frightens them,
    and their active if–then plans (id, cue, old move, secure alternative), oldest first."""

    id: int
    pattern: str | None
    partner_feels_unsafe: bool
    plans: tuple = ()


async def card_owner(session: AsyncSession, *, user_id: int) -> CardOwner:
    """The tapping user as their check-in card needs them, with their plans, in one statement (a tap
    reads this every time); a user not found shows nothing of theirs."""
    users, plans = User.__table__, PatternPlan.__table__
    connection = await session.connection()
    rows = (
        await connection.execute(
            select_rows(
                users.c.pattern,
                users.c.partner_feels_unsafe,
                plans.c.id,
                plans.c.cue,
                plans.c.old_move,
                plans.c.secure_alternative,
            )
            .select_from(
                users.outerjoin(plans, and_(plans.c.user_id == users.c.id, plans.c.retired_at.is_(None)))
            )
            .where(users.c.id == user_id)
            .order_by(plans.c.created_at, plans.c.id)
        )
    ).all()
    if not rows:
        return CardOwner(user_id, None, False)
    return CardOwner(
        user_id,
        rows[0].pattern,
        bool(rows[0].partner_feels_unsafe),
        tuple(row for row in rows if row.id is not None),
    )


async def checkin_awaiting_note(session: AsyncSession, *, user_id: int, now: datetime) -> CheckIn | None:
    """The user's open check-in waiting for a typed note, if any."""
    result = await session.exec(
        select(CheckIn)
        .where(CheckIn.user_id == user_id, CheckIn.stage == "note", CheckIn.closes_at > now)
        .order_by(CheckIn.local_date.desc())
        .limit(1)
    )
    return result.first()


# --- due messages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimedDue:
    """A due row this process now owns until its lease ends."""

    id: int
    user_id: int
    kind: str
    ref_id: int
    due_at: datetime
    attempts: int
    # Set when an earlier attempt was interrupted mid-send (timeout, crash): it may have arrived.
    send_started_at: datetime | None = None
    unknown_outcomes: int = 0


async def set_due(
    session: AsyncSession, *, user_id: int, kind: str, due_at: datetime, ref_id: int = 0
) -> None:
    """Schedule (or move) the user's message of this kind; any claim on it is released."""
    result = await session.exec(
        update(DueMessage)
        .where(DueMessage.user_id == user_id, DueMessage.kind == kind, DueMessage.ref_id == ref_id)
        .values(due_at=due_at, claimed_until=None, attempts=0, send_started_at=None, unknown_outcomes=0)
    )
    if result.rowcount == 0:
        session.add(DueMessage(user_id=user_id, kind=kind, ref_id=ref_id, due_at=due_at))
    try:
        await session.commit()
    except IntegrityError:  # created concurrently: move that one instead
        await session.rollback()
        await set_due(session, user_id=user_id, kind=kind, due_at=due_at, ref_id=ref_id)


async def get_due(session: AsyncSession, *, user_id: int, kind: str, ref_id: int = 0) -> DueMessage | None:
    """The user's scheduled message of this kind, if any."""
    result = await session.exec(
        select(DueMessage).where(
            DueMessage.user_id == user_id, DueMessage.kind == kind, DueMessage.ref_id == ref_id
        )
    )
    return result.first()


async def claim_due(
    session: AsyncSession, *, now: datetime, lease_until: datetime, limit: int
) -> list[ClaimedDue]:
    """Atomically take up to `limit` due rows that nobody holds, in one UPDATE … RETURNING.

    Two processes (or two ticks) never receive the same row: the claim condition is re-checked
    by the UPDATE itself, and on PostgreSQL locked rows are skipped instead of waited for.
    """
    claimable = and_(
        DueMessage.due_at <= now,
        or_(DueMessage.claimed_until.is_(None), DueMessage.claimed_until <= now),
    )
    candidates = select(DueMessage.id).where(claimable).order_by(DueMessage.due_at).limit(limit)
    if session.bind.dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    result = await session.exec(
        update(DueMessage)
        .where(DueMessage.id.in_(candidates.scalar_subquery()), claimable)
        .values(claimed_until=lease_until, attempts=DueMessage.attempts + 1)
        .returning(
            DueMessage.id,
            DueMessage.user_id,
            DueMessage.kind,
            DueMessage.ref_id,
            DueMessage.due_at,
            DueMessage.attempts,
            DueMessage.send_started_at,
            DueMessage.unknown_outcomes,
        ),
        execution_options={"synchronize_session": False},
    )
    claimed = [ClaimedDue(*row) for row in result.all()]
    await session.commit()
    return claimed


async def advance_due_rows(
    session: AsyncSession, *, due_at_by_id: dict[int, datetime], commit: bool = True
) -> None:
    """Move recurring rows to their next occurrences and release them, in one statement."""
    if due_at_by_id:
        table = DueMessage.__table__
        connection = await session.connection()
        await connection.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(
                due_at=bindparam("next_at"),
                claimed_until=None,
                attempts=0,
                send_started_at=None,
                unknown_outcomes=0,
            ),
            [{"row_id": row_id, "next_at": due_at} for row_id, due_at in due_at_by_id.items()],
        )
    if commit:
        await session.commit()


async def mark_sending(
    session: AsyncSession, *, due_ids: list[int], now: datetime, commit: bool = True
) -> None:
    """Record, before the Bot API calls, that these rows' messages are being sent; a row already marked
    (an earlier attempt whose outcome stayed unknown) counts one more unknown outcome."""
    if due_ids:
        await session.exec(
            update(DueMessage)
            .where(DueMessage.id.in_(due_ids))
            .values(
                send_started_at=now,
                unknown_outcomes=DueMessage.unknown_outcomes
                + case((DueMessage.send_started_at.is_not(None), 1), else_=0),
            ),
            execution_options={"synchronize_session": False},
        )
    if commit:
        await session.commit()


async def mark_not_sent(session: AsyncSession, *, due_ids: list[int], commit: bool = True) -> None:
    """The sends failed with a definite answer: nothing arrived, so a later retry cannot duplicate."""
    if due_ids:
        await session.exec(
            update(DueMessage).where(DueMessage.id.in_(due_ids)).values(send_started_at=None),
            execution_options={"synchronize_session": False},
        )
    if commit:
        await session.commit()


async def delete_due_rows(session: AsyncSession, *, due_ids: list[int], commit: bool = True) -> None:
    """Remove due rows that have nothing more to send."""
    if due_ids:
        await session.exec(
            delete(DueMessage).where(DueMessage.id.in_(due_ids)),
            execution_options={"synchronize_session": False},
        )
    if commit:
        await session.commit()


async def delete_user_due(
    session: AsyncSession, *, user_id: int, kind: str | None = None, commit: bool = True
) -> None:
    """Remove the user's scheduled messages (of one kind, or all)."""
    statement = delete(DueMessage).where(DueMessage.user_id == user_id)
    if kind is not None:
        statement = statement.where(DueMessage.kind == kind)
    await session.exec(statement)
    if commit:
        await session.commit()


async def add_due(session: AsyncSession, *, user_id: int, kind: str, ref_id: int, due_at: datetime) -> None:
    """Schedule a new message about a row written in the same session, committing both together."""
    session.add(DueMessage(user_id=user_id, kind=kind, ref_id=ref_id, due_at=due_at))
    await session.commit()


# --- exercises ---------------------------------------------------------------------------------


async def add_practice(
    session: AsyncSession, *, user_id: int, exercise_id: str, level: int, reason: str, now: datetime
) -> ExercisePractice:
    """Record that an exercise was offered."""
    return await _insert(
        session,
        ExercisePractice(
            user_id=user_id, exercise_id=exercise_id, level=level, reason=reason, offered_at=now
        ),
    )


async def get_practice(session: AsyncSession, *, practice_id: int, user_id: int) -> ExercisePractice | None:
    """The practice with this id if it belongs to this user."""
    result = await session.exec(
        select(ExercisePractice).where(
            ExercisePractice.id == practice_id, ExercisePractice.user_id == user_id
        )
    )
    return result.first()


async def update_practice_if(
    session: AsyncSession,
    *,
    practice_id: int,
    expected_status: str,
    expected_step: int | None = None,
    **values: Any,
) -> bool:
    """Change a practice only if it is still in `expected_status` (and step); False for a double tap."""
    statement = update(ExercisePractice).where(
        ExercisePractice.id == practice_id, ExercisePractice.status == expected_status
    )
    if expected_step is not None:
        statement = statement.where(ExercisePractice.step_index == expected_step)
    result = await session.exec(statement.values(**values))
    await session.commit()
    return result.rowcount == 1


async def recent_practices(
    session: AsyncSession, *, user_id: int, limit: int = 200
) -> list[ExercisePractice]:
    """The user's practices, newest first."""
    result = await session.exec(
        select(ExercisePractice)
        .where(ExercisePractice.user_id == user_id)
        .order_by(ExercisePractice.offered_at.desc(), ExercisePractice.id.desc())
        .limit(limit)
    )
    return list(result.all())


# --- recaps and capacities ---------------------------------------------------------------------


async def checkins_since(session: AsyncSession, *, user_id: int, since: date) -> list[CheckIn]:
    """The user's check-ins from a practice date on, oldest first."""
    result = await session.exec(
        select(CheckIn)
        .where(CheckIn.user_id == user_id, CheckIn.local_date >= since)
        .order_by(CheckIn.local_date)
    )
    return list(result.all())


async def practices_since(session: AsyncSession, *, user_id: int, since: datetime) -> list[ExercisePractice]:
    """The user's exercise practices offered from an instant on, oldest first."""
    result = await session.exec(
        select(ExercisePractice)
        .where(ExercisePractice.user_id == user_id, ExercisePractice.offered_at >= since)
        .order_by(ExercisePractice.offered_at)
    )
    return list(result.all())


async def checkin_answers(
    session: AsyncSession, *, user_id: int
) -> list[tuple[date, str | None, str | None, int | None]]:
    """(practice date, activated, choice, intensity) of every check-in the user has, oldest first: plain
    rows, no note, for a recap's years of days."""
    result = await session.exec(
        select_rows(CheckIn.local_date, CheckIn.activated, CheckIn.choice, CheckIn.intensity)
        .where(CheckIn.user_id == user_id)
        .order_by(CheckIn.local_date)
    )
    return [tuple(row) for row in result.all()]


async def practice_outcomes(
    session: AsyncSession, *, user_id: int, statuses: tuple[str, ...]
) -> list[tuple[datetime, str, str | None]]:
    """(offered at, status, feeling) of the user's practices with one of `statuses`, oldest first."""
    result = await session.exec(
        select_rows(ExercisePractice.offered_at, ExercisePractice.status, ExercisePractice.feeling)
        .where(ExercisePractice.user_id == user_id, ExercisePractice.status.in_(statuses))
        .order_by(ExercisePractice.offered_at)
    )
    return [tuple(row) for row in result.all()]


async def get_or_create_recap(
    session: AsyncSession, *, user_id: int, week_key: str, recap_date: date, now: datetime
) -> WeeklyRecap:
    """The user's scheduled recap row for a week; the unique (user, week) key keeps it to one."""
    query = select(WeeklyRecap).where(WeeklyRecap.user_id == user_id, WeeklyRecap.week_key == week_key)
    existing = (await session.exec(query)).first()
    if existing is not None:
        return existing
    session.add(WeeklyRecap(user_id=user_id, week_key=week_key, recap_date=recap_date, created_at=now))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
    return (await session.exec(query)).one()


async def set_recap_message(
    session: AsyncSession, *, recap_id: int, message_id: int, sent_at: datetime
) -> None:
    """Remember that a week's recap went out."""
    await session.exec(
        update(WeeklyRecap).where(WeeklyRecap.id == recap_id).values(message_id=message_id, sent_at=sent_at)
    )
    await session.commit()


async def sent_recap_dates(session: AsyncSession, *, user_id: int) -> list[date]:
    """The dates of the user's scheduled recaps that went out, oldest first."""
    result = await session.exec(
        select(WeeklyRecap.recap_date)
        .where(WeeklyRecap.user_id == user_id, WeeklyRecap.message_id.is_not(None))
        .order_by(WeeklyRecap.recap_date)
    )
    return list(result.all())


async def save_capacity_rating(
    session: AsyncSession,
    *,
    user_id: int,
    capacity: str,
    week_key: str,
    local_date: date,
    rating: int,
    now: datetime,
) -> None:
    """Record (or replace) one capacity rating for a week."""
    await session.exec(
        delete(CapacityRating).where(
            CapacityRating.user_id == user_id,
            CapacityRating.capacity == capacity,
            CapacityRating.week_key == week_key,
        )
    )
    session.add(
        CapacityRating(
            user_id=user_id,
            capacity=capacity,
            week_key=week_key,
            local_date=local_date,
            rating=rating,
            rated_at=now,
        )
    )
    await session.commit()


async def capacity_ratings(session: AsyncSession, *, user_id: int) -> list[CapacityRating]:
    """All of the user's capacity ratings, oldest first."""
    result = await session.exec(
        select(CapacityRating).where(CapacityRating.user_id == user_id).order_by(CapacityRating.local_date)
    )
    return list(result.all())


# --- safety ------------------------------------------------------------------------------------


async def raise_safety_flag(
    session: AsyncSession, *, user_id: int, categories: str, now: datetime, pause_until: datetime
) -> SafetyFlag:
    """Record a crisis signal (its category only) and pause practice prompts until `pause_until`."""
    return await _insert(
        session, SafetyFlag(user_id=user_id, categories=categories, raised_at=now, pause_until=pause_until)
    )


async def active_safety_flag(session: AsyncSession, *, user_id: int, now: datetime) -> SafetyFlag | None:
    """The newest flag still pausing practice for this user, if any."""
    result = await session.exec(
        select(SafetyFlag)
        .where(SafetyFlag.user_id == user_id, SafetyFlag.pause_until > now, SafetyFlag.cleared_at.is_(None))
        .order_by(SafetyFlag.raised_at.desc())
        .limit(1)
    )
    return result.first()


async def safety_paused_user_ids(session: AsyncSession, *, user_ids: list[int], now: datetime) -> set[int]:
    """Which of these users a safety flag still pauses, in one query."""
    result = await session.exec(
        select_rows(SafetyFlag.user_id)
        .where(
            SafetyFlag.user_id.in_(user_ids), SafetyFlag.pause_until > now, SafetyFlag.cleared_at.is_(None)
        )
        .distinct()
    )
    return {row[0] for row in result.all()}


async def clear_safety_flags(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """The user said they are safe: flags stop pausing practice (they stay on record)."""
    await session.exec(
        update(SafetyFlag)
        .where(SafetyFlag.user_id == user_id, SafetyFlag.cleared_at.is_(None))
        .values(cleared_at=now)
    )
    await session.commit()


async def keep_safety_pause(
    session: AsyncSession, *, user_id: int, now: datetime, pause_until: datetime
) -> None:
    """The user is still struggling: every flag still pausing practice now keeps pausing until `pause_until`."""
    await session.exec(
        update(SafetyFlag)
        .where(SafetyFlag.user_id == user_id, SafetyFlag.cleared_at.is_(None), SafetyFlag.pause_until > now)
        .values(pause_until=pause_until)
    )
    await session.commit()


async def open_plan_section(
    session: AsyncSession, *, user_id: int, section: str | None, now: datetime
) -> None:
    """Wait for typed text for this safety-plan section (None: stop waiting); other prompts close."""
    await session.exec(
        update(User)
        .where(User.id == user_id)
        .values(**_only_prompt(plan_section=section), prompt_opened_at=now)
    )
    await session.commit()


async def open_practice_prompt(
    session: AsyncSession, *, user_id: int, practice_id: int | None, now: datetime
) -> None:
    """Wait for typed text for this practice's current step (None: stop waiting); other prompts close."""
    values = (
        _only_prompt(practice_prompt_id=practice_id) | {"prompt_opened_at": now}
        if practice_id is not None
        else {"practice_prompt_id": None}
    )
    await session.exec(update(User).where(User.id == user_id).values(**values))
    await session.commit()


async def safety_plan(session: AsyncSession, *, user_id: int) -> dict[str, str]:
    """The user's safety plan: section id -> their words."""
    result = await session.exec(select(SafetyPlanEntry).where(SafetyPlanEntry.user_id == user_id))
    return {row.section: row.text for row in result.all()}


async def save_safety_plan_entry(
    session: AsyncSession, *, user_id: int, section: str, text: str, now: datetime
) -> None:
    """Write (or rewrite) one section of the user's safety plan."""
    result = await session.exec(
        update(SafetyPlanEntry)
        .where(SafetyPlanEntry.user_id == user_id, SafetyPlanEntry.section == section)
        .values(text=text, updated_at=now)
    )
    if result.rowcount == 0:
        session.add(SafetyPlanEntry(user_id=user_id, section=section, text=text, updated_at=now))
    try:
        await session.commit()
    except IntegrityError:  # written concurrently: rewrite that one instead
        await session.rollback()
        await save_safety_plan_entry(session, user_id=user_id, section=section, text=text, now=now)


async def recent_checkins(session: AsyncSession, *, user_id: int, limit: int) -> list[CheckIn]:
    """The user's latest check-ins, newest first."""
    result = await session.exec(
        select(CheckIn).where(CheckIn.user_id == user_id).order_by(CheckIn.local_date.desc()).limit(limit)
    )
    return list(result.all())


# --- story, bids, supports ---------------------------------------------------------------------


async def add_story_entry(
    session: AsyncSession, *, user_id: int, prompt_id: str, text: str, now: datetime
) -> None:
    """Save one story answer."""
    session.add(StoryEntry(user_id=user_id, prompt_id=prompt_id, text=text, written_at=now))
    await session.commit()


async def story_entries(session: AsyncSession, *, user_id: int) -> list[StoryEntry]:
    """The user's story entries, oldest first."""
    result = await session.exec(
        select(StoryEntry).where(StoryEntry.user_id == user_id).order_by(StoryEntry.written_at, StoryEntry.id)
    )
    return list(result.all())


async def add_bid(
    session: AsyncSession, *, user_id: int, local_date: date, response: str, now: datetime
) -> BidLog:
    """Log a noticed bid for connection."""
    return await _insert(
        session, BidLog(user_id=user_id, local_date=local_date, response=response, logged_at=now)
    )


async def set_bid_person(session: AsyncSession, *, bid_id: int, user_id: int, who: str) -> bool:
    """Say who the bid came from; False when the bid is not this user's."""
    result = await session.exec(
        update(BidLog).where(BidLog.id == bid_id, BidLog.user_id == user_id).values(who=who)
    )
    await session.commit()
    return result.rowcount == 1


async def bids_between(session: AsyncSession, *, user_id: int, start: date, end: date) -> list[BidLog]:
    """The user's bids logged on practice dates from start to end, inclusive."""
    result = await session.exec(
        select(BidLog).where(BidLog.user_id == user_id, BidLog.local_date >= start, BidLog.local_date <= end)
    )
    return list(result.all())


async def save_support(
    session: AsyncSession, *, user_id: int, week_key: str, local_date: date, who: str, now: datetime
) -> None:
    """Record (or replace) who was a steady presence in a week."""
    await session.exec(
        delete(SupportRating).where(SupportRating.user_id == user_id, SupportRating.week_key == week_key)
    )
    session.add(
        SupportRating(user_id=user_id, week_key=week_key, local_date=local_date, who=who, rated_at=now)
    )
    await session.commit()


async def supports(session: AsyncSession, *, user_id: int) -> list[SupportRating]:
    """The user's weekly steady-presence answers, oldest first."""
    result = await session.exec(
        select(SupportRating).where(SupportRating.user_id == user_id).order_by(SupportRating.local_date)
    )
    return list(result.all())


async def reencrypt_free_text(session: AsyncSession) -> int:
    """Rewrite every encrypted column under the current key (key rotation); returns rows rewritten."""
    rewritten = 0
    for table in SQLModel.metadata.sorted_tables:
        secret_columns = [column.name for column in table.columns if isinstance(column.type, EncryptedText)]
        if not secret_columns:
            continue
        # Read and write the stored strings as they are, so the rotation itself decides the keys.
        raw = [column(name, String) for name in secret_columns]
        rows = (await session.exec(select_rows(column("id"), *raw).select_from(table))).all()
        for row in rows:
            values = {
                name: reencrypt(value) for name, value in zip(secret_columns, row[1:]) if value is not None
            }
            if values:
                await session.exec(
                    update(table)
                    .where(table.c.id == row[0])
                    .values(**{k: literal(v, String) for k, v in values.items()})
                )
                rewritten += 1
    await session.commit()
    return rewritten


async def sample_encrypted_text(session: AsyncSession) -> str | None:
    """One stored encrypted value, if any (to check a key against data written before check values)."""
    for table in SQLModel.metadata.sorted_tables:
        for name in [c.name for c in table.columns if isinstance(c.type, EncryptedText)]:
            raw = column(name, String)
            found = (
                await session.exec(select_rows(raw).select_from(table).where(raw.like("fernet:%")).limit(1))
            ).first()
            if found is not None:
                return found[0]
    return None


# --- shared state ------------------------------------------------------------------------------


async def get_state(session: AsyncSession, *, name: str) -> str | None:
    """A named shared value, if set."""
    row = await session.get(AppState, name)
    return None if row is None else row.value


async def set_state(session: AsyncSession, *, name: str, value: str, now: datetime) -> None:
    """Set a named shared value (insert or overwrite)."""
    row = await session.get(AppState, name)
    if row is None:
        session.add(AppState(name=name, value=value, updated_at=now))
    else:
        row.value, row.updated_at = value, now
        session.add(row)
    try:
        await session.commit()
    except IntegrityError:  # another process inserted it first: overwrite theirs
        await session.rollback()
        result = await session.exec(
            update(AppState).where(AppState.name == name).values(value=value, updated_at=now)
        )
        if result.rowcount != 1:
            raise  # not a lost race: the database refused the write
        await session.commit()


async def get_state_since(session: AsyncSession, *, name: str, since: datetime) -> str | None:
    """A named shared value, if it was set at or after `since`."""
    row = await session.get(AppState, name, populate_existing=True)
    return None if row is None or row.updated_at < since else row.value


async def delete_state(session: AsyncSession, *, name: str) -> None:
    """Forget a named shared value."""
    await session.exec(delete(AppState).where(AppState.name == name))
    await session.commit()


async def states_updated_since(session: AsyncSession, *, prefix: str, since: datetime) -> list[str]:
    """Names starting with `prefix` whose value was set at or after `since`."""
    result = await session.exec(
        select(AppState.name).where(AppState.name.startswith(prefix), AppState.updated_at >= since)
    )
    return list(result.all())


# --- webhook inbox ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimedUpdate:
    """An inbox row one process now handles."""

    id: int
    update_id: int
    payload: str
    attempts: int


async def store_update(
    session: AsyncSession, *, update_id: int, user_id: int | None, payload: str, now: datetime
) -> bool:
    """Keep an update Telegram posted; False when this update_id is already kept (a re-post)."""
    session.add(InboundUpdate(update_id=update_id, user_id=user_id, payload=payload, received_at=now))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        return False
    return True


async def claim_updates(
    session: AsyncSession, *, now: datetime, lease_until: datetime, limit: int
) -> list[ClaimedUpdate]:
    """Atomically take up to `limit` updates to handle, at most one per user: each user's oldest.

    A user's update is claimable only when it is their oldest one not yet done, so a user's next
    update waits until the one in flight (in any process) is done or its lease has lapsed. On
    PostgreSQL rows another process is claiming are skipped, not waited for.
    """
    claimable = and_(
        InboundUpdate.done_at.is_(None),
        or_(InboundUpdate.claimed_until.is_(None), InboundUpdate.claimed_until <= now),
    )
    earlier = aliased(InboundUpdate)
    oldest_of_user = or_(
        InboundUpdate.user_id.is_(None),
        ~exists().where(
            earlier.user_id == InboundUpdate.user_id,
            earlier.done_at.is_(None),
            earlier.update_id < InboundUpdate.update_id,
        ),
    )
    candidates = (
        select(InboundUpdate.id)
        .where(claimable, oldest_of_user)
        .order_by(InboundUpdate.update_id)
        .limit(limit)
    )
    if session.bind.dialect.name == "postgresql":
        # Materialized once: as a plain IN subquery PostgreSQL may run it again per row and, skipping
        # the rows it just locked itself, return more than `limit`.
        picked = candidates.with_for_update(skip_locked=True).cte("picked").prefix_with("MATERIALIZED")
        chosen = select(picked.c.id).scalar_subquery()
    else:
        chosen = candidates.scalar_subquery()
    result = await session.exec(
        update(InboundUpdate)
        .where(InboundUpdate.id.in_(chosen), claimable)
        .values(claimed_until=lease_until, attempts=InboundUpdate.attempts + 1)
        .returning(InboundUpdate.id, InboundUpdate.update_id, InboundUpdate.payload, InboundUpdate.attempts),
        execution_options={"synchronize_session": False},
    )
    claimed = [ClaimedUpdate(*row) for row in result.all()]
    await session.commit()
    return sorted(claimed, key=lambda row: row.update_id)


async def renew_updates(
    session: AsyncSession, *, claims: list[tuple[int, int]], lease_until: datetime
) -> int:
    """Extend the leases of updates still in hand: (row id, attempt) pairs; a claim another process
    has since taken (its attempt count moved on), or one done meanwhile, is left alone. Returns how
    many were extended."""
    if not claims:
        return 0
    result = await session.exec(
        update(InboundUpdate)
        .where(
            tuple_(InboundUpdate.id, InboundUpdate.attempts).in_(claims),
            InboundUpdate.done_at.is_(None),
        )
        .values(claimed_until=lease_until),
        execution_options={"synchronize_session": False},
    )
    await session.commit()
    return result.rowcount


async def finish_update(
    session: AsyncSession, *, row_id: int, now: datetime, attempt: int | None = None
) -> bool:
    """Mark a handled update done (its user's next update becomes claimable); the text is dropped,
    and so is its journal of calls. With `attempt`, only if that claim is still this one's (False
    when another process took the update over after the lease lapsed)."""
    mine = [InboundUpdate.id == row_id, InboundUpdate.done_at.is_(None)]
    if attempt is not None:
        mine.append(InboundUpdate.attempts == attempt)
    done = await session.exec(
        update(InboundUpdate)
        .where(*mine)
        .values(done_at=now, payload=None)
        .returning(InboundUpdate.update_id),
        execution_options={"synchronize_session": False},
    )
    update_id = done.scalar_one_or_none()
    if update_id is not None:
        await session.exec(delete(UpdateSend).where(UpdateSend.update_id == update_id))
    await session.commit()
    return update_id is not None


@dataclass(frozen=True)
class JournaledCall:
    """A Bot API call an earlier attempt at an update made: its method, and Telegram's answer if it came."""

    method: str
    result: str | None


async def update_sends(session: AsyncSession, *, update_id: int) -> dict[int, JournaledCall]:
    """The calls earlier attempts at this update recorded, by their place in order."""
    rows = await session.exec(select(UpdateSend).where(UpdateSend.update_id == update_id))
    return {row.seq: JournaledCall(row.method, row.result) for row in rows.all()}


async def start_update_send(
    session: AsyncSession, *, update_id: int, seq: int, method: str, now: datetime
) -> None:
    """Record that call `seq` for this update is about to go out (replacing an earlier attempt's)."""
    await session.exec(delete(UpdateSend).where(UpdateSend.update_id == update_id, UpdateSend.seq == seq))
    session.add(UpdateSend(update_id=update_id, seq=seq, method=method, started_at=now))
    await session.commit()


async def complete_update_send(
    session: AsyncSession, *, update_id: int, seq: int, result: str, now: datetime
) -> None:
    """Record Telegram's answer to call `seq` for this update: it went out and is never repeated."""
    await session.exec(
        update(UpdateSend)
        .where(UpdateSend.update_id == update_id, UpdateSend.seq == seq)
        .values(result=result, done_at=now),
        execution_options={"synchronize_session": False},
    )
    await session.commit()


async def forget_update_send(session: AsyncSession, *, update_id: int, seq: int) -> None:
    """Drop call `seq` for this update: Telegram answered it with an error, so it did not go out."""
    await session.exec(delete(UpdateSend).where(UpdateSend.update_id == update_id, UpdateSend.seq == seq))
    await session.commit()


async def prune_updates(session: AsyncSession, *, before: datetime) -> int:
    """Forget updates done before `before` (their ids only guard against re-posts meanwhile)."""
    result = await session.exec(
        delete(InboundUpdate).where(InboundUpdate.done_at.is_not(None), InboundUpdate.done_at < before)
    )
    await session.commit()
    return result.rowcount


async def pending_updates(session: AsyncSession) -> int:
    """How many kept updates are not done yet."""
    result = await session.exec(
        select(func.count()).select_from(InboundUpdate).where(InboundUpdate.done_at.is_(None))
    )
    return result.one()


# --- operators ---------------------------------------------------------------------------------

# The error kind recorded when a scheduled message is sent again after an attempt whose outcome
# was unknown (a timeout, a crash mid-send): the user may have received it twice.
POSSIBLE_DUPLICATE = "PossibleDuplicate"


async def record_error(session: AsyncSession, *, kind: str, now: datetime, commit: bool = True) -> None:
    """Count one error by its type (no content), keeping a week of them."""
    session.add(ErrorEvent(at=now, kind=kind))
    await session.exec(delete(ErrorEvent).where(ErrorEvent.at < now - timedelta(days=7)))
    if commit:
        await session.commit()


async def operator_stats(session: AsyncSession, *, now: datetime) -> dict[str, int | float | None]:
    """Counts for /stats: never content, never identities."""
    week_ago, day_ago = now - timedelta(days=7), now - timedelta(days=1)

    async def count(statement) -> int:
        return (await session.exec(statement)).one()[0]

    sent = await count(select_rows(func.count()).select_from(CheckIn).where(CheckIn.sent_at >= week_ago))
    answered = await count(
        select_rows(func.count())
        .select_from(CheckIn)
        .where(CheckIn.sent_at >= week_ago, CheckIn.activated.is_not(None))
    )
    active = await count(
        select_rows(func.count(func.distinct(CheckIn.user_id))).where(CheckIn.answered_at >= week_ago)
    )
    return {
        "users": await count(select_rows(func.count()).select_from(User)),
        "onboarded": await count(
            select_rows(func.count()).select_from(User).where(User.onboarded_at.is_not(None))
        ),
        "active_7d": active,
        "checkins_sent_7d": sent,
        "answer_rate_7d": (answered / sent) if sent else None,
        "recaps_delivered_7d": await count(
            select_rows(func.count()).select_from(WeeklyRecap).where(WeeklyRecap.sent_at >= week_ago)
        ),
        "unreachable": await count(
            select_rows(func.count()).select_from(User).where(User.unreachable_since.is_not(None))
        ),
        "errors_24h": await count(
            select_rows(func.count()).select_from(ErrorEvent).where(ErrorEvent.at >= day_ago)
        ),
        "possible_duplicates_24h": await count(
            select_rows(func.count())
            .select_from(ErrorEvent)
            .where(ErrorEvent.at >= day_ago, ErrorEvent.kind == POSSIBLE_DUPLICATE)
        ),
    }


# --- if–then plans, marked moments, held messages ----------------------------------------------


async def active_plans(session: AsyncSession, *, user_id: int) -> list[PatternPlan]:
    """The user's plans not retired, oldest first."""
    result = await session.exec(
        select(PatternPlan)
        .where(PatternPlan.user_id == user_id, PatternPlan.retired_at.is_(None))
        .order_by(PatternPlan.created_at, PatternPlan.id)
    )
    return list(result.all())


async def active_plan_words(session: AsyncSession, *, user_id: int) -> list:
    """The user's plans not retired, oldest first, as plain rows of what names them (id, cue, old move,
    secure alternative): a check-in tap reads these on every tap, so without the ORM's bookkeeping."""
    plans = PatternPlan.__table__
    connection = await session.connection()
    result = await connection.execute(
        select_rows(plans.c.id, plans.c.cue, plans.c.old_move, plans.c.secure_alternative)
        .where(plans.c.user_id == user_id, plans.c.retired_at.is_(None))
        .order_by(plans.c.created_at, plans.c.id)
    )
    return list(result.all())


async def all_plans(session: AsyncSession, *, user_id: int) -> list[PatternPlan]:
    """Every plan the user made, retired ones included, oldest first (for naming past moments)."""
    result = await session.exec(
        select(PatternPlan)
        .where(PatternPlan.user_id == user_id)
        .order_by(PatternPlan.created_at, PatternPlan.id)
    )
    return list(result.all())


async def ensure_first_plan(
    session: AsyncSession, *, user: User, fields: dict[str, str | None] | None, now: datetime
) -> list[PatternPlan]:
    """The user's active plans; a user who never had one gets the first from onboarding's answers."""
    plans = await active_plans(session, user_id=user.id)
    if plans or fields is None:
        return plans
    ever = await session.exec(select(PatternPlan.id).where(PatternPlan.user_id == user.id).limit(1))
    if ever.first() is not None:
        return plans  # every plan was retired on purpose: none is made again
    await _insert(session, PatternPlan(user_id=user.id, created_at=now, **fields))
    return await active_plans(session, user_id=user.id)


async def add_plan(
    session: AsyncSession, *, user_id: int, now: datetime, fields: dict[str, str | None] | None = None
) -> PatternPlan:
    """A new plan, empty (its fields are asked next) or with `fields` already known."""
    return await _insert(session, PatternPlan(user_id=user_id, created_at=now, **(fields or {})))


async def set_plan_fields(
    session: AsyncSession, *, plan_id: int, user_id: int, fields: dict[str, Any]
) -> None:
    """Write several fields of one of the user's plans at once."""
    await session.exec(
        update(PatternPlan).where(PatternPlan.id == plan_id, PatternPlan.user_id == user_id).values(**fields)
    )
    await session.commit()


async def has_now_button(session: AsyncSession, *, user_id: int) -> bool:
    """Whether the user switched on the persistent /now button; reads no encrypted column, so it
    answers even while rows are under another key (as /delete must)."""
    result = await session.exec(select(User.now_button).where(User.id == user_id))
    return bool(result.first())


async def set_user_pattern(
    session: AsyncSession, *, user_id: int, pattern: str, secure_alternative: str
) -> None:
    """The user's own pattern and alternative, in their words (no longer one of the offered options)."""
    await session.exec(
        update(User)
        .where(User.id == user_id)
        .values(pattern=pattern, secure_alternative=secure_alternative, pattern_id=None)
    )
    await session.commit()


async def get_plan(session: AsyncSession, *, plan_id: int, user_id: int) -> PatternPlan | None:
    """One of the user's plans (retired ones included), or None."""
    result = await session.exec(
        select(PatternPlan).where(PatternPlan.id == plan_id, PatternPlan.user_id == user_id)
    )
    return result.first()


async def set_plan_field(
    session: AsyncSession, *, plan_id: int, user_id: int, field: str, value: str
) -> None:
    """Write one field of a plan and close the prompt that asked for it."""
    await session.exec(
        update(PatternPlan)
        .where(PatternPlan.id == plan_id, PatternPlan.user_id == user_id)
        .values(**{field: value})
    )
    await session.exec(update(User).where(User.id == user_id).values(practice_prompt=None))
    await session.commit()


async def retire_plan(session: AsyncSession, *, plan_id: int, user_id: int, now: datetime) -> bool:
    """Retire an active plan; False when it was not active."""
    result = await session.exec(
        update(PatternPlan)
        .where(PatternPlan.id == plan_id, PatternPlan.user_id == user_id, PatternPlan.retired_at.is_(None))
        .values(retired_at=now)
    )
    await session.commit()
    return result.rowcount == 1


async def open_moment_prompt(session: AsyncSession, *, user_id: int, value: str, now: datetime) -> None:
    """Wait for typed text for a plan field, a held message or a repair, from now; other prompts close."""
    await session.exec(
        update(User)
        .where(User.id == user_id)
        .values(**_only_prompt(practice_prompt=value), prompt_opened_at=now)
    )
    await session.commit()


async def save_share_name(session: AsyncSession, *, user_id: int, name: str) -> None:
    """Keep the name typed for /share (encrypted) and stop waiting for typed text."""
    await session.exec(
        update(User)
        .where(User.id == user_id)
        .values(**_only_prompt(), prompt_opened_at=None, share_name=name)
    )
    await session.commit()


async def add_moment(
    session: AsyncSession, *, user_id: int, plan_id: int | None, local_date: date, now: datetime
) -> PatternMoment:
    """Log that the pattern fired now."""
    return await _insert(
        session, PatternMoment(user_id=user_id, plan_id=plan_id, local_date=local_date, marked_at=now)
    )


async def get_moment(session: AsyncSession, *, moment_id: int, user_id: int) -> PatternMoment | None:
    """One of the user's marked moments, or None."""
    result = await session.exec(
        select(PatternMoment).where(PatternMoment.id == moment_id, PatternMoment.user_id == user_id)
    )
    return result.first()


async def set_moment(session: AsyncSession, *, moment_id: int, user_id: int, **values: Any) -> None:
    """Record what became of a marked moment (its plan, what the user did, their choice)."""
    await session.exec(
        update(PatternMoment)
        .where(PatternMoment.id == moment_id, PatternMoment.user_id == user_id)
        .values(**values)
    )
    await session.commit()


async def moments_between(
    session: AsyncSession, *, user_id: int, start: date, end: date
) -> list[PatternMoment]:
    """The user's marked moments on these local days, oldest first."""
    result = await session.exec(
        select(PatternMoment)
        .where(
            PatternMoment.user_id == user_id,
            PatternMoment.local_date >= start,
            PatternMoment.local_date <= end,
        )
        .order_by(PatternMoment.marked_at, PatternMoment.id)
    )
    return list(result.all())


async def add_held_message(
    session: AsyncSession, *, user_id: int, moment_id: int | None, text: str, wait_minutes: int, now: datetime
) -> HeldMessage:
    """Keep a message and close the prompt that asked for it, uncommitted: its question is scheduled with it."""
    held = HeldMessage(
        user_id=user_id, moment_id=moment_id, text=text, wait_minutes=wait_minutes, held_at=now
    )
    session.add(held)
    await session.flush()
    await session.exec(update(User).where(User.id == user_id).values(practice_prompt=None))
    return held


async def get_held(session: AsyncSession, *, held_id: int, user_id: int) -> HeldMessage | None:
    """A message still held for the user, or None once they decided."""
    result = await session.exec(
        select(HeldMessage).where(HeldMessage.id == held_id, HeldMessage.user_id == user_id)
    )
    return result.first()


async def release_held(session: AsyncSession, *, held_id: int, user_id: int, kind: str) -> bool:
    """Delete a held message and its scheduled question; False when another tap already did."""
    result = await session.exec(
        delete(HeldMessage).where(HeldMessage.id == held_id, HeldMessage.user_id == user_id)
    )
    await session.exec(
        delete(DueMessage).where(
            DueMessage.user_id == user_id, DueMessage.kind == kind, DueMessage.ref_id == held_id
        )
    )
    await session.commit()
    return result.rowcount == 1


async def set_day_moments_choice(
    session: AsyncSession,
    *,
    user_id: int,
    local_date: date,
    choice: str,
    plan_id: int | None = None,
    commit: bool = True,
) -> None:
    """Record the evening's choice on the moments the user marked that day for the plan it names
    (every moment of the day when it names none)."""
    matching = [PatternMoment.user_id == user_id, PatternMoment.local_date == local_date]
    if plan_id is not None:
        matching.append(PatternMoment.plan_id == plan_id)
    await session.exec(update(PatternMoment).where(*matching).values(choice=choice))
    if commit:
        await session.commit()


async def repairs_since(session: AsyncSession, *, user_id: int, since: date) -> list[Repair]:
    """The user's repairs after old-pattern days from `since` on, oldest first."""
    result = await session.exec(
        select(Repair)
        .where(Repair.user_id == user_id, Repair.after_date >= since)
        .order_by(Repair.after_date, Repair.id)
    )
    return list(result.all())


async def save_repair(
    session: AsyncSession,
    *,
    user_id: int,
    after_date: date,
    local_date: date,
    now: datetime,
    status: str | None = None,
    text: str | None = None,
) -> None:
    """Keep a repair draft or mark the repair done (one row per old-pattern day); the prompt closes."""
    values: dict[str, Any] = {"local_date": local_date, "logged_at": now}
    if status is not None:
        values["status"] = status
    if text is not None:
        values["text"] = text
    result = await session.exec(
        update(Repair).where(Repair.user_id == user_id, Repair.after_date == after_date).values(**values)
    )
    if result.rowcount == 0:
        session.add(
            Repair(
                user_id=user_id,
                after_date=after_date,
                status=status or "drafted",
                text=text,
                local_date=local_date,
                logged_at=now,
            )
        )
    await session.exec(update(User).where(User.id == user_id).values(practice_prompt=None))
    try:
        await session.commit()
    except IntegrityError:  # a double tap created it meanwhile: update that row instead
        await session.rollback()
        await save_repair(
            session,
            user_id=user_id,
            after_date=after_date,
            local_date=local_date,
            now=now,
            status=status,
            text=text,
        )


async def update_user_if(
    session: AsyncSession, *, user_id: int, expected: dict[str, Any], values: dict[str, Any]
) -> bool:
    """Write an answer's changes only if the user's row still holds `expected`; False when it moved on."""
    conditions = [User.id == user_id]
    for name, old in expected.items():
        column = getattr(User, name)
        conditions.append(column.is_(None) if old is None else column == old)
    result = await session.exec(
        update(User).where(*conditions).values(**values).execution_options(synchronize_session=False)
    )
    await session.commit()
    return result.rowcount == 1


# --- the scheduled check-in, for a batch of users ----------------------------------------------


@dataclass(frozen=True)
class CheckInRow:
    """What a scheduled check-in card needs of one check-in (its note is read only where shown)."""

    id: int
    user_id: int
    local_date: date
    stage: str
    activated: str | None
    choice: str | None
    intensity: int | None
    message_id: int | None
    sent_at: datetime | None
    closes_at: datetime
    plan_id: int | None


_CHECKIN_ROW_COLUMNS = (
    CheckIn.id,
    CheckIn.user_id,
    CheckIn.local_date,
    CheckIn.stage,
    CheckIn.activated,
    CheckIn.choice,
    CheckIn.intensity,
    CheckIn.message_id,
    CheckIn.sent_at,
    CheckIn.closes_at,
    CheckIn.plan_id,
)


async def latest_checkins_of(
    session: AsyncSession, *, user_ids: list[int], per_user: int
) -> list[CheckInRow]:
    """Each user's latest `per_user` check-ins, newest first per user, in one query."""
    ranked = select_rows(
        *_CHECKIN_ROW_COLUMNS,
        func.row_number()
        .over(partition_by=CheckIn.user_id, order_by=CheckIn.local_date.desc())
        .label("recency"),
    ).where(CheckIn.user_id.in_(user_ids))
    ranked = ranked.subquery()
    result = await session.exec(
        select_rows(*(ranked.c[column.key] for column in _CHECKIN_ROW_COLUMNS))
        .where(ranked.c.recency <= per_user)
        .order_by(ranked.c.user_id, ranked.c.local_date.desc())
    )
    return [CheckInRow(*row) for row in result.all()]


async def create_checkins(
    session: AsyncSession, *, days: list[tuple[int, date, datetime]], now: datetime
) -> list[CheckInRow]:
    """Create the check-ins (user, practice date, closing instant) in one insert; one made meanwhile
    elsewhere is left as it is (the unique (user, date) key) and not returned."""
    if not days:
        return []
    table = CheckIn.__table__
    values = [
        {
            "user_id": user_id,
            "local_date": local_date,
            "stage": "activation",
            "created_at": now,
            "closes_at": closes,
        }
        for user_id, local_date, closes in days
    ]
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as upsert
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
    statement = (
        upsert(table)
        .values(values)
        .on_conflict_do_nothing(index_elements=["user_id", "local_date"])
        .returning(*(table.c[column.key] for column in _CHECKIN_ROW_COLUMNS))
    )
    result = await session.exec(statement)
    return [CheckInRow(*row) for row in result.all()]


async def checkins_on(session: AsyncSession, *, days: list[tuple[int, date]]) -> list[CheckInRow]:
    """The check-ins of these (user, practice date) pairs."""
    if not days:
        return []
    result = await session.exec(
        select_rows(*_CHECKIN_ROW_COLUMNS).where(
            or_(*(and_(CheckIn.user_id == user_id, CheckIn.local_date == day) for user_id, day in days))
        )
    )
    return [CheckInRow(*row) for row in result.all()]


async def checkin_notes(session: AsyncSession, *, checkin_ids: list[int]) -> dict[int, str | None]:
    """The notes of these check-ins, by id."""
    if not checkin_ids:
        return {}
    result = await session.exec(select_rows(CheckIn.id, CheckIn.note).where(CheckIn.id.in_(checkin_ids)))
    return {row[0]: row[1] for row in result.all()}


async def moments_of(
    session: AsyncSession, *, user_ids: list[int], start: date, end: date
) -> list[tuple[int, date, datetime, int | None]]:
    """(user, local date, marked at, plan) of these users' marked moments on these days, oldest first."""
    result = await session.exec(
        select_rows(
            PatternMoment.user_id, PatternMoment.local_date, PatternMoment.marked_at, PatternMoment.plan_id
        )
        .where(
            PatternMoment.user_id.in_(user_ids),
            PatternMoment.local_date >= start,
            PatternMoment.local_date <= end,
        )
        .order_by(PatternMoment.marked_at, PatternMoment.id)
    )
    return [tuple(row) for row in result.all()]


async def active_plans_of(session: AsyncSession, *, user_ids: list[int]) -> dict[int, list[PatternPlan]]:
    """These users' plans not retired, oldest first, by user."""
    result = await session.exec(
        select(PatternPlan)
        .where(PatternPlan.user_id.in_(user_ids), PatternPlan.retired_at.is_(None))
        .order_by(PatternPlan.created_at, PatternPlan.id)
    )
    plans: dict[int, list[PatternPlan]] = {}
    for plan in result.all():
        plans.setdefault(plan.user_id, []).append(plan)
    return plans


async def repaired_days_of(
    session: AsyncSession, *, user_ids: list[int], since: date
) -> list[tuple[int, date]]:
    """(user, the day repaired after) for these users' repairs made after days from `since` on."""
    result = await session.exec(
        select_rows(Repair.user_id, Repair.after_date).where(
            Repair.user_id.in_(user_ids), Repair.after_date >= since, Repair.status == "repaired"
        )
    )
    return [tuple(row) for row in result.all()]


async def set_checkin_messages(
    session: AsyncSession, *, message_ids: dict[int, int], sent_at: datetime, commit: bool = True
) -> None:
    """Remember which Telegram messages show these check-ins (by check-in id), in one statement."""
    if message_ids:
        table = CheckIn.__table__
        connection = await session.connection()
        await connection.execute(
            update(table)
            .where(table.c.id == bindparam("checkin_id"))
            .values(message_id=bindparam("shown_in"), sent_at=sent_at),
            [
                {"checkin_id": checkin_id, "shown_in": message_id}
                for checkin_id, message_id in message_ids.items()
            ],
        )
    if commit:
        await session.commit()


# --- partner link ------------------------------------------------------------------------------


def _member_of(user_id: int):
    return or_(PartnerLink.inviter_id == user_id, PartnerLink.invitee_id == user_id)


def _undecided() -> tuple:
    """An invite nobody has accepted, declined or cancelled yet."""
    return (
        PartnerInvite.accepted_at.is_(None),
        PartnerInvite.declined_at.is_(None),
        PartnerInvite.revoked_at.is_(None),
    )


async def _set_invite_if(
    session: AsyncSession, guard: tuple, *, commit: bool = True, **values: Any
) -> int | None:
    """One guarded UPDATE of an invite: set `values` where every condition in `guard` still holds.

    The inviter's id when it applied, None when the invite moved on (so of two racing writes, one wins).
    """
    result = await session.exec(
        update(PartnerInvite).where(*guard).values(**values).returning(PartnerInvite.user_id)
    )
    row = result.first()
    if commit:
        await session.commit()
    return row[0] if row is not None else None


async def create_invite(
    session: AsyncSession, *, user_id: int, token_hash: str, now: datetime, expires_at: datetime
) -> PartnerInvite:
    """A new invite; the user's earlier unused ones are cancelled (one open invite at a time)."""
    await session.exec(
        update(PartnerInvite)
        .where(
            PartnerInvite.user_id == user_id,
            PartnerInvite.used_at.is_(None),
            PartnerInvite.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    return await _insert(
        session, PartnerInvite(user_id=user_id, token_hash=token_hash, created_at=now, expires_at=expires_at)
    )


async def claim_invite(session: AsyncSession, *, token_hash: str, user_id: int, now: datetime) -> bool:
    """Claim an invite for the person who opened it, atomically: one conditional UPDATE, so of two
    concurrent opens (in any processes) exactly one wins. False when it is used, expired or one's own."""
    guard = (
        PartnerInvite.token_hash == token_hash,
        PartnerInvite.used_at.is_(None),
        PartnerInvite.revoked_at.is_(None),
        PartnerInvite.expires_at > now,
        PartnerInvite.user_id != user_id,
    )
    return await _set_invite_if(session, guard, used_at=now, claimed_by=user_id) is not None


async def invite_by_hash(session: AsyncSession, *, token_hash: str) -> PartnerInvite | None:
    """The invite with this token hash, if any."""
    result = await session.exec(select(PartnerInvite).where(PartnerInvite.token_hash == token_hash))
    return result.first()


async def get_invite(session: AsyncSession, *, invite_id: int) -> PartnerInvite | None:
    """The invite with this id."""
    return await session.get(PartnerInvite, invite_id, populate_existing=True)


async def pending_invite(session: AsyncSession, *, user_id: int, now: datetime) -> PartnerInvite | None:
    """The user's own invite still waiting to be opened or decided, if any."""
    result = await session.exec(
        select(PartnerInvite)
        .where(
            PartnerInvite.user_id == user_id,
            PartnerInvite.revoked_at.is_(None),
            PartnerInvite.accepted_at.is_(None),
            PartnerInvite.declined_at.is_(None),
            PartnerInvite.expires_at > now,
        )
        .order_by(PartnerInvite.id.desc())
    )
    return result.first()


async def revoke_invite(session: AsyncSession, *, invite_id: int, user_id: int, now: datetime) -> bool:
    """Cancel the user's own undecided invite; False when it is not theirs or already decided."""
    guard = (PartnerInvite.id == invite_id, PartnerInvite.user_id == user_id, *_undecided())
    return await _set_invite_if(session, guard, revoked_at=now) is not None


async def decline_invite(session: AsyncSession, *, invite_id: int, user_id: int, now: datetime) -> bool:
    """The person who opened the invite declines it; False when it is not theirs or already decided."""
    guard = (PartnerInvite.id == invite_id, PartnerInvite.claimed_by == user_id, *_undecided())
    return await _set_invite_if(session, guard, declined_at=now) is not None


async def accept_invite(
    session: AsyncSession, *, invite_id: int, user_id: int, now: datetime
) -> PartnerLink | None:
    """Accept a claimed invite and link the two, in one transaction; None when it was decided already,
    lapsed, or either person is linked by now."""
    guard = (
        PartnerInvite.id == invite_id,
        PartnerInvite.claimed_by == user_id,
        *_undecided(),
        PartnerInvite.expires_at > now,
    )
    # Not committed yet: the acceptance and the link are one transaction.
    inviter_id = await _set_invite_if(session, guard, commit=False, accepted_at=now)
    if inviter_id is None:
        await session.rollback()
        return None
    taken = await session.exec(select(PartnerLink.id).where(or_(_member_of(inviter_id), _member_of(user_id))))
    if taken.first() is not None:
        await session.rollback()
        return None
    link = PartnerLink(inviter_id=inviter_id, invitee_id=user_id, created_at=now)
    session.add(link)
    try:
        await session.commit()
    except IntegrityError:  # linked concurrently elsewhere: the unique columns refuse a second link
        await session.rollback()
        return None
    await session.refresh(link)
    return link


async def link_of(session: AsyncSession, *, user_id: int) -> PartnerLink | None:
    """The user's partner link, if they have one."""
    result = await session.exec(select(PartnerLink).where(_member_of(user_id)))
    return result.first()


async def unlink(session: AsyncSession, *, link_id: int, user_id: int) -> bool:
    """Remove the link (and everything shared through it) when the user is in it."""
    result = await session.exec(delete(PartnerLink).where(PartnerLink.id == link_id, _member_of(user_id)))
    await session.commit()
    return result.rowcount == 1


async def add_partner_bid(
    session: AsyncSession, *, link_id: int, user_id: int, text: str, now: datetime
) -> PartnerBid:
    """Record a bid the user sends their partner."""
    return await _insert(session, PartnerBid(link_id=link_id, user_id=user_id, text=text, sent_at=now))


async def unanswered_bid_times(session: AsyncSession, *, link_id: int, user_id: int) -> list[datetime]:
    """When each of the user's still unanswered bids in this link was sent."""
    result = await session.exec(
        select(PartnerBid.sent_at).where(
            PartnerBid.link_id == link_id, PartnerBid.user_id == user_id, PartnerBid.answer.is_(None)
        )
    )
    return list(result.all())


async def get_partner_bid(session: AsyncSession, *, bid_id: int, link_id: int) -> PartnerBid | None:
    """The bid with this id if it belongs to this link (a forged id finds nothing)."""
    result = await session.exec(
        select(PartnerBid).where(PartnerBid.id == bid_id, PartnerBid.link_id == link_id)
    )
    return result.first()


async def answer_partner_bid(
    session: AsyncSession, *, bid_id: int, link_id: int, answerer_id: int, answer: str, now: datetime
) -> bool:
    """Record the partner's answer once; False when already answered, or not theirs to answer."""
    result = await session.exec(
        update(PartnerBid)
        .where(
            PartnerBid.id == bid_id,
            PartnerBid.link_id == link_id,
            PartnerBid.user_id != answerer_id,
            PartnerBid.answer.is_(None),
        )
        .values(answer=answer, answered_at=now)
    )
    await session.commit()
    return result.rowcount == 1


async def partner_bids_between(
    session: AsyncSession, *, link_id: int, start: datetime, end: datetime
) -> list[PartnerBid]:
    """The link's bids sent from start (inclusive) to end (exclusive)."""
    result = await session.exec(
        select(PartnerBid).where(
            PartnerBid.link_id == link_id, PartnerBid.sent_at >= start, PartnerBid.sent_at < end
        )
    )
    return list(result.all())


async def save_partner_card(
    session: AsyncSession, *, link_id: int, user_id: int, text: str, now: datetime
) -> None:
    """Write (or rewrite) the user's card for their partner."""
    result = await session.exec(
        update(PartnerCard)
        .where(PartnerCard.link_id == link_id, PartnerCard.user_id == user_id)
        .values(text=text, updated_at=now)
    )
    if result.rowcount == 0:
        session.add(PartnerCard(link_id=link_id, user_id=user_id, text=text, updated_at=now))
    await session.commit()


async def partner_card(session: AsyncSession, *, link_id: int, user_id: int) -> PartnerCard | None:
    """The card this user wrote in this link, if any."""
    result = await session.exec(
        select(PartnerCard).where(PartnerCard.link_id == link_id, PartnerCard.user_id == user_id)
    )
    return result.first()


async def get_or_create_exchange(
    session: AsyncSession,
    *,
    link_id: int,
    week_key: str,
    question_id: str,
    now: datetime,
    expires_at: datetime,
) -> PartnerExchange:
    """The link's exchange for this week, created by whichever partner's question goes out first."""
    statement = select(PartnerExchange).where(
        PartnerExchange.link_id == link_id, PartnerExchange.week_key == week_key
    )
    found = (await session.exec(statement)).first()
    if found is not None:
        return found
    # Both partners' questions may go out in the same tick: the second insert does nothing (no
    # rollback, which would expire the caller's loaded rows) and both read the one row.
    dialect_insert = postgresql_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    await session.exec(
        dialect_insert(PartnerExchange)
        .values(
            link_id=link_id, week_key=week_key, question_id=question_id, created_at=now, expires_at=expires_at
        )
        .on_conflict_do_nothing(index_elements=["link_id", "week_key"])
    )
    await session.commit()
    return (await session.exec(statement)).one()


async def get_exchange(session: AsyncSession, *, exchange_id: int, link_id: int) -> PartnerExchange | None:
    """The exchange with this id if it belongs to this link."""
    result = await session.exec(
        select(PartnerExchange).where(PartnerExchange.id == exchange_id, PartnerExchange.link_id == link_id)
    )
    return result.first()


async def exchange_answers(session: AsyncSession, *, exchange_id: int) -> list[PartnerExchangeAnswer]:
    """The answers given to one exchange (at most one per partner)."""
    result = await session.exec(
        select(PartnerExchangeAnswer).where(PartnerExchangeAnswer.exchange_id == exchange_id)
    )
    return list(result.all())


async def add_exchange_answer(
    session: AsyncSession, *, exchange_id: int, user_id: int, text: str, now: datetime
) -> bool:
    """Keep the user's answer; False when they had answered already."""
    session.add(PartnerExchangeAnswer(exchange_id=exchange_id, user_id=user_id, text=text, answered_at=now))
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        return False
    return True


async def mark_exchange_revealed(session: AsyncSession, *, exchange_id: int, now: datetime) -> bool:
    """Mark the exchange revealed; True only for the one caller whose write did it (the reveal goes once)."""
    result = await session.exec(
        update(PartnerExchange)
        .where(PartnerExchange.id == exchange_id, PartnerExchange.revealed_at.is_(None))
        .values(revealed_at=now)
    )
    await session.commit()
    return result.rowcount == 1
