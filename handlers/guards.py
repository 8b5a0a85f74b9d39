"""Who may use a feature yet: the one check for a finished onboarding, and where everyone else is taken."""

from __future__ import annotations

from telegram import Update

from bot.practice.onboarding import is_onboarded
from bot.services import BotContext
from handlers import questions
from storage import repo
from storage.models import User


async def onboarded_user(update: Update, context: BotContext, session, explanation: str) -> User | None:
    """The user if onboarding is finished; otherwise explain why and continue onboarding."""
    user = await repo.get_user(session, user_id=update.effective_user.id)
    if user is not None and is_onboarded(user):
        return user
    await update.effective_message.reply_text(explanation)
    if user is None:
        await questions.welcome(update, context)
    else:
        await questions.send_step(update, context, user)
    return None
