"""Safety: /sos, and the answer to a crisis signal in typed text: real help at once, never an exercise instead."""

from __future__ import annotations

import html
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.content import places
from bot.practice.pausing import SAFETY_PAUSE
from bot.practice.safety import Category, ScreenResult
from bot.services import BotContext, Services
from handlers.replying import edit_query_message
from storage import repo
from storage.models import User

FOLLOW_UP = "safety_followup"
FOLLOW_UP_AFTER = timedelta(hours=24)
FOLLOW_UP_LATE = timedelta(hours=12)
ABUSE_CATEGORIES = {Category.PARTNER_VIOLENCE, Category.SEXUAL_ASSAULT}
NOT_SAFE = frozenset({Category.SELF_HARM})


def _lines(services: Services, user: User | None, *, abuse: bool, youth: bool) -> str:
    """Help lines for the user's country (from their time zone), else every listed country."""
    helplines = services.content.helplines
    country = places.country_for_zone(user.time_zone if user else None)
    countries = (
        [helplines.countries[country]]
        if country in helplines.countries
        else list(helplines.countries.values())
    )
    blocks = []
    for entry in countries:
        lines = [f"<b>{html.escape(entry.name)}</b> · emergency {html.escape(entry.emergency)}"]
        chosen = entry.youth + entry.crisis if youth else entry.crisis + (entry.abuse if abuse else [])
        lines += [f"• {html.escape(line.name)}: {html.escape(line.contact)}" for line in chosen]
        blocks.append("\n".join(lines))
    blocks.append(f"Anywhere: {html.escape(helplines.fallback.description)} (findahelpline.com)")
    return "\n\n".join(blocks)


def _directory_button(services: Services) -> list[InlineKeyboardButton]:
    fallback = services.content.helplines.fallback
    return [InlineKeyboardButton(fallback.name, url=fallback.url)]


def sos_text(services: Services, user: User | None) -> str:
    """The /sos message: warm, honest about limits, emergency hint, numbers in the text."""
    return (
        "You deserve support from a real person right now. I'm an automated program: I can't call "
        "anyone or come to you, but these people can.\n\n"
        "<b>If you are in danger now, call your local emergency number.</b>\n\n"
        + _lines(services, user, abuse=True, youth=False)
    )


async def sos(update: Update, context: BotContext) -> None:
    """Show help lines at once, with a button to the international directory."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    await update.effective_message.reply_text(
        sos_text(services, user),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup([_directory_button(services)]),
    )


def _crisis_text(services: Services, user: User | None, result: ScreenResult) -> str:
    categories = result.categories
    parts = [
        "Thank you for telling me. That sounds really painful, and you deserve support from a real "
        "person right now. I'm an automated program: I can't call anyone or come to you."
    ]
    if Category.MINOR_ABUSE in categories:
        parts.append(
            "It sounds like you may be under 18. This bot is built for adults. What you describe is "
            "not okay and not your fault, and people who help young people can help now, for free:"
        )
    elif categories & ABUSE_CATEGORIES:
        parts.append(
            "Feeling afraid of a partner, or being hurt or forced, is a signal to take seriously, not "
            "an attachment problem. I've switched off every practice that involves a partner."
        )
    parts.append("<b>If you are in danger right now, call your local emergency number.</b>")
    parts.append(
        _lines(
            services,
            user,
            abuse=bool(categories & ABUSE_CATEGORIES),
            youth=Category.MINOR_ABUSE in categories,
        )
    )
    if categories & ABUSE_CATEGORIES:
        parts.append("If someone else might read this chat, /delete erases everything here.")
    parts.append(
        "I've paused check-ins and practice prompts for the next 3 days. /sos shows these lines any time."
    )
    return "\n\n".join(parts)


async def respond(update: Update, context: BotContext, user: User | None, result: ScreenResult) -> None:
    """Answer a crisis signal: resources first; pause prompts; a gentle check tomorrow."""
    services = context.services
    now = services.clock.now()
    if result.negated:
        # Every match was negated: no pause, but never silence. Ask once, directly and kindly.
        await update.effective_message.reply_text(
            "I want to check in with you, because what you wrote touches on being hurt. "
            "<b>Are you safe right now?</b>",
            parse_mode=ParseMode.HTML,
            reply_markup=InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton("I'm safe", callback_data="sf:ok")],
                    [InlineKeyboardButton("I'm not safe", callback_data="sf:no")],
                    [InlineKeyboardButton("Show me help lines", callback_data="sf:lines")],
                ]
            ),
        )
        return
    if user is not None:
        async with services.sessions() as session:
            await repo.raise_safety_flag(
                session,
                user_id=user.id,
                categories=",".join(sorted(category.value for category in result.categories)),
                now=now,
                pause_until=now + SAFETY_PAUSE,
            )
            if result.categories & ABUSE_CATEGORIES:
                await repo.mark_partner_unsafe(session, user_id=user.id)
            await repo.set_due(session, user_id=user.id, kind=FOLLOW_UP, due_at=now + FOLLOW_UP_AFTER)
    await context.bot.send_message(
        update.effective_chat.id,
        _crisis_text(services, user, result),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup(
            [
                _directory_button(services),
                [InlineKeyboardButton("A minute of slow breathing", callback_data="sf:breathe")],
            ]
        ),
    )


async def button(update: Update, context: BotContext) -> None:
    """The safety buttons: a gentle answer, the help lines, grounding breath, or "I'm okay now"."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
        if query.data == "sf:okay" and user is not None:
            # Said the day after, when the gentle check-in asks: practice resumes.
            await repo.clear_safety_flags(session, user_id=user.id, now=now)
    if query.data == "sf:no":
        await query.answer()
        # "I'm not safe" after the gentle check gets the full response, as an un-negated signal would.
        await respond(update, context, user, ScreenResult(categories=NOT_SAFE, negated=False))
        return
    if query.data == "sf:lines":
        await query.answer()
        await context.bot.send_message(
            update.effective_chat.id,
            sos_text(services, user),
            parse_mode=ParseMode.HTML,
            reply_markup=InlineKeyboardMarkup([_directory_button(services)]),
        )
        return
    if query.data == "sf:breathe":
        await query.answer()
        await context.bot.send_message(
            update.effective_chat.id,
            "Only if it helps: breathe in through your nose, then a second small breath on top. "
            "Let it all out slowly through your mouth, longer than the breath in. Do that a few times. "
            "Stop if you feel dizzy.\n\nThe help lines above are there whenever you're ready.",
        )
        return
    if query.data in ("sf:ok", "sf:okay"):
        await query.answer("Thank you")
        await edit_query_message(query, "Thank you for telling me. /sos is here any time, day or night.")
        return
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
                [InlineKeyboardButton("Show help lines", callback_data="sf:lines")],
                [InlineKeyboardButton("I'm okay now", callback_data="sf:okay")],
            ]
        ),
    )
    return True
