"""The shared send budget on PostgreSQL: two budgets on one database keep the total rate, and a hold set by one stops both."""

import asyncio

import pytest
from sqlalchemy import text

from bot.budget import SharedSendBudget
from storage.db import create_engine
from storage.schema import migrate
from tests.conftest import fresh_postgres_database


def busiest_second(instants: list[float]) -> int:
    """The most instants in any one-second window."""
    instants = sorted(instants)
    return max(sum(1 for other in instants[i:] if other - start < 1.0) for i, start in enumerate(instants))


@pytest.fixture
async def two_engines():
    """Two engines on one fresh PostgreSQL database, as two processes would have."""
    async with fresh_postgres_database() as url:
        engines = [create_engine(url), create_engine(url)]
        await migrate(engines[0])
        yield engines
        for engine in engines:
            await engine.dispose()


async def test_two_budgets_share_one_rate(two_engines):
    """60 sends split over two budgets at 20/s in total take about 3 s, never more than 21 in a second."""
    budgets = [SharedSendBudget(engine, 20.0) for engine in two_engines]
    loop = asyncio.get_running_loop()
    sent: list[float] = []

    async def send(budget: SharedSendBudget) -> None:
        await budget.acquire()
        sent.append(loop.time())

    started = loop.time()
    await asyncio.gather(*(send(budgets[n % 2]) for n in range(60)))
    assert busiest_second(sent) <= 21
    assert 2.6 <= max(sent) - started < 6.0


async def test_a_hold_set_by_one_budget_stops_the_other(two_engines):
    """After one budget holds for 1.5 s (a bot-wide 429), the other's next send waits it out."""
    first, second = (SharedSendBudget(engine, 30.0) for engine in two_engines)
    await second.acquire()  # the second has sent before, so only the hold can delay it
    loop = asyncio.get_running_loop()
    await first.hold(1.5)
    started = loop.time()
    await second.acquire()
    assert loop.time() - started >= 1.4


async def test_a_hold_only_ever_moves_later(two_engines):
    """A shorter hold written after a longer one does not shorten it."""
    first, second = (SharedSendBudget(engine, 30.0) for engine in two_engines)
    await first.hold(1.5)
    await second.hold(0.1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await SharedSendBudget(two_engines[1], 30.0).acquire()
    assert loop.time() - started >= 1.3


async def test_no_slot_is_granted_during_a_hold_and_the_hold_counts_the_sends_before_it(two_engines):
    """A hold written after three grants records 3; the next grant comes only after the hold, as the fourth."""
    first, second = (SharedSendBudget(engine, 30.0) for engine in two_engines)
    for _ in range(3):
        await first.acquire()
    await second.hold(1.0)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await first.acquire()
    assert loop.time() - started >= 0.9
    async with two_engines[0].connect() as connection:
        row = (await connection.execute(text("SELECT granted, held_after FROM send_budget"))).one()
    assert (row.granted, row.held_after) == (4, 3)
    for budget in (first, second):
        await budget.close()
