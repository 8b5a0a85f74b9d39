"""The update processor: one user's updates run one at a time and in order; different users overlap."""

import asyncio

from telegram import Update

from bot.app import PerUserUpdateProcessor
from tests.fakebot import updates


def update_from(user_id: int, number: int) -> Update:
    return Update.de_json({**updates.text_message(user_id, str(number)), "update_id": number}, None)


async def test_one_users_updates_never_overlap_and_keep_their_order():
    """Three updates from one user run strictly one after another, in arrival order."""
    processor = PerUserUpdateProcessor()
    running, order, overlaps = 0, [], []

    async def handle(number: int) -> None:
        nonlocal running
        running += 1
        overlaps.append(running)
        await asyncio.sleep(0.01)
        order.append(number)
        running -= 1

    await asyncio.gather(*(processor.process_update(update_from(7, n), handle(n)) for n in range(3)))
    assert order == [0, 1, 2] and max(overlaps) == 1
    assert processor._locks == {}  # nothing kept once the user's updates are done


async def test_different_users_run_concurrently():
    """Updates from two users are handled at the same time."""
    processor = PerUserUpdateProcessor()
    both_inside = asyncio.Event()
    inside = set()

    async def handle(user_id: int) -> None:
        inside.add(user_id)
        if len(inside) == 2:
            both_inside.set()
        await asyncio.wait_for(both_inside.wait(), 1)

    await asyncio.gather(
        *(processor.process_update(update_from(user, user), handle(user)) for user in (1, 2))
    )
    assert inside == {1, 2}


async def test_one_users_queued_burst_leaves_room_for_other_users():
    """A hundred queued updates from one user do not take the concurrency slots another user needs."""
    processor = PerUserUpdateProcessor(max_concurrent_updates=4)
    release = asyncio.Event()
    other_done = asyncio.Event()

    async def slow() -> None:
        await release.wait()

    async def other() -> None:
        other_done.set()

    burst = [asyncio.create_task(processor.process_update(update_from(7, n), slow())) for n in range(100)]
    await asyncio.sleep(0)
    await asyncio.wait_for(processor.process_update(update_from(8, 1000), other()), 1)
    assert other_done.is_set()
    release.set()
    await asyncio.gather(*burst)
