"""End to end over HTTP: onboarding from /start to the closing message, and its detours."""

from datetime import UTC, datetime, time

from storage import repo
from tests.conftest import USER, onboard
from tests.fakebot import updates


async def stored_user(h, user_id=USER):
    async with h.services.sessions() as session:
        return await repo.get_user(session, user_id=user_id)


async def test_onboarding_from_start_to_closing_message(harness):
    """A new user goes from /start to a scheduled check-in, each step one message, with taps."""
    await onboard(harness)
    texts = harness.texts(USER)
    assert "not a therapist or a crisis service" in texts[0] and "/sos" in texts[0]
    assert "Are you 18 or older?" in texts[1]
    assert "Your first check-in comes today at 21:00, your time." in texts[-1]
    user = await stored_user(harness)
    assert (user.direction, user.pattern_id, user.time_zone, user.checkin_time) == (
        "anxious",
        "phone_checking",
        "Europe/Berlin",
        time(21, 0),
    )
    assert user.secure_alternative.startswith("Put the phone in another room")
    async with harness.services.sessions() as session:
        due_row = await repo.get_due(session, user_id=USER, kind="checkin")
    assert due_row.due_at == datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def test_commands_are_registered_at_start_up(harness):
    """The command menu is set with setMyCommands when the bot starts."""
    registered = harness.fake.calls_to("setMyCommands")[0].params["commands"]
    assert {"checkin", "help", "sos", "start"} <= {command["command"] for command in registered}


async def test_interrupted_onboarding_resumes_where_it_stopped(harness):
    """/start in the middle of onboarding asks the same open question again, nothing lost."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "More avoidant (I pull away)")
    await harness.command(USER, "/start")
    texts = harness.texts(USER)
    assert "pick up where we left off" in texts[-2]
    assert "Which pattern would you like to practise with?" in texts[-1]
    assert "Pulling away after a close moment" in str(harness.last_message(USER).reply_markup)


async def test_finished_user_is_welcomed_back_without_reset(harness):
    """/start after onboarding says welcome back with a one-line summary and changes nothing."""
    await onboard(harness)
    before = await stored_user(harness)
    await harness.command(USER, "/start")
    reply = harness.texts(USER)[-1]
    assert reply.startswith("Welcome back.") and "21:00, your time" in reply and "today at 21:00" in reply
    after = await stored_user(harness)
    # Only the bookkeeping of when a command last came (for prompt expiry) moves.
    ignored = {"last_command_at"}
    assert after.model_dump(exclude=ignored) == before.model_dump(exclude=ignored)


async def test_under_18_gets_youth_lines_and_nothing_is_kept(harness):
    """Answering under 18 shows youth help lines and deletes the user row."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "No, I'm under 18")
    shown = harness.last_message(USER).text
    # No country is known yet: the directory and emergency numbers, never a list of countries.
    assert "built for adults" in shown and "findahelpline.com" in shown and "112" in shown
    assert await stored_user(harness) is None


async def test_not_sure_reflection_suggests_a_direction(harness):
    """ "Not sure" walks six one-tap statements, then suggests a direction without a label."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "Not sure")
    for answer in ["That's me", "Not really"] * 3:  # the anxious-leaning statements come first
        await harness.tap(USER, answer)
    suggestion = harness.last_message(USER).text
    assert "leaning anxious" in suggestion and "not a questionnaire or a label" in suggestion
    await harness.tap(USER, "Use this")
    assert (await stored_user(harness)).direction == "anxious"
    assert "Which pattern" in harness.texts(USER)[-1]


async def test_own_pattern_and_alternative_are_typed_and_escaped(harness):
    """A typed pattern and alternative are stored and echoed HTML-escaped."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "No")
    await harness.tap(USER, "A bit of both")
    await harness.tap(USER, "✏️ Write my own")
    await harness.say(USER, "Sulking <b>& hiding</b>")
    assert "Your pattern: Sulking <b>& hiding</b>" in harness.texts(USER)[-1]
    await harness.say(USER, "Say <i>one</i> clear thing")
    user = await stored_user(harness)
    assert (user.pattern_id, user.pattern, user.secure_alternative) == (
        None,
        "Sulking <b>& hiding</b>",
        "Say <i>one</i> clear thing",
    )
    echoed = [
        call for call in harness.fake.calls_to("sendMessage") if "Say &lt;i&gt;one" in call.params["text"]
    ]
    assert echoed and all(call.ok for call in echoed)


async def test_text_where_a_button_is_expected_reasks_with_buttons(harness):
    """Typing at the age question gets a nudge and the question again, with its buttons."""
    await harness.command(USER, "/start")
    await harness.say(USER, "yes i am")
    assert harness.texts(USER)[-2] == "Please tap one of the buttons below."
    assert "Are you 18 or older?" in harness.texts(USER)[-1]
    harness.find_button(USER, "Yes, I'm 18 or older")
    assert (await stored_user(harness)).adult_confirmed_at is None


async def reach_zone_step(h):
    await h.command(USER, "/start")
    await h.tap(USER, "Yes, I'm 18 or older")
    await h.tap(USER, "No")
    await h.tap(USER, "More anxious (I chase reassurance)")
    await h.tap(USER, "Checking my phone again and again")
    await h.tap(USER, "Use this")


async def test_city_names_resolve_offline(harness):
    """Typing "new york" sets America/New_York and shows the local time there."""
    await reach_zone_step(harness)
    await harness.say(USER, "new york")
    assert (await stored_user(harness)).time_zone == "America/New_York"
    assert "It's 14:00 there now." in harness.texts(USER)[-2]


async def test_unknown_place_gets_suggestions_to_tap(harness):
    """A misspelt city gets close suggestions as buttons, and tapping one sets the zone."""
    await reach_zone_step(harness)
    await harness.say(USER, "Lodnon")
    assert "Did you mean" in harness.texts(USER)[-1]
    await harness.tap(USER, harness.last_message(USER).reply_markup["inline_keyboard"][0][0]["text"])
    assert (await stored_user(harness)).time_zone == "Europe/London"


async def test_utc_offset_can_be_picked(harness):
    """The offset keyboard sets an Etc zone with the right sign."""
    await reach_zone_step(harness)
    await harness.say(USER, "🕐 Pick a UTC offset")
    await harness.tap(USER, "UTC+05:30")
    assert (await stored_user(harness)).time_zone == "Asia/Kolkata"


async def test_shared_location_sets_the_zone(harness):
    """Sharing a location in Berlin sets Europe/Berlin; the location itself is not stored."""
    await reach_zone_step(harness)
    await harness.send(updates.location(USER, 52.52, 13.405))
    user = await stored_user(harness)
    assert user.time_zone == "Europe/Berlin"
    assert "52.52" not in str(user.model_dump())


async def test_typed_times_are_read_liberally(harness):
    """ "9:30 pm" sets 21:30; "25:61" gets a clear example and changes nothing."""
    await reach_zone_step(harness)
    await harness.say(USER, "Berlin")
    await harness.say(USER, "25:61")
    assert "21:30 or 9:30 pm" in harness.texts(USER)[-1]
    assert (await stored_user(harness)).checkin_time is None
    await harness.say(USER, "9:30 pm")
    assert (await stored_user(harness)).checkin_time == time(21, 30)
    assert "today at 21:30" in harness.texts(USER)[-1]


async def test_partner_fear_switches_off_partner_practices_with_resources(harness):
    """Answering yes to the partner question explains without blame, shows abuse lines, and records it."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    assert "afraid of a partner" in harness.texts(USER)[-1]
    await harness.tap(USER, "Yes, sometimes")
    explained = harness.fake.calls_to("editMessageText")[-1].result["text"]
    assert "not your fault" in explained and "findahelpline.com" in explained and "/delete" in explained
    assert "deleting the chat in Telegram" in explained
    assert (await stored_user(harness)).partner_feels_unsafe is True
    assert "which way do you tend to lean" in harness.texts(USER)[-1]


async def test_a_feeling_typed_at_the_time_question_is_heard_and_setup_still_finishes(harness):
    """A sentence about a hard evening at the time question gets a kind line, the question stays open,
    and a time typed afterwards finishes setup."""
    await reach_zone_step(harness)
    await harness.say(USER, "Berlin")
    await harness.say(USER, "i feel awful tonight he didn't text back")
    reply = harness.texts(USER)[-1]
    assert reply.startswith("That sounds like a lot") and "/now" in reply and "like 21:00" in reply
    assert "couldn't read" not in reply
    assert (await stored_user(harness)).checkin_time is None
    await harness.say(USER, "21:00")
    assert (await stored_user(harness)).checkin_time == time(21, 0)
    assert "You're all set." in harness.texts(USER)[-1]
