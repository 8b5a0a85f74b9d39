"""The user's data rights: /privacy explains, /export hands over everything, /delete erases everything."""

from __future__ import annotations

import json
from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, ReplyKeyboardRemove, Update
from telegram.constants import ParseMode

from bot.practice import export, quiet_mode
from bot.practice.callback_data import delete_button, parse_delete_button
from bot.practice.partner_link import WHAT_CROSSES as PARTNER_CROSSES
from bot.practice.recap import CAPACITIES
from bot.services import BotContext
from handlers.replying import edit_query_message, keyboard
from scheduler import plan
from storage import repo

# What /delete cannot reach, and how to remove it: said wherever deletion is described, because a
# person whose partner reads their phone must not believe the chat is gone when it is not.
CHAT_STAYS = (
    "<b>What /delete can't reach</b>: the messages in this chat. They stay in Telegram, on your phone "
    "and every device signed in to your account, until you delete the chat yourself:\n"
    "• <b>iPhone</b>: in your chat list, swipe left on this chat, tap Delete, then Delete chat.\n"
    "• <b>Android</b>: in your chat list, press and hold this chat, tap the bin icon, then Delete chat.\n"
    "• <b>Computer</b>: right-click this chat in the list, then Delete chat.\n"
    "That removes it from all your devices at once."
)
PRIVACY = (
    "<b>Your data, plainly</b>\n\n"
    "<b>What I keep</b>: your answers to onboarding (direction, pattern, secure alternative, time "
    "zone, times), your check-ins (taps, intensity, notes), which practices you were offered and "
    "how they felt, weekly ratings, your story and your safety plan, and, if something you typed "
    "suggested you might be in danger, that a safety pause happened (its category, never your "
    "words), and a name you typed for /share. Notes, story, plan, pattern and that name are stored "
    "encrypted. The /share PDF and the progress page are made for you only; the PDF goes to no one "
    "unless you forward it.\n\n"
    "<b>Why</b>: only to run your practice: send check-ins at your time, choose practices and write "
    "your recap. No ads, no analytics, nothing sold, and nothing shared unless you send it to a linked "
    "partner yourself.\n\n"
    "<b>Where</b>: in the database of whoever runs this bot (the operator). Telegram also carries "
    "and keeps the messages: chats with a bot are not end-to-end encrypted, so Telegram's servers "
    "can read them, as with any ordinary Telegram chat.\n\n"
    "<b>Who can see it</b>: you, and the operator's administrators, who could read the database. "
    "The bot's logs hold counts and errors only, never what you write.\n\n"
    "<b>On a shared or watched phone</b>: turn on <b>Quiet mode</b> in /settings. Every message I send "
    "on my own (check-ins, the weekly look back, reminders, follow-ups) then arrives without a sound and "
    f"starts with “{quiet_mode.NEUTRAL_LINE}” and a line of plain words, so a notification shows nothing "
    "about what this is. It can't hide the chat itself: anyone who opens Telegram on your phone can read "
    "it.\n\n"
    "<b>A partner link</b> (only if you make one with /partner): " + PARTNER_CROSSES + "\n\n"
    "<b>How long</b>: until you delete it. /export sends you everything; /delete erases "
    "everything this bot stores about you, at once and for good.\n\n" + CHAT_STAYS + "\n\n"
    "<i>Not therapy · /sos for help lines</i>"
)


async def privacy_command(update: Update, context: BotContext) -> None:
    """Say what is stored, why, where, for how long, who sees it, and how to export or delete it."""
    await update.effective_message.reply_text(PRIVACY, parse_mode=ParseMode.HTML)


async def export_command(update: Update, context: BotContext) -> None:
    """Send every row about the user: a readable journal, one JSON document, and every table as CSV."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        exported = await repo.export_user(session, user_id=update.effective_user.id)
    if not exported["users"]:
        await update.effective_message.reply_text("I hold no data about you.")
        return
    zone = ZoneInfo(exported["users"][0].get("time_zone") or "UTC")
    local_rows = export.in_zone(exported, zone)
    stamp = f"{now.astimezone(zone):%Y-%m-%d}"
    content = services.content
    labels = export.ExportLabels(
        exercise_titles={exercise.id: exercise.title for exercise in content.exercises},
        story_prompts={prompt.id: prompt.text for prompt in content.story},
        directions={key: copy.summary for key, copy in content.onboarding.directions.items()},
        capacities={key: label for key, _, label in CAPACITIES},
    )
    readable = export.readable_export(local_rows, zone=zone, labels=labels, now=now).encode("utf-8")
    document = json.dumps(local_rows, default=export.plain_value, ensure_ascii=False, indent=1).encode(
        "utf-8"
    )
    chat_id = update.effective_chat.id
    await context.bot.send_document(
        chat_id,
        InputFile(document, filename=f"earned-security-{stamp}.json"),
        caption="Everything I hold about you, as JSON (for other programs).",
    )
    await context.bot.send_document(
        chat_id,
        InputFile(readable, filename=f"earned-security-{stamp}.md"),
        caption="The same, to read: your check-ins, practices, story and more, in your local time.",
    )
    await context.bot.send_document(
        chat_id,
        InputFile(export.csv_archive(exported, zone), filename=f"earned-security-{stamp}-csv.zip"),
        caption="Every table as a CSV file, for spreadsheets.",
    )


def _first_question():
    return (
        "<b>Delete everything?</b>\n\nThis erases everything this bot stores about you: your settings, "
        "every check-in and note, your practices, ratings and recaps, your story, your safety plan, "
        "safety pauses and anything scheduled, at once and for good. A partner link ends, and what "
        "was shared through it goes for both of you. /export first if you'd like a "
        "copy.\n\n" + CHAT_STAYS,
        keyboard([("Yes, continue", delete_button("1"))], [("No, keep my data", delete_button("no"))]),
    )


async def delete_command(update: Update, context: BotContext) -> None:
    """Step one of deleting: say exactly what will go, and ask."""
    question, markup = _first_question()
    await update.effective_message.reply_text(question, parse_mode=ParseMode.HTML, reply_markup=markup)


# The final tap deletes only after "Yes, continue" on the same message, within this time.
DELETE_CONFIRMATION = "delete_confirmation:"
CONFIRMATION_LIFETIME = timedelta(minutes=10)


async def delete_tap(update: Update, context: BotContext) -> None:
    """Step two asks once more; the final tap erases every row about the user."""
    query = update.callback_query
    services = context.services
    state = DELETE_CONFIRMATION + str(update.effective_user.id)
    now = services.clock.now()
    step = parse_delete_button(query.data)
    if step == "1":
        async with services.sessions() as session:
            await repo.set_state(session, name=state, value=str(query.message.message_id), now=now)
        await query.answer()
        await edit_query_message(
            query,
            "<b>Last check.</b> This can't be undone.",
            keyboard(
                [("Delete everything now", delete_button("2"))], [("No, keep my data", delete_button("no"))]
            ),
        )
        return
    if step == "2":
        async with services.sessions() as session:
            confirmed = await repo.get_state_since(session, name=state, since=now - CONFIRMATION_LIFETIME)
            if confirmed == str(query.message.message_id):
                had_now_button = await repo.has_now_button(session, user_id=update.effective_user.id)
                await plan.erase_user(session, user_id=update.effective_user.id)
                await repo.delete_state(session, name=state)
        if confirmed != str(query.message.message_id):
            # No recent "Yes, continue" on this message (an old or forged button): ask again.
            await query.answer("Please confirm once more.")
            await edit_query_message(query, *_first_question())
            return
        await query.answer("Deleted")
        await edit_query_message(
            query,
            "Done. Everything I held about you is gone. If you ever want to start again, send /start. "
            "Take care of yourself. 🌱\n\n" + CHAT_STAYS,
        )
        if had_now_button:
            # The persistent button lives on the phone, not in the database: it is taken away too.
            await context.bot.send_message(
                update.effective_user.id,
                "The button under the text box is gone too.",
                reply_markup=ReplyKeyboardRemove(),
            )
        return
    async with services.sessions() as session:
        await repo.delete_state(session, name=state)
    await query.answer("Kept")
    await edit_query_message(query, "Nothing was deleted.")
