"""Routes typed text: onboarding answers first, then a check-in note, otherwise a short pointer."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode

from bot.practice.onboarding import Step, current_step
from bot.practice.safety import asks_for_help, screen_text
from bot.services import BotContext
from handlers import bursts, onboarding, prompts, safety
from storage import repo


async def text(update: Update, context: BotContext) -> None:
    """Screen typed text for crisis signals first; then give it to whatever is waiting for it."""
    services = context.services
    now = services.clock.now()
    if await _screened(update, context):
        return
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        waiting_checkin = None
        if user is not None and current_step(user) is Step.DONE:
            waiting_checkin = await repo.checkin_awaiting_note(session, user_id=user.id, now=now)
    if user is None:
        await onboarding.start(update, context)
        return
    if user.changing is None and onboarding.active_step(user) is not Step.DONE:
        await onboarding.text(update, context, user)
        return
    if await prompts.answer(update, context, user, waiting_checkin):
        return
    async with services.sessions() as session:
        flagged = await repo.active_safety_flag(session, user_id=user.id, now=now) is not None
    if not bursts.claim_pointer(context, update.effective_chat.id):
        return  # a burst of texts gets one pointer, not one each
    # After a crisis signal the help lines stay in view, whatever the user says next.
    tail = "\n\n<i>The help lines stay here for you: /sos, any time.</i>" if flagged else ""
    await update.effective_message.reply_text(
        "I mostly work with taps. /checkin opens today's check-in; /help shows everything else." + tail,
        parse_mode=ParseMode.HTML,
    )


async def _screened(update: Update, context: BotContext) -> bool:
    """True when the text was a call for help or a crisis signal, and has been answered as one."""
    typed = update.effective_message.text or ""
    if asks_for_help(typed):
        await safety.sos(update, context)
        return True
    result = screen_text(typed)
    if not result.flagged:
        return False
    async with context.services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    await safety.respond(update, context, user, result)
    return True


async def edited(update: Update, context: BotContext) -> None:
    """An edited message is screened like any text, but not re-read as an answer."""
    if await _screened(update, context):
        return
    await update.effective_message.reply_text(
        "I only read new messages, not edits. If you meant to change something, send it again."
    )
