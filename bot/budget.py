"""The send budget all processes share on PostgreSQL: one slot schedule and one 429 hold, kept in the database."""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque

from aiolimiter import AsyncLimiter
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)

# A reservation takes this many slots' worth of time at once (at least one slot), so a process
# asks the database about 30 times a second at most, whatever the rate: 1 slot at 30/s, 33 at 1,000/s.
RESERVATIONS_PER_SECOND = 30.0
# How stale this process's view of the shared hold may be when a send is about to go out.
HOLD_CHECK_SECONDS = 0.05

_ENSURE_ROW = text(
    "INSERT INTO send_budget (id, next_at, not_before) VALUES (1, clock_timestamp(), NULL) "
    "ON CONFLICT (id) DO NOTHING"
)
# One atomic step: the block starts at the latest of the next free slot, now, and the hold, and
# the next free slot moves past the block. Row-level locking orders concurrent reservations, so no
# two processes ever get overlapping slots. Times come back relative to the database's clock.
_RESERVE = text(
    "UPDATE send_budget SET next_at = GREATEST(next_at, clock_timestamp(), "
    "COALESCE(not_before, clock_timestamp())) + make_interval(secs => :span) WHERE id = 1 "
    "RETURNING EXTRACT(EPOCH FROM (next_at - clock_timestamp()))::float8 - :span"
)
# The hold only ever moves later; the slot schedule moves past it too.
_HOLD = text(
    "UPDATE send_budget SET "
    "not_before = GREATEST(COALESCE(not_before, clock_timestamp()), "
    "clock_timestamp() + make_interval(secs => :seconds)), "
    "next_at = GREATEST(next_at, clock_timestamp() + make_interval(secs => :seconds)) WHERE id = 1"
)
_HELD_FOR = text(
    "SELECT COALESCE(EXTRACT(EPOCH FROM (not_before - clock_timestamp()))::float8, 0) "
    "FROM send_budget WHERE id = 1"
)


class SharedSendBudget:
    """Paces the sends of every process on one database to `rate_per_second` in total.

    It is a slot schedule (a generic cell-rate algorithm) in one row: each send takes the next free
    slot, 1 / rate apart, whichever process sends it, so the total rate holds however many
    processes run and a process that stops simply stops taking slots. A bot-wide 429's retry_after
    is written as a "no sends before" instant that every process checks just before sending.
    When the database cannot be reached, sends are paced in this process alone.
    """

    def __init__(self, engine: AsyncEngine, rate_per_second: float):
        self._engine = engine
        self._interval = 1.0 / rate_per_second
        self._block = max(1, math.ceil(rate_per_second / RESERVATIONS_PER_SECOND))
        # Loop-time instants of slots reserved by this process and not used yet.
        self._slots: deque[float] = deque()
        self._reserving = asyncio.Lock()
        self._checking = asyncio.Lock()
        self._held_until = 0.0
        self._checked_at = float("-inf")
        self._fallback = AsyncLimiter(rate_per_second, 1)
        self._row_ready = False

    async def _reserve(self) -> None:
        loop = asyncio.get_running_loop()
        span = self._block * self._interval
        async with self._engine.begin() as connection:
            if not self._row_ready:
                await connection.execute(_ENSURE_ROW)
                self._row_ready = True
            starts_in = (await connection.execute(_RESERVE, {"span": span})).scalar_one()
        start = loop.time() + max(0.0, starts_in)
        self._slots.extend(start + index * self._interval for index in range(self._block))

    async def _next_slot(self) -> float:
        loop = asyncio.get_running_loop()
        async with self._reserving:
            # A slot nobody used in time is gone: using it late would bunch sends together.
            while self._slots and self._slots[0] < loop.time() - self._interval:
                self._slots.popleft()
            if not self._slots:
                await self._reserve()
            return self._slots.popleft()

    async def _held_for(self) -> float:
        """Seconds until the shared hold ends (0 when there is none), read at most every 50 ms."""
        loop = asyncio.get_running_loop()
        if loop.time() - self._checked_at > HOLD_CHECK_SECONDS:
            # One read at a time per process, shared by every send waiting meanwhile: a connection
            # per waiting send would exhaust the database's connection limit.
            async with self._checking:
                if loop.time() - self._checked_at > HOLD_CHECK_SECONDS:
                    async with self._engine.connect() as connection:
                        remaining = (await connection.execute(_HELD_FOR)).scalar_one_or_none() or 0.0
                    self._checked_at = loop.time()
                    self._held_until = max(self._held_until, loop.time() + remaining)
        return max(0.0, self._held_until - loop.time())

    async def acquire(self) -> None:
        """Wait for this process's next slot in the shared schedule, outside any shared hold."""
        loop = asyncio.get_running_loop()
        try:
            while True:
                slot = await self._next_slot()
                await asyncio.sleep(max(0.0, slot - loop.time()))
                if loop.time() - slot > self._interval:
                    # Woken too late (a busy event loop): sending now would bunch with the sends
                    # of the slots after it, so this slot is given up and a later one taken.
                    continue
                held = await self._held_for()
                if held <= 0:
                    return
                # A 429 came while this slot was waiting: the slot falls inside the hold, so it is
                # given up and a new one taken after the hold.
                self._slots.clear()
                await asyncio.sleep(held)
        except Exception as error:  # noqa: BLE001 (a send must not fail because pacing could not ask)
            log.warning(
                "shared send budget unavailable (%s): pacing this process alone", type(error).__name__
            )
            async with self._fallback:
                return

    async def hold(self, seconds: float) -> None:
        """No process sends for `seconds` from now (never shortens a longer hold already set)."""
        loop = asyncio.get_running_loop()
        self._held_until = max(self._held_until, loop.time() + seconds)
        self._slots.clear()
        try:
            async with self._engine.begin() as connection:
                await connection.execute(_ENSURE_ROW)
                await connection.execute(_HOLD, {"seconds": seconds})
        except Exception as error:  # noqa: BLE001 (this process still holds; the others may not)
            log.warning("could not share a flood-control hold: %s", type(error).__name__)
