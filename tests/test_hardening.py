"""Every input, hardened: arbitrary text and callback data never crash a handler, never produce a
message Telegram would reject, never leak another user's data, and every callback is answered."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage import repo
from tests.conftest import OTHER_USER, USER, onboard
from tests.fakebot import updates

SECRET_NOTE = "zebra-secret-of-the-other-user"

awkward_text = st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(
        alphabet=st.sampled_from("<>&\"'*_[]()~`>#+-=|{}.!\\\x00\x07\u200b🙂👩‍❤️‍👨"), min_size=1, max_size=80
    ),
    st.sampled_from(
        ["<b>bold", "</i>", "&amp", "&", "<script>alert(1)</script>", "*_`[x](y)", "/start extra"]
    ),
    st.builds(lambda n: "x" * n, st.integers(min_value=4000, max_value=10_000)),
)
PREFIXES = [
    "ci:",
    "ob:",
    "ex:",
    "cap:",
    "set:",
    "pause:",
    "del:",
    "kg:",
    "sf:",
    "st:",
    "st:p:",
    "bid:",
    "bid:w:",
    "sup:",
    "",
]
awkward_data = st.builds(
    lambda prefix, tail: (prefix + tail)[:64],
    st.sampled_from(PREFIXES),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60),
)
HYPOTHESIS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


async def prepare(harness):
    await onboard(harness, OTHER_USER)
    await harness.command(OTHER_USER, "/checkin")
    await harness.tap(OTHER_USER, "No")
    await harness.say(OTHER_USER, SECRET_NOTE)
    await harness.command(USER, "/start")


def assert_telegram_accepted_everything(harness):
    # "Not modified" is Telegram's answer to a repeated edit, which the bot expects and ignores.
    rejected = [
        (call.method, call.description)
        for call in harness.fake.calls
        if not call.ok and "message is not modified" not in (call.description or "")
    ]
    assert rejected == []


def assert_nothing_leaked(harness):
    for call in harness.fake.calls:
        if call.params.get("chat_id") == USER:
            assert SECRET_NOTE not in str(call.params)


# Each conversation state, as the fields that define it (onboarding state is derived from them).
STATES = {
    "age": {},
    "partner": {"adult_confirmed_at": True},
    "direction": {"adult_confirmed_at": True, "partner_feels_unsafe": False},
    "reflection": {"adult_confirmed_at": True, "partner_feels_unsafe": False, "reflection_answers": "yn"},
    "pattern": {"adult_confirmed_at": True, "partner_feels_unsafe": False, "direction": "anxious"},
    "alternative": {
        "adult_confirmed_at": True,
        "partner_feels_unsafe": False,
        "direction": "both",
        "pattern": "x",
    },
    "zone": {
        "adult_confirmed_at": True,
        "partner_feels_unsafe": False,
        "direction": "both",
        "pattern": "x",
        "secure_alternative": "y",
    },
    "time": {
        "adult_confirmed_at": True,
        "partner_feels_unsafe": False,
        "direction": "both",
        "pattern": "x",
        "secure_alternative": "y",
        "time_zone": "Europe/Berlin",
    },
    "done": "onboard",
    "note": "note",
    "changing zone": "changing",
    "story": "story",
}


async def put_in_state(harness, state: str) -> None:
    """Reset USER and bring them to one conversation state."""
    async with harness.services.sessions() as session:
        await repo.delete_user(session, user_id=USER)
        fields = STATES[state]
        if isinstance(fields, dict):
            user = await repo.get_or_create_user(session, user_id=USER, now=harness.clock.now())
            for name, value in fields.items():
                setattr(user, name, harness.clock.now() if value is True else value)
            await repo.save(session, user)
            return
    await onboard(harness)
    if fields == "note":
        await harness.command(USER, "/checkin")
        await harness.tap(USER, "No")
    elif fields == "changing":
        await harness.command(USER, "/settings")
        await harness.tap(USER, "Time zone")
    elif fields == "story":
        await harness.command(USER, "/story")
        await harness.tap(USER, "Continue my story")


@HYPOTHESIS
@given(state=st.sampled_from(sorted(STATES)), text=awkward_text)
async def test_arbitrary_text_in_every_state_is_handled(harness, state, text):
    """Any text, in any conversation state, gets valid replies and no handler error."""
    if OTHER_USER not in harness.fake.messages:
        await prepare(harness)
    await put_in_state(harness, state)
    await harness.say(USER, text)
    assert_telegram_accepted_everything(harness)
    assert_nothing_leaked(harness)


@HYPOTHESIS
@given(data=st.one_of(awkward_data, st.integers(min_value=1, max_value=3).map(lambda i: f"ci:{i}:a:y")))
async def test_arbitrary_callback_data_is_answered_and_harmless(harness, data):
    """Any callback data (forged ids of another user's rows too) is answered and raises nothing."""
    if OTHER_USER not in harness.fake.messages:
        await prepare(harness)
    stored = harness.last_message(USER)
    query_id = await harness.tap_data(USER, stored, data)
    assert query_id in harness.fake.answered_callback_ids
    assert_telegram_accepted_everything(harness)
    assert_nothing_leaked(harness)


async def test_non_text_and_edited_messages_are_handled(harness):
    """Stickers, photos, voice, locations out of place and edited messages all get a valid reply."""
    await onboard(harness)
    for update in (
        updates.sticker(USER),
        updates.photo(USER),
        updates.voice(USER),
        updates.location(USER, 1.0, 2.0),
        updates.edited_text(USER, "changed my mind <b>"),
    ):
        await harness.send(update)
    assert_telegram_accepted_everything(harness)


async def test_group_messages_get_an_explanation_and_the_bot_leaves(harness):
    """In a group the bot says it works in private chats only, then leaves the group."""
    await harness.send(updates.group_message(USER, -100123, "/start"))
    assert "private chat" in harness.texts(-100123)[-1]
    assert harness.fake.calls_to("leaveChat")[-1].params["chat_id"] == -100123


async def test_updates_from_a_deleted_user_are_handled(harness):
    """After /delete, old buttons and new messages from that user are answered without errors."""
    await onboard(harness)
    await harness.command(USER, "/checkin")
    stored, yes = harness.find_button(USER, "Yes")
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    query_id = await harness.tap_data(USER, stored, yes)
    assert query_id in harness.fake.answered_callback_ids
    await harness.say(USER, "hello again")
    await harness.command(USER, "/recap")
    assert_telegram_accepted_everything(harness)
