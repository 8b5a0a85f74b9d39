"""The send budget all processes share on PostgreSQL: one slot schedule and one 429 hold, kept in the database."""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque

from aiolimiter import AsyncLimiter
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

log = logging.getLogger(__name__)

# Above 30 sends a second a grant covers this many slots' worth of time at once, so a process asks
# the database about 30 times a second at most: 1 slot at 30/s, 10 at 300/s, 34 at 1,000/s.
GRANTS_PER_SECOND = 30.0
# The schedule runs this much below SEND_RATE_PER_SECOND. A send reaches Telegram some time after
# its slot is granted (the grant's way back from the database, the process's event loop, the HTTP
# request), and that time varies from send to send: on a busy two-core machine by up to about
# 150 ms. Those variations can bunch sends granted 1 / rate apart; 5 % of headroom keeps any
# one-second window Telegram sees within 10 % of the rate for variations up to about 0.15 s.
DELIVERY_MARGIN = 0.05
# A slot granted late by up to this many slots' time keeps the schedule (the next slot is one
# interval after the one due, not after now): on a busy machine the database and the processes wake
# late by tens of milliseconds, and without this each late grant would slow the whole fan-out. It is
# a burst of at most 1 + LATE_SLOTS grants, only ever to catch up with the schedule.
LATE_SLOTS = 2.0

_ENSURE_ROW = text(
    "INSERT INTO send_budget (id, next_at, not_before, granted) VALUES (1, clock_timestamp(), NULL, 0) "
    "ON CONFLICT (id) DO NOTHING"
)
# The database grants a slot at its due instant, from its own clock, and only when no hold is on
# (the function grant_send_slot, made by the migration 0013_inbox_lease): a caller whose slot is
# due within LONGEST_WAIT waits in the database, holding no lock, and is answered the moment the
# slot is its. Row-level locking orders grants and holds: a grant either came before a hold (its
# send may be on the wire during the hold) or sees it. Ungranted, the answer says how long to wait.
_GRANT = text("SELECT slot_granted, wait_seconds FROM grant_send_slot(:span, :late, :block, :longest_wait)")
# Longer waits (a hold, a long queue) are slept in the process, so a connection is not kept busy.
LONGEST_WAIT = 0.25
# Requests for a slot one process keeps waiting in the database at once. A busy process takes a
# while to ask again after each grant (the answer's way back, its event loop, a pooled connection);
# with two asking, one of them is always there when a slot falls due, so no slot goes unused.
ASKERS_PER_PROCESS = 2
# The hold only ever moves later; the slot schedule moves past it too. `held_after` records how
# many sends were granted before it: no other send can reach Telegram until the hold ends.
_HOLD = text(
    "UPDATE send_budget SET "
    "not_before = GREATEST(COALESCE(not_before, clock_timestamp()), "
    "clock_timestamp() + make_interval(secs => :seconds)), "
    "next_at = GREATEST(next_at, clock_timestamp() + make_interval(secs => :seconds)), "
    "held_after = granted WHERE id = 1"
)


class SharedSendBudget:
    """Paces the sends of every process on one database to `rate_per_second` in total.

    It is a slot schedule (a generic cell-rate algorithm) in one row, granted from the database's
    clock at the moment of sending: a process asks for a slot when it is about to send, the
    database grants it only if the slot is due and no 429 hold is on, and the process sends at once.
    So the total rate holds however many processes run, whichever process sends, a process that
    stops simply stops asking, and a hold recorded by one process stops every grant after it.
    At up to 30/s one slot is granted at a time; above, a block of slots spaced in the process.
    When the database cannot be reached, sends are paced in this process alone.
    """

    def __init__(self, engine: AsyncEngine, rate_per_second: float):
        # Connections of its own (one per asker, one for holds), outside the bot's pool: asking for
        # a slot must not queue behind the tick's deliveries for a pooled connection. Measured on
        # the bot's pool during a fan-out, taking a connection alone took 130 ms at the median.
        self._engine = create_async_engine(
            engine.url,
            pool_size=ASKERS_PER_PROCESS + 1,
            max_overflow=0,
            hide_parameters=True,
        )
        self._interval = 1.0 / (rate_per_second * (1.0 - DELIVERY_MARGIN))
        self._block = max(1, math.ceil(rate_per_second / GRANTS_PER_SECOND))
        # Loop-time instants of the rest of a granted block, not used yet (only above 30/s).
        self._slots: deque[float] = deque()
        self._askers = asyncio.Semaphore(ASKERS_PER_PROCESS)
        self._fallback = AsyncLimiter(rate_per_second, 1)

    async def _grant(self) -> tuple[bool, float]:
        """Ask the database for a slot now: (granted, seconds until the next chance if not)."""
        async with self._engine.connect() as connection:
            # One statement, committed at once by the server: the row is locked for microseconds.
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            granted, wait = (
                await connection.execute(
                    _GRANT,
                    {
                        "span": self._block * self._interval,
                        "late": LATE_SLOTS * self._interval,
                        "block": self._block,
                        "longest_wait": LONGEST_WAIT,
                    },
                )
            ).one()
        return granted is not None, wait or 0.0

    async def acquire(self) -> None:
        """Return when this process may send one request now under the shared budget."""
        loop = asyncio.get_running_loop()
        try:
            # A few askers per process: the others wait their turn here rather than in the database.
            async with self._askers:
                while self._slots:
                    slot = self._slots.popleft()
                    # A slot of the block nobody used in time is gone: late, it would bunch sends.
                    if slot >= loop.time() - self._interval:
                        await asyncio.sleep(max(0.0, slot - loop.time()))
                        return
                while True:
                    granted, wait = await self._grant()
                    if granted:
                        now = loop.time()
                        self._slots.extend(now + index * self._interval for index in range(1, self._block))
                        return
                    # Taken by another process, or held: ask again shortly before it may be due.
                    await asyncio.sleep(max(0.0, wait - LONGEST_WAIT / 2))
        except Exception as error:  # noqa: BLE001 (a send must not fail because pacing could not ask)
            log.warning(
                "shared send budget unavailable (%s): pacing this process alone", type(error).__name__
            )
            async with self._fallback:
                return

    async def close(self) -> None:
        """Close the budget's own connections."""
        await self._engine.dispose()

    async def hold(self, seconds: float) -> None:
        """No process sends for `seconds` from now (never shortens a longer hold already set)."""
        self._slots.clear()
        try:
            async with self._engine.begin() as connection:
                await connection.execute(_ENSURE_ROW)
                await connection.execute(_HOLD, {"seconds": seconds})
        except Exception as error:  # noqa: BLE001 (this process still holds; the others may not)
            log.warning("could not share a flood-control hold: %s", type(error).__name__)
