"""Who may use a feature yet: the one check for a finished onboarding, and the one for partner practices."""

from __future__ import annotations

from telegram import Update

from bot.practice.onboarding import is_onboarded
from bot.services import BotContext
from handlers import questions
from handlers.replying import edit_query_message
from storage.models import User


def onboarded(user: User | None) -> bool:
    """True when the user exists and has finished onboarding."""
    return user is not None and is_onboarded(user)


async def continue_onboarding(
    update: Update, context: BotContext, user: User | None, explanation: str
) -> None:
    """Explain why the feature waits and continue onboarding; called once the caller's session is closed."""
    await update.effective_message.reply_text(explanation)
    if user is None:
        await questions.welcome(update, context)
    else:
        await questions.send_step(update, context, user)


async def partner_practices_off(update: Update, user: User, off_text: str) -> bool:
    """True, once `off_text` is said, when partner practices are off for this user's safety: a command
    gets it as a reply, a tap as the edit of its message."""
    if not user.partner_feels_unsafe:
        return False
    query = update.callback_query
    if query is None:
        await update.effective_message.reply_text(off_text)
    else:
        await query.answer()
        await edit_query_message(query, off_text)
    return True
