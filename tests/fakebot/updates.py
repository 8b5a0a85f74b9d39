"""Builds incoming Update dicts shaped exactly as Telegram delivers them to a bot."""

from __future__ import annotations

import itertools
import time
from typing import Any

from .html_entities import utf16_len

DEFAULT_BOT_ID = 123456
DEFAULT_BOT_USERNAME = "earned_security_test_bot"

# Incoming ids start far above the fake's per-chat bot message ids so the two never meet.
_message_ids = itertools.count(100000)
_query_ids = itertools.count(1)
_file_ids = itertools.count(1)


def _now() -> int:
    return int(time.time())


def _wrap(kind: str, payload: dict[str, Any], update_id: int | None) -> dict[str, Any]:
    update: dict[str, Any] = {kind: payload}
    if update_id is not None:
        update["update_id"] = update_id
    return update


def user_dict(user_id: int, first_name: str = "Sam", language_code: str = "en") -> dict[str, Any]:
    """A human User object."""
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": language_code}


def private_chat(user_id: int, first_name: str = "Sam") -> dict[str, Any]:
    """The private Chat a user shares with the bot (its id equals the user's)."""
    return {"id": user_id, "first_name": first_name, "type": "private"}


def bot_user(bot_id: int = DEFAULT_BOT_ID, bot_username: str = DEFAULT_BOT_USERNAME) -> dict[str, Any]:
    """The bot's own User object, as Telegram puts it in the bot's messages."""
    return {"id": bot_id, "is_bot": True, "first_name": "Earned Security", "username": bot_username}


def _message(
    user_id: int,
    *,
    message_id: int | None,
    date: int | None,
    chat: dict[str, Any] | None = None,
    **content: Any,
) -> dict[str, Any]:
    return {
        "message_id": next(_message_ids) if message_id is None else message_id,
        "from": user_dict(user_id),
        "chat": chat or private_chat(user_id),
        "date": _now() if date is None else date,
        **content,
    }


def _file_pair(prefix: str) -> dict[str, str]:
    n = next(_file_ids)
    return {"file_id": f"{prefix}-fake-file-{n}", "file_unique_id": f"{prefix}U{n}"}


def text_message(
    user_id: int,
    text: str,
    *,
    message_id: int | None = None,
    date: int | None = None,
    update_id: int | None = None,
) -> dict[str, Any]:
    """A plain text message from the user in their private chat."""
    return _wrap("message", _message(user_id, message_id=message_id, date=date, text=text), update_id)


def command(
    user_id: int,
    name: str = "/start",
    args: str = "",
    *,
    message_id: int | None = None,
    date: int | None = None,
    update_id: int | None = None,
) -> dict[str, Any]:
    """A command message with the bot_command entity Telegram attaches to it."""
    name = name if name.startswith("/") else f"/{name}"
    text = f"{name} {args}" if args else name
    entities = [{"offset": 0, "length": utf16_len(name), "type": "bot_command"}]
    payload = _message(user_id, message_id=message_id, date=date, text=text, entities=entities)
    return _wrap("message", payload, update_id)


def callback(
    user_id: int,
    message_id: int,
    data: str,
    *,
    message_text: str = "...",
    chat_id: int | None = None,
    query_id: str | None = None,
    reply_markup: dict[str, Any] | None = None,
    bot_id: int = DEFAULT_BOT_ID,
    bot_username: str = DEFAULT_BOT_USERNAME,
    update_id: int | None = None,
) -> dict[str, Any]:
    """A button press on one of the bot's messages."""
    chat = private_chat(user_id) if chat_id is None or chat_id == user_id else _group_chat(chat_id)
    message: dict[str, Any] = {
        "message_id": message_id,
        "from": bot_user(bot_id, bot_username),
        "chat": chat,
        "date": _now(),
        "text": message_text,
    }
    if reply_markup is not None:
        message["reply_markup"] = reply_markup
    query = {
        "id": query_id or f"{8000000000000000 + next(_query_ids)}",
        "from": user_dict(user_id),
        "message": message,
        "chat_instance": f"-{4000000000000000000 + abs(chat['id'])}",
        "data": data,
    }
    return _wrap("callback_query", query, update_id)


def location(
    user_id: int, latitude: float, longitude: float, *, update_id: int | None = None
) -> dict[str, Any]:
    """A shared location, as sent by a request_location keyboard button."""
    payload = _message(
        user_id, message_id=None, date=None, location={"latitude": latitude, "longitude": longitude}
    )
    return _wrap("message", payload, update_id)


def sticker(user_id: int, *, update_id: int | None = None) -> dict[str, Any]:
    """A regular static sticker."""
    content = {
        **_file_pair("sticker"),
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "\N{THUMBS UP SIGN}",
        "file_size": 20480,
    }
    return _wrap("message", _message(user_id, message_id=None, date=None, sticker=content), update_id)


def photo(user_id: int, *, caption: str | None = None, update_id: int | None = None) -> dict[str, Any]:
    """A photo, delivered as Telegram does: one PhotoSize per generated resolution."""
    sizes = [
        {**_file_pair("photo"), "width": w, "height": h, "file_size": size}
        for w, h, size in ((90, 67, 1200), (320, 240, 15000), (1280, 960, 120000))
    ]
    extra = {"caption": caption} if caption else {}
    return _wrap("message", _message(user_id, message_id=None, date=None, photo=sizes, **extra), update_id)


def voice(user_id: int, duration: int = 3, *, update_id: int | None = None) -> dict[str, Any]:
    """A voice note."""
    content = {**_file_pair("voice"), "duration": duration, "mime_type": "audio/ogg", "file_size": 9000}
    return _wrap("message", _message(user_id, message_id=None, date=None, voice=content), update_id)


def edited_text(
    user_id: int, text: str, *, message_id: int | None = None, update_id: int | None = None
) -> dict[str, Any]:
    """An edit the user made to one of their earlier text messages."""
    now = _now()
    payload = _message(user_id, message_id=message_id, date=now - 60, text=text, edit_date=now)
    return _wrap("edited_message", payload, update_id)


def _group_chat(chat_id: int) -> dict[str, Any]:
    return {"id": chat_id, "title": "Test group", "type": "group"}


def group_message(user_id: int, chat_id: int, text: str, *, update_id: int | None = None) -> dict[str, Any]:
    """A text message from the user in a group the bot was added to (chat_id is negative)."""
    payload = _message(user_id, message_id=None, date=None, chat=_group_chat(chat_id), text=text)
    return _wrap("message", payload, update_id)
