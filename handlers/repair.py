"""/repair and the check-in's repair offer: the short repair step after an old-pattern day, and logging "repaired"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import repair as repair_rules
from bot.practice.callback_data import parse_repair_button, repair_button
from bot.practice.free_text import clean_typed_text
from bot.practice.onboarding import is_onboarded
from bot.services import BotContext
from handlers import guards
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from storage import repo
from storage.models import User

EXPIRED = "This button has expired."
# Repairing (owning one's part, saying it to them) is for relationships where the person is safe.
REPAIR_OFF = (
    "Repair steps are switched off while partner practices are off, for your safety. A hard day is "
    "not yours to make up for. If that changes, /settings turns them back on."
)


async def offer_for(session, user: User, today: date, *, include_today: bool) -> date | None:
    """The old-pattern day this user could repair now, if any."""
    since = today - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
    checkins = await repo.checkins_since(session, user_id=user.id, since=since)
    old_days = [row.local_date for row in checkins if row.activated == "yes" and row.choice == "old"]
    repaired = [
        row.after_date
        for row in await repo.repairs_since(session, user_id=user.id, since=since)
        if row.status == "repaired"
    ]
    return repair_rules.repair_offer(old_days, repaired, today=today, include_today=include_today)


def step_keyboard(after_date: date):
    """The repair step's buttons: write it here first, log it as repaired, or not now."""
    return keyboard(
        [("I repaired ✓", repair_button("y", after_date))],
        [("Write it here first", repair_button("w", after_date))],
        [("Not now", repair_button("x", after_date))],
    )


async def repair_command(update: Update, context: BotContext) -> None:
    """The short repair step, for the latest old-pattern day not yet repaired (or any time)."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        ready = guards.onboarded(user) and not user.partner_feels_unsafe
        if ready:
            today = due.practice_date(now, ZoneInfo(user.time_zone))
            after = await offer_for(session, user, today, include_today=True)
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    if await guards.partner_practices_off(update, user, REPAIR_OFF):
        return
    lead = (
        f"After {repair_rules.day_name(after, today)}'s old pattern: "
        if after is not None
        else repair_rules.NOTHING_TO_REPAIR
    )
    # Without an old-pattern day to point at, a repair logged now is filed under today.
    await update.effective_message.reply_text(
        lead + repair_rules.REPAIR_STEP, parse_mode=ParseMode.HTML, reply_markup=step_keyboard(after or today)
    )


async def repair_tap(update: Update, context: BotContext) -> None:
    """A repair tap: open the step, write it here, log it as repaired, or not now."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_repair_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if tap is None or user is None or not is_onboarded(user):
        await query.answer(EXPIRED)
        return
    if await guards.partner_practices_off(update, user, REPAIR_OFF):
        return
    action, after_date = tap
    today = due.practice_date(now, ZoneInfo(user.time_zone))
    if after_date > today:
        await query.answer(EXPIRED)
        return
    if action == "o":
        await query.answer()
        await context.bot.send_message(
            user.id,
            repair_rules.REPAIR_STEP,
            parse_mode=ParseMode.HTML,
            reply_markup=step_keyboard(after_date),
        )
        return
    if action == "w":
        async with services.sessions() as session:
            await repo.open_moment_prompt(
                session, user_id=user.id, value=f"repair:{after_date:%Y%m%d}", now=now
            )
        await query.answer()
        await edit_query_message(query, repair_rules.REPAIR_ASK)
        return
    if action == "y":
        async with services.sessions() as session:
            await repo.save_repair(
                session, user_id=user.id, after_date=after_date, local_date=today, now=now, status="repaired"
            )
        await query.answer("Saved ✓")
        await edit_query_message(query, repair_rules.REPAIRED)
        return
    await query.answer()
    await edit_query_message(query, "Okay. /repair is here whenever you're ready.")


async def repair_text(update: Update, context: BotContext, user: User) -> None:
    """The repair in the user's words (already screened): kept as a draft until they say it's done."""
    services = context.services
    now = services.clock.now()
    value = (user.practice_prompt or "").split(":")
    try:
        after_date = datetime.strptime(value[1], "%Y%m%d").date() if len(value) == 2 else None
    except ValueError:
        after_date = None
    typed, _ = clean_typed_text(update.effective_message.text or "", repair_rules.REPAIR_MAX_CHARS)
    if after_date is None or not typed:
        async with services.sessions() as session:
            await repo.close_prompts(session, user_id=user.id)
        await update.effective_message.reply_text("I couldn't keep that. /repair opens the step again.")
        return
    today = due.practice_date(now, ZoneInfo(user.time_zone))
    async with services.sessions() as session:
        await repo.save_repair(
            session, user_id=user.id, after_date=after_date, local_date=today, now=now, text=typed
        )
    await update.effective_message.reply_text(
        repair_rules.REPAIR_DRAFTED, reply_markup=keyboard([("I repaired ✓", repair_button("y", after_date))])
    )
