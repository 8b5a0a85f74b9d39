"""Every Bot API call goes through here: paced to Telegram's limits, retried on 429, 5xx and network errors."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

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

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]

# These are answers, not transient faults: retrying them would only repeat the same answer.
NOT_RETRIED = (BadRequest, Forbidden, InvalidToken, Conflict, ChatMigrated)
# Calls that put a new message on the user's screen: after a timeout they may already have, so
# they are never repeated blindly. Edits, answers and deletes are safe to repeat.
UNKNOWN_OUTCOME_METHODS = frozenset(
    {"sendMessage", "sendPhoto", "sendDocument", "sendLocation", "forwardMessage", "copyMessage"}
)


def _seconds(error: RetryAfter) -> float:
    # PTB 22 is moving retry_after from int to timedelta and warns on access; accept both quietly.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        retry_after = error.retry_after
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else float(retry_after)


class PacedRetryingLimiter(BaseRateLimiter[int]):
    """Paces chat-bound requests to about `rate_per_second` and retries until Telegram accepts.

    On 429 every request waits out `retry_after` (Telegram's flood control is per bot, so
    sending anything else meanwhile only extends it). 5xx answers and network faults are
    retried with exponential backoff. After `max_retries` the error is raised to the caller,
    which for scheduled messages means the due row is tried again on a later tick.
    """

    def __init__(self, *, rate_per_second: float = 30.0, max_retries: int = 5, sleep: Sleep = asyncio.sleep):
        self._rate_per_second = rate_per_second
        self._max_retries = max_retries
        self._sleep = sleep
        self._limiter: AsyncLimiter | None = None
        self._not_throttled: asyncio.Event | None = None

    async def initialize(self) -> None:
        # Built here, not in __init__, so they belong to the running event loop.
        self._limiter = AsyncLimiter(self._rate_per_second, 1)
        self._not_throttled = asyncio.Event()
        self._not_throttled.set()

    async def shutdown(self) -> None:
        return None

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
        paced = data.get("chat_id") is not None
        for attempt in range(self._max_retries + 1):
            try:
                await self._not_throttled.wait()
                if paced:
                    async with self._limiter:
                        return await callback(*args, **kwargs)
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self._max_retries:
                    raise
                wait = _seconds(error)
                log.warning("flood control on %s: waiting %.1f s (attempt %d)", endpoint, wait, attempt + 1)
                self._not_throttled.clear()
                try:
                    await self._sleep(wait)
                finally:
                    self._not_throttled.set()
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
