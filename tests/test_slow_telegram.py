"""Telegram answering late: a send whose outcome is unknown is never repeated blindly; duplicates are bounded and counted."""

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
        call.params["chat_id"] for call in fake.calls_to("sendMessage") if call.ok and QUESTION in call.params["text"]
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
