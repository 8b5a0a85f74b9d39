"""/settings: one inline menu, edited in place; each change is confirmed in local time and rescheduled at once."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import clock_time, quiet_mode, zones
from bot.practice import moments as moment_rules
from bot.practice.callback_data import plan_button
from bot.practice.free_text import in_sentence
from bot.practice.onboarding import Step
from bot.services import BotContext, Services
from handlers import onboarding
from handlers.replying import edit_query_message, keyboard, now_keyboard
from storage import repo
from storage.models import User

# Said once, when partner practices are switched off here (onboarding and the screen say it their own way).
PARTNER_OFF = (
    "Partner practices are off ✓ I won't suggest anything that involves a partner, contacting them, "
    "putting your phone away or a vulnerable step, and bids are off. Calming practices for yourself "
    "stay on. /settings → Partner practices turns them back on."
)
PARTNER_OFF_NEW_PATTERN = (
    "\n\nThe pattern you practise points at a partner, so I'll leave it out of your check-ins and "
    "recaps. If you like, pick one written for you alone."
)
PARTNER_ON = "Partner practices are back on ✓ /settings switches them off again any time."

# Settings answered through the onboarding question for that step.
ASKED_AGAIN = {"tz": Step.ZONE, "tm": Step.TIME, "dir": Step.DIRECTION, "pat": Step.PATTERN}


def _menu_text(services: Services, user: User) -> str:
    now = services.clock.now()
    direction = services.content.onboarding.directions[user.direction].summary
    return "\n".join(
        [
            "<b>Your settings</b>",
            f"Time zone: {html.escape(zones.describe_zone(user.time_zone, now))}",
            f"Check-in: {clock_time.format_clock_time(user.checkin_time)}",
            f"Weekly recap: {onboarding.recap_when(user)}",
            f"Direction: {direction}",
            _practising_line(services, user),
            f"Quiet mode: {'on' if user.quiet else 'off'}",
            f"“{moment_rules.NOW_BUTTON}” button under the text box: {'on' if user.now_button else 'off'}",
            f"Partner practices: {'off, for your safety' if user.partner_feels_unsafe else 'on'}",
        ]
    )


def _practising_line(services: Services, user: User) -> str:
    shown = onboarding.partner_filter(services, user)
    pattern = shown.pattern(user.pattern)
    instead = f" instead of <i>{html.escape(in_sentence(pattern))}</i>" if pattern else ""
    return f"Practising: <i>{html.escape(shown.alternative(user.secure_alternative) or '')}</i>{instead}"


def _menu_keyboard(user: User):
    return keyboard(
        [("Time zone", "set:tz"), ("Check-in time", "set:tm")],
        [("Recap day", "set:rc"), ("Direction", "set:dir")],
        [("Pattern", "set:pat"), (f"Quiet mode: turn {'off' if user.quiet else 'on'}", "set:quiet")],
        [(f"Partner practices: turn {'on' if user.partner_feels_unsafe else 'off'}", "set:ptn")],
        # The /plans flow itself: add, edit and retire, opened in place of this menu.
        [
            ("If–then plans", plan_button("l")),
            (f"/now button: turn {'off' if user.now_button else 'on'}", "set:nowkb"),
        ],
    )


async def settings_command(update: Update, context: BotContext) -> None:
    """Show every setting and a button to change each."""
    services = context.services
    async with services.sessions() as session:
        user = await onboarding.onboarded_user(update, context, session, "Let's finish setting up first.")
        if user is None:
            return
        if user.changing is not None:
            user.changing = None  # a fresh menu abandons a half-made change
            await repo.save(session, user)
    await update.effective_message.reply_text(
        _menu_text(services, user), parse_mode=ParseMode.HTML, reply_markup=_menu_keyboard(user)
    )


async def button(update: Update, context: BotContext) -> None:
    """Start changing one setting, or toggle a yes/no one in place."""
    query = update.callback_query
    services = context.services
    what = (query.data or "").removeprefix("set:")
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or user.onboarded_at is None:
            await query.answer("This menu has expired.")
            return
        if what in ASKED_AGAIN:
            user.changing = ASKED_AGAIN[what].value
            user.reflection_answers = None
            # One prompt at a time: this one replaces an open story prompt.
            user.prompt_opened_at, user.story_prompt_id = services.clock.now(), None
            user.plan_section = user.practice_prompt_id = user.practice_prompt = None
            await repo.save(session, user)
            await query.answer()
            await onboarding.send_step(update, context, user)
            return
        if what == "rc":
            await query.answer()
            await onboarding.send_recap_choices(context, user)
            return
        if what in ("quiet", "ptn"):
            if what == "quiet":
                user.quiet = not user.quiet
            else:
                user.partner_feels_unsafe = not user.partner_feels_unsafe
            await repo.save(session, user)
            await query.answer("Saved ✓")
            await edit_query_message(query, _menu_text(services, user), _menu_keyboard(user))
            await _say_what_changed(context, services, user, what)
            return
        if what == "nowkb":
            user.now_button = not user.now_button
            await repo.save(session, user)
            await query.answer("Saved ✓")
            await edit_query_message(query, _menu_text(services, user), _menu_keyboard(user))
            # A reply keyboard comes with a message of its own; switching off sends its removal.
            await context.bot.send_message(
                user.id,
                moment_rules.NOW_BUTTON_ON if user.now_button else moment_rules.NOW_BUTTON_OFF,
                reply_markup=now_keyboard(moment_rules.NOW_BUTTON, on=user.now_button),
            )
            return
    await query.answer("This menu has expired.")


async def _say_what_changed(context: BotContext, services: Services, user: User, what: str) -> None:
    """One plain message on what a yes/no setting now does, and how to change it back."""
    if what == "quiet":
        text, markup = (quiet_mode.EXPLAINED_ON if user.quiet else quiet_mode.EXPLAINED_OFF), None
    elif user.partner_feels_unsafe:
        text, markup = PARTNER_OFF, None
        if onboarding.partner_filter(services, user).needs_new_pattern(user.pattern, user.secure_alternative):
            text += PARTNER_OFF_NEW_PATTERN
            markup = keyboard([("Pick a pattern for me alone", "set:pat")])
    else:
        text, markup = PARTNER_ON, None
    await context.bot.send_message(user.id, text, reply_markup=markup)
