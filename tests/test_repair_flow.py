"""End to end over HTTP: after an old-pattern day the next check-in offers a repair, the user logs it, the recap names it."""

from datetime import UTC, date, datetime, timedelta

from storage import repo
from storage.models import CheckIn
from tests.conftest import USER, onboard

WEDNESDAY_CHECKIN = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)  # 21:00 in Berlin
SUNDAY = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)


async def add_days(h, choices: dict[date, str]) -> None:
    """Answered check-ins with these choices, as if the user had tapped them."""
    async with h.services.sessions() as session:
        for local_date, choice in choices.items():
            session.add(
                CheckIn(
                    user_id=USER,
                    local_date=local_date,
                    stage="done",
                    activated="yes",
                    choice=choice,
                    created_at=h.clock.now(),
                    closes_at=h.clock.now(),
                )
            )
        await session.commit()


async def stored_repairs(h):
    async with h.services.sessions() as session:
        return await repo.repairs_since(session, user_id=USER, since=date(2026, 11, 1))


async def test_repair_after_an_old_pattern_day_is_offered_logged_and_named_in_the_recap(harness):
    """Tuesday went the old way; Wednesday's check-in offers a repair; the logged repair shows in the recap."""
    await onboard(harness)
    await add_days(harness, {date(2026, 11, 23): "secure", date(2026, 11, 24): "old"})
    harness.clock.set(WEDNESDAY_CHECKIN - timedelta(hours=6))
    await harness.tick()  # the missed earlier check-ins make way for Wednesday's
    harness.clock.set(WEDNESDAY_CHECKIN)
    assert (await harness.tick())["sent"] == 1
    await harness.tap(USER, "Repair after yesterday")
    assert "Own your part" in harness.last_message(USER).text
    await harness.tap(USER, "Write it here first")
    await harness.say(USER, "When I went quiet yesterday I felt scared. My part was leaving the room.")
    await harness.tap(USER, "I repaired ✓")
    repairs = await stored_repairs(harness)
    assert [(r.after_date, r.status) for r in repairs] == [(date(2026, 11, 24), "repaired")]
    assert repairs[0].text.startswith("When I went quiet yesterday")
    harness.clock.set(SUNDAY)
    await harness.command(USER, "/recap")
    await harness.tap(USER, "More")
    details = harness.last_message(USER).text
    assert "Repairs: 1 repair" in details and "You repaired after Tuesday." in details


async def test_no_repair_offered_after_a_secure_day(harness):
    """A check-in after a secure day carries no repair button."""
    await onboard(harness)
    await add_days(harness, {date(2026, 11, 24): "secure"})
    harness.clock.set(WEDNESDAY_CHECKIN - timedelta(hours=6))
    await harness.tick()
    harness.clock.set(WEDNESDAY_CHECKIN)
    await harness.tick()
    labels = [b["text"] for row in harness.last_message(USER).reply_markup["inline_keyboard"] for b in row]
    assert labels == ["Yes", "No", "Not sure"]


async def test_repair_command_offers_the_step_any_time(harness):
    """/repair with no recent old-pattern day still shows the three steps and the I-statement template."""
    await onboard(harness)
    await harness.command(USER, "/repair")
    shown = harness.last_message(USER).text
    assert "No old-pattern day to repair" in shown and "Next time I'd like to" in shown


async def test_a_typed_repair_is_kept_on_one_line_without_control_characters(harness):
    """A repair written over several lines, with a stray control character, is kept cleaned like any note."""
    await onboard(harness)
    await harness.command(USER, "/repair")
    await harness.tap(USER, "Write it here first")
    await harness.say(USER, "When I went quiet\nmy part\x00was leaving.")
    [repair] = await stored_repairs(harness)
    assert repair.text == "When I went quiet my part was leaving."


async def test_crisis_words_in_a_repair_get_help_and_are_not_kept(harness):
    """A repair typed in crisis is answered by the crisis screen and is not stored."""
    await onboard(harness)
    await harness.command(USER, "/repair")
    await harness.tap(USER, "Write it here first")
    await harness.say(USER, "I want to kill myself")
    assert any("help" in text.lower() for text in harness.texts(USER)[-3:])
    assert await stored_repairs(harness) == []


async def test_export_and_delete_cover_repairs(harness):
    """/export lists a logged repair; /delete leaves no repair row."""
    await onboard(harness)
    await harness.command(USER, "/repair")
    await harness.tap(USER, "I repaired ✓")
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    assert [row["status"] for row in exported["repairs"]] == ["repaired"]
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    assert await stored_repairs(harness) == []
