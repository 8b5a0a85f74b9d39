"""/settings: one inline menu, edited in place; each change is confirmed in local time and rescheduled at once."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import clock_time, quiet_mode, zones
from bot.practice import moments as moment_rules
from bot.practice import onboarding_flow as flow
from bot.practice.callback_data import parse_settings_button, plan_button, settings_button
from bot.practice.free_text import in_sentence
from bot.services import BotContext, Services
from handlers import guards, questions
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
            _practising_line(services, user),
            f"Quiet mode: {'on' if user.quiet else 'off'}",
            f"“{moment_rules.NOW_BUTTON}” button under the text box: {'on' if user.now_button else 'off'}",
            f"Partner practices: {'off, for your safety' if user.partner_feels_unsafe else 'on'}",
        ]
    )


def _practising_line(services: Services, user: User) -> str:
    shown = questions.partner_filter(services, user)
    pattern = shown.pattern(user.pattern)
    instead = f" instead of <i>{html.escape(in_sentence(pattern))}</i>" if pattern else ""
    return f"Practising: <i>{html.escape(shown.alternative(user.secure_alternative) or '')}</i>{instead}"


def _menu_keyboard(user: User):
    return keyboard(
        [("Time zone", settings_button("tz")), ("Check-in time", settings_button("tm"))],
        [("Recap day", settings_button("rc")), ("Direction", settings_button("dir"))],
        [
            ("Pattern", settings_button("pat")),
            (f"Quiet mode: turn {'off' if user.quiet else 'on'}", settings_button("quiet")),
        ],
        [(f"Partner practices: turn {'on' if user.partner_feels_unsafe else 'off'}", settings_button("ptn"))],
        # The /plans flow itself: add, edit and retire, opened in place of this menu.
        [
            ("If–then plans", plan_button("l")),
            (f"/now button: turn {'off' if user.now_button else 'on'}", settings_button("nowkb")),
        ],
    )


async def settings_command(update: Update, context: BotContext) -> None:
    """Show every setting and a button to change each."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user) and user.changing is not None:
            user.changing = None  # a fresh menu abandons a half-made change
            await repo.save(session, user)
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    await update.effective_message.reply_text(
        _menu_text(services, user), parse_mode=ParseMode.HTML, reply_markup=_menu_keyboard(user)
    )


async def settings_tap(update: Update, context: BotContext) -> None:
    """Start changing one setting, or toggle a yes/no one in place."""
    query = update.callback_query
    services = context.services
    what = parse_settings_button(query.data)
    async with services.sessions() as session:
        user, effects = await _setting_chosen(session, update.effective_user.id, what, services.clock.now())
    if user is None:
        await query.answer("This menu has expired.")
        return
    if flow.Effect.ASK_NEXT in effects:
        await query.answer()
        await questions.send_step(update, context, user)
    elif flow.Effect.SHOW_RECAP_CHOICES in effects:
        await query.answer()
        await questions.send_recap_choices(context, user)
    else:
        await query.answer("Saved ✓")
        await edit_query_message(query, _menu_text(services, user), _menu_keyboard(user))
        if flow.Effect.QUIET_EXPLAINED in effects:
            await _say_quiet_changed(context, user)
        if flow.Effect.PARTNER_EXPLAINED in effects:
            await _say_partner_changed(context, services, user)
        if flow.Effect.NOW_BUTTON_SENT in effects:
            await _send_now_button(context, user)


async def _setting_chosen(session, user_id: int, what, now) -> tuple[User | None, tuple]:
    """Apply a settings tap in one guarded write: the user as it now reads and the tap's effects (no user
    when the menu has expired)."""
    user = await repo.get_user(session, user_id=user_id)
    if user is None or what is None:
        return None, ()
    before = flow.Answers.of(user)
    after, effects = flow.choose_setting(before, what, now)
    if flow.Effect.STALE in effects:
        return None, ()
    changes = flow.changed_fields(before, after)
    if flow.Effect.ASK_NEXT in effects:
        # One prompt at a time: the question replaces any other open prompt.
        changes = {column: None for column in repo.PROMPT_COLUMNS} | changes
    if changes:
        guard = flow.guard_fields(before, flow.changed_fields(before, after))
        if not await repo.update_user_if(session, user_id=user.id, expected=guard, values=changes):
            return None, ()
        user = await repo.reload(session, user)
    return user, tuple(effects)


async def _send_now_button(context: BotContext, user: User) -> None:
    """A reply keyboard comes with a message of its own; switching it off sends its removal."""
    await context.bot.send_message(
        user.id,
        moment_rules.NOW_BUTTON_ON if user.now_button else moment_rules.NOW_BUTTON_OFF,
        reply_markup=now_keyboard(moment_rules.NOW_BUTTON, on=user.now_button),
    )


async def _say_quiet_changed(context: BotContext, user: User) -> None:
    """One plain message on what Quiet mode now does, and how to change it back."""
    text = quiet_mode.EXPLAINED_ON if user.quiet else quiet_mode.EXPLAINED_OFF
    await context.bot.send_message(user.id, text)


async def _say_partner_changed(context: BotContext, services: Services, user: User) -> None:
    """One plain message on partner practices now on or off; off, with a way to a pattern for one alone."""
    if not user.partner_feels_unsafe:
        await context.bot.send_message(user.id, PARTNER_ON)
        return
    text, markup = PARTNER_OFF, None
    if questions.partner_filter(services, user).needs_new_pattern(user.pattern, user.secure_alternative):
        text += PARTNER_OFF_NEW_PATTERN
        markup = keyboard([("Pick a pattern for me alone", settings_button("pat"))])
    await context.bot.send_message(user.id, text, reply_markup=markup)
