"""/help, /sos, and the short answers for unknown commands and messages the bot cannot read."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode

from bot.services import BotContext
from handlers import bursts

# The command menu registered with Telegram at start-up, in the order people need them.
COMMANDS = (
    ("now", "My pattern is firing: my plan, now"),
    ("checkin", "Answer today's check-in now"),
    ("plans", "My if–then plans (up to three patterns)"),
    ("repair", "A short repair after an old-pattern day"),
    ("exercise", "A short practice, right now"),
    ("bid", "Log a bid for connection"),
    ("story", "Your private story journal"),
    ("recap", "This week's recap"),
    ("progress", "Your practice over time"),
    ("settings", "Change times, zone, pattern, quiet mode"),
    ("pause", "Pause check-ins for a while"),
    ("resume", "Start check-ins again"),
    ("export", "Get a copy of all your data"),
    ("delete", "Erase all your data"),
    ("privacy", "What is stored, and why"),
    ("help", "What I can do"),
    ("sos", "Help lines, right now"),
    ("start", "Start, or see your settings"),
)

HELP = (
    "<b>What I can do</b>\n\n"
    "Each evening I ask whether your pattern showed up today and what you chose. "
    "One or two taps is enough; a note is optional.\n\n"
    "/now when your pattern fires: your own plan first, then one practice\n"
    "/plans your if–then plans, up to three patterns\n"
    "/repair a short repair step after an old-pattern day\n"
    "/checkin answer today's check-in now (or change today's answer)\n"
    "/exercise a short practice when your pattern fires: calming if you lean anxious, "
    "a small step toward closeness if you lean avoidant\n"
    "/bid log a bid for connection: did you turn toward it?\n"
    "/story a private journal, one prompt at a time, about how you learned to need people\n"
    "/recap this week's look back: secure choices, comebacks, practices\n"
    "/progress your practice over all weeks, with a chart\n"
    "/settings change your time zone, times, direction, pattern, quiet delivery\n"
    "/pause and /resume stop and restart check-ins and recaps\n"
    "/privacy what I store · /export a copy of it · /delete erase it all\n"
    "/sos help lines, any time\n"
    "/start your settings at a glance\n"
    "/help this list\n\n"
    "<b>Practice score</b>: a number from 0 to 100 that moves only on days your pattern showed up, "
    "counting a secure choice fully and some of both as half. It changes slowly, so one hard "
    "day costs a few points, never everything.\n\n"
    "<i>I'm a practice companion, not therapy and not a crisis service.</i>"
)


async def help_command(update: Update, context: BotContext) -> None:
    """List the commands in plain words."""
    await update.effective_message.reply_text(HELP, parse_mode=ParseMode.HTML)


async def unknown_command(update: Update, context: BotContext) -> None:
    """An unknown command gets the command list."""
    await update.effective_message.reply_text(
        "I don't know that command.\n\n" + HELP, parse_mode=ParseMode.HTML
    )


async def unreadable(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice and the like get a short pointer to what works (once per burst)."""
    if not bursts.claim_pointer(context, update.effective_chat.id):
        return
    await update.effective_message.reply_text(
        "I can only read text and button taps. /help shows what I can do."
    )


async def private_only(update: Update, context: BotContext) -> None:
    """In a group: explain that practice happens in a private chat, then leave."""
    chat = update.effective_chat
    await context.bot.send_message(
        chat.id,
        "I work in private chats only, so what people share stays between them and me. "
        "Open a private chat with me to start. Goodbye for now. 🌱",
    )
    await context.bot.leave_chat(chat.id)
