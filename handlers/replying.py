"""Small Telegram building blocks every handler uses: keyboards and edits that tolerate "not modified"."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest

Row = Sequence[tuple[str, str]]


def keyboard(*rows: Row) -> InlineKeyboardMarkup:
    """An inline keyboard from rows of (label, callback data)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def now_keyboard(label: str, *, on: bool) -> ReplyKeyboardMarkup | ReplyKeyboardRemove:
    """The persistent one-button keyboard that opens /now, or its removal when switched off."""
    if not on:
        return ReplyKeyboardRemove()
    return ReplyKeyboardMarkup([[KeyboardButton(label)]], is_persistent=True, resize_keyboard=True)


async def edit_query_message(
    query: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Edit the tapped message; a repeat of what it already shows is fine, not an error."""
    try:
        await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as error:
        if "message is not modified" not in error.message.lower():
            raise
