"""Tests of the fake Bot API server, driven through python-telegram-bot and raw HTTP."""

from __future__ import annotations

import asyncio
import datetime
import json
import time

import httpx
import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from tests.fakebot import FakeBotApi, updates
from tests.fakebot.html_entities import EntityParseError, parse_html
from tests.fakebot.spec import METHODS, SOURCE, check_call

USER = 4242


@pytest.fixture
async def fake():
    async with FakeBotApi() as server:
        yield server


@pytest.fixture
async def bot(fake):
    # A plain Bot (no rate limiter) so Telegram's errors reach the test unchanged.
    client = telegram.Bot(fake.token, base_url=fake.base_url)
    await client.initialize()
    yield client
    await client.shutdown()


@pytest.fixture
async def http(fake):
    async with httpx.AsyncClient(base_url=f"{fake.base_url}{fake.token}/") as client:
        yield client


def keyboard(**button):
    return InlineKeyboardMarkup([[InlineKeyboardButton("Go", **button)]])


async def test_get_me_returns_the_configured_bot(bot, fake):
    """getMe answers with the bot user PTB needs to initialise."""
    me = await bot.get_me()
    assert (me.id, me.is_bot, me.username) == (123456, True, "earned_security_test_bot")
    assert fake.calls_to("getMe")[-1].ok


async def test_send_message_is_stored_and_returned(bot, fake):
    """sendMessage numbers messages per chat, stores raw and plain text and returns a Message."""
    first = await bot.send_message(
        USER, "<b>Hi</b> &amp; welcome", parse_mode="HTML", reply_markup=keyboard(callback_data="start")
    )
    second = await bot.send_message(USER, "again")
    other = await bot.send_message(USER + 1, "elsewhere")
    assert (first.message_id, second.message_id, other.message_id) == (1, 2, 1)
    assert first.text == "Hi & welcome" and first.entities[0].type == "bold"
    assert first.reply_markup.inline_keyboard[0][0].callback_data == "start"
    stored = fake.message(USER, 1)
    assert (stored.raw_text, stored.text) == ("<b>Hi</b> &amp; welcome", "Hi & welcome")
    assert fake.sent_texts(USER) == ["Hi & welcome", "again"]


@pytest.mark.parametrize(
    ("html", "detail"),
    [
        ("Hi <foo>there</foo>", 'unsupported start tag "foo" at byte offset 3'),
        ("<b>open", 'can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("Tom & Jerry", "character entity expected at byte offset 4"),
        ("1 < 2", 'unsupported start tag "" at byte offset 2'),
        ("é<br/>", 'unsupported start tag "br/" at byte offset 2'),
        ("<span>x</span>", 'tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
async def test_malformed_html_is_rejected_with_telegrams_detail(bot, html, detail):
    """Malformed HTML fails with "can't parse entities" and Telegram's byte-offset detail."""
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(USER, html, parse_mode="HTML")
    assert caught.value.message.lower() == f"can't parse entities: {detail}".lower()


def test_html_parser_returns_plain_text_and_entities():
    """Supported tags become entities and character references are decoded."""
    parsed = parse_html(
        '<pre><code class="language-py">x</code></pre> &lt;&#65;&#x42;&quot;&gt; '
        '<a href="https://example.org">link</a> <blockquote expandable>q</blockquote> '
        '<tg-spoiler>s</tg-spoiler> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    assert parsed.text == 'x <AB"> link q s 👍'
    types = [(e["type"], e["offset"], e["length"]) for e in parsed.entities]
    assert types == [
        ("pre", 0, 1),
        ("text_link", 8, 4),
        ("expandable_blockquote", 13, 1),
        ("spoiler", 15, 1),
        ("custom_emoji", 17, 2),
    ]
    assert parsed.entities[0]["language"] == "py"
    with pytest.raises(EntityParseError, match="Invalid custom emoji"):
        parse_html('<tg-emoji emoji-id="abc">x</tg-emoji>')


async def test_text_limit_counts_utf16_units_after_parsing(bot):
    """4096 UTF-16 units of parsed text pass; one more is "message is too long"."""
    await bot.send_message(USER, "😀" * 2048)
    await bot.send_message(USER, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(USER, "😀" * 2048 + "a")


async def test_text_empty_after_parsing_is_rejected(bot):
    """Markup around only whitespace leaves an empty message, which Telegram refuses."""
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(USER, "<b>  </b>\n", parse_mode="HTML")


async def test_callback_data_over_64_bytes_is_button_data_invalid(bot):
    """callback_data is limited to 64 UTF-8 bytes, not 64 characters."""
    await bot.send_message(USER, "ok", reply_markup=keyboard(callback_data="x" * 64))
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(USER, "too long", reply_markup=keyboard(callback_data="é" * 32 + "x"))


async def test_inline_buttons_need_one_action_and_a_web_url(bot):
    """A button without an action or with a non-web URL is refused."""
    with pytest.raises(BadRequest, match="(?i)text buttons are unallowed"):
        await bot.send_message(USER, "x", reply_markup=keyboard(callback_data=""))
    with pytest.raises(BadRequest, match="(?i)unsupported url protocol"):
        await bot.send_message(USER, "x", reply_markup=keyboard(url="javascript:alert(1)"))


async def test_reply_keyboards_are_accepted_but_not_kept_on_the_message(bot, fake):
    """A location-request keyboard and its removal are valid sendMessage markup."""
    request = telegram.ReplyKeyboardMarkup([[KeyboardButton("Share", request_location=True)]])
    sent = await bot.send_message(USER, "Where are you?", reply_markup=request)
    await bot.send_message(USER, "Thanks", reply_markup=telegram.ReplyKeyboardRemove())
    assert sent.reply_markup is None and fake.message(USER, 1).reply_markup is None
    assert fake.calls_to("sendMessage")[0].params["reply_markup"]["keyboard"][0][0]["request_location"]


async def test_edit_with_same_text_and_markup_is_not_modified(bot, fake):
    """Editing to identical text and keyboard fails as "message is not modified"."""
    markup = keyboard(callback_data="a")
    sent = await bot.send_message(USER, "<i>Same</i>", parse_mode="HTML", reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text(
            "<em>Same</em>", USER, sent.message_id, parse_mode="HTML", reply_markup=markup
        )
    edited = await bot.edit_message_text("<i>Same</i>", USER, sent.message_id, parse_mode="HTML")
    assert edited.reply_markup is None and fake.message(USER, sent.message_id).reply_markup is None


async def test_edit_of_unknown_message_is_not_found(bot):
    """Editing a message the bot never sent fails as "message to edit not found"."""
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("new", USER, 99)


async def test_edit_reply_markup_requires_a_change(bot, fake):
    """editMessageReplyMarkup with the current keyboard is "not modified"; removing it works."""
    sent = await bot.send_message(USER, "pick", reply_markup=keyboard(callback_data="a"))
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard(callback_data="a"))
    await bot.edit_message_reply_markup(USER, sent.message_id)
    assert fake.message(USER, sent.message_id).reply_markup is None


async def test_delete_message_only_once(bot, fake):
    """A deleted message is gone; deleting it again is "message to delete not found"."""
    sent = await bot.send_message(USER, "bye")
    assert await bot.delete_message(USER, sent.message_id) is True
    assert sent.message_id not in fake.messages[USER]
    with pytest.raises(BadRequest, match="(?i)message to delete not found"):
        await bot.delete_message(USER, sent.message_id)


async def test_unknown_method_is_404(http):
    """A method outside the subset answers 404 Not Found like Telegram."""
    response = await http.post("sendDice", data={"chat_id": "1"})
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_wrong_token_is_401(fake):
    """A request with another bot's token is Unauthorized."""
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{fake.base_url}999:other/getMe")
    assert response.status_code == 401
    assert response.json()["description"] == "Unauthorized"


async def test_missing_required_parameter_is_400(http):
    """Required parameters are enforced with Telegram's wording."""
    response = await http.post("answerCallbackQuery", data={"text": "hi"})
    assert response.status_code == 400
    assert response.json()["description"] == 'Bad Request: parameter "callback_query_id" is required'
    response = await http.post("sendMessage", data={"chat_id": "1"})
    assert response.json()["description"] == "Bad Request: message text is empty"


async def test_parameter_types_are_checked_and_decoded(http, fake):
    """Integer and Boolean fields must parse; JSON fields are decoded in the recorded call."""
    bad = await http.post("sendMessage", data={"chat_id": "1", "text": "x", "disable_notification": "maybe"})
    assert bad.status_code == 400
    bad = await http.post("deleteMessage", data={"chat_id": "1", "message_id": "first"})
    assert bad.status_code == 400
    markup = json.dumps({"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]})
    ok = await http.post(
        "sendMessage",
        data={
            "chat_id": "1",
            "text": "x",
            "reply_markup": markup,
            "protect_content": "true",
            "unknown_param": "kept",
        },
    )
    assert ok.json()["ok"] is True
    params = fake.calls_to("sendMessage")[-1].params
    assert params["chat_id"] == 1 and params["protect_content"] is True
    assert params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "b"


async def test_json_body_is_accepted(http, fake):
    """Clients that post application/json are understood too."""
    body = {"chat_id": 7, "text": "<b>json</b>", "parse_mode": "HTML"}
    response = await http.post("sendMessage", json=body)
    assert response.json()["result"]["text"] == "json"
    assert fake.sent_texts(7) == ["json"]


async def test_blocked_user_is_forbidden(bot, fake):
    """After block(), sending to that chat raises Forbidden until unblock()."""
    fake.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "hello?")
    fake.unblock(USER)
    await bot.send_message(USER, "hello")
    assert [c.status for c in fake.calls_to("sendMessage")] == [403, 200]


# PTB 22 warns that retry_after will become a timedelta; either form must say 7 seconds.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_429_raises_retry_after(bot, fake):
    """An injected 429 carries retry_after, which PTB turns into RetryAfter."""
    fake.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "flood")
    assert caught.value.retry_after in (7, datetime.timedelta(seconds=7))
    await bot.send_message(USER, "later")
    assert [c.status for c in fake.calls_to("sendMessage")] == [429, 200]


@pytest.mark.parametrize("status", [500, 502])
async def test_fail_next_5xx_raises_network_error(bot, fake, status):
    """Injected server errors surface as NetworkError for as many calls as asked."""
    fake.fail_next("sendChatAction", status, times=2)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.send_chat_action(USER, "typing")
    assert await bot.send_chat_action(USER, "typing") is True


async def test_refused_method_answers_404(bot, fake):
    """refuse_method makes a method look absent, as on an older Bot API server."""
    assert await bot.send_message_draft(USER, 5, "thinking…") is True
    fake.refuse_method("sendMessageDraft")
    with pytest.raises(InvalidToken, match="Not Found"):
        await bot.send_message_draft(USER, 5, "thinking…")


async def test_get_updates_returns_pushed_updates_and_confirms_them(bot, fake):
    """Pushed updates are numbered, delivered in order and dropped once an offset confirms them."""
    first = fake.push_update(updates.text_message(USER, "one"))
    second = fake.push_update(updates.command(USER, "/start"))
    received = await bot.get_updates(timeout=0)
    assert [u.update_id for u in received] == [first, second] == [1, 2]
    assert received[1].message.text == "/start"
    assert [u.update_id for u in await bot.get_updates(offset=second, timeout=0)] == [second]
    assert await bot.get_updates(offset=second + 1, timeout=0) == ()
    assert [u.update_id for u in await bot.get_updates(limit=1, timeout=0)] == []


async def test_long_poll_wakes_when_an_update_is_pushed(bot, fake):
    """A waiting getUpdates returns as soon as an update arrives, not at its timeout."""
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=8, read_timeout=10))
    await asyncio.sleep(0.1)
    assert not poll.done()
    fake.push_update(updates.text_message(USER, "wake"))
    received = await asyncio.wait_for(poll, 3)
    assert received[0].message.text == "wake"
    assert time.monotonic() - started < 2


async def test_long_poll_without_updates_returns_empty_after_timeout(bot):
    """With nothing pending, getUpdates waits out its timeout and returns an empty list."""
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 3


async def test_answer_callback_query_twice_is_an_error(bot, fake):
    """A callback query can be answered once; the second answer is "query is too old"."""
    assert await bot.answer_callback_query("q-1", text="Saved") is True
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query("q-1")
    assert fake.answered_callback_ids == {"q-1"}


async def test_send_document_upload_is_stored(bot, fake):
    """A multipart document upload keeps its bytes and file name and returns a Document."""
    sent = await bot.send_document(
        USER, b"line 1\nline 2\n", filename="export.txt", caption="<b>Your</b> export", parse_mode="HTML"
    )
    assert sent.document.file_name == "export.txt" and sent.document.file_size == 14
    assert sent.caption == "Your export"
    stored = fake.message(USER, sent.message_id)
    assert (stored.file_name, stored.file_bytes) == ("export.txt", b"line 1\nline 2\n")
    assert fake.calls_to("sendDocument")[-1].files["document"] == b"line 1\nline 2\n"
    again = await bot.send_document(USER, sent.document.file_id)
    assert fake.message(USER, again.message_id).file_bytes == b"line 1\nline 2\n"


async def test_captions_are_validated(bot):
    """Captions get the same HTML parsing and a 1024-unit limit."""
    with pytest.raises(BadRequest, match="(?i)caption is too long"):
        await bot.send_photo(USER, b"\x89PNG fake", caption="c" * 1025)
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_photo(USER, b"\x89PNG fake", caption="<b>open", parse_mode="HTML")
    sent = await bot.send_photo(USER, b"\x89PNG fake", caption="fine")
    assert sent.photo and sent.caption == "fine"


async def test_set_my_commands_is_validated_and_stored(bot):
    """Commands must be lowercase words with a description; valid ones are read back."""
    commands = [telegram.BotCommand("start", "Begin"), telegram.BotCommand("check_in", "Daily check-in")]
    assert await bot.set_my_commands(commands) is True
    assert [c.command for c in await bot.get_my_commands()] == ["start", "check_in"]
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([telegram.BotCommand("Start", "Begin")])
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_DESCRIPTION_INVALID"):
        await bot.set_my_commands([telegram.BotCommand("start", "")])
    await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


@pytest.mark.parametrize(
    ("update", "check"),
    [
        (updates.text_message(USER, "hello"), lambda u: u.message.text == "hello"),
        (
            updates.command(USER, "/start", "ref42"),
            lambda u: u.message.entities[0].type == "bot_command" and u.message.text == "/start ref42",
        ),
        (
            updates.callback(USER, 3, "mood:ok", message_text="How are you?"),
            lambda u: u.callback_query.data == "mood:ok" and u.callback_query.message.from_user.is_bot,
        ),
        (updates.location(USER, 52.52, 13.405), lambda u: u.message.location.latitude == 52.52),
        (updates.sticker(USER), lambda u: u.message.sticker.type == "regular"),
        (updates.photo(USER), lambda u: len(u.message.photo) == 3),
        (updates.voice(USER), lambda u: u.message.voice.mime_type == "audio/ogg"),
        (updates.edited_text(USER, "fixed"), lambda u: u.edited_message.edit_date is not None),
        (updates.group_message(USER, -100500, "hi all"), lambda u: u.effective_chat.type == "group"),
    ],
)
def test_update_builders_parse_as_telegram_updates(update, check):
    """Each builder's dict is an Update PTB parses with no unknown fields left over."""
    bot = telegram.Bot(FakeBotApi().token)
    parsed = telegram.Update.de_json({**update, "update_id": 1}, bot)
    assert parsed.effective_user.id == USER and check(parsed)

    def leftovers(obj):
        found = dict(obj.api_kwargs)
        for value in obj._get_attrs().values():
            for item in value if isinstance(value, tuple) else (value,):
                if isinstance(item, telegram.TelegramObject):
                    found.update(leftovers(item))
        return found

    assert leftovers(parsed) == {}


async def test_wait_for_consumes_calls_and_reports_on_timeout(bot, fake):
    """wait_for hands out each matching call once and lists recent calls when none comes."""
    waiter = asyncio.create_task(fake.wait_for("sendMessage", lambda c: c.params["text"] == "b"))
    await bot.send_message(USER, "a")
    await bot.send_message(USER, "b")
    assert (await waiter).params["text"] == "b"
    assert (await fake.wait_for("sendMessage")).params["text"] == "a"
    with pytest.raises(AssertionError, match="sendMessage -> 200"):
        await fake.wait_for("sendMessage", timeout=0.2)


def test_spec_subset_names_its_source_and_checks_calls():
    """The copied subset credits its origin and the checker applies Telegram's rules."""
    assert "PaulSonOfLars/telegram-bot-api-spec" in SOURCE["origin"]
    assert SOURCE["bot_api_version"] == "Bot API 10.1"
    assert len(METHODS) == 21 and "sendMessageDraft" in METHODS
    assert check_call("sendSticker", {}) == (404, "Not Found")
    assert check_call("sendMessage", {"chat_id": "1", "text": "x", "whatever": "y"}) is None
    assert check_call("getUpdates", {"allowed_updates": "[message"})[0] == 400
    assert check_call("sendDocument", {"chat_id": "1"}, files={"document"}) is None
