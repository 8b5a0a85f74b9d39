"""/start and onboarding: age, direction, pattern and its secure alternative, time zone, check-in time."""

from __future__ import annotations

import asyncio
import html
from datetime import time
from zoneinfo import ZoneInfo, available_timezones

from telegram import ReplyKeyboardRemove, Update
from telegram.constants import ParseMode

from bot.content import places
from bot.practice import clock_time, zones
from bot.practice import plans as plan_rules
from bot.practice.callback_data import moment_button, onboarding_button, parse_onboarding_button
from bot.practice.free_text import clean_typed_text
from bot.practice.onboarding import DIRECTIONS, PATTERN_MAX_CHARS, Step
from bot.practice.safety import Topic
from bot.services import BotContext
from handlers import questions
from handlers.help_lines import help_lines
from handlers.replying import edit_query_message, keyboard
from scheduler import due, plan
from storage import repo
from storage.models import User

PARTNER_YES = (
    "Thank you for telling me. Feeling afraid of a partner is a signal to take seriously, not an "
    "attachment problem, and it is not your fault. Practising closeness is for relationships where "
    "you are safe, so I've switched off every practice that involves a partner, contacting them, "
    "putting your phone away or a vulnerable step. Calming practices for yourself stay on. If this "
    "changes, /settings → Partner practices turns them back on.\n\n"
    "People who help with this, for free and in confidence:\n\n{lines}\n\n"
    "If a partner might read this chat: /delete erases what this bot stores, and deleting the chat in "
    "Telegram removes these messages from your phone."
)
OWN_PATTERN_PROMPT = "Type your pattern in a few words, like “going quiet when I'm hurt”."
TAP_PLEASE = "Please tap one of the buttons below."
UNDER_18 = (
    "Thank you for telling me. This bot is built for adults, so I haven't kept anything about you.\n\n"
    "If things are hard at home, in a relationship or in your head, people who work with young "
    "people can help, for free and in confidence:\n\n{lines}"
)


async def _continue(update: Update, context: BotContext, session, user: User) -> None:
    """After an answer: the next onboarding question, or, when changing a setting, a confirmation."""
    if user.changing is None:
        await questions.send_step(update, context, user)
        return
    if user.changing == Step.PATTERN:
        # A new pattern needs its secure alternative too.
        user.changing = Step.ALTERNATIVE.value
        user.prompt_opened_at = context.services.clock.now()
        await repo.save(session, user)
        await questions.send_step(update, context, user)
        return
    user.changing = None
    user.keep_going_asked_at, user.keep_going_reset_at = (
        None,
        context.services.clock.now(),
    )  # a new time or zone is an answer to "keep going?" too
    await repo.save(session, user)
    await confirm_settings_change(context, session, user)


async def confirm_settings_change(context: BotContext, session, user: User) -> None:
    """Reschedule at once after a change and confirm it in the user's local time."""
    now = context.services.clock.now()
    due_at = await plan.schedule_checkin(session, user=user, now=now)
    await plan.schedule_recap(session, user=user, now=now)
    # The pattern and alternative just chosen become the first if–then plan (/plans adds more).
    await repo.ensure_first_plan(
        session,
        user=user,
        fields=plan_rules.first_plan_fields(user.pattern, user.secure_alternative),
        now=now,
    )
    when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    await context.bot.send_message(
        user.id, f"Saved ✓ Next check-in: <b>{when}</b>. /settings for more.", parse_mode=ParseMode.HTML
    )


async def start(update: Update, context: BotContext) -> None:
    """/start: welcome a new user into onboarding, resume an interrupted one, or welcome back."""
    await questions.welcome(update, context)


async def onboarding_tap(update: Update, context: BotContext) -> None:
    """Record an onboarding tap and ask the next question."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_onboarding_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if tap is None or user is None:
            await query.answer("This button has expired. Send /start to continue.")
            return
        step = questions.active_step(user)
        question, value = tap.question, tap.value

        if question == "age" and step is Step.AGE:
            if value == "n":
                # Under 18: nothing is kept.
                await repo.delete_user(session, user_id=user.id)
                await query.answer()
                await edit_query_message(
                    query, UNDER_18.format(lines=help_lines(services, user, (Topic.YOUTH,)))
                )
                return
            if value == "y":
                user.adult_confirmed_at = now
                await repo.save(session, user)
                await query.answer()
                await edit_query_message(query, "Thank you. ✓ 18 or older.")
                await questions.send_step(update, context, user)
                return

        if question == "ptn" and step is Step.PARTNER and value in ("y", "n"):
            user.partner_feels_unsafe = value == "y"
            await repo.save(session, user)
            await query.answer()
            if user.partner_feels_unsafe:
                await edit_query_message(
                    query, PARTNER_YES.format(lines=help_lines(services, user, (Topic.DOMESTIC_ABUSE,)))
                )
            else:
                await edit_query_message(query, "Thank you. ✓")
            await _continue(update, context, session, user)
            return

        if question == "dir" and step in (Step.DIRECTION, Step.REFLECTION):
            if value in DIRECTIONS:
                user.direction = value
                user.reflection_answers = None
                await repo.save(session, user)
                await query.answer()
                summary = services.content.onboarding.directions[value].summary
                await edit_query_message(query, f"Noted: {summary}. ✓")
                await _continue(update, context, session, user)
                return
            if value == "unsure":
                user.reflection_answers = ""
                await repo.save(session, user)
                await query.answer()
                text, markup = questions.reflection_prompt(services, 0)
                await edit_query_message(query, text, markup)
                return
            if value == "menu":
                user.reflection_answers = None
                await repo.save(session, user)
                await query.answer()
                await edit_query_message(
                    query, questions.DIRECTION_QUESTION, questions.direction_keyboard(services)
                )
                return

        if question == "rf" and step is Step.REFLECTION and value in ("y", "n"):
            statements = services.content.onboarding.reflection
            answers = user.reflection_answers or ""
            if len(answers) < len(statements):
                answers += value
                user.reflection_answers = answers
                await repo.save(session, user)
            await query.answer()
            if len(answers) >= len(statements):
                text, markup = questions.reflection_result(services, answers)
            else:
                text, markup = questions.reflection_prompt(services, len(answers))
            await edit_query_message(query, text, markup)
            return

        if question == "pat" and step is Step.PATTERN:
            if value == "own":
                await query.answer()
                await context.bot.send_message(user.id, OWN_PATTERN_PROMPT)
                return
            option = services.content.onboarding.pattern_option(value)
            if option is not None:
                user.pattern_id, user.pattern = option.id, option.pattern
                await repo.save(session, user)
                await query.answer()
                await edit_query_message(query, f"Your pattern: <i>{html.escape(option.pattern)}</i> ✓")
                await _continue(update, context, session, user)
                return

        if question == "alt" and step is Step.ALTERNATIVE and value == "ok" and user.pattern_id:
            option = services.content.onboarding.pattern_option(user.pattern_id)
            if option is not None:
                user.secure_alternative = option.secure_alternative
                await repo.save(session, user)
                await query.answer()
                await edit_query_message(
                    query, f"You'll practise: <i>{html.escape(option.secure_alternative)}</i> ✓"
                )
                await _continue(update, context, session, user)
                return

        if question == "tz" and step is Step.ZONE and value in available_timezones():
            await query.answer()
            await _set_zone(update, context, session, user, value)
            return

        if question == "off" and step is Step.ZONE:
            zone = zones.offset_zone(int(value)) if value.lstrip("-").isdigit() else None
            if zone is not None:
                await query.answer()
                await _set_zone(update, context, session, user, zone)
                return

        if question == "rc" and step is Step.DONE and value in questions.RECAP_CHOICES:
            _, user.recap_weekday, user.recap_time = questions.RECAP_CHOICES[value]
            await repo.save(session, user)
            due_at = await plan.schedule_recap(session, user=user, now=now)
            await query.answer("Saved ✓")
            when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
            await context.bot.send_message(
                user.id,
                f"Your weekly look back: <b>{questions.recap_when(user)}</b>. Next one: {when}. ✓",
                parse_mode=ParseMode.HTML,
            )
            return

        if question == "tm" and step is Step.TIME and len(value) == 4 and value.isdigit():
            chosen = clock_time.parse_clock_time(f"{value[:2]}:{value[2:]}")
            if chosen is not None:
                await query.answer()
                await edit_query_message(query, f"Check-in time: {clock_time.format_clock_time(chosen)} ✓")
                await _finish(update, context, session, user, chosen)
                return

    # A stale or repeated tap from an earlier step: change nothing, say so briefly.
    await query.answer("That step is already done.")


async def _set_zone(update: Update, context: BotContext, session, user: User, zone: str) -> None:
    now = context.services.clock.now()
    user.time_zone = zone
    await repo.save(session, user)
    local_now = now.astimezone(ZoneInfo(zone))
    await context.bot.send_message(
        user.id,
        f"Got it: <b>{html.escape(zones.describe_zone(zone, now))}</b>. It's {local_now:%H:%M} there now. ✓",
        parse_mode=ParseMode.HTML,
        reply_markup=ReplyKeyboardRemove(),
    )
    await _continue(update, context, session, user)


async def _finish(update: Update, context: BotContext, session, user: User, chosen: time) -> None:
    services = context.services
    now = services.clock.now()
    user.checkin_time = chosen
    if user.changing is not None:
        await _continue(update, context, session, user)
        return
    user.onboarded_at = user.onboarded_at or now
    await repo.save(session, user)
    due_at = await plan.schedule_checkin(session, user=user, now=now)
    await plan.schedule_recap(session, user=user, now=now)
    # The pattern and alternative just chosen become the first if–then plan (/plans adds more).
    await repo.ensure_first_plan(
        session,
        user=user,
        fields=plan_rules.first_plan_fields(user.pattern, user.secure_alternative),
        now=now,
    )
    when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    await context.bot.send_message(
        user.id,
        "You're all set. 🌱\n\n"
        f"Your first check-in comes <b>{when}</b>, your time. It takes about 20 seconds.\n"
        f"Your weekly look back comes <b>{questions.recap_when(user)}</b>.\n\n"
        "Any time:\n"
        "/now when your pattern fires: your own plan first\n"
        "/checkin answer today's check-in now\n"
        "/exercise a short practice when your pattern fires\n"
        "/plans your if–then plans (up to three patterns)\n"
        "/help what I can do\n"
        "/sos help lines, if things get dark",
        parse_mode=ParseMode.HTML,
        # Long labels, one per row, so each reads whole on a phone.
        reply_markup=keyboard(
            *[
                [(label, onboarding_button("rc", code))]
                for code, (label, _, _) in questions.RECAP_CHOICES.items()
            ],
            [("My pattern is firing now", moment_button("n"))],
        ),
    )


async def typed_answer(update: Update, context: BotContext, user: User) -> None:
    """A typed answer during onboarding: a pattern, an alternative, a place, a time, or a nudge to tap."""
    services = context.services
    typed = update.effective_message.text or ""
    step = questions.active_step(user)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
        if step is Step.PATTERN:
            user.pattern, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
            user.pattern_id = None
            if not user.pattern:
                await questions.send_step(update, context, user)
                return
            await repo.save(session, user)
            if cut:
                await update.effective_message.reply_text(f"I kept the first {PATTERN_MAX_CHARS} characters.")
            await _continue(update, context, session, user)
            return
        if step is Step.ALTERNATIVE:
            user.secure_alternative, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
            if not user.secure_alternative:
                await questions.send_step(update, context, user)
                return
            await repo.save(session, user)
            note = f" (I kept the first {PATTERN_MAX_CHARS} characters.)" if cut else ""
            await update.effective_message.reply_text(
                f"You'll practise: <i>{html.escape(user.secure_alternative)}</i> ✓{note}",
                parse_mode=ParseMode.HTML,
            )
            await _continue(update, context, session, user)
            return
        if step is Step.ZONE:
            await _zone_text(update, context, session, user, typed)
            return
        if step is Step.TIME:
            chosen = clock_time.parse_clock_time(typed)
            if chosen is None:
                await update.effective_message.reply_text(
                    f"I couldn't read that as a time. Try something like {clock_time.CLOCK_TIME_EXAMPLE}.",
                    reply_markup=questions.time_keyboard(),
                )
                return
            await _finish(update, context, session, user, chosen)
            return
    # Age, direction and reflection are answered with buttons.
    await update.effective_message.reply_text(TAP_PLEASE)
    await questions.send_step(update, context, user)


async def _zone_text(update: Update, context: BotContext, session, user: User, typed: str) -> None:
    if typed.strip() == questions.PICK_OFFSET:
        await update.effective_message.reply_text(
            "Pick your current UTC offset:", reply_markup=questions.offset_keyboard()
        )
        return
    # The city index takes a moment to build the first time: keep the event loop free meanwhile.
    index = await asyncio.to_thread(places.load_zone_index)
    match = zones.resolve_zone(typed, index)
    if match.zone is not None:
        await _set_zone(update, context, session, user, match.zone)
        return
    shown = html.escape(typed.strip()[:60])
    if match.suggestions:
        rows = [
            [(zones.readable_label(suggestion.label), onboarding_button("tz", suggestion.zone))]
            for suggestion in match.suggestions
        ]
        await update.effective_message.reply_text(
            f"I couldn't find “{shown}”. Did you mean one of these? If not, type it another way.",
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(*rows),
        )
        return
    await update.effective_message.reply_text(
        f"I couldn't find “{shown}”. Try the nearest big city, a zone name like Europe/Berlin, "
        "or an offset like UTC+2.",
        parse_mode=ParseMode.HTML,
        reply_markup=questions.zone_keyboard(),
    )


async def location(update: Update, context: BotContext) -> None:
    """A shared location during the time-zone step sets the zone."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or questions.active_step(user) is not Step.ZONE:
            await update.effective_message.reply_text(
                "Thanks, but I only use a location to set your time zone, and I didn't keep this one."
            )
            return
        shared = update.effective_message.location
        zone = await asyncio.to_thread(places.zone_for_location, shared.latitude, shared.longitude)
        if zone is None:
            await update.effective_message.reply_text(
                "I couldn't tell the time zone from that spot. Please type your city instead."
            )
            return
        await _set_zone(update, context, session, user, zone)
