"""End to end over HTTP: with Quiet mode on, every scheduled message opens neutrally and its preview gives nothing away."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.app import load_content
from bot.practice import quiet_mode
from tests.conftest import OTHER_USER, USER, onboard, start_harness, stop_harness

MONDAY_EVENING = datetime(2026, 11, 23, 19, 5, tzinfo=UTC)
SENDS = ("sendMessage", "sendPhoto", "sendMessageDraft")


@pytest.fixture
async def quiet(fake, clock, database_url):
    """A bot whose library holds the timed breathing practice and one untimed one."""
    content = load_content()
    content = replace(
        content, exercises=tuple(item for item in content.exercises if item.id in ("A01", "A03"))
    )
    running = await start_harness(fake, clock, database_url, [], content=content)
    yield running
    await stop_harness(running)
    assert not running.handler_errors


async def quiet_on(h, user_id: int) -> None:
    await h.command(user_id, "/settings")
    await h.tap(user_id, "Quiet mode: turn on")


async def onboard_avoidant(h, user_id: int) -> None:
    await h.command(user_id, "/start")
    await h.tap(user_id, "Yes, I'm 18 or older")
    await h.tap(user_id, "No")
    await h.tap(user_id, "More avoidant (I pull away)")
    await h.tap(user_id, "Pulling away after a close moment")
    await h.tap(user_id, "Use this")
    await h.say(user_id, "Europe/Berlin")
    await h.tap(user_id, "21:00")


def shown_text(call) -> str:
    """What the phone would show of a send: the parsed text, the caption, or a draft's text."""
    if call.method == "sendMessageDraft":
        return quiet_mode.preview(call.params.get("text") or "")
    return call.result.get("text") or call.result.get("caption") or ""


async def run_the_clock(h, until: datetime) -> list:
    """Tick every 15 minutes up to `until`; the sends the ticks made (the scheduled messages)."""
    scheduled = []
    while h.clock.now() < until:
        h.clock.advance(minutes=15)
        before = len(h.fake.calls)
        await h.tick()
        scheduled += [call for call in h.fake.calls[before:] if call.method in SENDS and call.ok]
    return scheduled


async def test_every_scheduled_message_in_quiet_mode_opens_neutrally(quiet):
    """Check-ins, keep-going, recap (draft, text, chart, ratings), practice timer, held message, five more
    minutes and the safety follow-ups: each starts with the neutral line, and its first 100 characters
    name nothing of the practice."""
    h = quiet
    await onboard(h)
    await onboard_avoidant(h, OTHER_USER)
    await quiet_on(h, USER)
    await quiet_on(h, OTHER_USER)
    h.clock.set(MONDAY_EVENING)
    await h.command(USER, "/exercise")
    while (
        "Start" not in str(h.last_message(USER).reply_markup)
        or "Long-exhale" not in h.last_message(USER).text
    ):
        await h.tap(USER, "Another one")
    await h.tap(USER, "Start")
    for _ in range(3):
        await h.tap(USER, "Next")
    await h.tap(USER, "Start the 5-minute timer")
    await h.command(USER, "/now")
    await h.tap(USER, "10 min")
    await h.say(USER, "Why aren't you answering me??")
    await h.command(OTHER_USER, "/now")
    await h.tap(OTHER_USER, "Stay five more minutes")
    scheduled = await run_the_clock(h, MONDAY_EVENING + timedelta(days=7))
    await h.say(USER, "I want to kill myself")
    scheduled += await run_the_clock(h, h.clock.now() + timedelta(days=11))

    texts = [shown_text(call) for call in scheduled]
    for expected in (
        "Your daily check-in",
        "The last few check-ins went unanswered",
        "How do you feel now?",
        "Still want to send it?",
        "You stayed",
        "Your week",
        "Bars: share of secure choices",
        "Three quick ratings",
        "Checking in after yesterday",
        "How are you now?",
        "I haven't heard back",
    ):
        assert any(expected in text for text in texts), expected
    assert any(call.method == "sendMessageDraft" for call in scheduled)
    for call, text in zip(scheduled, texts):
        assert quiet_mode.is_discreet(text), text[:120]
        if call.method != "sendMessageDraft":
            assert call.params.get("disable_notification") in (True, "true", "True"), text[:120]
