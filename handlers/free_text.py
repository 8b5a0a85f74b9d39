"""Text typed outside any question: a short acknowledgement and a choice of what to do with it."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode

from bot.practice.callback_data import exercise_button, free_text_button, parse_free_text_button
from bot.practice.checkin import NOTE_MAX_CHARS
from bot.practice.free_text import (
    CHOOSE,
    HEARD,
    PENDING_MAX_CHARS,
    clean_typed_text,
    is_pending,
    joined_burst,
    only_emoji,
)
from bot.practice.listening import STORY_HEARD, pause_reply, pick
from bot.practice.relationships import STORY_ENTRY_MAX_CHARS
from bot.services import BotContext
from handlers import bursts
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from storage import repo
from storage.models import User

JOURNAL_PROMPT = "journal"  # story entries written freely, not in answer to a story prompt
LIGHT = ("🙂", "Right back at you. 🌱", "🌿")
EXPIRED = "That's a while back now, so I let it go. Type it again whenever you like."
SAID = "Thank you for saying it. I'm here whenever you want to write."


async def answer(update: Update, context: BotContext, user: User, *, safety_pause: bool) -> None:
    """Keep the text for the user's choice (a burst joined) and answer the burst once."""
    services = context.services
    now = services.clock.now()
    message = update.effective_message
    typed, _ = clean_typed_text(message.text or message.caption or "", PENDING_MAX_CHARS)
    first = bursts.claim_pointer(context, update.effective_chat.id)
    if only_emoji(typed):
        if first:
            await message.reply_text(pick(LIGHT, message.message_id))
        return
    async with services.sessions() as session:
        row = await repo.get_user(session, user_id=user.id)
        row.pending_text = joined_burst(row.pending_text, row.pending_at, typed, now, continues=not first)
        row.pending_at = now
        await repo.save(session, row)
    if not first:
        return  # a burst of lines gets one answer; the lines are kept together
    journal = ("Write it in my journal", free_text_button("jour"))
    said = ("Just needed to say it", free_text_button("said"))
    if safety_pause:
        # No practice and no check-in while a safety pause lasts.
        await message.reply_text(
            pause_reply(message.message_id),
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard([journal], [said]),
        )
        return
    await message.reply_text(
        f"{pick(HEARD, message.message_id)} {CHOOSE}",
        reply_markup=keyboard(
            [("Save it as today's note", free_text_button("note"))],
            [("A practice for right now", exercise_button("new", "r"))],
            [journal],
            [said],
        ),
    )


async def free_text_tap(update: Update, context: BotContext) -> None:
    """Do what the chosen button says with the kept text: today's note, the journal, or let it be."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    choice = parse_free_text_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is not None and choice is not None:
            reply = await _use_kept_text(session, user, choice, query.message.message_id, now)
    if user is None or choice is None:
        await query.answer("This button has expired.")
        return
    await query.answer()
    await edit_query_message(query, reply)


async def _use_kept_text(session, user: User, choice: str, message_id: int, now) -> str:
    """Clear the kept text and do with it what the button says; returns the reply."""
    kept = user.pending_text if is_pending(user.pending_at, now) else None
    user.pending_text = user.pending_at = None
    await repo.save(session, user)
    if choice == "said":
        return SAID
    if not kept or (choice == "note" and user.time_zone is None):
        return EXPIRED
    if choice == "note":
        return await _save_note(session, user, kept, now)
    entry, _ = clean_typed_text(kept, STORY_ENTRY_MAX_CHARS)
    await repo.add_story_entry(session, user_id=user.id, prompt_id=JOURNAL_PROMPT, text=entry, now=now)
    return f"{pick(STORY_HEARD, message_id)} /story shows your journal."


async def _save_note(session, user: User, kept: str, now) -> str:
    """Today's check-in note becomes (or gains) the kept text; the check-in's answers stay as they are."""
    zone = ZoneInfo(user.time_zone)
    today = due.practice_date(now, zone)
    checkin = await repo.get_or_create_checkin(
        session, user_id=user.id, local_date=today, now=now, closes_at=due.closes_at(today, zone)
    )
    note, _ = clean_typed_text(f"{checkin.note} {kept}" if checkin.note else kept, NOTE_MAX_CHARS)
    # A check-in waiting for its note is finished by it; any other stage keeps waiting for its taps.
    stage = "done" if checkin.stage == "note" else checkin.stage
    saved = await repo.update_checkin_if_stage(
        session, checkin_id=checkin.id, expected_stage=checkin.stage, now=now, stage=stage, note=note
    )
    return "Saved as today's note ✓ /checkin shows it." if saved else EXPIRED
