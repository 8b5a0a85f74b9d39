"""Every Bot API call goes through here: paced to Telegram's limits, a 429 held per chat, retried on 5xx and network errors."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from contextvars import ContextVar
from datetime import timedelta
from typing import Any, Protocol

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from bot.budget import SharedSendBudget

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

# These are answers, not transient faults: retrying them would only repeat the same answer.
NOT_RETRIED = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)
# Calls that put a new message on the user's screen: after a timeout they may already have, so
# they are never repeated blindly. Edits, answers and deletes are safe to repeat.
UNKNOWN_OUTCOME_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "sendLocation", "forwardMessage", "copyMessage"}
)


# True while the scheduler delivers a due message (set by the tick around each delivery): those
# sends, and only those, may be paid broadcasts. Replies to a user's own message stay free.
SCHEDULED_SEND: ContextVar[bool] = ContextVar("scheduled_send", default=False)
# The methods Telegram accepts allow_paid_broadcast on.
PAID_BROADCAST_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


class CallJournal(Protocol):
    """Where the calls made while handling one inbox update are recorded, so a re-run does not repeat them."""

    async def call(self, endpoint: str, send: Callable[[], Awaitable[Any]]) -> Any:
        """Carry out `send` (one Bot API call) once for this update, or replay its recorded answer."""


# Set while an inbox update is handled (by the inbox worker around each update): every Bot API
# call made for it, in any handler, goes through the update's journal.
UPDATE_JOURNAL: ContextVar[CallJournal | None] = ContextVar("update_journal", default=None)


def _seconds(error: RetryAfter) -> float:
    # PTB 22 is moving retry_after from int to timedelta and warns on access; accept both quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        retry_after = error.retry_after
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else float(retry_after)


# A 429 normally concerns one chat (about one message a second per chat). Telegram's limit for the
# whole bot shows as 429s on several chats at once: this many distinct chats within the window.
BOT_WIDE_CHATS = 3
BOT_WIDE_WINDOW_SECONDS = 5.0


class PacedRetryingLimiter(BaseRateLimiter[int]):
    """Paces chat-bound requests to about `rate_per_second` and retries until Telegram accepts.

    A 429 on a call to one chat holds that chat for `retry_after`; other chats go on. Only a 429
    Telegram applies to the whole bot (one without a chat, or 429s on several chats within a few
    seconds) holds every request. 5xx answers and network faults are retried with exponential
    backoff; a send that timed out is not (it may have arrived). After `max_retries` the error is
    raised to the caller, which for scheduled messages means the due row is tried again later.
    """

    def __init__(
        self,
        *,
        rate_per_second: float = 30.0,
        max_retries: int = 5,
        sleep: Sleep = asyncio.sleep,
        paid_broadcast: bool = False,
        shared_budget: SharedSendBudget | None = None,
    ):
        self._rate_per_second = rate_per_second
        self._paid_broadcast = paid_broadcast
        # On PostgreSQL every process paces against one budget in the database instead of its own.
        self._shared_budget = shared_budget
        self._max_retries = max_retries
        self._sleep = sleep
        self._limiter: AsyncLimiter | None = None
        self._not_throttled: asyncio.Event | None = None
        # chat id -> an event that is set when the chat's hold ends (present only while held)
        self._chat_holds: dict[Any, asyncio.Event] = {}
        # (loop time, chat id) of recent 429s, to tell a bot-wide limit from one chat's
        self._recent_floods: deque[tuple[float, Any]] = deque()

    async def initialize(self) -> None:
        # Built here, not in __init__, so they belong to the running event loop.
        self._limiter = AsyncLimiter(self._rate_per_second, 1)
        self._not_throttled = asyncio.Event()
        self._not_throttled.set()

    async def shutdown(self) -> None:
        if self._shared_budget is not None:
            await self._shared_budget.close()

    def _is_bot_wide(self, chat_id: Any) -> bool:
        """Record a 429 on chat_id; True when it looks like Telegram's limit for the whole bot."""
        if chat_id is None:
            return True
        now = asyncio.get_running_loop().time()
        self._recent_floods.append((now, chat_id))
        while self._recent_floods and now - self._recent_floods[0][0] > BOT_WIDE_WINDOW_SECONDS:
            self._recent_floods.popleft()
        return len({chat for _, chat in self._recent_floods}) >= BOT_WIDE_CHATS

    async def _hold_chat(self, chat_id: Any, seconds: float) -> None:
        held = self._chat_holds.setdefault(chat_id, asyncio.Event())
        try:
            await self._sleep(seconds)
        finally:
            held.set()
            if self._chat_holds.get(chat_id) is held:
                del self._chat_holds[chat_id]

    async def _hold_everyone(self, seconds: float) -> None:
        self._not_throttled.clear()
        try:
            await self._sleep(seconds)
        finally:
            self._not_throttled.set()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if self._limiter is None:
            await self.initialize()
        chat_id = data.get("chat_id")
        if self._paid_broadcast and SCHEDULED_SEND.get() and endpoint in PAID_BROADCAST_METHODS:
            # The same dict becomes the request's parameters (PTB passes it on to the callback).
            data["allow_paid_broadcast"] = True

        async def send() -> Any:
            return await self._paced(callback, args, kwargs, endpoint, chat_id)

        journal = UPDATE_JOURNAL.get()
        if journal is not None:
            return await journal.call(endpoint, send)
        return await send()

    async def _paced(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        chat_id: Any,
    ) -> Any:
        for attempt in range(self._max_retries + 1):
            try:
                await self._not_throttled.wait()
                held = self._chat_holds.get(chat_id) if chat_id is not None else None
                if held is not None:
                    await held.wait()
                if chat_id is not None and self._shared_budget is not None:
                    await self._shared_budget.acquire()
                    return await callback(*args, **kwargs)
                if chat_id is not None:
                    async with self._limiter:
                        return await callback(*args, **kwargs)
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                wait = _seconds(error)
                if self._is_bot_wide(chat_id):
                    log.warning("bot-wide flood control on %s: everyone waits %.1f s", endpoint, wait)
                    if self._shared_budget is not None:
                        # Every process, not only this one: the limit is the bot's, not the process's.
                        await self._shared_budget.hold(wait)
                    await self._hold_everyone(wait)
                else:
                    log.warning("flood control for one chat on %s: it waits %.1f s", endpoint, wait)
                    await self._hold_chat(chat_id, wait)
            except NOT_RETRIED:
                raise
            except TimedOut:
                # No answer in time: Telegram may have carried the call out. Repeating a send could
                # deliver it twice, so the caller decides (a scheduled message waits for its lease).
                if endpoint in UNKNOWN_OUTCOME_METHODS or attempt == self._max_retries:
                    raise
                backoff = min(30.0, 0.5 * 2**attempt)
                log.warning("%s timed out; retrying in %.1f s", endpoint, backoff)
                await self._sleep(backoff)
            except NetworkError as error:
                if attempt == self._max_retries:
                    raise
                backoff = min(30.0, 0.5 * 2**attempt)
                log.warning("%s failed (%s); retrying in %.1f s", endpoint, type(error).__name__, backoff)
                await self._sleep(backoff)
        raise AssertionError("unreachable")  # pragma: no cover
