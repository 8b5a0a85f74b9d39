"""End to end over HTTP: the exercise ladder's safeguards hold on every button of a card, not only /exercise."""

from storage import repo
from tests.conftest import USER, onboard


async def offered(h):
    """The exercises offered so far, oldest first."""
    async with h.services.sessions() as session:
        rows = await repo.recent_practices(session, user_id=USER)
    return [h.services.content.exercise(row.exercise_id) for row in reversed(rows)]


async def test_a_cards_buttons_respect_a_safety_pause(harness):
    """A card offered before a crisis: its Another one and A bigger step give only a level-1 calming practice."""
    await onboard(harness)
    await harness.command(USER, "/exercise")
    await harness.say(USER, "I want to kill myself")
    await harness.tap(USER, "A bigger step")
    chosen = (await offered(harness))[-1]
    assert chosen.level == 1 and chosen.purpose == "soothe" and not chosen.partner
    await harness.tap(USER, "Another one")
    chosen = (await offered(harness))[-1]
    assert chosen.level == 1 and chosen.purpose == "soothe" and chosen.id not in ("B07", "B08")


async def test_a_bigger_step_in_the_first_two_weeks_stays_at_level_one(harness):
    """In the first two weeks a bigger step offers another level-1 practice, never level 2 or 3."""
    await onboard(harness)
    await harness.command(USER, "/exercise")
    for _ in range(5):
        await harness.tap(USER, "A bigger step")
    assert {exercise.level for exercise in await offered(harness)} == {1}


async def test_after_two_weeks_a_bigger_step_climbs_one_rung(harness):
    """After two weeks, a bigger step from a level-1 card offers at most level 2."""
    await onboard(harness)
    harness.clock.advance(days=15)
    await harness.command(USER, "/exercise")
    first = (await offered(harness))[-1]
    await harness.tap(USER, "A bigger step")
    assert (await offered(harness))[-1].level <= first.level + 1
