"""Safety: /sos, and the answer to what the crisis screen heard: real help at once, or one gentle question."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.practice.callback_data import parse_safety_button, safety_button
from bot.practice.pausing import SAFETY_PAUSE
from bot.practice.safety import (
    ABOUT_SOMEONE_ELSE,
    CONFIRMED,
    CheckKind,
    Route,
    SafetyAnswer,
    Topic,
    answer_for,
)
from bot.practice.screen import Screening
from bot.services import BotContext, Services
from handlers.help_lines import directory_button, help_lines, language_line
from handlers.replying import edit_query_message
from storage import repo
from storage.models import User

FOLLOW_UP = "safety_followup"
FOLLOW_UP_AFTER = timedelta(hours=24)
SOS_TOPICS = (Topic.SUICIDE, Topic.DOMESTIC_ABUSE, Topic.SEXUAL_ASSAULT)
FOLLOW_UP_LATE = timedelta(hours=12)

_WARM_OPENING = (
    "Thank you for telling me. That sounds really painful, and you deserve support from a real person "
    "right now. I'm an automated program: I can't call anyone or come to you, but these people can."
)
_PAUSED = "I've paused check-ins and practice prompts for the next 3 days. /sos shows these lines any time."
_PHONE_NOTE = (
    "If someone else might read this chat: /delete erases what this bot stores, and deleting the chat "
    "in Telegram removes these messages from your phone."
)
_OPENINGS = {
    Route.OWN_CRISIS: _WARM_OPENING,
    Route.ABUSE: (
        "Thank you for telling me. Being hurt, threatened or forced is never your fault, and it is not an "
        "attachment problem: feeling afraid can be an accurate signal. I'm an automated program and can't "
        "come to you, but these people help with exactly this. I've switched off every practice that "
        "involves a partner."
    ),
    Route.MINOR: (
        "Thank you for telling me. It sounds like you may be under 18. This bot is built for adults, so it "
        "can't be the right support for you, and I won't keep what you wrote. What you describe matters, "
        "and people who help young people can help now, for free:"
    ),
    Route.COERCION: (
        "That sounds frightening and heavy to carry. When a partner threatens to hurt themselves unless you "
        "do what they want, that is a form of control, and keeping them safe by giving in is not your job. "
        "If they are in danger right now, call the emergency number for them. These lines help people in "
        "controlling relationships. I've switched off practices that involve a partner; your own practice "
        "carries on."
    ),
    Route.OTHER_PERSON: (
        "It's caring of you to look out for them. If they are in danger right now, call your local "
        "emergency number. It helps to ask them directly whether they are thinking about suicide (asking "
        "does not put the idea in their head), to stay with them or keep talking, and to help them reach "
        "one of these lines. Look after yourself too: your practice carries on as usual."
    ),
    Route.PAST_ABUSE: (
        "Thank you for trusting me with this. What happened to you was not your fault. Many people carry "
        "something like this for years; if it would help to talk with someone who understands, these lines "
        "support survivors. Nothing else changes here."
    ),
}
_QUESTIONS = {
    CheckKind.SELF: (
        "Can I check something? When things feel like this, some people think about ending their life. "
        "Is that on your mind?"
    ),
    CheckKind.PARTNER: "Can I check something? Are you afraid of someone close to you, or not safe at home right now?",
    CheckKind.BODY: (
        "Can I check something? Is your body in danger right now, for example chest pain, trouble "
        "breathing, or having taken too much of something?"
    ),
    CheckKind.AGE: "Can I check something? This bot is built for adults. Are you under 18?",
}


def sos_text(services: Services, user: User | None) -> str:
    """The /sos message: warm, honest about limits, emergency number first, numbers in the text."""
    return (
        "You deserve support from a real person right now. I'm an automated program: I can't call anyone "
        "or come to you, but these people can.\n\n" + help_lines(services, user, SOS_TOPICS)
    )


async def sos(update: Update, context: BotContext) -> None:
    """Show help lines at once, with a button to the international directory."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    await update.effective_message.reply_text(
        sos_text(services, user),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup([directory_button(services)]),
    )


def crisis_text(services: Services, user: User | None, answer: SafetyAnswer) -> str:
    """The reply to a crisis-tier message on its route: warm first words, then the lines, then what changed."""
    parts = [language_line(services, answer.language) + _OPENINGS[answer.route]]
    parts.append(help_lines(services, user, answer.topics))
    if answer.partner_practices_off:
        parts.append(_PHONE_NOTE)
    if answer.pause:
        parts.append(_PAUSED)
    return "\n\n".join(parts)


def check_text(services: Services, user: User | None, answer: SafetyAnswer) -> str:
    """The one gentle question; in another language, the help lines come with it."""
    question = _QUESTIONS[answer.check]
    if answer.language in services.content.safety_languages.lines:
        return f"{question}\n\n{language_line(services, answer.language)}{help_lines(services, user, SOS_TOPICS)}"
    return question


def _check_keyboard(kind: CheckKind) -> InlineKeyboardMarkup:
    yes, no = ("Yes, I'm under 18", "No, I'm an adult") if kind is CheckKind.AGE else ("Yes", "No, I'm safe")
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(yes, callback_data=safety_button("yes", kind.value))],
            [InlineKeyboardButton(no, callback_data=safety_button("safe"))],
            [InlineKeyboardButton("It's about someone else", callback_data=safety_button("other"))],
        ]
    )


async def respond(
    update: Update, context: BotContext, user: User | None, screening: Screening
) -> SafetyAnswer:
    """Answer what the screen heard, on its route; returns the answer so the caller knows what to keep."""
    services = context.services
    answer = answer_for(screening)
    chat_id = update.effective_chat.id
    if answer.route is Route.CHECK:
        await context.bot.send_message(
            chat_id,
            check_text(services, user, answer),
            parse_mode=ParseMode.HTML,
            reply_markup=_check_keyboard(answer.check),
        )
        return answer
    if user is not None and (answer.pause or answer.partner_practices_off):
        now = services.clock.now()
        async with services.sessions() as session:
            if answer.pause:
                await repo.raise_safety_flag(
                    session,
                    user_id=user.id,
                    categories=",".join(sorted(category.value for category in screening.categories)),
                    now=now,
                    pause_until=now + SAFETY_PAUSE,
                )
                await repo.set_due(session, user_id=user.id, kind=FOLLOW_UP, due_at=now + FOLLOW_UP_AFTER)
            if answer.partner_practices_off:
                await repo.mark_partner_unsafe(session, user_id=user.id)
    buttons = [directory_button(services)]
    if answer.route in (Route.OWN_CRISIS, Route.ABUSE, Route.MINOR):
        buttons.append(
            [InlineKeyboardButton("A minute of slow breathing", callback_data=safety_button("breathe"))]
        )
    await context.bot.send_message(
        chat_id,
        crisis_text(services, user, answer),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup(buttons),
    )
    return answer


async def button(update: Update, context: BotContext) -> None:
    """The safety buttons: the gentle question's answers, help lines, a grounding breath, "I'm okay now"."""
    query = update.callback_query
    services = context.services
    tap = parse_safety_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
        if tap is not None and tap.action == "okay" and user is not None:
            # Said the day after, when the follow-up asks: practice resumes.
            await repo.clear_safety_flags(session, user_id=user.id, now=services.clock.now())
    action = tap.action if tap else ""
    if action == "yes" and tap.value in {kind.value for kind in CheckKind}:
        await query.answer()
        await edit_query_message(query, "Thank you for telling me.")
        await respond(update, context, user, CONFIRMED[CheckKind(tap.value)])
    elif action in ("notsafe",):
        # An older form of the question ("I'm not safe") gets the full response, as a plain signal would.
        await query.answer()
        await respond(update, context, user, CONFIRMED[CheckKind.SELF])
    elif action == "other":
        await query.answer()
        await edit_query_message(query, "Thank you for telling me.")
        await respond(update, context, user, ABOUT_SOMEONE_ELSE)
    elif action == "safe":
        await query.answer("Thank you")
        await edit_query_message(
            query, "Thank you for telling me. I'm glad. /sos is here any time, day or night, if that changes."
        )
    elif action == "lines":
        await query.answer()
        await context.bot.send_message(
            update.effective_chat.id,
            sos_text(services, user),
            parse_mode=ParseMode.HTML,
            reply_markup=InlineKeyboardMarkup([directory_button(services)]),
        )
    elif action == "breathe":
        await query.answer()
        await context.bot.send_message(
            update.effective_chat.id,
            "Only if it helps: breathe in through your nose, then a second small breath on top. "
            "Let it all out slowly through your mouth, longer than the breath in. Do that a few times. "
            "Stop if you feel dizzy.\n\nThe help lines above are there whenever you're ready.",
        )
    elif action == "okay":
        await query.answer("Thank you")
        await edit_query_message(query, "Thank you for telling me. /sos is here any time, day or night.")
    else:
        await query.answer()


async def send_follow_up(services: Services, bot, session, user: User, row, now) -> bool:
    """The day after a crisis signal: one gentle check-in, then normal only if they say they're okay."""
    # Sent late (the bot was down), "yesterday" would be wrong.
    when = "yesterday" if now - row.due_at < FOLLOW_UP_LATE else "the other day"
    await bot.send_message(
        user.id,
        f"Checking in after {when}. Would the help-line list be useful again?",
        reply_markup=InlineKeyboardMarkup(
            [
                [InlineKeyboardButton("Show help lines", callback_data=safety_button("lines"))],
                [InlineKeyboardButton("I'm okay now", callback_data=safety_button("okay"))],
            ]
        ),
    )
    return True
