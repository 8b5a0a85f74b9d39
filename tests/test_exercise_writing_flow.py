"""End to end over HTTP: an exercise step that takes writing waits for it, screens it, and keeps or lets it go as it said."""

from dataclasses import replace

import pytest

from bot.app import load_content
from bot.practice.exercise_card import WRITING_HEARD
from storage import repo
from tests.conftest import USER, onboard, start_harness, stop_harness


def only(exercise_id: str):
    """The shipped content with one exercise, made level 1 so a new user is offered it."""
    content = load_content()
    exercise = replace(content.exercise(exercise_id), level=1, timer_minutes=None)
    return replace(content, exercises=(exercise,))


async def harness_with(fake, clock, database_url, exercise_id):
    return await start_harness(fake, clock, database_url, [], content=only(exercise_id))


async def practice_row(h):
    async with h.services.sessions() as session:
        [row] = await repo.recent_practices(session, user_id=USER)
    return row


@pytest.fixture
async def keeping(fake, clock, database_url):
    """A bot whose only exercise (A09) keeps what its first step takes."""
    running = await harness_with(fake, clock, database_url, "A09")
    yield running
    await stop_harness(running)
    assert not running.handler_errors


@pytest.fixture
async def letting_go(fake, clock, database_url):
    """A bot whose only exercise (A06) reads what its first step takes and lets it go."""
    running = await harness_with(fake, clock, database_url, "A06")
    yield running
    await stop_harness(running)
    assert not running.handler_errors


async def test_a_writing_step_keeps_the_text_with_the_practice(keeping):
    """A09's first step says it keeps the text; what is typed is stored with the practice and acknowledged."""
    await onboard(keeping)
    await keeping.command(USER, "/exercise")
    await keeping.tap(USER, "Start")
    assert "I'll keep it with this practice" in keeping.last_message(USER).text
    await keeping.say(USER, "the wedding seating plan")
    assert any(line in keeping.texts(USER)[-1] for line in WRITING_HEARD["keep"])
    assert (await practice_row(keeping)).written == "Step 1: the wedding seating plan"
    await keeping.tap(USER, "Next")
    assert "Pick a worry time" in keeping.last_message(USER).text


async def test_a_writing_step_that_lets_go_keeps_nothing(letting_go):
    """A06's first step says it will not keep the text; what is typed is acknowledged and not stored."""
    await onboard(letting_go)
    await letting_go.command(USER, "/exercise")
    await letting_go.tap(USER, "Start")
    assert "not keep it" in letting_go.last_message(USER).text
    await letting_go.say(USER, "why haven't you answered me")
    assert any(line in letting_go.texts(USER)[-1] for line in WRITING_HEARD["discard"])
    assert (await practice_row(letting_go)).written is None


async def test_a_crisis_in_a_writing_step_is_answered_first(keeping):
    """Text at a writing step is screened: a crisis gets the help lines, and the step stops listening."""
    await onboard(keeping)
    await keeping.command(USER, "/exercise")
    await keeping.tap(USER, "Start")
    await keeping.say(USER, "I want to kill myself")
    assert "deserve support from a real person" in keeping.texts(USER)[-1]
    await keeping.say(USER, "sorry")
    row = await practice_row(keeping)
    assert "sorry" not in (row.written or "")


async def test_after_the_step_text_is_conversation_again(keeping):
    """Once a card's button moves on from the writing step, typed text gets the ordinary answer."""
    await onboard(keeping)
    await keeping.command(USER, "/exercise")
    await keeping.tap(USER, "Start")
    await keeping.tap(USER, "Next")
    await keeping.say(USER, "just thinking")
    assert (await practice_row(keeping)).written is None
    assert "What would help with it?" in keeping.texts(USER)[-1]
