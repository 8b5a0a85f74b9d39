"""End to end over HTTP: if–then plans in /plans, /now with the user's own plan first, and the moment timers."""

import logging
from datetime import UTC, datetime, timedelta

from storage import repo
from tests.conftest import USER, onboard, start_harness, stop_harness

# Tuesday 14:20 in Berlin: during the day, well before the 21:00 check-in.
AFTERNOON = datetime(2026, 11, 24, 13, 20, tzinfo=UTC)


async def add_second_pattern(h) -> None:
    """Add a second pattern through /plans, answering its three questions."""
    await h.command(USER, "/plans")
    await h.tap(USER, "➕ Add a pattern")
    await h.say(USER, "When he doesn't answer for an hour")
    await h.say(USER, "I send message after message")
    await h.say(USER, "I put the phone in another room and text a friend")


async def active_plans(h):
    async with h.services.sessions() as session:
        return await repo.active_plans(session, user_id=USER)


async def test_onboarding_pattern_becomes_the_first_plan(harness):
    """/plans shows the pattern and alternative from onboarding as plan 1, with the research named."""
    await onboard(harness)
    await harness.command(USER, "/plans")
    shown = harness.last_message(USER).text
    assert "Gollwitzer" in shown
    assert "Checking my phone again and again" in shown
    plans = await active_plans(harness)
    assert len(plans) == 1 and plans[0].old_move.startswith("Checking my phone again and again")
    assert plans[0].secure_alternative.startswith("Put the phone in another room")


async def test_second_pattern_is_added_in_three_answers(harness):
    """Adding a pattern asks the cue, the old move and the secure alternative, and saves all three."""
    await onboard(harness)
    await add_second_pattern(harness)
    plans = await active_plans(harness)
    assert len(plans) == 2
    assert (plans[1].cue, plans[1].old_move, plans[1].secure_alternative) == (
        "When he doesn't answer for an hour",
        "I send message after message",
        "I put the phone in another room and text a friend",
    )
    assert "Saved ✓ Your plan" in harness.last_message(USER).text


async def test_fourth_pattern_cannot_be_added(harness):
    """With three active plans, /plans offers no way to add a fourth."""
    await onboard(harness)
    await add_second_pattern(harness)
    await add_second_pattern(harness)
    await harness.command(USER, "/plans")
    labels = [b["text"] for row in harness.last_message(USER).reply_markup["inline_keyboard"] for b in row]
    assert "➕ Add a pattern" not in labels
    assert len(await active_plans(harness)) == 3


async def test_a_plan_can_be_edited_and_retired(harness):
    """Editing changes one field in the user's words; retiring removes the plan from the active ones."""
    await onboard(harness)
    await add_second_pattern(harness)
    await harness.command(USER, "/plans")
    await harness.tap(USER, "✏️ I send message after message")
    await harness.tap(USER, "What I'll do instead")
    await harness.say(USER, "I breathe out slowly and wait an hour")
    assert (await active_plans(harness))[1].secure_alternative == "I breathe out slowly and wait an hour"
    await harness.command(USER, "/plans")
    await harness.tap(USER, "✏️ I send message after message")
    await harness.tap(USER, "Retire this pattern")
    assert len(await active_plans(harness)) == 1


async def test_crisis_words_in_a_plan_field_get_help_and_are_not_saved(harness):
    """A cue typed in crisis is answered by the crisis screen and never becomes part of a plan."""
    await onboard(harness)
    await harness.command(USER, "/plans")
    await harness.tap(USER, "➕ Add a pattern")
    await harness.say(USER, "I want to kill myself")
    assert any("help" in text.lower() for text in harness.texts(USER)[-3:])
    plans = await active_plans(harness)
    assert all(plan.cue is None for plan in plans)


async def test_now_with_two_patterns_shows_the_chosen_plan_in_the_users_words_first(harness):
    """/now asks which pattern, then shows that plan in the user's words before any practice."""
    await onboard(harness)
    await add_second_pattern(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    assert "Which pattern is it?" in harness.last_message(USER).text
    before = len(harness.texts(USER))
    await harness.tap(USER, "I send message after message")
    new = harness.texts(USER)[before:]
    assert new[0].startswith("Your plan, in your own words\nWhen he doesn't answer for an hour,")
    assert "then I put the phone in another room and text a friend." in new[0]
    assert "hold the message" in new[1]
    async with harness.services.sessions() as session:
        moments = await repo.moments_between(
            session, user_id=USER, start=AFTERNOON.date(), end=AFTERNOON.date()
        )
    assert [moment.marked_at for moment in moments] == [AFTERNOON]


async def test_held_message_is_asked_about_exactly_once_across_a_restart(harness, fake, clock, database_url):
    """A message held for 10 minutes brings one "Still want to send it?" after a restart, then is deleted."""
    await onboard(harness)
    clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "10 min")
    await harness.say(USER, "Why aren't you answering me??")
    assert "Holding it" in harness.last_message(USER).text
    await stop_harness(harness)
    clock.set(AFTERNOON + timedelta(minutes=11))
    restarted = await start_harness(fake, clock, database_url, [])
    try:
        assert (await restarted.tick())["sent"] == 1
        assert not await restarted.tick()
        asked = [text for text in restarted.texts(USER) if "Still want to send it?" in text]
        assert len(asked) == 1
        await restarted.tap(USER, "Send as is")
        assert "Why aren&#x27;t you answering me??" in restarted.last_message(USER).text or (
            "Why aren't you answering me??" in restarted.last_message(USER).text
        )
        async with restarted.services.sessions() as session:
            exported = await repo.export_user(session, user_id=USER)
        assert exported["held_messages"] == []
        assert [row["action"] for row in exported["pattern_moments"]] == ["sent"]
    finally:
        await stop_harness(restarted)
    assert not restarted.handler_errors


async def test_crisis_words_in_a_held_message_get_help_and_are_not_held(harness):
    """A held message is screened first: a crisis gets help lines and nothing is kept or scheduled."""
    await onboard(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "10 min")
    await harness.say(USER, "If you leave I will kill myself")
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    assert exported["held_messages"] == []
    assert not [row for row in exported["due_messages"] if row["kind"] == "held_message"]
    assert exported["users"][0]["practice_prompt"] is None


async def test_stay_five_more_minutes_ends_with_one_line(harness):
    """For the avoidant direction, /now offers five more minutes; the timer ends with one line, once."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "More avoidant (I pull away)")
    first_pattern = harness.last_message(USER).reply_markup["inline_keyboard"][0][0]["text"]
    await harness.tap(USER, first_pattern)
    await harness.tap(USER, "Use this")
    await harness.say(USER, "Europe/Berlin")
    await harness.tap(USER, "21:00")
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "Stay five more minutes")
    harness.clock.advance(minutes=5)
    assert (await harness.tick())["sent"] == 1
    assert "You stayed" in harness.last_message(USER).text
    assert not await harness.tick()


async def test_export_and_delete_cover_plans_moments_and_held_messages(harness):
    """/export holds the plans, the moment and the held message; /delete leaves none of them."""
    await onboard(harness)
    await add_second_pattern(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "I send message after message")
    await harness.tap(USER, "20 min")
    await harness.say(USER, "Please just answer me")
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    assert len(exported["pattern_plans"]) == 2
    assert [row["action"] for row in exported["pattern_moments"]] == ["held"]
    assert [row["text"] for row in exported["held_messages"]] == ["Please just answer me"]
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    assert not exported["pattern_plans"] and not exported["pattern_moments"] and not exported["held_messages"]


async def test_held_message_text_never_reaches_the_logs(harness, caplog):
    """Holding a message and deciding about it logs nothing of its words, at any level of the bot's own logs."""
    caplog.set_level(logging.INFO)
    for project_logger in ("bot", "handlers", "scheduler", "storage"):
        caplog.set_level(logging.DEBUG, logger=project_logger)
    await onboard(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "10 min")
    await harness.say(USER, "Secret words for you only")
    harness.clock.advance(minutes=10)
    await harness.tick()
    await harness.tap(USER, "Let it go")
    assert "Let go ✓" in harness.last_message(USER).text
    assert "Secret words" not in caplog.text


async def test_evening_check_in_is_prefilled_from_the_moment(harness):
    """A moment marked at 14:20 opens the 21:00 check-in at "What did you choose then?"; the answer lands on the moment."""
    await onboard(harness)
    await add_second_pattern(harness)
    harness.clock.set(AFTERNOON)
    await harness.tick()  # Monday's check-in, missed, makes way for Tuesday's
    await harness.command(USER, "/now")
    await harness.tap(USER, "I send message after message")
    await harness.tap(USER, "I'm okay for now")
    harness.clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    assert (await harness.tick())["sent"] == 1
    card = harness.last_message(USER).text
    assert "At 14:20 you marked your pattern. What did you choose then?" in card
    assert "I send message after message" in card  # both patterns named in the one message
    await harness.tap(USER, "The secure response")
    async with harness.services.sessions() as session:
        moments = await repo.moments_between(
            session, user_id=USER, start=AFTERNOON.date(), end=AFTERNOON.date()
        )
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=AFTERNOON.date())
    assert [moment.choice for moment in moments] == ["secure"]
    assert (checkin.activated, checkin.choice) == ("yes", "secure")


async def test_welcome_message_opens_the_moment_flow(harness):
    """The welcome message's "My pattern is firing now" shows the plan from onboarding, made at the last step."""
    await onboard(harness)
    assert len(await active_plans(harness)) == 1
    before = len(harness.texts(USER))
    await harness.tap(USER, "My pattern is firing now")
    new = harness.texts(USER)[before:]
    assert new[0].startswith(
        "Your plan, in your own words\nWhen the pattern starts,\nthen I put the phone in another room"
    )


async def test_recap_and_progress_show_moments_per_pattern_and_which_plan_held(harness):
    """A moment answered "secure" in the evening shows per pattern in the recap's details and in /progress."""
    await onboard(harness)
    await add_second_pattern(harness)
    harness.clock.set(AFTERNOON)
    await harness.tick()
    await harness.command(USER, "/now")
    await harness.tap(USER, "I send message after message")
    await harness.tap(USER, "I'm okay for now")
    harness.clock.set(datetime(2026, 11, 24, 20, 0, tzinfo=UTC))
    await harness.tick()
    await harness.tap(USER, "The secure response")
    harness.clock.set(datetime(2026, 11, 29, 18, 0, tzinfo=UTC))
    await harness.command(USER, "/recap")
    await harness.tap(USER, "More")
    line = "I send message after message: 1 moment marked, your plan held 1."
    assert line in harness.last_message(USER).text
    await harness.command(USER, "/progress")
    assert any(line in text for text in harness.texts(USER)[-3:])


async def test_a_very_long_held_message_still_comes_back_in_one_reply(harness):
    """A held message longer than a reply can carry is kept cut to fit, so "Send as is" can show it back."""
    await onboard(harness)
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/now")
    await harness.tap(USER, "10 min")
    await harness.say(USER, "please " * 700)
    harness.clock.advance(minutes=10)
    assert (await harness.tick())["sent"] == 1
    await harness.tap(USER, "Send as is")
    shown = harness.last_message(USER).text
    assert shown.startswith("Here it is, to copy") and len(shown) <= 4096


async def test_crisis_words_as_the_old_move_are_answered_and_not_saved(harness):
    """The second question of a new plan (the old move) is screened too: help lines, nothing saved."""
    await onboard(harness)
    await harness.command(USER, "/plans")
    await harness.tap(USER, "➕ Add a pattern")
    await harness.say(USER, "When he doesn't answer for an hour")
    await harness.say(USER, "I want to kill myself")
    assert any("help" in text.lower() for text in harness.texts(USER)[-3:])
    plans = await active_plans(harness)
    assert plans[-1].cue == "When he doesn't answer for an hour" and plans[-1].old_move is None


async def test_crisis_words_as_the_secure_alternative_are_answered_and_not_saved(harness):
    """Editing the secure alternative is screened too: help lines, and the old alternative stays."""
    await onboard(harness)
    before = (await active_plans(harness))[0].secure_alternative
    await harness.command(USER, "/plans")
    await harness.tap(USER, "✏️ Checking my phone again and again when…")
    await harness.tap(USER, "What I'll do instead")
    await harness.say(USER, "I want to kill myself")
    assert any("help" in text.lower() for text in harness.texts(USER)[-3:])
    assert (await active_plans(harness))[0].secure_alternative == before
