"""Routes typed text: onboarding answers first, then a check-in note, otherwise a short pointer."""

from __future__ import annotations

from telegram import Update

from bot.practice.onboarding import Step, current_step
from bot.services import BotContext
from handlers import checkin, onboarding
from storage import repo


async def text(update: Update, context: BotContext) -> None:
    """Give typed text to whatever is waiting for it."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        waiting_checkin = None
        if user is not None and current_step(user) is Step.DONE:
            waiting_checkin = await repo.checkin_awaiting_note(session, user_id=user.id, now=now)
    if user is None:
        await onboarding.start(update, context)
        return
    if onboarding.active_step(user) is not Step.DONE:
        await onboarding.text(update, context, user)
        return
    if waiting_checkin is not None:
        await checkin.note(update, context, waiting_checkin)
        return
    await update.effective_message.reply_text(
        "I mostly work with taps. /checkin opens today's check-in; /help shows everything else."
    )
