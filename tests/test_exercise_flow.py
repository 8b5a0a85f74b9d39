"""End to end over HTTP: /exercise offers, steps, feelings, timed follow-ups across a restart, offers after check-ins."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.app import load_content
from storage import repo
from tests.conftest import USER, onboard, start_harness, stop_harness

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


def library_of(*ids: str):
    """The shipped content with the exercise library cut down to these ids."""
    content = load_content()
    return replace(content, exercises=tuple(item for item in content.exercises if item.id in ids))


async def practices(h, user_id=USER):
    async with h.services.sessions() as session:
        return await repo.recent_practices(session, user_id=user_id)


@pytest.fixture
async def untimed(fake, clock, database_url):
    """A bot whose library holds two untimed level-1 anxious exercises."""
    running = await start_harness(fake, clock, database_url, [], content=library_of("A03", "A04"))
    yield running
    await stop_harness(running)
    assert not running.handler_errors


@pytest.fixture
async def timed(fake, clock, database_url):
    """A bot whose library holds only the five-minute breathing practice (and a soothing alternative)."""
    running = await start_harness(fake, clock, database_url, [], content=library_of("A01"))
    yield running
    await stop_harness(running)
    assert not running.handler_errors


async def walk_steps(h, user_id=USER):
    """Tap Next until the last step's button appears."""
    while True:
        labels = [
            button["text"]
            for row in h.last_message(user_id).reply_markup["inline_keyboard"]
            for button in row
        ]
        if "Next" not in labels:
            return labels
        await h.tap(user_id, "Next")


async def test_exercise_offer_shows_title_minutes_and_first_step(harness):
    """/exercise shows one card with the title, minutes and first step, and the choice buttons."""
    await onboard(harness)
    await harness.command(USER, "/exercise")
    card = harness.last_message(USER)
    assert " min" in card.text.split("\n")[0] and "Why:" in card.text
    labels = [button["text"] for row in card.reply_markup["inline_keyboard"] for button in row]
    assert {"Start", "Another one", "Not now"} <= set(labels)
    [offered] = await practices(harness)
    exercise = harness.services.content.exercise(offered.exercise_id)
    assert exercise.title in card.text and exercise.direction in ("anxious", "both") and exercise.level == 1
    assert offered.status == "offered"


async def test_start_steps_done_and_feeling_are_recorded(untimed):
    """Start walks the steps in one edited message, Done asks how they feel, Calmer is recorded."""
    await onboard(untimed)
    await untimed.command(USER, "/exercise")
    card_id = untimed.last_message(USER).message_id
    await untimed.tap(USER, "Start")
    assert "step 1 of" in untimed.fake.message(USER, card_id).text
    assert "Done" in await walk_steps(untimed)
    await untimed.tap(USER, "Done")
    assert "How do you feel now?" in untimed.fake.message(USER, card_id).text
    await untimed.tap(USER, "Calmer")
    [practice] = await practices(untimed)
    assert (practice.status, practice.feeling) == ("felt", "calmer")
    assert practice.started_at is not None and practice.completed_at is not None
    assert "Glad it helped" in untimed.texts(USER)[-1]


async def test_another_one_records_the_skip_and_offers_a_different_one(untimed):
    """Another one marks the first offer skipped and edits the card to a different exercise."""
    await onboard(untimed)
    await untimed.command(USER, "/exercise")
    await untimed.tap(USER, "Another one")
    second, first = await practices(untimed)
    assert first.status == "skipped" and second.status == "offered"
    assert first.exercise_id != second.exercise_id


async def test_not_now_is_recorded(untimed):
    """Not now closes the offer kindly and records it."""
    await onboard(untimed)
    await untimed.command(USER, "/exercise")
    await untimed.tap(USER, "Not now")
    assert (await practices(untimed))[0].status == "not_now"
    assert "whenever you need it" in untimed.last_message(USER).text


async def test_double_tap_on_start_starts_once(untimed):
    """A second Start on the same card changes nothing and says so."""
    await onboard(untimed)
    await untimed.command(USER, "/exercise")
    stored, data = untimed.find_button(USER, "Start")
    markup = dict(stored.reply_markup)
    await untimed.tap_data(USER, stored, data)
    stored.reply_markup = markup
    query_id = await untimed.tap_data(USER, stored, data)
    answer = [
        c for c in untimed.fake.calls_to("answerCallbackQuery") if c.params["callback_query_id"] == query_id
    ]
    assert answer[0].params["text"] == "Already done ✓"
    assert (await practices(untimed))[0].step_index == 0


async def test_worse_gets_a_gentle_next_step_and_sos_once(untimed):
    """Worse is met kindly, mentions /sos once, and offers a different soothing practice."""
    await onboard(untimed)
    await untimed.command(USER, "/exercise")
    await untimed.tap(USER, "Start")
    await walk_steps(untimed)
    await untimed.tap(USER, "Done")
    await untimed.tap(USER, "Worse")
    reply = untimed.texts(USER)[-1]
    assert reply.count("/sos") == 1 and "says nothing about you" in reply
    first = (await practices(untimed))[0]
    await untimed.tap(USER, "Try a gentler practice")
    newest = (await practices(untimed))[0]
    assert newest.reason == "after_worse" and newest.exercise_id != first.exercise_id


async def test_timed_practice_asks_after_the_timer_from_a_due_row(timed):
    """Breathing starts a five-minute timer; the feeling question comes from a due row when it ends."""
    await onboard(timed)
    timed.clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    await timed.command(USER, "/exercise")
    await timed.tap(USER, "Start")
    assert "Start the 5-minute timer" in await walk_steps(timed)
    await timed.tap(USER, "Start the 5-minute timer")
    assert "timer running" in timed.last_message(USER).text
    timed.clock.advance(minutes=4)
    assert not await timed.tick()
    timed.clock.advance(minutes=1)
    assert (await timed.tick())["sent"] == 1
    assert "How do you feel now?" in timed.texts(USER)[-1]
    await timed.tap(USER, "About the same")
    assert (await practices(timed))[0].feeling == "same"
    async with timed.services.sessions() as session:
        assert await repo.get_due(session, user_id=USER, kind="exercise_followup", ref_id=1) is None


async def test_restart_between_start_and_follow_up_still_delivers_it(timed, fake, clock, database_url):
    """The bot restarts while the timer runs; the restarted bot still asks how it went."""
    await onboard(timed)
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    await timed.command(USER, "/exercise")
    await timed.tap(USER, "Start")
    await walk_steps(timed)
    await timed.tap(USER, "Start the 5-minute timer")
    await stop_harness(timed)
    clock.advance(minutes=6)
    restarted = await start_harness(fake, clock, database_url, [], content=library_of("A01"))
    try:
        assert (await restarted.tick())["sent"] == 1
        await restarted.tap(USER, "Calmer")
        assert (await practices(restarted))[0].feeling == "calmer"
    finally:
        await stop_harness(restarted)
    assert not restarted.handler_errors


async def test_old_pattern_checkin_offers_a_debrief_or_soothing_practice(harness):
    """After "the old pattern", the closing reply carries a practice button for a debrief or soothing."""
    await onboard(harness)
    harness.clock.set(DUE)
    await harness.tick()
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The old pattern")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Try a short practice")
    [offered] = await practices(harness)
    assert offered.reason == "after_old_pattern"
    assert harness.services.content.exercise(offered.exercise_id).purpose in ("debrief", "soothe")


async def test_strong_secure_choice_offers_consolidation(harness):
    """A secure choice under a strong pull (4 or 5) offers a short what-helped practice."""
    await onboard(harness)
    harness.clock.set(DUE)
    await harness.tick()
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The secure response")
    await harness.tap(USER, "5")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Notice what helped (1 min)")
    [offered] = await practices(harness)
    assert harness.services.content.exercise(offered.exercise_id).purpose == "consolidation"


async def test_partner_exercise_offers_not_with_this_person(fake, clock, database_url):
    """A partner-involving card has "Not with this person", which records it and offers a non-partner one."""
    content = library_of("B03", "B01")
    # B03 is a level-2 practice; made level 1 here so a new user can be offered it.
    content = replace(content, exercises=tuple(replace(item, level=1) for item in content.exercises))
    running = await start_harness(fake, clock, database_url, [], content=content)
    try:
        await running.command(USER, "/start")
        await running.tap(USER, "Yes, I'm 18 or older")
        await running.tap(USER, "No")
        await running.tap(USER, "More avoidant (I pull away)")
        for _ in range(6):
            await running.command(USER, "/exercise")
            if "Not with this person" in str(running.last_message(USER).reply_markup):
                break
        await running.tap(USER, "Not with this person")
        newest, declined = (await practices(running))[:2]
        assert declined.status == "not_with_person" and declined.exercise_id == "B03"
        assert newest.exercise_id == "B01"
    finally:
        await stop_harness(running)
    assert not running.handler_errors


async def test_user_afraid_of_partner_never_gets_partner_exercises(harness):
    """With partner_feels_unsafe set, twenty offers include no partner-involving exercise."""
    await onboard(harness)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.direction, user.partner_feels_unsafe = "avoidant", True
        await repo.save(session, user)
    for _ in range(20):
        await harness.command(USER, "/exercise")
        await harness.tap(USER, "Not now")
    offered = {p.exercise_id for p in await practices(harness)}
    assert offered and not any(harness.services.content.exercise(i).partner for i in offered)


async def test_exercise_before_direction_asks_it_in_one_tap(harness):
    """A user who stopped onboarding before choosing a direction picks it in one tap, then gets a card."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.command(USER, "/exercise")
    assert "which way do you tend to lean" in harness.texts(USER)[-1]
    await harness.tap(USER, "More avoidant (I pull away)")
    assert "Start" in str(harness.last_message(USER).reply_markup)
    async with harness.services.sessions() as session:
        assert (await repo.get_user(session, user_id=USER)).direction == "avoidant"


async def test_forged_practice_button_is_refused(harness):
    """A button for someone else's (or no) practice is answered "closed" and changes nothing."""
    await onboard(harness)
    await harness.command(USER, "/exercise")
    stored, _ = harness.find_button(USER, "Start")
    query_id = await harness.tap_data(USER, stored, "ex:999:s")
    answer = [
        c for c in harness.fake.calls_to("answerCallbackQuery") if c.params["callback_query_id"] == query_id
    ]
    assert answer[0].params["text"] == "This practice is closed."
    assert (await practices(harness))[0].status == "offered"


async def test_a_strong_pull_on_an_old_pattern_evening_offers_a_calming_practice(harness):
    """Old pattern at intensity 5: the reply offers "Calm your body first", and the practice offered soothes."""
    await onboard(harness)
    harness.clock.set(datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
    assert (await harness.tick())["sent"] == 1
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The old pattern")
    await harness.tap(USER, "5")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Calm your body first")
    soothing = {e.title for e in harness.services.content.exercises if e.purpose == "soothe"}
    offer = harness.texts(USER)[-1]
    assert any(title in offer for title in soothing), offer


async def test_exercise_on_a_tuesday_never_offers_the_fresh_start(harness):
    """/exercise again and again on a Tuesday evening: "Fresh start for the week" never comes up."""
    await onboard(harness)
    harness.clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=UTC))  # Tuesday 18:00 Berlin
    for _ in range(30):
        await harness.command(USER, "/exercise")
        await harness.tap(USER, "Not now")
    assert not any("Fresh start for the week" in text for text in harness.texts(USER))
