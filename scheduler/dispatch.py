"""The tick: claim due rows atomically, send each, then advance, retry later, or drop it."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError, TimedOut

from bot.pacing import SCHEDULED_SEND
from bot.practice import quiet_mode
from bot.practice.pausing import is_paused
from bot.services import Services
from storage import repo
from storage.models import User

log = logging.getLogger(__name__)

# A row that keeps failing for reasons other than the user is given up for this occurrence.
MAX_ATTEMPTS = 5
# Sends whose outcome stayed unknown (timeout, crash mid-send) before an occurrence is given up:
# each can mean a message on the phone, so this bounds duplicates to one per occurrence.
MAX_UNKNOWN_OUTCOMES = 1

# send(services, bot, session, user, due row, now) -> whether a message went out
Send = Callable[[Services, Bot, object, User, repo.ClaimedDue, datetime], Awaitable[bool]]
# next_due(user, due row, now) -> the next occurrence, or None for a one-off message
NextDue = Callable[[User, repo.ClaimedDue, datetime], datetime | None]


@dataclass(frozen=True)
class DueKind:
    """How to send one kind of scheduled message and when it recurs."""

    send: Send
    next_due: NextDue
    # Practice prompts hold back while the user is paused or under a safety pause; a safety
    # follow-up does not.
    practice_prompt: bool = True


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
    gate = asyncio.Semaphore(settings.send_concurrency)

    async def deliver_paced(row: repo.ClaimedDue) -> str:
        async with gate:
            if services.clock.now() >= lease_until:
                # Telegram was slow and the batch outlived its lease: another process may own this
                # row now, so it is left to whoever claims it next rather than sent twice.
                return "lease_lapsed"
            return await _deliver(services, bot, kinds, row, now)

    outcomes = Counter(await asyncio.gather(*(deliver_paced(row) for row in claimed)))
    log.info("tick: %s", dict(outcomes))
    return outcomes


async def _deliver(
    services: Services, bot: Bot, kinds: Mapping[str, DueKind], row: repo.ClaimedDue, now: datetime
) -> str:
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=row.user_id)
        kind = kinds.get(row.kind)
        if user is None or kind is None or user.unreachable_since is not None:
            await repo.delete_due(session, due_id=row.id)
            return "dropped"
        held_back = kind.practice_prompt and (
            is_paused(user.paused_since, user.paused_until, now)
            or await repo.active_safety_flag(session, user_id=user.id, now=now) is not None
        )
        unknown_outcomes = row.unknown_outcomes
        if row.send_started_at is not None and not held_back:
            # An earlier attempt was cut off mid-send (timeout, crash) after its lease lapsed: it may
            # have arrived. One more try is allowed and counted; after that this occurrence is given up.
            if unknown_outcomes >= MAX_UNKNOWN_OUTCOMES:
                log.warning("giving up on a %s message whose delivery stayed unknown", row.kind)
                await _finish(session, kind, user, row, now)
                return "unknown_given_up"
            unknown_outcomes += 1
            await repo.record_error(session, kind=repo.POSSIBLE_DUPLICATE, now=now)
        if not held_back:
            await repo.mark_sending(session, due_id=row.id, now=now, unknown_outcomes=unknown_outcomes)
        scheduled = SCHEDULED_SEND.set(True)
        try:
            # Quiet mode: every message of this delivery opens neutrally and silently.
            sender = QuietBot(bot) if user.quiet else bot
            sent = False if held_back else await kind.send(services, sender, session, user, row, now)
        except Forbidden:
            # Blocked or deactivated: stop until they /start again. Expected, so no traceback.
            await repo.mark_unreachable(session, user_id=user.id, now=now)
            log.info("user unreachable; their schedule is paused")
            return "unreachable"
        except TimedOut:
            # Telegram may have delivered it: never repeat at once. The row stays claimed, marked as
            # sending, until its lease lapses; then a later tick decides (see above).
            log.warning("%s message: no answer in time, delivery unknown", row.kind)
            return "unknown"
        except TelegramError as error:
            # A definite error answer: nothing arrived, so a retry cannot duplicate.
            await repo.mark_not_sent(session, due_id=row.id)
            if isinstance(error, BadRequest) or row.attempts >= MAX_ATTEMPTS:
                log.error("giving up on a %s message: %s", row.kind, type(error).__name__)
                await repo.record_error(session, kind=type(error).__name__, now=now)
                outcome = "failed"
            else:
                # The claim lapses after its lease, and a later tick tries again if still meaningful.
                log.warning("%s message not sent (%s); will retry", row.kind, type(error).__name__)
                return "retry"
        else:
            outcome = "held" if held_back else ("sent" if sent else "skipped")
        finally:
            SCHEDULED_SEND.reset(scheduled)
        await _finish(session, kind, user, row, now)
        return outcome


async def _finish(session, kind: DueKind, user: User, row: repo.ClaimedDue, now: datetime) -> None:
    """Move a recurring row to its next occurrence (clearing its send state), or remove a one-off."""
    next_at = kind.next_due(user, row, now)
    if next_at is None:
        await repo.delete_due(session, due_id=row.id)
    else:
        await repo.advance_due(session, due_id=row.id, due_at=next_at)
