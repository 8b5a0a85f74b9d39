"""End to end over HTTP: /settings changes, each confirmed in local time and rescheduled at once."""

from datetime import UTC, datetime

from storage import repo
from tests.conftest import USER, onboard

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def stored(h):
    async with h.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        checkin_due = await repo.get_due(session, user_id=USER, kind="checkin")
    return user, checkin_due


async def test_settings_menu_lists_everything(harness):
    """/settings shows every setting with a button to change it."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    text = harness.last_message(USER).text
    assert "Europe/Berlin" not in text and "instead of <i>checking" not in text
    for part in (
        "Time zone: Berlin (UTC+1)",
        "instead of checking my phone",
        "Check-in: 21:00",
        "Sundays at 19:00",
        "leaning anxious",
        "Quiet mode",
        "Partner practices",
    ):
        assert part in text


async def test_changing_checkin_time_reschedules_and_confirms_locally(harness):
    """Check-in time → 22:00 moves tonight's due row and says so in local time."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Check-in time")
    await harness.tap(USER, "22:00")
    assert "Next check-in: today at 22:00" in harness.texts(USER)[-1]
    user, checkin_due = await stored(harness)
    assert user.checkin_time.hour == 22 and user.changing is None
    assert checkin_due.due_at == datetime(2026, 11, 23, 21, 0, tzinfo=UTC)


async def test_changing_time_zone_by_typing_a_city(harness):
    """Time zone → "Tokyo" sets Asia/Tokyo and reschedules to 21:00 Tokyo time."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Time zone")
    await harness.say(USER, "Tokyo")
    user, checkin_due = await stored(harness)
    assert user.time_zone == "Asia/Tokyo"
    assert checkin_due.due_at == datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert (
        "Next check-in: today at 21:00" in harness.texts(USER)[-1]
    )  # it is already 04:00 on the 24th in Tokyo


async def test_a_feeling_typed_at_the_time_zone_setting_is_heard_and_the_setting_stays_open(harness):
    """Time zone → a sentence about a hard evening gets a kind line with /now; the zone is unchanged and
    a city typed next still sets it."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Time zone")
    await harness.say(USER, "i feel awful tonight he didn't text back")
    reply = harness.texts(USER)[-1]
    assert "/now has something for this moment" in reply and "like Berlin or UTC+2" in reply
    user, _ = await stored(harness)
    assert user.time_zone == "Europe/Berlin" and user.changing == "zone"
    await harness.say(USER, "Tokyo")
    user, _ = await stored(harness)
    assert user.time_zone == "Asia/Tokyo"


async def test_changing_pattern_asks_for_its_alternative(harness):
    """Pattern → typed pattern, then typed alternative; both saved, then confirmed."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Pattern")
    await harness.say(USER, "Going silent after arguments")
    assert "secure response look like" in harness.texts(USER)[-1]
    await harness.say(USER, "Say one sentence about how I feel")
    user, _ = await stored(harness)
    assert (user.pattern, user.secure_alternative, user.changing) == (
        "Going silent after arguments",
        "Say one sentence about how I feel",
        None,
    )
    assert "Saved ✓" in harness.texts(USER)[-1]


async def test_quiet_delivery_sends_scheduled_checkins_silently(harness):
    """With quiet mode on, the scheduled check-in goes out with disable_notification."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Quiet mode: turn on")
    assert "Quiet mode: on" in harness.find_button(USER, "Quiet mode: turn off")[0].text
    harness.clock.set(DUE)
    await harness.tick()
    assert harness.fake.calls_to("sendMessage")[-1].params.get("disable_notification") is True


async def test_partner_practices_can_be_switched_off_in_settings(harness):
    """The partner toggle records that partner practices are off."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Partner practices: turn off")
    user, _ = await stored(harness)
    assert user.partner_feels_unsafe is True


async def test_recap_day_can_be_changed(harness):
    """Recap day → Monday 08:00 is saved and confirmed with the next one."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Recap day")
    await harness.tap(USER, "Recap Monday 08:00")
    assert "Mondays at 08:00" in harness.texts(USER)[-1]


async def test_quiet_mode_says_plainly_what_it_does(harness):
    """Turning Quiet mode on says once what changes: silent, a neutral first line, and how to turn it off."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Quiet mode: turn on")
    said = harness.texts(USER)[-1]
    assert "without a sound" in said and "A quick note for you" in said and "/settings" in said


async def test_switching_partner_practices_off_says_what_changed_and_offers_a_pattern_for_one(harness):
    """With a partner pattern, switching partner practices off explains once and offers a self-directed pattern."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Partner practices: turn off")
    said = harness.texts(USER)[-1]
    assert "Partner practices are off" in said and "bids are off" in said and "/settings" in said
    await harness.tap(USER, "Pick a pattern for me alone")
    offered, _ = harness.find_button(USER, "Spiralling into worst-case thoughts")
    labels = [b["text"] for row in offered.reply_markup["inline_keyboard"] for b in row]
    assert "Checking my phone again and again" not in labels
    await harness.tap(USER, "Spiralling into worst-case thoughts")
    await harness.tap(USER, "Use this")
    user, _ = await stored(harness)
    assert user.pattern_id == "worry_spiral" and "partner" not in user.secure_alternative


async def test_after_partner_fear_the_settings_menu_shows_no_partner_pattern(harness):
    """The menu's practising line leaves out a pattern that points at a partner once partner practices are off."""
    await onboard(harness)
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Partner practices: turn off")
    await harness.command(USER, "/settings")
    text = harness.last_message(USER).text
    assert "partner" not in text.replace("Partner practices", "") and "Practising:" in text
