"""End to end over HTTP: plans inside /settings, the pattern and plan 1 kept in step, and the /now button."""

from bot.practice.moments import NOW_BUTTON
from storage import repo
from tests.conftest import USER, onboard
from tests.test_moments_flow import AFTERNOON, active_plans, add_second_pattern


async def stored_user(h):
    async with h.services.sessions() as session:
        return await repo.get_user(session, user_id=USER)


async def test_settings_open_the_plans_flow_in_place(harness):
    """/settings has "If–then plans"; it turns the menu into /plans, whose add flow works from there."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    menu = harness.last_message(USER)
    await harness.tap(USER, "If–then plans")
    shown = harness.last_message(USER)
    assert shown.message_id == menu.message_id and "Your if–then plans" in shown.text
    await harness.tap(USER, "➕ Add a pattern")
    await harness.say(USER, "When he doesn't answer for an hour")
    await harness.say(USER, "I send message after message")
    await harness.say(USER, "I put the phone in another room and text a friend")
    assert len(await active_plans(harness)) == 2


async def test_changing_the_pattern_in_settings_rewrites_plan_one(harness):
    """A new pattern and alternative in /settings become plan 1's old move and alternative; plan 2 stays."""
    await onboard(harness)
    await add_second_pattern(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    await harness.say(USER, "Going silent after arguments")
    await harness.say(USER, "Say one sentence about how I feel")
    first, second = await active_plans(harness)
    assert (first.old_move, first.secure_alternative) == (
        "Going silent after arguments",
        "Say one sentence about how I feel",
    )
    assert second.old_move == "I send message after message"
    assert "Plan 1 in /plans now has this pattern too." in harness.texts(USER)[-1]


async def test_editing_plan_one_changes_the_pattern_in_settings(harness):
    """Plan 1's old move edited in /plans is the pattern /settings and the check-in show from then on."""
    await onboard(harness)
    await harness.command(USER, "/plans")
    await harness.tap(USER, "✏️ Checking my phone again and again when…")
    await harness.tap(USER, "The old move")
    await harness.say(USER, "Scrolling his profile late at night")
    assert (await stored_user(harness)).pattern == "Scrolling his profile late at night"
    await harness.command(USER, "/settings")
    assert "scrolling his profile late at night" in harness.last_message(USER).text


async def test_retiring_plan_one_makes_plan_two_the_pattern(harness):
    """After plan 1 is retired, /settings names the pattern of the plan that is first now."""
    await onboard(harness)
    await add_second_pattern(harness)
    await harness.command(USER, "/plans")
    await harness.tap(USER, "✏️ Checking my phone again and again when…")
    await harness.tap(USER, "Retire this pattern")
    user = await stored_user(harness)
    assert (user.pattern, user.secure_alternative) == (
        "I send message after message",
        "I put the phone in another room and text a friend",
    )


async def test_the_now_button_is_a_persistent_one_button_keyboard(harness):
    """Switching the button on sends one persistent, resized reply-keyboard button and remembers it."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "/now button: turn on")
    markup = harness.fake.calls_to("sendMessage")[-1].params["reply_markup"]
    assert markup["keyboard"] == [[{"text": NOW_BUTTON}]]
    assert markup["is_persistent"] is True and markup["resize_keyboard"] is True
    assert (await stored_user(harness)).now_button is True


async def test_switching_the_now_button_off_removes_the_keyboard(harness):
    """Switching it off sends the keyboard's removal and remembers that too."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "/now button: turn on")
    await harness.tap(USER, "/now button: turn off")
    markup = harness.fake.calls_to("sendMessage")[-1].params["reply_markup"]
    assert markup == {"remove_keyboard": True}
    assert (await stored_user(harness)).now_button is False


async def test_the_buttons_text_opens_now_and_is_not_kept_as_a_note(harness):
    """With the check-in waiting for a note, tapping the button opens /now and the note stays empty."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "/now button: turn on")
    harness.clock.set(AFTERNOON)
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "No")
    before = len(harness.texts(USER))
    await harness.say(USER, NOW_BUTTON)
    new = harness.texts(USER)[before:]
    assert new[0].startswith("Your plan, in your own words")
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=AFTERNOON.date())
        moments = await repo.moments_between(
            session, user_id=USER, start=AFTERNOON.date(), end=AFTERNOON.date()
        )
        user = await repo.get_user(session, user_id=USER)
    assert checkin.note is None and len(moments) == 1 and user.pending_text is None


async def test_changing_the_time_zone_keeps_the_now_button(harness):
    """The place keyboard of a time-zone change gives way to the /now button again, not to nothing."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "/now button: turn on")
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Time zone")
    await harness.say(USER, "Europe/Lisbon")
    after_zone = [
        call.params.get("reply_markup")
        for call in harness.fake.calls_to("sendMessage")
        if "Got it" in call.params.get("text", "")
    ][-1]
    assert after_zone["keyboard"] == [[{"text": NOW_BUTTON}]]


async def test_deleting_everything_takes_the_now_button_away(harness):
    """After /delete the persistent button does not stay behind on the phone."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "/now button: turn on")
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    assert harness.fake.calls_to("sendMessage")[-1].params["reply_markup"] == {"remove_keyboard": True}
    assert await stored_user(harness) is None
