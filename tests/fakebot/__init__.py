"""A fake Telegram Bot API server and builders of the updates Telegram sends, for end-to-end tests."""

from .server import Call, FakeBotApi, StoredMessage
from .updates import (
    bot_user,
    callback,
    command,
    edited_text,
    group_message,
    location,
    photo,
    private_chat,
    sticker,
    text_message,
    user_dict,
    voice,
)

__all__ = [
    "Call",
    "FakeBotApi",
    "StoredMessage",
    "bot_user",
    "callback",
    "command",
    "edited_text",
    "group_message",
    "location",
    "photo",
    "private_chat",
    "sticker",
    "text_message",
    "user_dict",
    "voice",
]
