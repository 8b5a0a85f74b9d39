"""The personal safety plan behind /sos: built a step at a time (every step skippable), read back first."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import safety_plan as safety_plan_rules
from bot.practice.callback_data import parse_safety_plan_button, safety_plan_button
from bot.practice.free_text import clean_typed_text
from bot.practice.listening import pick
from bot.services import BotContext
from handlers.replying import edit_query_message, keyboard
from storage import repo
from storage.models import User

log = logging.getLogger(__name__)

HEARD = ("Thank you. That's in your plan.", "Got it, it's in your plan.", "Kept in your plan.")
FINISHED = (
    "Your plan is saved. It comes first whenever you open /sos, and you can go through it again any time."
)


async def _ask(context: BotContext, chat_id: int, user_id: int, index: int) -> None:
    """Open step `index` for typed text and ask it."""
    services = context.services
    section = safety_plan_rules.SECTIONS[index]
    async with services.sessions() as session:
        await repo.open_plan_section(session, user_id=user_id, section=section.id, now=services.clock.now())
        current = (await repo.safety_plan(session, user_id=user_id)).get(section.id)
    await context.bot.send_message(
        chat_id,
        safety_plan_rules.step_text(index, current),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(
            [("Keep it as it is" if current else "Skip", safety_plan_button("skip", index))],
            [("Stop for now", safety_plan_button("stop"))],
        ),
    )


async def _finish(context: BotContext, chat_id: int, user_id: int) -> None:
    """Stop waiting for plan text and show the plan as it now reads."""
    services = context.services
    async with services.sessions() as session:
        await repo.open_plan_section(session, user_id=user_id, section=None, now=services.clock.now())
        entries = await repo.safety_plan(session, user_id=user_id)
    written = safety_plan_rules.plan_text(entries)
    text = (
        f"{written}\n\n{FINISHED}"
        if written
        else "Nothing is written yet; /sos brings the plan back any time."
    )
    await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML)


async def _next(context: BotContext, chat_id: int, user_id: int, index: int) -> None:
    if safety_plan_rules.section_at(index) is None:
        await _finish(context, chat_id, user_id)
    else:
        await _ask(context, chat_id, user_id, index)


async def safety_plan_tap(update: Update, context: BotContext) -> None:
    """Start the plan, skip (or keep) a step, or stop for now."""
    query = update.callback_query
    tap = parse_safety_plan_button(query.data)
    async with context.services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    if tap is None or user is None:
        await query.answer("This button has expired.")
        return
    await query.answer()
    chat_id = update.effective_chat.id
    if tap.action == "go":
        await _ask(context, chat_id, user.id, 0)
    elif tap.action == "skip":
        await edit_query_message(query, safety_plan_rules.step_text(tap.index, None).split("\n\n")[0])
        await _next(context, chat_id, user.id, tap.index + 1)
    else:
        await _finish(context, chat_id, user.id)


async def keep_entry(context: BotContext, user: User, typed: str) -> int | None:
    """Store typed text as the open section's answer; returns that section's index (None: no section open)."""
    index = safety_plan_rules.index_of(user.plan_section or "")
    entry, _ = clean_typed_text(typed, safety_plan_rules.PLAN_ENTRY_MAX_CHARS)
    if index is None or not entry:
        return index
    services = context.services
    async with services.sessions() as session:
        await repo.save_safety_plan_entry(
            session, user_id=user.id, section=user.plan_section, text=entry, now=services.clock.now()
        )
    return index


async def text(update: Update, context: BotContext, user: User) -> None:
    """A typed answer to the open step (already screened): kept, acknowledged, then the next step."""
    index = await keep_entry(context, user, update.effective_message.text or "")
    if index is None:
        return
    await update.effective_message.reply_text(pick(HEARD, update.effective_message.message_id))
    await _next(context, update.effective_chat.id, user.id, index + 1)
