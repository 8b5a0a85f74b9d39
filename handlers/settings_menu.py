"""/settings: one inline menu, edited in place; each change is confirmed in local time and rescheduled at once."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import clock_time, zones
from bot.practice import onboarding_flow as flow
from bot.practice.callback_data import parse_settings_button, settings_button
from bot.practice.free_text import in_sentence
from bot.services import BotContext, Services
from handlers import guards, questions
from handlers.replying import edit_query_message, keyboard
from storage import repo
from storage.models import User


def _menu_text(services: Services, user: User) -> str:
    now = services.clock.now()
    direction = services.content.onboarding.directions[user.direction].summary
    return "\n".join(
        [
            "<b>Your settings</b>",
            f"Time zone: {html.escape(zones.describe_zone(user.time_zone, now))}",
            f"Check-in: {clock_time.format_clock_time(user.checkin_time)}",
            f"Weekly recap: {questions.recap_when(user)}",
            f"Direction: {direction}",
            f"Practising: <i>{html.escape(user.secure_alternative)}</i> "
            f"instead of <i>{html.escape(in_sentence(user.pattern))}</i>",
            f"Quiet delivery (no sound): {'on' if user.quiet else 'off'}",
            f"Partner practices: {'off, for your safety' if user.partner_feels_unsafe else 'on'}",
        ]
    )


def _menu_keyboard(user: User):
    return keyboard(
        [("Time zone", settings_button("tz")), ("Check-in time", settings_button("tm"))],
        [("Recap day", settings_button("rc")), ("Direction", settings_button("dir"))],
        [
            ("Pattern", settings_button("pat")),
            (f"Quiet: turn {'off' if user.quiet else 'on'}", settings_button("quiet")),
        ],
        [(f"Partner practices: turn {'on' if user.partner_feels_unsafe else 'off'}", settings_button("ptn"))],
    )


async def settings_command(update: Update, context: BotContext) -> None:
    """Show every setting and a button to change each."""
    services = context.services
    async with services.sessions() as session:
        user = await guards.onboarded_user(update, context, session, "Let's finish setting up first.")
        if user is None:
            return
        if user.changing is not None:
            user.changing = None  # a fresh menu abandons a half-made change
            await repo.save(session, user)
    await update.effective_message.reply_text(
        _menu_text(services, user), parse_mode=ParseMode.HTML, reply_markup=_menu_keyboard(user)
    )


async def settings_tap(update: Update, context: BotContext) -> None:
    """Start changing one setting, or toggle a yes/no one in place."""
    query = update.callback_query
    services = context.services
    what = parse_settings_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or what is None:
            await query.answer("This menu has expired.")
            return
        before = flow.Answers.of(user)
        after, effects = flow.choose_setting(before, what, services.clock.now())
        if flow.Effect.STALE in effects:
            await query.answer("This menu has expired.")
            return
        changes = flow.changed_fields(before, after)
        if flow.Effect.ASK_NEXT in effects:
            # One prompt at a time: the question replaces any other open prompt.
            changes = {column: None for column in repo.PROMPT_COLUMNS} | changes
        if changes:
            guard = flow.guard_fields(before, flow.changed_fields(before, after))
            if not await repo.update_user_if(session, user_id=user.id, expected=guard, values=changes):
                await query.answer("This menu has expired.")
                return
            user = await repo.reload(session, user)
        if flow.Effect.ASK_NEXT in effects:
            await query.answer()
            await questions.send_step(update, context, user)
        elif flow.Effect.SHOW_RECAP_CHOICES in effects:
            await query.answer()
            await questions.send_recap_choices(context, user)
        else:
            await query.answer("Saved ✓")
            await edit_query_message(query, _menu_text(services, user), _menu_keyboard(user))
