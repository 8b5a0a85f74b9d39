"""The last line of defence: log a handler error without message content and apologise briefly."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError, TimedOut

from bot.services import BotContext
from scheduler import plan
from storage import repo

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


async def on_error(update: object, context: BotContext) -> None:
    """Log the error type (never content), handle a block, and tell the user something went wrong."""
    error = context.error
    if not isinstance(update, Update):
        log.error("error outside an update: %s", type(error).__name__, exc_info=error)
        await _count(context, error)
        return
    user = update.effective_user
    chat = update.effective_chat
    if isinstance(error, Forbidden) and (chat is None or user is None or chat.id != user.id):
        # Refused in a group (kicked, no rights): it says nothing about the user's private chat.
        log.info("refused in a group chat; the user's schedule is unchanged")
        return
    if isinstance(error, Forbidden):
        services = context.services
        async with services.sessions() as session:
            await plan.stop_for_unreachable(session, user_id=user.id, now=services.clock.now())
        log.info("user unreachable while answering an update")
        return
    if isinstance(error, TimedOut):
        # Telegram may have delivered the reply after all: an apology could follow a good answer,
        # and the send is not repeated. Counted, without a traceback (it is not a bug).
        log.warning("handler call timed out; outcome unknown, not repeated")
        await _count(context, error)
        return
    log.error("handler error: %s", type(error).__name__, exc_info=error)
    await _count(context, error)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(APOLOGY)
        elif update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, APOLOGY)
    except TelegramError:
        # The apology is best effort; the error above is already logged.
        pass


async def _count(context: BotContext, error: BaseException | None) -> None:
    """Record the error's type for operators' counts; counting must never raise in turn."""
    services = context.services
    try:
        async with services.sessions() as session:
            await repo.record_error(session, kind=type(error).__name__, now=services.clock.now())
    except Exception:  # noqa: BLE001
        log.warning("could not record an error event")
