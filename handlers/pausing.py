"""/pause and /resume: stop everything scheduled for a while, and start again without a backlog."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import keep_going
from bot.practice.callback_data import parse_pause_button, pause_button
from bot.practice.onboarding import is_onboarded
from bot.practice.pausing import PAUSE_CHOICES, is_paused
from bot.services import BotContext
from handlers import guards
from handlers.replying import edit_query_message, keyboard
from scheduler import due, plan
from storage import repo


async def pause_command(update: Update, context: BotContext) -> None:
    """Offer how long to pause for."""
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "There's nothing scheduled to pause yet.")
        return
    await update.effective_message.reply_text(
        "<b>Pause check-ins and recaps?</b>\nNothing scheduled will be sent while paused. "
        "/exercise and /sos keep working.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(*[[(label, pause_button(code))] for code, (label, _) in PAUSE_CHOICES.items()]),
    )


async def pause_tap(update: Update, context: BotContext) -> None:
    """Start the chosen pause."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    code = parse_pause_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        expired = user is None or code not in PAUSE_CHOICES or not is_onboarded(user)
        if not expired:
            _label, length = PAUSE_CHOICES[code]
            user.paused_since = now
            user.paused_until = now + length if length else None
            restarted = keep_going.restarted(now)
            user.keep_going_asked_at, user.keep_going_reset_at = restarted.asked_at, restarted.reset_at
            await repo.save(session, user)
    if expired:
        await query.answer("This button has expired.")
        return
    await query.answer("Paused")
    if user.paused_until is None:
        ends = "until you send /resume"
    else:
        ends = f"until {user.paused_until.astimezone(ZoneInfo(user.time_zone)):%A %-d %B, %H:%M}"
    await edit_query_message(query, f"Paused {ends}. Take the time you need. 🌱")


async def resume_command(update: Update, context: BotContext) -> None:
    """End a pause and schedule the next check-in from now: never a backlog."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        ready = guards.onboarded(user)
        if ready:
            was_paused = is_paused(user.paused_since, user.paused_until, now)
            user.paused_since = user.paused_until = None
            await repo.save(session, user)
            due_at = await plan.schedule_checkin(session, user=user, now=now)
            await plan.schedule_recap(session, user=user, now=now)
    if not ready:
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    opener = "Welcome back." if was_paused else "You weren't paused, and nothing changed."
    await update.effective_message.reply_text(
        f"{opener} Your next check-in: <b>{when}</b>.", parse_mode=ParseMode.HTML
    )
