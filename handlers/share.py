"""/share: a confirm step (name on the page, notes in or out), then a one-page PDF summary sent to the user to forward."""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.constants import ChatAction, ParseMode

from bot.practice import share as share_rules
from bot.practice.callback_data import parse_share_button, share_button
from bot.practice.onboarding import is_onboarded
from bot.practice.screen import screen
from bot.progress_data import load_summary
from bot.services import BotContext
from handlers import guards
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from storage import repo
from storage.models import User

CAPTION = (
    "Your one-page summary. Forward it to your therapist or coach if you'd like; "
    "it never holds crisis moments."
)
MAKING = "Making your summary…"


def _step(first_name: str, typed_name: str | None, name: str, notes: bool):
    """The confirm step's text and buttons for the current choices."""
    if name == "t" and not typed_name:
        name = "f"
    shown = {"f": first_name, "t": typed_name, "n": None}[name]
    tick = "✓ "
    names = [(f"{tick if name == 'f' else ''}{first_name[:24]}", share_button("f", notes, "v"))]
    if typed_name:
        names.append((f"{tick if name == 't' else ''}{typed_name[:24]}", share_button("t", notes, "v")))
    names.append((f"{tick if name == 'n' else ''}No name", share_button("n", notes, "v")))
    markup = keyboard(
        names,
        [("Type another name" if typed_name else "Type a name", share_button(name, notes, "w"))],
        [(f"{tick if notes else ''}Include my notes and story", share_button(name, not notes, "v"))],
        [("Make the PDF", share_button(name, notes, "m"))],
    )
    return share_rules.confirm_text(shown, notes), markup


async def share_command(update: Update, context: BotContext) -> None:
    """Show the confirm step: the name defaults to the user's first name, notes default to left out."""
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if not guards.onboarded(user):
        await guards.continue_onboarding(
            update, context, user, "Your summary needs a few check-ins first. Let's finish setting up."
        )
        return
    text, markup = _step(update.effective_user.first_name or "", user.share_name, "f", False)
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


def _flagged(text: str) -> bool:
    return screen(text).flagged


async def share_tap(update: Update, context: BotContext) -> None:
    """Change a choice in the confirm step, or make the PDF with the chosen ones and send it."""
    query = update.callback_query
    tap = parse_share_button(query.data)
    first_name = update.effective_user.first_name or ""
    if tap is None:
        await query.answer("This button has expired. Send /share again.")
        return
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        ready = user is not None and is_onboarded(user)
        if ready and tap.action == "w":
            await repo.open_moment_prompt(session, user_id=user.id, value=f"share:{int(tap.notes)}", now=now)
        if ready and tap.action == "m":
            summary, notes = await _page_contents(session, user, tap.notes, services.content, now)
    if not ready:
        await query.answer("This button has expired. Send /share again.")
        return
    if tap.action != "m":
        await query.answer()
        if tap.action == "w":
            await edit_query_message(query, share_rules.ASK_NAME)
        else:
            await edit_query_message(query, *_step(first_name, user.share_name, tap.name, tap.notes))
        return
    chosen = share_rules.notes_for_page(notes, include=tap.notes, flagged=_flagged)
    await query.answer()
    await edit_query_message(query, MAKING)
    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_DOCUMENT)
    # Imported on first use: the PDF library and the fonts it reads cost about 45 MB of memory, which a
    # bot that never makes a PDF should not carry from start-up (bench/size.py measures it).
    from bot.share_pdf import render_share_pdf

    # A tenth of a second of CPU for a year of data: off the event loop, so other users' taps go on.
    document = await asyncio.to_thread(
        render_share_pdf,
        summary,
        name={"f": first_name, "t": user.share_name}.get(tap.name),
        notes=chosen,
        made_on=summary.today,
    )
    await context.bot.send_document(
        user.id,
        InputFile(document, filename=f"practice-summary-{summary.today:%Y-%m-%d}.pdf"),
        caption=CAPTION,
    )


async def _page_contents(session, user: User, with_notes: bool, content, now):
    """What the page shows: the practice summary, and the user's notes and story when they chose them."""
    summary = await load_summary(session, user, content, now)
    notes: list[share_rules.SharedNote] = []
    if with_notes:
        zone = ZoneInfo(user.time_zone)
        notes += [
            share_rules.SharedNote(c.local_date, "note", c.note)
            for c in await repo.checkins_since(session, user_id=user.id, since=summary.first_day)
            if c.note
        ]
        notes += [
            share_rules.SharedNote(due.practice_date(entry.written_at, zone), "story", entry.text)
            for entry in await repo.story_entries(session, user_id=user.id)
        ]
    return summary, notes


async def name_text(update: Update, context: BotContext, user: User) -> None:
    """The name typed for the page (already screened): kept, then the confirm step again with it chosen."""
    name = share_rules.clean_name(update.effective_message.text or "")
    if name is None:
        await update.effective_message.reply_text(share_rules.EMPTY_NAME)
        return
    notes = (user.practice_prompt or "").endswith(":1")
    async with context.services.sessions() as session:
        await repo.save_share_name(session, user_id=user.id, name=name)
    text, markup = _step(update.effective_user.first_name or "", name, "t", notes)
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
