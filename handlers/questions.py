"""The onboarding and settings questions, asked as new messages: shared by /start, /settings and the guards."""

from __future__ import annotations

import html
from datetime import time
from zoneinfo import ZoneInfo

from telegram import KeyboardButton, ReplyKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.practice import clock_time, partner_safety, zones
from bot.practice import onboarding_flow as flow
from bot.practice.callback_data import onboarding_button
from bot.practice.free_text import in_sentence
from bot.practice.onboarding import DIRECTIONS, Step, current_step, is_onboarded, suggest_direction
from bot.services import BotContext, Services
from handlers.replying import keyboard
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


def age_keyboard():
    return keyboard(
        [("Yes, I'm 18 or older", onboarding_button("age", "y"))],
        [("No, I'm under 18", onboarding_button("age", "n"))],
    )


def direction_keyboard(services: Services):
    copy = services.content.onboarding.directions
    rows = [[(copy[direction].button, onboarding_button("dir", direction))] for direction in DIRECTIONS]
    rows.append([("Not sure", onboarding_button("dir", "unsure"))])
    return keyboard(*rows)


def pattern_options(services: Services, user: User):
    """The pattern suggestions for this user: self-directed only when a partner frightens them."""
    options = services.content.onboarding.patterns[user.direction]
    return partner_safety.suggestions(options, partner_safe=not user.partner_feels_unsafe)


def partner_filter(services: Services, user: User) -> partner_safety.PartnerFilter:
    """What this user is shown of their own pattern words (none pointing at a frightening partner)."""
    return partner_safety.PartnerFilter.of(
        partner_feels_unsafe=user.partner_feels_unsafe,
        partner_texts=partner_safety.partner_texts(services.content.onboarding.all_patterns()),
    )


def pattern_keyboard(services: Services, user: User):
    options = pattern_options(services, user)
    rows = [[(option.button, onboarding_button("pat", option.id))] for option in options]
    rows.append([("✏️ Write my own", onboarding_button("pat", "own"))])
    return keyboard(*rows)


def reflection_prompt(services: Services, answered: int) -> tuple[str, object]:
    statements = services.content.onboarding.reflection
    statement = statements[answered]
    text = f"Statement {answered + 1} of {len(statements)}\n\n<i>{html.escape(statement.text)}</i>"
    return text, keyboard(
        [("That's me", onboarding_button("rf", "y")), ("Not really", onboarding_button("rf", "n"))]
    )


def reflection_result(services: Services, answers: str) -> tuple[str, object]:
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


def alternative_prompt(services: Services, user: User) -> str:
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


def zone_keyboard() -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(SHARE_LOCATION, request_location=True)], [KeyboardButton(PICK_OFFSET)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )


def time_keyboard():
    return keyboard(
        [
            (clock_time.format_clock_time(choice), onboarding_button("tm", f"{choice:%H%M}"))
            for choice in TIME_CHOICES
        ]
    )


def offset_keyboard():
    buttons = [
        (zones.offset_label(minutes), onboarding_button("off", str(minutes)))
        for minutes in zones.OFFSET_CHOICES
    ]
    return keyboard(*(buttons[start : start + 3] for start in range(0, len(buttons), 3)))


def active_step(user: User) -> Step:
    """The step whose answer is awaited: a setting being changed, else the next onboarding step."""
    return flow.active_step(user)


async def send_step(update: Update, context: BotContext, user: User) -> None:
    """Ask the question for the user's current onboarding step as a new message."""
    services = context.services
    step = active_step(user)
    chat_id = user.id
    bot = context.bot
    if step is Step.AGE:
        await bot.send_message(chat_id, AGE_QUESTION, parse_mode=ParseMode.HTML, reply_markup=age_keyboard())
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
            chat_id, DIRECTION_QUESTION, parse_mode=ParseMode.HTML, reply_markup=direction_keyboard(services)
        )
    elif step is Step.REFLECTION:
        answers = user.reflection_answers or ""
        if len(answers) >= len(services.content.onboarding.reflection):
            text, markup = reflection_result(services, answers)
        else:
            text, markup = reflection_prompt(services, len(answers))
        await bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    elif step is Step.PATTERN:
        await bot.send_message(
            chat_id,
            PATTERN_QUESTION_ALONE if user.partner_feels_unsafe else PATTERN_QUESTION,
            parse_mode=ParseMode.HTML,
            reply_markup=pattern_keyboard(services, user),
        )
    elif step is Step.ALTERNATIVE:
        markup = keyboard([("Use this", onboarding_button("alt", "ok"))]) if user.pattern_id else None
        await bot.send_message(
            chat_id, alternative_prompt(services, user), parse_mode=ParseMode.HTML, reply_markup=markup
        )
    elif step is Step.ZONE:
        await bot.send_message(
            chat_id, ZONE_QUESTION, parse_mode=ParseMode.HTML, reply_markup=zone_keyboard()
        )
    elif step is Step.TIME:
        await bot.send_message(
            chat_id, TIME_QUESTION, parse_mode=ParseMode.HTML, reply_markup=time_keyboard()
        )


def settings_line(services: Services, user: User) -> str:
    direction = services.content.onboarding.directions[user.direction].summary
    shown = partner_filter(services, user)
    alternative = shown.alternative(user.secure_alternative) or ""
    pattern = shown.pattern(user.pattern)
    instead = f" instead of <i>{html.escape(in_sentence(pattern))}</i>" if pattern else ""
    return (
        f"You're {direction}, practising <i>{html.escape(in_sentence(alternative))}</i>{instead}. "
        f"Check-in at {clock_time.format_clock_time(user.checkin_time)}, your time."
    )


async def welcome(update: Update, context: BotContext) -> None:
    """Welcome a new user into onboarding, resume an interrupted one, or welcome back (/start)."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_or_create_user(session, user_id=update.effective_user.id, now=now)
        returning_from_block = user.unreachable_since is not None
        if returning_from_block:
            user.unreachable_since = None
            await repo.save(session, user)
        if is_onboarded(user):
            due_at = await plan.ensure_checkin_scheduled(session, user=user, now=now)
            await plan.ensure_recap_scheduled(session, user=user, now=now)
    if is_onboarded(user):
        when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
        await update.effective_message.reply_text(
            f"Welcome back. 🌱\n\n{settings_line(services, user)}\n\nYour next check-in: <b>{when}</b>. "
            "Nothing has been reset.",
            parse_mode=ParseMode.HTML,
        )
        return
    if current_step(user) is Step.AGE:
        await update.effective_message.reply_text(WELCOME, parse_mode=ParseMode.HTML)
    else:
        await update.effective_message.reply_text("Welcome back. Let's pick up where we left off.")
    await send_step(update, context, user)


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


RECAP_CHOICES = flow.RECAP_CHOICES


def recap_when(user: User) -> str:
    day = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")[
        user.recap_weekday
    ]
    return f"{day} at {clock_time.format_clock_time(user.recap_time)}"
