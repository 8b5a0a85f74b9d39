"""End to end over HTTP: /recap streamed as drafts then one message and a chart, the scheduled recap, ratings, /progress."""

from datetime import UTC, date, datetime, timedelta

from storage import repo
from storage.models import CheckIn
from tests.conftest import USER, onboard, start_harness, stop_harness

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SUNDAY_RECAP = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)  # Sunday 19:00 in Berlin


async def add_week(h, end: date, choices: list[str | None]) -> None:
    """Answered check-ins for the days before `end`, one per choice ("secure", "old", "both", None = no)."""
    async with h.services.sessions() as session:
        for offset, choice in enumerate(reversed(choices)):
            local_date = end - timedelta(days=offset)
            session.add(
                CheckIn(
                    user_id=USER,
                    local_date=local_date,
                    stage="done",
                    activated="yes" if choice else "no",
                    choice=choice,
                    created_at=h.clock.now(),
                    closes_at=h.clock.now(),
                )
            )
        await session.commit()


def draft_texts(h) -> list[str]:
    return [call.params["text"] for call in h.fake.calls_to("sendMessageDraft") if call.ok]


async def test_recap_streams_drafts_then_one_message_and_a_chart(harness):
    """/recap shows typing, grows as drafts, is sent once as a message, then a PNG chart and the ratings."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 22), ["secure", "old", "secure", None, "both", "secure", "old"])
    await add_week(harness, date(2026, 11, 15), ["old", "old", None, "secure", None, None, "old"])
    harness.fake.clear()
    await harness.command(USER, "/recap")
    assert harness.fake.calls_to("sendChatAction")[0].params["action"] == "typing"
    drafts = draft_texts(harness)
    assert len(drafts) >= 3 and all(len(a) < len(b) for a, b in zip(drafts, drafts[1:]))
    messages = [call for call in harness.fake.calls_to("sendMessage") if call.ok]
    recap_text = messages[0].params["text"]
    assert recap_text == harness.fake.calls_to("sendMessageDraft")[-1].params["text"]
    assert "Not therapy" in recap_text
    photo = harness.fake.calls_to("sendPhoto")[0]
    assert photo.ok and next(iter(photo.files.values())).startswith(PNG_SIGNATURE)
    assert "Three quick ratings" in messages[-1].params["text"]


async def test_refused_drafts_fall_back_to_one_plain_message(harness):
    """When the Bot API refuses drafts, the recap arrives as one message, nothing twice, no error."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 22), ["secure", "secure", "old"])
    harness.fake.refuse_method("sendMessageDraft")
    harness.fake.clear()
    await harness.command(USER, "/recap")
    recaps = [
        call
        for call in harness.fake.calls_to("sendMessage")
        if call.ok and "Not therapy" in call.params["text"]
    ]
    assert len(recaps) == 1
    assert not draft_texts(harness)


async def test_scheduled_recap_fires_once_on_sunday_evening(harness):
    """The weekly recap goes out at Sunday 19:00 local, once, even when ticks repeat."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 29), ["secure", "old", "secure"])
    harness.clock.set(SUNDAY_RECAP - timedelta(seconds=1))
    await harness.tick()
    assert not harness.fake.calls_to("sendPhoto")
    harness.clock.set(SUNDAY_RECAP)
    assert (await harness.tick())["sent"] >= 1
    harness.clock.set(SUNDAY_RECAP + timedelta(minutes=5))
    await harness.tick()
    assert len(harness.fake.calls_to("sendPhoto")) == 1
    async with harness.services.sessions() as session:
        next_row = await repo.get_due(session, user_id=USER, kind="recap")
    assert next_row.due_at == SUNDAY_RECAP + timedelta(days=7)


async def test_scheduled_recap_survives_a_restart_and_is_not_repeated(harness, fake, clock, database_url):
    """Down at 19:00, back at 21:00: the recap is sent once; a second process start sends nothing more."""
    await onboard(harness)
    await stop_harness(harness)
    clock.set(SUNDAY_RECAP + timedelta(hours=2))
    restarted = await start_harness(fake, clock, database_url, [])
    try:
        await restarted.tick()
        await restarted.tick()
    finally:
        await stop_harness(restarted)
    again = await start_harness(fake, clock, database_url, [])
    try:
        clock.set(SUNDAY_RECAP + timedelta(hours=2, minutes=30))
        await again.tick()
    finally:
        await stop_harness(again)
    assert len(fake.calls_to("sendPhoto")) == 1
    assert not restarted.handler_errors and not again.handler_errors


async def test_capacity_ratings_are_recorded_and_skippable(harness):
    """Rating 4, skipping one, rating 2 stores two ratings for the week and thanks the user."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 22), ["secure", "secure", "old"])
    await harness.command(USER, "/recap")
    await harness.tap(USER, "4")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "2")
    async with harness.services.sessions() as session:
        ratings = await repo.capacity_ratings(session, user_id=USER)
    assert sorted((r.capacity, r.rating) for r in ratings) == [("closeness", 2), ("regulation", 4)]
    assert any("/progress shows it" in m.text for m in harness.fake.messages[USER].values())
    assert "steady presence" in harness.last_message(USER).text


async def test_progress_shows_score_capacities_and_chart(harness):
    """/progress sends the score, the latest capacity ratings and a PNG of all weeks."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 22), ["secure", "old", "both"])
    await add_week(harness, date(2026, 11, 8), ["old", "secure"])
    await harness.command(USER, "/recap")
    await harness.tap(USER, "3")
    await harness.command(USER, "/progress")
    text = [t for t in harness.texts(USER) if t.startswith("Your practice so far")][-1]
    assert "Your practice line:" in text and "of 100" in text
    assert "Calming yourself: 3/5" in text and "not a verdict" in text
    assert harness.fake.calls_to("sendPhoto")[-1].ok


async def test_recap_day_can_move_to_monday_morning_at_onboarding(harness):
    """The closing step's "Recap Monday 08:00" moves the weekly recap due row."""
    await onboard(harness)
    await harness.tap(USER, "Recap Monday 08:00")
    async with harness.services.sessions() as session:
        row = await repo.get_due(session, user_id=USER, kind="recap")
    assert row.due_at == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # Monday 08:00 Berlin


async def answer_scheduled_checkin(h, choice_label: str = "The secure response") -> None:
    """Run the tick that sends the check-in, then answer it: Yes, a choice, skip intensity and note."""
    assert (await h.tick())["sent"] == 1
    await h.tap(USER, "Yes")
    await h.tap(USER, choice_label)
    await h.tap(USER, "Skip")
    await h.tap(USER, "Skip")


async def test_eight_days_sunday_to_sunday_make_a_seven_day_recap(harness):
    """Joined on a Sunday, answering at 21:00 for eight days: the second Sunday's recap counts seven check-ins."""
    harness.clock.set(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))  # Sunday 10:00 Berlin
    await onboard(harness)
    for offset in range(8):
        evening = datetime(2026, 11, 22, 20, 0, tzinfo=UTC) + timedelta(days=offset)  # 21:00 Berlin
        if offset in (0, 7):
            harness.clock.set(evening - timedelta(hours=2))  # the Sunday recap at 19:00
            harness.fake.clear()
            assert (await harness.tick())["sent"] == 1
        harness.clock.set(evening)
        await answer_scheduled_checkin(harness)
        if offset == 0:
            assert not harness.fake.calls_to("sendPhoto")  # the joining day: a welcome line, no chart
    recaps = [t for t in harness.texts(USER) if "Not therapy" in t]
    assert len(recaps) == 1
    assert "7 check-ins · 7 secure choices" in recaps[0]
    assert "22–28 November" in recaps[0]
    assert len([call for call in harness.fake.calls_to("sendPhoto") if call.ok]) == 1


async def test_a_user_who_joins_on_saturday_gets_no_sunday_recap_with_a_chart(harness):
    """Joined Saturday: the Sunday 19:00 recap is one short welcome line, with no numbers and no chart."""
    harness.clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))  # Saturday 10:00 Berlin
    await onboard(harness)
    harness.clock.set(SUNDAY_RECAP)
    harness.fake.clear()
    assert (await harness.tick())["sent"] == 1
    assert not harness.fake.calls_to("sendPhoto")
    sent = [call.params["text"] for call in harness.fake.calls_to("sendMessage") if call.ok]
    assert len(sent) == 1 and "Welcome" in sent[0] and "Check-ins" not in sent[0]


async def test_more_shows_the_numbers_and_the_score_behind_the_short_recap(harness):
    """The recap fits one screen; More sends the numbers, the practice score and the comparison."""
    await onboard(harness)
    await add_week(harness, date(2026, 11, 22), ["secure", "old", "secure", None, "both", "secure", "old"])
    await add_week(harness, date(2026, 11, 15), ["old", "old", None, "secure", None, None, "old"])
    await harness.command(USER, "/recap")
    recap = [t for t in harness.texts(USER) if "Not therapy" in t][-1]
    assert len(recap) < 700 and "of 100" not in recap and "Your practice line:" in recap
    await harness.tap(USER, "More")
    details = harness.texts(USER)[-1]
    assert "Check-ins answered:" in details and "Practice score:" in details and "of 100" in details
