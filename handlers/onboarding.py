"""/start and onboarding: age, direction, pattern and its secure alternative, time zone, check-in time."""

from __future__ import annotations

import asyncio
import html
from datetime import time
from zoneinfo import ZoneInfo, available_timezones

from telegram import KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.content import places
from bot.practice import clock_time, partner_safety, zones
from bot.practice import plans as plan_rules
from bot.practice.callback_data import moment_button, onboarding_button, parse_onboarding_button
from bot.practice.free_text import clean_typed_text, in_sentence
from bot.practice.moments import NOW_BUTTON
from bot.practice.onboarding import DIRECTIONS, PATTERN_MAX_CHARS, Step, current_step, suggest_direction
from bot.practice.safety import Topic
from bot.services import BotContext, Services
from handlers.help_lines import help_lines
from handlers.replying import edit_query_message, keyboard, now_keyboard
from scheduler import due, plan
from storage import repo
from storage.models import User

WELCOME = (
    "Hi, I'm Earned Security. 🌱\n\n"
    "I'm a practice companion for building more secure relationship habits: a short check-in "
    "each evening, small exercises when you need them, and a kind look back each week.\n\n"
    "I'm <b>not a therapist or a crisis service</b>, and I can't respond to emergencies. "
    "If you're in danger or thinking about ending your life, tap /sos for help lines."
)
AGE_QUESTION = "This is for adults. <b>Are you 18 or older?</b>"
PARTNER_QUESTION = (
    "One question that helps me keep your practices safe: <b>do you ever feel afraid of a "
    "partner</b>, or does a partner hurt, threaten, control or monitor you?\n"
    "<i>Only the answer is kept. You can change it later.</i>"
)
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
DIRECTION_QUESTION = (
    "<b>When a relationship feels shaky, which way do you tend to lean?</b>\n"
    "There's no wrong answer, and you can change it later."
)
PATTERN_QUESTION = (
    "<b>Which pattern would you like to practise with?</b>\n"
    "Pick the one that shows up most, or write your own. Concrete works best: "
    "“checking my phone again and again”, not “be less anxious”."
)
# The same question for someone a partner frightens: its example is a pattern for the person alone.
PATTERN_QUESTION_ALONE = (
    "<b>Which pattern would you like to practise with?</b>\n"
    "Pick the one that shows up most, or write your own. Concrete works best: "
    "“being harsh with myself when I'm on edge”, not “be less anxious”."
)
OWN_PATTERN_PROMPT = "Type your pattern in a few words, like “going quiet when I'm hurt”."
ZONE_QUESTION = (
    "<b>Where are you?</b> Your check-in should arrive in your evening.\n\n"
    "Type your city (like Berlin or New York), share your location, or pick your UTC offset."
)
SHARE_LOCATION = "📍 Share my location"
PICK_OFFSET = "🕐 Pick a UTC offset"
TIME_QUESTION = (
    "<b>When would you like your evening check-in?</b>\n"
    f"Tap a time or type one, like {clock_time.CLOCK_TIME_EXAMPLE}."
)
TIME_CHOICES = (time(19, 0), time(20, 0), time(21, 0), time(22, 0))
TAP_PLEASE = "Please tap one of the buttons below."
UNDER_18 = (
    "Thank you for telling me. This bot is built for adults, so I haven't kept anything about you.\n\n"
    "If things are hard at home, in a relationship or in your head, people who work with young "
    "people can help, for free and in confidence:\n\n{lines}"
)


def _age_keyboard():
    return keyboard(
        [("Yes, I'm 18 or older", onboarding_button("age", "y"))],
        [("No, I'm under 18", onboarding_button("age", "n"))],
    )


def _direction_keyboard(services: Services):
    copy = services.content.onboarding.directions
    rows = [[(copy[direction].button, onboarding_button("dir", direction))] for direction in DIRECTIONS]
    rows.append([("Not sure", onboarding_button("dir", "unsure"))])
    return keyboard(*rows)


def _pattern_options(services: Services, user: User):
    """The pattern suggestions for this user: self-directed only when a partner frightens them."""
    options = services.content.onboarding.patterns[user.direction]
    return partner_safety.suggestions(options, partner_safe=not user.partner_feels_unsafe)


def partner_filter(services: Services, user: User) -> partner_safety.PartnerFilter:
    """What this user is shown of their own pattern words (none pointing at a frightening partner)."""
    return partner_safety.PartnerFilter.of(
        partner_feels_unsafe=user.partner_feels_unsafe,
        partner_texts=partner_safety.partner_texts(services.content.onboarding.all_patterns()),
    )


def _pattern_keyboard(services: Services, user: User):
    options = _pattern_options(services, user)
    rows = [[(option.button, onboarding_button("pat", option.id))] for option in options]
    rows.append([("✏️ Write my own", onboarding_button("pat", "own"))])
    return keyboard(*rows)


def _reflection_prompt(services: Services, answered: int) -> tuple[str, object]:
    statements = services.content.onboarding.reflection
    statement = statements[answered]
    text = f"Statement {answered + 1} of {len(statements)}\n\n<i>{html.escape(statement.text)}</i>"
    return text, keyboard(
        [("That's me", onboarding_button("rf", "y")), ("Not really", onboarding_button("rf", "n"))]
    )


def _reflection_result(services: Services, answers: str) -> tuple[str, object]:
    onboarding = services.content.onboarding
    suggestion = suggest_direction(answers, [s.leans for s in onboarding.reflection])
    text = (
        f"From your answers, the practices for <b>{onboarding.directions[suggestion].summary}</b> "
        f"may fit best to start with.\n\n<i>{html.escape(onboarding.reflection_note)}</i>"
    )
    return text, keyboard(
        [("Use this", onboarding_button("dir", suggestion))],
        [("I'll choose myself", onboarding_button("dir", "menu"))],
    )


def _alternative_prompt(services: Services, user: User) -> str:
    option = services.content.onboarding.pattern_option(user.pattern_id) if user.pattern_id else None
    head = f"Your pattern: <i>{html.escape(user.pattern or '')}</i>\n\n"
    if option is not None:
        return head + (
            "<b>What would you like to do instead?</b>\n"
            f"A suggestion: <i>{html.escape(option.secure_alternative)}</i>\n\n"
            "Tap to use it, or type your own."
        )
    return head + (
        "<b>What would the secure response look like for you?</b>\n"
        "Type it in a few words, like “say what I need in one sentence”."
    )


def _zone_keyboard() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(SHARE_LOCATION, request_location=True)], [KeyboardButton(PICK_OFFSET)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )


def _time_keyboard():
    return keyboard(
        [
            (clock_time.format_clock_time(choice), onboarding_button("tm", f"{choice:%H%M}"))
            for choice in TIME_CHOICES
        ]
    )


def _offset_keyboard():
    buttons = [
        (zones.offset_label(minutes), onboarding_button("off", str(minutes)))
        for minutes in zones.OFFSET_CHOICES
    ]
    return keyboard(*(buttons[start : start + 3] for start in range(0, len(buttons), 3)))


def active_step(user: User) -> Step:
    """The step whose answer is awaited: a setting being changed, else the next onboarding step."""
    if user.changing == Step.DIRECTION and user.reflection_answers is not None:
        return Step.REFLECTION
    return Step(user.changing) if user.changing else current_step(user)


async def _continue(update: Update, context: BotContext, session, user: User) -> None:
    """After an answer: the next onboarding question, or, when changing a setting, a confirmation."""
    if user.changing is None:
        await send_step(update, context, user)
        return
    if user.changing == Step.PATTERN:
        # A new pattern needs its secure alternative too.
        user.changing = Step.ALTERNATIVE.value
        user.prompt_opened_at = context.services.clock.now()
        await repo.save(session, user)
        await send_step(update, context, user)
        return
    pattern_changed = user.changing == Step.ALTERNATIVE
    user.changing = None
    user.keep_going_asked_at, user.keep_going_reset_at = (
        None,
        context.services.clock.now(),
    )  # a new time or zone is an answer to "keep going?" too
    await repo.save(session, user)
    await confirm_settings_change(context, session, user, pattern_changed=pattern_changed)


async def confirm_settings_change(
    context: BotContext, session, user: User, *, pattern_changed: bool = False
) -> None:
    """Reschedule at once after a change and confirm it in the user's local time."""
    now = context.services.clock.now()
    due_at = await plan.schedule_checkin(session, user=user, now=now)
    await plan.schedule_recap(session, user=user, now=now)
    # The pattern and alternative just chosen become the first if–then plan (/plans adds more).
    plans = await repo.ensure_first_plan(
        session,
        user=user,
        fields=plan_rules.first_plan_fields(user.pattern, user.secure_alternative),
        now=now,
    )
    first_plan = ""
    if pattern_changed:
        # A new pattern in /settings rewrites plan 1, so the two never disagree.
        rule_plans = [
            plan_rules.Plan(
                id=row.id, cue=row.cue, old_move=row.old_move, secure_alternative=row.secure_alternative
            )
            for row in plans
        ]
        change = plan_rules.first_plan_after_setting(rule_plans, user.pattern, user.secure_alternative)
        if change is not None and change[0] is None:
            await repo.add_plan(session, user_id=user.id, now=now, fields=change[1])
        elif change is not None:
            await repo.set_plan_fields(session, plan_id=change[0], user_id=user.id, fields=change[1])
        if change is not None:
            first_plan = "\nPlan 1 in /plans now has this pattern too."
    when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    await context.bot.send_message(
        user.id,
        f"Saved ✓ Next check-in: <b>{when}</b>. /settings for more.{first_plan}",
        parse_mode=ParseMode.HTML,
    )


async def send_step(update: Update, context: BotContext, user: User) -> None:
    """Ask the question for the user's current onboarding step as a new message."""
    services = context.services
    step = active_step(user)
    chat_id = user.id
    bot = context.bot
    if step is Step.AGE:
        await bot.send_message(chat_id, AGE_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_age_keyboard())
    elif step is Step.PARTNER:
        await bot.send_message(
            chat_id,
            PARTNER_QUESTION,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(
                [("No", onboarding_button("ptn", "n"))], [("Yes, sometimes", onboarding_button("ptn", "y"))]
            ),
        )
    elif step is Step.DIRECTION:
        await bot.send_message(
            chat_id, DIRECTION_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_direction_keyboard(services)
        )
    elif step is Step.REFLECTION:
        answers = user.reflection_answers or ""
        if len(answers) >= len(services.content.onboarding.reflection):
            text, markup = _reflection_result(services, answers)
        else:
            text, markup = _reflection_prompt(services, len(answers))
        await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    elif step is Step.PATTERN:
        await bot.send_message(
            chat_id,
            PATTERN_QUESTION_ALONE if user.partner_feels_unsafe else PATTERN_QUESTION,
            parse_mode=ParseMode.HTML,
            reply_markup=_pattern_keyboard(services, user),
        )
    elif step is Step.ALTERNATIVE:
        markup = keyboard([("Use this", onboarding_button("alt", "ok"))]) if user.pattern_id else None
        await bot.send_message(
            chat_id, _alternative_prompt(services, user), parse_mode=ParseMode.HTML, reply_markup=markup
        )
    elif step is Step.ZONE:
        await bot.send_message(
            chat_id, ZONE_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_zone_keyboard()
        )
    elif step is Step.TIME:
        await bot.send_message(
            chat_id, TIME_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_time_keyboard()
        )


def _settings_line(services: Services, user: User) -> str:
    direction = services.content.onboarding.directions[user.direction].summary
    shown = partner_filter(services, user)
    alternative = shown.alternative(user.secure_alternative) or ""
    pattern = shown.pattern(user.pattern)
    instead = f" instead of <i>{html.escape(in_sentence(pattern))}</i>" if pattern else ""
    return (
        f"You're {direction}, practising <i>{html.escape(in_sentence(alternative))}</i>{instead}. "
        f"Check-in at {clock_time.format_clock_time(user.checkin_time)}, your time."
    )


async def start(update: Update, context: BotContext) -> None:
    """Welcome a new user into onboarding, resume an interrupted one, or welcome back."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_or_create_user(session, user_id=update.effective_user.id, now=now)
        returning_from_block = user.unreachable_since is not None
        if returning_from_block:
            user.unreachable_since = None
            await repo.save(session, user)
        step = current_step(user)
        if step is Step.DONE:
            due_at = await plan.ensure_checkin_scheduled(session, user=user, now=now)
            await plan.ensure_recap_scheduled(session, user=user, now=now)
            when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
            await update.effective_message.reply_text(
                f"Welcome back. 🌱\n\n{_settings_line(services, user)}\n\nYour next check-in: <b>{when}</b>. "
                "Nothing has been reset.",
                parse_mode=ParseMode.HTML,
            )
            return
    if step is Step.AGE:
        await update.effective_message.reply_text(WELCOME, parse_mode=ParseMode.HTML)
    else:
        await update.effective_message.reply_text("Welcome back. Let's pick up where we left off.")
    await send_step(update, context, user)


async def onboarded_user(update: Update, context: BotContext, session, explanation: str) -> User | None:
    """The user if onboarding is finished; otherwise explain why and continue onboarding."""
    user = await repo.get_user(session, user_id=update.effective_user.id)
    if user is not None and current_step(user) is Step.DONE:
        return user
    await update.effective_message.reply_text(explanation)
    if user is None:
        await start(update, context)
    else:
        await send_step(update, context, user)
    return None


async def button(update: Update, context: BotContext) -> None:
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
        step = active_step(user)
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
                await send_step(update, context, user)
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
                text, markup = _reflection_prompt(services, 0)
                await edit_query_message(query, text, markup)
                return
            if value == "menu":
                user.reflection_answers = None
                await repo.save(session, user)
                await query.answer()
                await edit_query_message(query, DIRECTION_QUESTION, _direction_keyboard(services))
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
                text, markup = _reflection_result(services, answers)
            else:
                text, markup = _reflection_prompt(services, len(answers))
            await edit_query_message(query, text, markup)
            return

        if question == "pat" and step is Step.PATTERN:
            if value == "own":
                await query.answer()
                await context.bot.send_message(user.id, OWN_PATTERN_PROMPT)
                return
            option = next((each for each in _pattern_options(services, user) if each.id == value), None)
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

        if question == "rc" and step is Step.DONE and value in RECAP_CHOICES:
            _, user.recap_weekday, user.recap_time = RECAP_CHOICES[value]
            await repo.save(session, user)
            due_at = await plan.schedule_recap(session, user=user, now=now)
            await query.answer("Saved ✓")
            when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
            await context.bot.send_message(
                user.id,
                f"Your weekly look back: <b>{recap_when(user)}</b>. Next one: {when}. ✓",
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
        # The place keyboard goes; the /now button comes back if the user has it switched on.
        reply_markup=now_keyboard(NOW_BUTTON, on=user.now_button),
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
        f"Your weekly look back comes <b>{recap_when(user)}</b>.\n\n"
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
            *[[(label, onboarding_button("rc", code))] for code, (label, _, _) in RECAP_CHOICES.items()],
            [("My pattern is firing now", moment_button("n"))],
        ),
    )


async def send_recap_choices(context: BotContext, user: User) -> None:
    """Offer the recap slots."""
    await context.bot.send_message(
        user.id,
        f"Your weekly look back comes <b>{recap_when(user)}</b>. When would you like it?",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(
            *[[(label, onboarding_button("rc", code))] for code, (label, _, _) in RECAP_CHOICES.items()]
        ),
    )


# Where the weekly recap can sit: Sunday evening (default) or Monday morning, both fresh-start points.
RECAP_CHOICES = {
    "sun": ("Recap Sunday 19:00", 6, time(19, 0)),
    "sunl": ("Recap Sunday 21:00", 6, time(21, 0)),
    "mon": ("Recap Monday 08:00", 0, time(8, 0)),
}


def recap_when(user: User) -> str:
    day = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")[
        user.recap_weekday
    ]
    return f"{day} at {clock_time.format_clock_time(user.recap_time)}"


async def text(update: Update, context: BotContext, user: User) -> None:
    """A typed answer during onboarding: a pattern, an alternative, a place, a time, or a nudge to tap."""
    services = context.services
    typed = update.effective_message.text or ""
    step = active_step(user)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
        if step is Step.PATTERN:
            user.pattern, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
            user.pattern_id = None
            if not user.pattern:
                await send_step(update, context, user)
                return
            await repo.save(session, user)
            if cut:
                await update.effective_message.reply_text(f"I kept the first {PATTERN_MAX_CHARS} characters.")
            await _continue(update, context, session, user)
            return
        if step is Step.ALTERNATIVE:
            user.secure_alternative, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
            if not user.secure_alternative:
                await send_step(update, context, user)
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
                    reply_markup=_time_keyboard(),
                )
                return
            await _finish(update, context, session, user, chosen)
            return
    # Age, direction and reflection are answered with buttons.
    await update.effective_message.reply_text(TAP_PLEASE)
    await send_step(update, context, user)


async def _zone_text(update: Update, context: BotContext, session, user: User, typed: str) -> None:
    if typed.strip() == PICK_OFFSET:
        await update.effective_message.reply_text(
            "Pick your current UTC offset:", reply_markup=_offset_keyboard()
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
        reply_markup=_zone_keyboard(),
    )


async def location(update: Update, context: BotContext) -> None:
    """A shared location during the time-zone step sets the zone."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or active_step(user) is not Step.ZONE:
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
