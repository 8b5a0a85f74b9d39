"""/story (a private guided journal), /bid (bids for connection), and the weekly steady-people question."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import relationships as rules
from bot.practice.free_text import clean_typed_text
from bot.practice.listening import STORY_HEARD, pick
from bot.services import BotContext, Services
from handlers import onboarding
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from storage import repo
from storage.models import User

EXPIRED = "This button has expired."


def _prompt_text(services: Services, prompt_id: str) -> str:
    return next((p.text for p in services.content.story if p.id == prompt_id), "")


async def _ask_next_prompt(context: BotContext, session, user: User) -> None:
    entries = await repo.story_entries(session, user_id=user.id)
    prompt = rules.next_story_prompt(context.services.content.story, [entry.prompt_id for entry in entries])
    # One prompt at a time: this one replaces a half-made settings change.
    user.story_prompt_id, user.changing = prompt.id, None
    user.plan_section = user.practice_prompt_id = user.practice_prompt = None
    user.prompt_opened_at = context.services.clock.now()
    await repo.save(session, user)
    await context.bot.send_message(
        user.id,
        f"<i>{prompt.text}</i>\n\nType your answer, as short or long as you like. It stays private; "
        "nothing here is judged or scored.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard([("Not now", "st:stop")]),
    )


async def story_command(update: Update, context: BotContext) -> None:
    """How many entries exist, with buttons to continue the story or read it back."""
    async with context.services.sessions() as session:
        user = await onboarding.onboarded_user(update, context, session, "Let's finish setting up first.")
        if user is None:
            return
        count = len(await repo.story_entries(session, user_id=user.id))
    rows = [[("Continue my story", "st:go")]]
    if count:
        rows.append([("Read it back", "st:p:0")])
    await update.effective_message.reply_text(
        "<b>Your story</b>\nA private journal, one short prompt at a time, about how you learned to "
        f"need people and how that shows up now. Entries so far: {count}.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(*rows),
    )


async def story_button(update: Update, context: BotContext) -> None:
    """Continue the story, stop for now, or page through the entries."""
    query = update.callback_query
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or user.onboarded_at is None:
            await query.answer(EXPIRED)
            return
        if query.data == "st:go":
            await query.answer()
            await _ask_next_prompt(context, session, user)
            return
        if query.data == "st:stop":
            user.story_prompt_id = None
            await repo.save(session, user)
            await query.answer()
            await edit_query_message(query, "Okay. /story whenever you'd like to come back to it.")
            return
        page_text = query.data.removeprefix("st:p:")
        if not page_text.isdigit():
            await query.answer(EXPIRED)
            return
        entries = await repo.story_entries(session, user_id=user.id)
    views = [
        rules.StoryEntryView(
            prompt_text=_prompt_text(services, e.prompt_id), text=e.text, written_at=e.written_at
        )
        for e in reversed(entries)
    ]
    page = min(int(page_text), max(0, (len(views) - 1) // rules.STORY_PAGE_SIZE))
    text, older, newer = rules.story_page(views, page)
    buttons = []
    if newer:
        buttons.append(("‹ Newer", f"st:p:{page - 1}"))
    if older:
        buttons.append(("Older ›", f"st:p:{page + 1}"))
    await query.answer()
    await edit_query_message(query, text, keyboard(buttons) if buttons else None)


async def keep_story_entry(context: BotContext, user: User, typed: str, *, keep: bool = True) -> bool:
    """Store a typed story answer (unless `keep` is False) and close the prompt; True when it was cut short."""
    services = context.services
    entry, cut = clean_typed_text(typed, rules.STORY_ENTRY_MAX_CHARS)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
        if entry and keep:
            await repo.add_story_entry(
                session, user_id=user.id, prompt_id=user.story_prompt_id, text=entry, now=services.clock.now()
            )
        user.story_prompt_id = None
        await repo.save(session, user)
    return cut


async def story_text(update: Update, context: BotContext, user: User) -> None:
    """Save a typed story answer, then offer the next prompt."""
    cut = await keep_story_entry(context, user, update.effective_message.text or "")
    kept = f" I kept the first {rules.STORY_ENTRY_MAX_CHARS} characters." if cut else ""
    heard = pick(STORY_HEARD, update.effective_message.message_id)
    await update.effective_message.reply_text(
        f"{heard}{kept}",
        reply_markup=keyboard([("Next prompt", "st:go")], [("That's enough for now", "st:done")]),
    )


async def story_done(update: Update, context: BotContext) -> None:
    """Close the story for now."""
    await update.callback_query.answer()
    await edit_query_message(
        update.callback_query, "Your story is kept here. /story any time to read it back."
    )


def _bid_question_keyboard():
    return keyboard(
        *[[(rules.BID_LABELS[response], f"bid:r:{code}")] for code, response in rules.BID_RESPONSES.items()]
    )


# Noticing and turning toward bids is for relationships where the person is safe.
BIDS_OFF = (
    "Logging bids is switched off while partner practices are off, for your safety. "
    "If that changes, /settings turns them back on."
)


async def bid_command(update: Update, context: BotContext) -> None:
    """Ask about a bid for connection, in one tap (not while partner practices are off)."""
    async with context.services.sessions() as session:
        user = await onboarding.onboarded_user(update, context, session, "Let's finish setting up first.")
    if user is None:
        return
    if user.partner_feels_unsafe:
        await update.effective_message.reply_text(BIDS_OFF)
        return
    await update.effective_message.reply_text(
        BID_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_bid_question_keyboard()
    )


BID_QUESTION = (
    "<b>Did you notice a bid for connection?</b>\n"
    "A look, a sigh, “look at this”, a shared link: someone reaching for your attention."
)


async def bid_button(update: Update, context: BotContext) -> None:
    """Log how the user met a bid, then (optionally) who it came from."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    parts = (query.data or "").split(":")
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or user.time_zone is None:
            await query.answer(EXPIRED)
            return
        if user.partner_feels_unsafe:
            await query.answer()
            await edit_query_message(query, BIDS_OFF)
            return
        if parts == ["bid", "new"]:
            await query.answer()
            await context.bot.send_message(
                user.id, BID_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_bid_question_keyboard()
            )
            return
        if len(parts) == 3 and parts[1] == "r" and parts[2] in rules.BID_RESPONSES:
            response = rules.BID_RESPONSES[parts[2]]
            local_date = due.practice_date(now, ZoneInfo(user.time_zone))
            bid = await repo.add_bid(
                session, user_id=user.id, local_date=local_date, response=response, now=now
            )
            people = rules.BID_PEOPLE
            await query.answer("Logged ✓")
            await edit_query_message(
                query,
                f"{rules.BID_REPLIES[response]}\n\nWho was it? (optional)",
                keyboard(
                    [(who.capitalize(), f"bid:w:{bid.id}:{code}") for code, who in people.items()]
                    + [("Skip", f"bid:w:{bid.id}:x")]
                ),
            )
            return
        if (
            len(parts) == 4
            and parts[1] == "w"
            and parts[2].isdigit()
            and parts[3] in (*rules.BID_PEOPLE, "x")
        ):
            if parts[3] != "x":
                await repo.set_bid_person(
                    session, bid_id=int(parts[2]), user_id=user.id, who=rules.BID_PEOPLE[parts[3]]
                )
            await query.answer("Saved ✓")
            await edit_query_message(query, "Logged ✓ The weekly recap counts these for you.")
            return
    await query.answer(EXPIRED)


def supports_prompt(week_key: str, *, partner_safe: bool = True) -> tuple[str, object]:
    """The weekly steady-people question (skippable); without Partner while partner practices are off."""
    compact = week_key.replace("-", "")
    partner = [("Partner", f"sup:{compact}:p")] if partner_safe else []
    return (
        "<b>Who was a steady presence this week?</b>",
        keyboard(
            [*partner, ("Friend", f"sup:{compact}:f"), ("Family", f"sup:{compact}:m")],
            [("Therapist", f"sup:{compact}:t"), ("No one this week", f"sup:{compact}:n")],
            [("Skip", f"sup:{compact}:x")],
        ),
    )


async def support_button(update: Update, context: BotContext) -> None:
    """Record this week's steady presence; "no one" gets a gentle pointer, never pressure."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    parts = (query.data or "").split(":")
    valid = (
        len(parts) == 3
        and len(parts[1]) == 7
        and parts[1][4] == "W"
        and parts[2] in (*rules.SUPPORT_PEOPLE, "x")
    )
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if not valid or user is None or user.time_zone is None:
            await query.answer(EXPIRED)
            return
        if parts[2] == "x":
            await query.answer("Skipped")
            await edit_query_message(query, "Skipped. See you next week. 🌱")
            return
        who = rules.SUPPORT_PEOPLE[parts[2]]
        week_key = f"{parts[1][:4]}-{parts[1][4:]}"
        await repo.save_support(
            session,
            user_id=user.id,
            week_key=week_key,
            local_date=due.practice_date(now, ZoneInfo(user.time_zone)),
            who=who,
            now=now,
        )
    await query.answer("Saved ✓")
    if who == "no one":
        await edit_query_message(
            query,
            "Thank you for being honest. Weeks like that can feel lonely. When you're ready, one small "
            "step: a short message to someone who has felt steady before. /exercise has a practice for it.",
        )
    else:
        await edit_query_message(
            query, f"Thank you. ✓ Leaning on {rules.SUPPORT_WORDS[who]} is part of the practice."
        )
