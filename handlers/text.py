"""Routes typed text: screened first; then onboarding answers, a story entry, a check-in note, or a short reply."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode

from bot.practice.listening import listening_closed, pause_reply
from bot.practice.moments import is_now_button
from bot.practice.onboarding import is_onboarded
from bot.practice.safety import Route
from bot.practice.screen import Screening, asks_for_help, screen
from bot.services import BotContext
from handlers import bursts, command_list, free_text, moments, onboarding, partner, prompts, safety
from storage import repo
from storage.crypto import MissingKey

log = logging.getLogger(__name__)


async def route(update: Update, context: BotContext) -> None:
    """Screen typed text for crisis signals first; then give it to whatever is waiting for it."""
    services = context.services
    now = services.clock.now()
    typed = update.effective_message.text or ""
    if asks_for_help(typed):
        await safety.sos(update, context)
        return
    screening = screen(typed)
    if screening.flagged:
        await _answer_signal(update, context, screening)
        return
    if is_now_button(typed):
        # The persistent /now button: a command in all but name, so no open question takes it as an answer.
        await prompts.note_command(update, context)
        await moments.now_command(update, context)
        return
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        waiting_checkin = flag = None
        if user is not None:
            flag = await repo.active_safety_flag(session, user_id=user.id, now=now)
        if user is not None and is_onboarded(user):
            waiting_checkin = await repo.checkin_awaiting_note(session, user_id=user.id, now=now)
    if user is None:
        await onboarding.start(update, context)
        return
    # After a crisis answer the next message is conversation, not an answer to an earlier question.
    if not listening_closed(flag.raised_at if flag else None, user.last_command_at, user.prompt_opened_at):
        # A partner who linked before setting up their own practice still answers the partner's prompts.
        if user.changing is None and not is_onboarded(user) and partner.prompt_kind(user) is None:
            await onboarding.typed_answer(update, context, user)
            return
        if await prompts.answer(update, context, user, waiting_checkin):
            return
    if not is_onboarded(user):
        # Not set up yet (listening closed after a crisis): presence and the lines, nothing kept.
        if bursts.claim_pointer(context, update.effective_chat.id):
            await update.effective_message.reply_text(
                pause_reply(update.effective_message.message_id)
                + "\n\nWhen you want to carry on setting up, /start picks up where you left off.",
                parse_mode=ParseMode.HTML,
            )
        return
    # Outside any question: a human answer and a choice of what to do with it.
    await free_text.answer(update, context, user, safety_pause=flag is not None)


async def _answer_signal(update: Update, context: BotContext, screening: Screening) -> None:
    """Answer what the screen heard, reading nothing encrypted first; then keep the text where it was meant."""
    services = context.services
    async with services.sessions() as session:
        contact = await repo.get_user_contact(session, user_id=update.effective_user.id)
    answer = await safety.respond(update, context, contact, screening)
    if contact is None:
        return
    try:
        async with services.sessions() as session:
            user = await repo.get_user(session, user_id=contact.id)
            waiting_checkin = None
            if is_onboarded(user):
                waiting_checkin = await repo.checkin_awaiting_note(
                    session, user_id=user.id, now=services.clock.now()
                )
    except MissingKey as error:
        # The help already went out; only keeping the text waits for the right key.
        log.warning("typed text not kept after a safety answer: %s", type(error).__name__)
        return
    # What was written still goes where it was meant to (a story entry, a check-in note), quietly,
    # after the safety answer; a minor's words are not kept at all.
    await prompts.keep_quietly(update, context, user, waiting_checkin, keep=answer.keep_text)
    if answer.route is not Route.CHECK:
        # Nothing keeps listening for something else after a crisis answer: the next message is
        # answered as conversation, never saved as a note or a setting.
        await prompts.close_all(context, user, waiting_checkin)


async def _screened(update: Update, context: BotContext, typed: str) -> Screening | None:
    """The screen's answer when `typed` needed one and got it; None when it was ordinary."""
    if asks_for_help(typed):
        await safety.sos(update, context)
        return screen("")
    screening = screen(typed)
    if not screening.flagged:
        return None
    async with context.services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    await safety.respond(update, context, user, screening)
    return screening


async def edited(update: Update, context: BotContext) -> None:
    """An edited message is screened like any text, but not re-read as an answer."""
    message = update.effective_message
    if await _screened(update, context, message.text or message.caption or "") is not None:
        return
    await message.reply_text(
        "I only read new messages, not edits. If you meant to change something, send it again."
    )


async def caption(update: Update, context: BotContext) -> None:
    """A photo, video or document with a caption: the caption is screened and answered like typed text."""
    if await _screened(update, context, update.effective_message.caption or "") is not None:
        return
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        flag = await repo.active_safety_flag(session, user_id=user.id, now=now) if user else None
    if user is None or not is_onboarded(user):
        await command_list.unreadable(update, context)
        return
    await free_text.answer(update, context, user, safety_pause=flag is not None)
