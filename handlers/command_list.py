"""The command list (/help), and the replies to unknown commands, unreadable messages and group chats."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode

from bot.practice.callback_data import help_all_button
from bot.services import BotContext
from handlers import bursts
from handlers.replying import keyboard

# The command menu registered with Telegram at start-up, in the order people need them.
COMMANDS = (
    ("now", "My pattern is firing: my plan, now"),
    ("checkin", "Answer today's check-in now"),
    ("plans", "My if–then plans (up to three patterns)"),
    ("repair", "A short repair after an old-pattern day"),
    ("exercise", "A short practice, right now"),
    ("bid", "Log a bid for connection"),
    ("partner", "Link with your partner (opt-in)"),
    ("story", "Your private story journal"),
    ("recap", "This week's recap"),
    ("progress", "Your practice over time"),
    ("share", "A one-page PDF for your therapist or coach"),
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
    "/partner an opt-in link with your partner: bids, a “what helps me” card, a weekly question\n"
    "/story a private journal, one prompt at a time, about how you learned to need people\n"
    "/recap this week's look back: secure choices, comebacks, practices\n"
    "/progress your practice over all weeks, with a chart\n"
    "/share a one-page PDF summary to forward to your therapist or coach\n"
    "/settings change your time zone, times, direction, pattern, Quiet mode\n"
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
    """An unknown command gets one line and a button to the command list, not the whole help text."""
    await update.effective_message.reply_text(
        "I don't know that one.", reply_markup=keyboard([("Show the commands", help_all_button())])
    )


async def help_tap(update: Update, context: BotContext) -> None:
    """The command list, on request."""
    await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, HELP, parse_mode=ParseMode.HTML)


async def unreadable(update: Update, context: BotContext) -> None:
    """Voice gets a kind line and an invitation to type; stickers a light reply; other media a pointer."""
    if not bursts.claim_pointer(context, update.effective_chat.id):
        return
    message = update.effective_message
    if message.voice or message.video_note or message.audio:
        text = (
            "Thank you for sending that. I can't listen to voice messages, I'm sorry. If you'd like, "
            "type a word or two about how you are, and I'll read it."
        )
    elif message.sticker:
        text = "Got your sticker. 🙂 Type a few words any time if you'd like to say more."
    else:
        text = "I can't open that, I'm sorry. A few typed words work best here; /help shows what I can do."
    await message.reply_text(text)


async def private_only(update: Update, context: BotContext) -> None:
    """In a group: explain that practice happens in a private chat, then leave."""
    chat = update.effective_chat
    await context.bot.send_message(
        chat.id,
        "I work in private chats only, so what people share stays between them and me. "
        "Open a private chat with me to start. Goodbye for now. 🌱",
    )
    await context.bot.leave_chat(chat.id)
