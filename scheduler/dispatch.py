"""The tick: claim due rows atomically, prepare a batch in one session, send with none held, then record it in one."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut

from bot.pacing import SCHEDULED_SEND
from bot.practice import quiet_mode
from bot.practice.pausing import is_paused
from bot.services import Services
from scheduler.kinds import KINDS, Kind
from scheduler.plan import stop_for_unreachable
from storage import repo
from storage.models import User

log = logging.getLogger(__name__)

# A row that keeps failing for reasons other than the user is given up for this occurrence.
MAX_ATTEMPTS = 5
# Sends whose outcome stayed unknown (timeout, crash mid-send) before an occurrence is given up:
# each can mean a message on the phone, so this bounds duplicates to one per occurrence.
MAX_UNKNOWN_OUTCOMES = 1


@dataclass(frozen=True)
class Delivery:
    """One prepared message: how to send it (no database session is held) and what to write after."""

    # send(bot) -> the id of the message that now shows it (None when there is nothing to remember)
    send: Callable[[Bot], Awaitable[int | None]]
    # record(session, message id, now): the writes once it went out, in the batch's closing session
    record: Callable[[AsyncSession, int | None, datetime], Awaitable[None]] | None = None
    # What a batch recorder needs to know about this delivery (e.g. the check-in's id).
    ref: Any = None


# prepare(services, session, [(user, row)], now) -> one Delivery per row, None where nothing goes out
Prepare = Callable[
    [Services, AsyncSession, list[tuple[User, repo.ClaimedDue]], datetime], Awaitable[list[Delivery | None]]
]
# record(session, [(delivery, message id)], now): the writes after a batch's sends
Record = Callable[[AsyncSession, list[tuple[Delivery, int | None]], datetime], Awaitable[None]]
# render(services, session, user, row, now) -> what to send for one row, or None
RenderOne = Callable[[Services, AsyncSession, User, repo.ClaimedDue, datetime], Awaitable[Delivery | None]]


async def record_each(session: AsyncSession, sent: list[tuple[Delivery, int | None]], now: datetime) -> None:
    """Each delivery's own writes, one after another (for kinds that are rare)."""
    for delivery, message_id in sent:
        if delivery.record is not None:
            await delivery.record(session, message_id, now)


@dataclass(frozen=True)
class Renderer:
    """How a handler renders one kind: prepare a batch (reads and writes before sending), record after."""

    prepare: Prepare
    record: Record = record_each


def one_at_a_time(render: RenderOne) -> Renderer:
    """A renderer for a rare kind, written for one row at a time."""

    async def prepare(services, session, batch, now):
        return [await render(services, session, user, row, now) for user, row in batch]

    return Renderer(prepare=prepare)


@dataclass(frozen=True)
class DueKind:
    """A declared kind with the renderer its handler supplies."""

    kind: Kind
    renderer: Renderer


def with_renderers(renderers: Mapping[Kind, Renderer]) -> dict[str, DueKind]:
    """Every declared kind joined with its renderer; a declared kind without one is a wiring error."""
    missing = sorted(name for name, kind in KINDS.items() if kind not in renderers)
    if missing:
        raise ValueError(f"scheduled kinds without a renderer: {', '.join(missing)}")
    return {kind.name: DueKind(kind, renderer) for kind, renderer in renderers.items()}


@dataclass
class _Row:
    """One claimed row on its way through a tick."""

    claimed: repo.ClaimedDue
    user: User | None = None
    due_kind: DueKind | None = None
    outcome: str | None = None
    delivery: Delivery | None = None
    message_id: int | None = None
    error: str | None = None


class QuietBot:
    """The bot as a quiet-mode user's scheduled messages go out through it: every message (and draft, and
    caption) opens with the neutral words and makes no sound. Everything else passes through unchanged.

    Applied here, where every kind of scheduled message is sent, so no kind can forget it.
    """

    def __init__(self, bot: Bot):
        self._bot = bot

    def __getattr__(self, name: str):
        return getattr(self._bot, name)

    async def send_message(self, chat_id, text: str, *args, **kwargs):
        kwargs["disable_notification"] = True
        return await self._bot.send_message(chat_id, quiet_mode.quiet_text(text), *args, **kwargs)

    async def send_message_draft(self, chat_id, draft_id: int, text: str | None = None, *args, **kwargs):
        return await self._bot.send_message_draft(
            chat_id, draft_id, quiet_mode.quiet_text(text or ""), *args, **kwargs
        )

    async def send_photo(self, chat_id, photo, caption: str | None = None, *args, **kwargs):
        kwargs["disable_notification"] = True
        return await self._bot.send_photo(
            chat_id, photo, quiet_mode.quiet_text(caption or ""), *args, **kwargs
        )


async def run_tick(services: Services, bot: Bot, kinds: Mapping[str, DueKind]) -> Counter:
    """Send everything that is due now; returns counts by outcome (for logs and tests)."""
    now = services.clock.now()
    settings = services.settings
    lease_until = now + timedelta(seconds=settings.claim_lease_seconds)
    async with services.sessions() as session:
        claimed = await repo.claim_due(
            session, now=now, lease_until=lease_until, limit=settings.claim_batch_size
        )
    if not claimed:
        return Counter()
    rows = [_Row(claimed=row, due_kind=kinds.get(row.kind)) for row in claimed]
    async with services.sessions() as session:
        await _prepare(services, session, rows, now)
    gate = asyncio.Semaphore(settings.send_concurrency)
    recorder = _Recorder(services, now)
    recorder.add(row for row in rows if row.outcome is not None)

    async def deliver_paced(row: _Row) -> None:
        async with gate:
            if services.clock.now() >= lease_until:
                # Telegram was slow and the batch outlived its lease: another process may own this
                # row now, so it is left to whoever claims it next rather than sent twice.
                row.outcome = "lease_lapsed"
                return
            await _send(bot, row)
        recorder.add([row])
        await recorder.flush()

    await asyncio.gather(*(deliver_paced(row) for row in rows if row.outcome is None))
    await recorder.flush()
    outcomes = Counter(row.outcome for row in rows)
    log.info("tick: %s", dict(outcomes))
    return outcomes


class _Recorder:
    """Writes what the sends did as they finish, every row finished since the last write in one go:
    a crash loses the record of only the sends still in flight, and a fast batch still writes in few
    statements."""

    def __init__(self, services: Services, now: datetime) -> None:
        self._services, self._now = services, now
        self._pending: list[_Row] = []
        self._writing = asyncio.Lock()

    def add(self, rows) -> None:
        self._pending.extend(rows)

    async def flush(self) -> None:
        async with self._writing:
            if not self._pending:
                return
            rows, self._pending = self._pending, []
            async with self._services.sessions() as session:
                await _record(session, rows, self._now)


async def _prepare(services: Services, session: AsyncSession, rows: list[_Row], now: datetime) -> None:
    """Load the batch's users and safety pauses, decide what is held back or too late, and let each kind
    prepare its messages; rows about to be sent are marked as sending, all in one commit."""
    user_ids = sorted({row.claimed.user_id for row in rows})
    users = await repo.users_by_id(session, user_ids=user_ids)
    safety_paused = await repo.safety_paused_user_ids(session, user_ids=user_ids, now=now)
    by_kind: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        claimed, row.user = row.claimed, users.get(row.claimed.user_id)
        if row.user is None or row.due_kind is None or row.user.unreachable_since is not None:
            row.outcome = "dropped"
            continue
        kind = row.due_kind.kind
        if kind.practice_prompt and (
            is_paused(row.user.paused_since, row.user.paused_until, now) or row.user.id in safety_paused
        ):
            row.outcome = "held"
            continue
        if claimed.send_started_at is not None:
            # An earlier attempt was cut off mid-send (timeout, crash) after its lease lapsed: it may have
            # arrived. One more try is allowed and counted; after that this occurrence is given up.
            if claimed.unknown_outcomes >= MAX_UNKNOWN_OUTCOMES:
                log.warning("giving up on a %s message whose delivery stayed unknown", claimed.kind)
                row.outcome = "unknown_given_up"
                continue
            await repo.record_error(session, kind=repo.POSSIBLE_DUPLICATE, now=now, commit=False)
        if not kind.still_worth_sending(row.user, claimed.due_at, now):
            row.outcome = "skipped"
            continue
        by_kind[claimed.kind].append(row)
    for batch in by_kind.values():
        renderer = batch[0].due_kind.renderer
        deliveries = await renderer.prepare(
            services, session, [(row.user, row.claimed) for row in batch], now
        )
        for row, delivery in zip(batch, deliveries, strict=True):
            row.delivery = delivery
            if delivery is None:
                row.outcome = "skipped"
    await repo.mark_sending(
        session, due_ids=[row.claimed.id for row in rows if row.outcome is None], now=now, commit=False
    )
    await session.commit()


async def _send(bot: Bot, row: _Row) -> None:
    """Send one prepared message; the outcome says what the closing session must write."""
    scheduled = SCHEDULED_SEND.set(True)
    try:
        # Quiet mode: every message of this delivery opens neutrally and silently.
        row.message_id = await row.delivery.send(QuietBot(bot) if row.user.quiet else bot)
    except Forbidden:
        # Blocked or deactivated: stop until they /start again. Expected, so no traceback.
        log.info("user unreachable; their schedule is paused")
        row.outcome = "unreachable"
    except TimedOut:
        # Telegram may have delivered it: never repeat at once. The row stays claimed, marked as
        # sending, until its lease lapses; then a later tick decides (see _prepare).
        log.warning("%s message: no answer in time, delivery unknown", row.claimed.kind)
        row.outcome = "unknown"
    except TelegramError as error:
        # A definite error answer: nothing arrived, so a retry cannot duplicate.
        if isinstance(error, BadRequest) or row.claimed.attempts >= MAX_ATTEMPTS:
            log.error("giving up on a %s message: %s", row.claimed.kind, type(error).__name__)
            row.outcome = "failed"
            row.error = type(error).__name__
        else:
            # The claim lapses after its lease, and a later tick tries again if still meaningful.
            log.warning("%s message not sent (%s); will retry", row.claimed.kind, type(error).__name__)
            row.outcome = "retry"
    else:
        row.outcome = "sent"
    finally:
        SCHEDULED_SEND.reset(scheduled)


async def _record(session: AsyncSession, rows: list[_Row], now: datetime) -> None:
    """After the sends: each kind's writes, then every row advanced, removed or released, in one commit."""
    sent_by_kind: dict[str, list[tuple[Delivery, int | None]]] = defaultdict(list)
    renderers: dict[str, Renderer] = {}
    for row in rows:
        if row.outcome == "sent":
            sent_by_kind[row.claimed.kind].append((row.delivery, row.message_id))
            renderers[row.claimed.kind] = row.due_kind.renderer
    for name, sent in sent_by_kind.items():
        await renderers[name].record(session, sent, now)
        # Kept apart: a kind's write that loses a race and rolls back must not undo another kind's.
        await session.commit()
    for row in rows:
        if row.outcome == "unreachable":
            await stop_for_unreachable(session, user_id=row.claimed.user_id, now=now, commit=False)
        elif row.outcome == "failed":
            await repo.record_error(session, kind=row.error, now=now, commit=False)
    await repo.mark_not_sent(
        session, due_ids=[row.claimed.id for row in rows if row.outcome in ("retry", "failed")], commit=False
    )
    finishing = [
        row for row in rows if row.outcome in ("sent", "skipped", "held", "unknown_given_up", "failed")
    ]
    advances = {}
    removals = [row.claimed.id for row in rows if row.outcome == "dropped"]
    for row in finishing:
        next_at = row.due_kind.kind.next_due(row.user, row.claimed.due_at, now)
        if next_at is None:
            removals.append(row.claimed.id)
        else:
            advances[row.claimed.id] = next_at
    await repo.advance_due_rows(session, due_at_by_id=advances, commit=False)
    await repo.delete_due_rows(session, due_ids=removals, commit=False)
    await session.commit()
