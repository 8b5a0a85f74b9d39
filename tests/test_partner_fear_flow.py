"""End to end over HTTP: after the partner-fear answer no tagged exercise is offered in a week of use."""

from datetime import UTC, datetime, timedelta

from storage import repo
from tests.conftest import USER

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def onboard_afraid(h) -> None:
    """Onboarding with Yes to the partner-fear question."""
    await h.command(USER, "/start")
    await h.tap(USER, "Yes, I'm 18 or older")
    await h.tap(USER, "Yes, sometimes")
    await h.tap(USER, "More anxious (I chase reassurance)")
    await h.tap(USER, "Spiralling into worst-case thoughts")
    await h.tap(USER, "Use this")
    await h.say(USER, "Europe/Berlin")
    await h.tap(USER, "21:00")


async def test_partner_fear_answer_says_once_what_changed_and_how_to_undo_it(harness):
    """The answer to the partner-fear question says which practices are off and how to turn them back on."""
    await onboard_afraid(harness)
    shown = [message.text for message in harness.fake.messages[USER].values()]
    said = [text for text in shown if "switched off every practice" in text]
    assert len(said) == 1 and "/settings" in said[0] and "phone away" in said[0]


async def test_a_week_of_use_offers_no_tagged_exercise(harness):
    """A week of check-ins (hard ones, with their practice offers) and /exercise swaps: nothing tagged is offered."""
    await onboard_afraid(harness)
    for day in range(7):
        harness.clock.set(DUE + timedelta(days=day))
        await harness.tick()
        await harness.tap(USER, "Yes")
        await harness.tap(USER, "The old pattern")
        await harness.tap(USER, "5")
        await harness.tap(USER, "Skip")
        await harness.tap(USER, "Calm your body first")
        await harness.command(USER, "/exercise")
        for _ in range(3):
            await harness.tap(USER, "Another one")
    async with harness.services.sessions() as session:
        offered = await repo.recent_practices(session, user_id=USER)
    assert len(offered) >= 20
    assert not any(harness.services.content.exercise(row.exercise_id).tags for row in offered)
