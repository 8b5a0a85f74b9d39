"""End to end over HTTP: the check-in's pattern picker, asked only with several plans, answers kept per pattern."""

from datetime import UTC, datetime

from storage import repo
from tests.conftest import OTHER_USER, USER, onboard
from tests.test_moments_flow import AFTERNOON, active_plans, add_second_pattern

EVENING = datetime(2026, 11, 24, 20, 0, tzinfo=UTC)


def buttons(message) -> list[str]:
    return [
        button["text"] for row in (message.reply_markup or {}).get("inline_keyboard", []) for button in row
    ]


async def evening_check_in(h) -> None:
    """Tuesday's 21:00 check-in arrives (Monday's, missed, made way for it)."""
    h.clock.set(AFTERNOON)
    await h.tick()
    h.clock.set(EVENING)
    assert (await h.tick())["sent"] >= 1


async def test_one_pattern_sees_the_check_in_as_always(harness):
    """With one plan, "Yes" goes straight to "What did you choose?" with the three usual answers."""
    await onboard(harness)
    await evening_check_in(harness)
    card = harness.last_message(USER)
    assert "Did your pattern activate today?" in card.text
    assert buttons(card)[:3] == ["Yes", "No", "Not sure"]
    await harness.tap(USER, "Yes")
    card = harness.last_message(USER)
    assert "What did you choose?" in card.text and "Which pattern" not in card.text
    assert buttons(card) == ["The secure response", "The old pattern", "Some of both"]


async def test_two_patterns_are_picked_in_the_same_message_and_the_answer_lands_on_that_one(harness):
    """With two plans, "Yes" edits the one card into a picker; the choice is kept against the picked pattern."""
    await onboard(harness)
    await add_second_pattern(harness)
    first, second = await active_plans(harness)
    harness.clock.set(AFTERNOON)
    await harness.tick()
    for label in ("Checking my phone again and again when…", "I send message after message"):
        await harness.command(USER, "/now")
        await harness.tap(USER, label)
        await harness.tap(USER, "I'm okay for now")
    harness.clock.set(EVENING)
    assert (await harness.tick())["sent"] == 1
    card = harness.last_message(USER)
    assert "Which pattern was it?" in card.text
    assert buttons(card) == [
        "Checking my phone again and again when…",
        "I send message after message",
        "Back",
    ]
    await harness.tap(USER, "I send message after message")
    edited = harness.last_message(USER)
    assert edited.message_id == card.message_id
    assert "Pattern: I send message after message" in edited.text and "What did you choose?" in edited.text
    await harness.tap(USER, "The secure response")
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=AFTERNOON.date())
        moments = await repo.moments_between(
            session, user_id=USER, start=AFTERNOON.date(), end=AFTERNOON.date()
        )
    assert (checkin.plan_id, checkin.choice) == (second.id, "secure")
    assert {moment.plan_id: moment.choice for moment in moments} == {first.id: None, second.id: "secure"}


async def test_without_moments_two_patterns_ask_yes_then_which_one(harness):
    """A plain evening with two plans asks the usual question first, then the picker, then the choice."""
    await onboard(harness)
    await add_second_pattern(harness)
    await evening_check_in(harness)
    assert "Did your pattern activate today?" in harness.last_message(USER).text
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "Checking my phone again and again when…")
    await harness.tap(USER, "Some of both")
    first, _ = await active_plans(harness)
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=AFTERNOON.date())
    assert (checkin.plan_id, checkin.choice, checkin.stage) == (first.id, "both", "intensity")


async def test_a_forged_pick_of_another_users_plan_changes_nothing(harness):
    """A picker tap naming someone else's plan is refused and the card stays at the picker."""
    await onboard(harness)
    await onboard(harness, OTHER_USER)
    await add_second_pattern(harness)
    async with harness.services.sessions() as session:
        theirs = (await repo.active_plans(session, user_id=OTHER_USER))[0]
    await evening_check_in(harness)
    await harness.tap(USER, "Yes")
    stored, data = harness.find_button(USER, "I send message after message")
    forged = data.rsplit(":", 1)[0] + f":{theirs.id}"
    await harness.tap_data(USER, stored, forged)
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=AFTERNOON.date())
    assert (checkin.stage, checkin.plan_id) == ("pattern", None)


async def test_back_from_the_picker_asks_the_first_question_again(harness):
    """A mis-tapped "Yes" is undone from the picker: "Back" brings "Did your pattern activate today?" again."""
    await onboard(harness)
    await add_second_pattern(harness)
    await evening_check_in(harness)
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "Back")
    card = harness.last_message(USER)
    assert "Did your pattern activate today?" in card.text
    assert buttons(card)[:3] == ["Yes", "No", "Not sure"]
