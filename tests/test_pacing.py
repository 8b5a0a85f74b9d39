"""Pacing per chat: a 429 for one chat holds that chat only; only a bot-wide 429 holds everyone; bursts are coalesced."""

import asyncio
from datetime import UTC, datetime

import pytest
from telegram import Update
from telegram.error import RetryAfter

from bot.pacing import PacedRetryingLimiter
from bot.practice.free_text import CHOOSE
from tests.conftest import OTHER_USER, USER, _update_ids, onboard, start_harness, stop_harness
from tests.fakebot import updates

POINTER = CHOOSE


async def through_the_update_processor(h, update: dict) -> None:
    """Deliver an update the way the running Application does: through its per-user update processor."""
    update.setdefault("update_id", next(_update_ids))
    parsed = Update.de_json(update, h.app.bot)
    await h.app.update_processor.process_update(parsed, h.app.process_update(parsed))


async def test_one_users_150_messages_under_flood_control_do_not_delay_another_user(
    fake, clock, database_url
):
    """User A floods (150 texts, a 429 with retry_after 4 s on their chat): user B's /help is answered within 2 s."""
    h = await start_harness(fake, clock, database_url, [], real_sleep=True)
    try:
        await onboard(h, USER)
        await onboard(h, OTHER_USER)
        fake.clear()
        fake.flood_chat(USER, retry_after=4)
        burst = [
            asyncio.create_task(
                through_the_update_processor(h, updates.text_message(USER, f"quick message {n}"))
            )
            for n in range(150)
        ]
        while not any(call.status == 429 for call in fake.calls):
            await asyncio.sleep(0.01)
        loop = asyncio.get_running_loop()
        started = loop.time()
        await through_the_update_processor(h, updates.command(OTHER_USER, "/help"))
        assert loop.time() - started < 2.0
        await asyncio.gather(*burst)
        # The burst was answered, once: the held reply, and nothing for the other 149.
        assert sum(POINTER in text for text in fake.sent_texts(USER)) == 1
    finally:
        await stop_harness(h)
    assert not h.handler_errors


class GatedSleep:
    """A sleep that lasts until the test releases it, so holds can be observed while they last."""

    def __init__(self):
        self.released = asyncio.Event()
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        await self.released.wait()


def sender(flooded: set[int]):
    """A Bot API call that answers 429 once for each chat in `flooded`, then succeeds."""

    async def call(chat_id: int) -> str:
        if chat_id in flooded:
            flooded.discard(chat_id)
            raise RetryAfter(9)
        return f"sent to {chat_id}"

    return call


async def send(limiter, call, chat_id: int):
    return await limiter.process_request(call, (chat_id,), {}, "sendMessage", {"chat_id": chat_id}, None)


async def finishes_soon(awaitable) -> bool:
    task = asyncio.ensure_future(awaitable)
    done, _ = await asyncio.wait({task}, timeout=0.2)
    if not done:
        task.cancel()
    return bool(done)


async def test_a_429_for_one_chat_holds_that_chat_only():
    """While chat 1 waits out its 429, a send to chat 2 goes straight through."""
    sleep = GatedSleep()
    limiter = PacedRetryingLimiter(rate_per_second=1000, sleep=sleep)
    call = sender({1})
    held = asyncio.create_task(send(limiter, call, 1))
    while not sleep.waits:
        await asyncio.sleep(0)
    assert await finishes_soon(send(limiter, call, 2))
    assert not held.done()
    sleep.released.set()
    assert await held == "sent to 1"


async def test_429s_on_several_chats_at_once_hold_every_chat():
    """429s on three chats within seconds are Telegram's limit for the whole bot: a fourth chat waits too."""
    sleep = GatedSleep()
    limiter = PacedRetryingLimiter(rate_per_second=1000, sleep=sleep)
    call = sender({1, 2, 3})
    held = [asyncio.create_task(send(limiter, call, chat)) for chat in (1, 2, 3)]
    while len(sleep.waits) < 3:
        await asyncio.sleep(0)
    assert not await finishes_soon(send(limiter, call, 4))
    sleep.released.set()
    assert await send(limiter, call, 4) == "sent to 4"
    assert [await task for task in held] == ["sent to 1", "sent to 2", "sent to 3"]


PAID_DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin, the onboarded check-in time


def paid_flag(call) -> bool:
    return call.params.get("allow_paid_broadcast") in (True, "true")


@pytest.mark.parametrize("paid", [True, False])
async def test_paid_broadcast_marks_scheduled_sends_only(fake, clock, database_url, paid):
    """With PAID_BROADCAST the scheduled check-in carries allow_paid_broadcast and replies do not; without it nothing does."""
    h = await start_harness(fake, clock, database_url, [], paid_broadcast=paid)
    try:
        await onboard(h, USER)
        replies = [call for call in fake.calls_to("sendMessage") if call.ok]
        h.clock.set(PAID_DUE)
        assert (await h.tick())["sent"] == 1
        scheduled = [call for call in fake.calls_to("sendMessage") if call.ok][len(replies) :]
        assert replies and not any(paid_flag(call) for call in replies)
        assert len(scheduled) == 1 and paid_flag(scheduled[0]) is paid
    finally:
        await stop_harness(h)
    assert not h.handler_errors
