"""Telegram answering late: a send whose outcome is unknown is never repeated blindly; duplicates are bounded and counted."""

import asyncio
import signal
from collections import Counter
from datetime import UTC, datetime, timedelta

from storage import repo
from tests.conftest import USER, onboard, start_harness, stop_harness

QUESTION = "Did your pattern activate today?"
USERS = [USER + n for n in range(5)]
DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


def checkins_per_chat(fake) -> Counter:
    """How many check-ins each chat received (the fake carried out every call it recorded as ok)."""
    return Counter(
        call.params["chat_id"]
        for call in fake.calls_to("sendMessage")
        if call.ok and QUESTION in call.params["text"]
    )


async def stored_message_ids(h) -> list:
    ids = []
    for user_id in USERS:
        async with h.services.sessions() as session:
            checkins = await repo.recent_checkins(session, user_id=user_id, limit=1)
        ids.append(checkins[0].message_id if checkins else None)
    return ids


async def test_answers_held_for_seven_seconds_during_a_fan_out_deliver_each_checkin_once(harness):
    """Every sendMessage answered after 7 s: each due user gets one check-in and its message id is stored."""
    for user_id in USERS:
        await onboard(harness, user_id)
    harness.fake.clear()
    harness.fake.hold_answers("sendMessage", 7, times=len(USERS))
    harness.clock.set(DUE + timedelta(seconds=30))
    outcomes = await harness.tick()
    assert outcomes == Counter(sent=len(USERS))
    assert checkins_per_chat(harness.fake) == Counter({user_id: 1 for user_id in USERS})
    assert None not in await stored_message_ids(harness)
    harness.clock.advance(minutes=10)  # past the lease: nothing is left to send
    await harness.tick()
    assert checkins_per_chat(harness.fake) == Counter({user_id: 1 for user_id in USERS})


async def test_a_timed_out_checkin_is_sent_again_once_after_the_lease_and_counted(fake, clock, database_url):
    """Answers slower than the read timeout: no retry at once; one retry after the lease; never a third; /stats counts it."""
    h = await start_harness(fake, clock, database_url, [], telegram_read_timeout=0.5, admin_ids=[USER])
    try:
        await onboard(h)
        fake.clear()
        fake.hold_answers("sendMessage", 1.5, times=2)
        clock.set(DUE + timedelta(seconds=30))
        assert await h.tick() == Counter(unknown=1)
        assert checkins_per_chat(fake)[USER] == 1  # carried out once, not repeated by the pacing layer
        assert len(fake.calls_to("sendMessage")) == 1
        clock.advance(seconds=60)  # within the lease: the row is still held
        assert await h.tick() == Counter()
        clock.advance(seconds=h.settings.claim_lease_seconds)
        assert await h.tick() == Counter(unknown=1)  # the one allowed retry, again unanswered
        clock.advance(seconds=h.settings.claim_lease_seconds + 1)
        assert await h.tick() == Counter(unknown_given_up=1)
        assert checkins_per_chat(fake)[USER] == 2
        fake.clear()
        await h.command(USER, "/stats")
        assert "possibly sent twice (timeouts, crashes), 24 hours: 1" in h.texts(USER)[-1]
        clock.set(DUE + timedelta(days=1, seconds=30))  # the next day's check-in is unaffected
        assert await h.tick() == Counter(sent=1)
    finally:
        await stop_harness(h)
    assert not h.handler_errors


async def test_a_reply_that_times_out_is_not_repeated_and_not_apologised_for(fake, clock, database_url):
    """/help answered after the read timeout: one sendMessage only, and no apology after it."""
    h = await start_harness(fake, clock, database_url, [], telegram_read_timeout=0.5)
    try:
        await onboard(h)
        fake.clear()
        fake.hold_answers("sendMessage", 1.5)
        h.expected_errors = 1
        await h.command(USER, "/help")
        assert len(fake.calls_to("sendMessage")) == 1
        assert not any("Sorry, something went wrong" in text for text in h.texts(USER))
    finally:
        await stop_harness(h)


async def test_a_process_killed_mid_send_under_slow_answers_duplicates_at_most_the_one_in_flight(tmp_path):
    """Answers held 7 s, the bot killed while a check-in is in flight: every user gets theirs, one duplicate at most, counted."""
    from sqlalchemy import text

    from storage.db import create_engine
    from tests.fakebot import FakeBotApi
    from tests.test_processes import checkins, seed_due_users, start_bot, wait_until

    users = 4
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    await seed_due_users(url, users)
    slow = {"SEND_CONCURRENCY": "1", "CLAIM_LEASE_SECONDS": "10", "SEND_RATE_PER_SECOND": "100"}
    async with FakeBotApi() as fake:
        fake.hold_answers("sendMessage", 7, times=100)
        first = start_bot(fake, url, "a", **slow)
        try:
            await wait_until(lambda: len(checkins(fake)) >= 2, timeout=60)  # one answered, one in flight
        finally:
            first.kill()
            first.wait()
        fake.stop_holding()
        second = start_bot(fake, url, "b", **slow)
        try:
            await wait_until(
                lambda: {c.params["chat_id"] for c in checkins(fake)} >= set(range(1, users + 1)), 60
            )
            await asyncio.sleep(1)  # room for a further duplicate, if there were one
        finally:
            second.send_signal(signal.SIGINT)
            second.wait(timeout=30)
    per_chat = Counter(call.params["chat_id"] for call in checkins(fake))
    duplicates = sum(count - 1 for count in per_chat.values())
    assert duplicates <= 1 and max(per_chat.values()) <= 2
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            counted = (
                await connection.execute(
                    text("SELECT count(*) FROM error_events WHERE kind = 'PossibleDuplicate'")
                )
            ).scalar_one()
    finally:
        await engine.dispose()
    assert counted >= duplicates


async def test_rows_whose_lease_lapsed_while_waiting_their_turn_are_left_for_the_next_claim(
    fake, clock, database_url
):
    """One send at a time and a slow answer: the row still waiting after the lease is not sent by this batch."""
    h = await start_harness(fake, clock, database_url, [], send_concurrency=1)
    try:
        await onboard(h, USERS[0])
        await onboard(h, USERS[1])
        fake.clear()
        fake.hold_answers("sendMessage", 1)
        clock.set(DUE + timedelta(seconds=30))
        batch = asyncio.create_task(h.tick())
        await fake.wait_for("sendMessage", lambda call: QUESTION in call.params["text"])
        clock.advance(seconds=h.settings.claim_lease_seconds)  # the lease runs out during the slow send
        assert await batch == Counter(sent=1, lease_lapsed=1)
        assert sum(checkins_per_chat(fake).values()) == 1
        assert await h.tick() == Counter(sent=1)  # the next claim sends the other one
        assert checkins_per_chat(fake) == Counter({USERS[0]: 1, USERS[1]: 1})
    finally:
        await stop_harness(h)
    assert not h.handler_errors
