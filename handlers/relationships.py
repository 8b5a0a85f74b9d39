"""/story (a private guided journal), /bid (bids for connection), and the weekly steady-people question."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import relationships as relationship_rules
from bot.practice.callback_data import (
    bid_button,
    parse_bid_button,
    parse_story_button,
    parse_support_button,
    story_button,
)
from bot.practice.free_text import clean_typed_text
from bot.practice.listening import STORY_HEARD, pick
from bot.practice.onboarding import is_onboarded
from bot.services import BotContext, Services
from handlers import guards
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from storage import repo
from storage.models import User

EXPIRED = "This button has expired."


def _prompt_text(services: Services, prompt_id: str) -> str:
    return next((p.text for p in services.content.story if p.id == prompt_id), "")


async def _open_next_prompt(context: BotContext, session, user: User) -> relationship_rules.StoryPrompt:
    """Open the next story prompt for the user's typed answer, and return it."""
    entries = await repo.story_entries(session, user_id=user.id)
    prompt = relationship_rules.next_story_prompt(
        context.services.content.story, [entry.prompt_id for entry in entries]
    )
    # One prompt at a time: this one replaces a half-made settings change.
    user.story_prompt_id, user.changing = prompt.id, None
    user.plan_section = user.practice_prompt_id = user.practice_prompt = None
    user.prompt_opened_at = context.services.clock.now()
    await repo.save(session, user)
    return prompt


async def _send_prompt(context: BotContext, user: User, prompt: relationship_rules.StoryPrompt) -> None:
    await context.bot.send_message(
        user.id,
        f"<i>{prompt.text}</i>\n\nType your answer, as short or long as you like. It stays private; "
        "nothing here is judged or scored.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard([("Not now", story_button("stop"))]),
    )


async def story_command(update: Update, context: BotContext) -> None:
    """How many entries exist, with buttons to continue the story or read it back."""
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user):
            count = len(await repo.story_entries(session, user_id=user.id))
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    rows = [[("Continue my story", story_button("go"))]]
    if count:
        rows.append([("Read it back", story_button("p", 0))])
    await update.effective_message.reply_text(
        "<b>Your story</b>\nA private journal, one short prompt at a time, about how you learned to "
        f"need people and how that shows up now. Entries so far: {count}.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(*rows),
    )


async def story_tap(update: Update, context: BotContext) -> None:
    """Continue the story, stop for now, close it for now, or page through the entries."""
    query = update.callback_query
    services = context.services
    tap = parse_story_button(query.data)
    if tap is not None and tap.action == "done":
        await query.answer()
        await edit_query_message(query, "Your story is kept here. /story any time to read it back.")
        return
    prompt = entries = None
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        expired = (
            tap is None or user is None or not is_onboarded(user) or tap.action not in ("go", "stop", "p")
        )
        if not expired and tap.action == "go":
            prompt = await _open_next_prompt(context, session, user)
        elif not expired and tap.action == "stop":
            user.story_prompt_id = None
            await repo.save(session, user)
        elif not expired:
            entries = await repo.story_entries(session, user_id=user.id)
    if expired:
        await query.answer(EXPIRED)
        return
    if prompt is not None:
        await query.answer()
        await _send_prompt(context, user, prompt)
        return
    if entries is None:
        await query.answer()
        await edit_query_message(query, "Okay. /story whenever you'd like to come back to it.")
        return
    views = [
        relationship_rules.StoryEntryView(
            prompt_text=_prompt_text(services, e.prompt_id), text=e.text, written_at=e.written_at
        )
        for e in reversed(entries)
    ]
    page = min(tap.page, max(0, (len(views) - 1) // relationship_rules.STORY_PAGE_SIZE))
    text, older, newer = relationship_rules.story_page(views, page)
    buttons = []
    if newer:
        buttons.append(("‹ Newer", story_button("p", page - 1)))
    if older:
        buttons.append(("Older ›", story_button("p", page + 1)))
    await query.answer()
    await edit_query_message(query, text, keyboard(buttons) if buttons else None)


async def keep_story_entry(context: BotContext, user: User, typed: str, *, keep: bool = True) -> bool:
    """Store a typed story answer (unless `keep` is False) and close the prompt; True when it was cut short."""
    services = context.services
    entry, cut = clean_typed_text(typed, relationship_rules.STORY_ENTRY_MAX_CHARS)
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
    kept = f" I kept the first {relationship_rules.STORY_ENTRY_MAX_CHARS} characters." if cut else ""
    heard = pick(STORY_HEARD, update.effective_message.message_id)
    await update.effective_message.reply_text(
        f"{heard}{kept}",
        reply_markup=keyboard(
            [("Next prompt", story_button("go"))], [("That's enough for now", story_button("done"))]
        ),
    )


def _bid_question_keyboard():
    return keyboard(
        *[
            [(relationship_rules.BID_LABELS[response], bid_button("r", code=code))]
            for code, response in relationship_rules.BID_RESPONSES.items()
        ]
    )


# Noticing and turning toward bids is for relationships where the person is safe.
BIDS_OFF = (
    "Logging bids is switched off while partner practices are off, for your safety. "
    "If that changes, /settings turns them back on."
)


async def bid_command(update: Update, context: BotContext) -> None:
    """Ask about a bid for connection, in one tap (not while partner practices are off)."""
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    if await guards.partner_practices_off(update, user, BIDS_OFF):
        return
    await update.effective_message.reply_text(
        BID_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_bid_question_keyboard()
    )


BID_QUESTION = (
    "<b>Did you notice a bid for connection?</b>\n"
    "A look, a sigh, “look at this”, a shared link: someone reaching for your attention."
)


async def bid_tap(update: Update, context: BotContext) -> None:
    """Log how the user met a bid, then (optionally) who it came from."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_bid_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        allowed = tap is not None and guards.onboarded(user) and not user.partner_feels_unsafe
        if allowed and tap.action == "r" and tap.code in relationship_rules.BID_RESPONSES:
            response = relationship_rules.BID_RESPONSES[tap.code]
            local_date = due.practice_date(now, ZoneInfo(user.time_zone))
            bid = await repo.add_bid(
                session, user_id=user.id, local_date=local_date, response=response, now=now
            )
        elif allowed and tap.action == "w" and tap.code in relationship_rules.BID_PEOPLE:
            await repo.set_bid_person(
                session, bid_id=tap.bid_id, user_id=user.id, who=relationship_rules.BID_PEOPLE[tap.code]
            )
    if tap is None or user is None or not is_onboarded(user):
        await query.answer(EXPIRED)
        return
    if await guards.partner_practices_off(update, user, BIDS_OFF):
        return
    if tap.action == "new":
        await query.answer()
        await context.bot.send_message(
            user.id, BID_QUESTION, parse_mode=ParseMode.HTML, reply_markup=_bid_question_keyboard()
        )
        return
    if tap.action == "r" and tap.code in relationship_rules.BID_RESPONSES:
        people = relationship_rules.BID_PEOPLE
        await query.answer("Logged ✓")
        await edit_query_message(
            query,
            f"{relationship_rules.BID_REPLIES[response]}\n\nWho was it? (optional)",
            keyboard(
                [(who.capitalize(), bid_button("w", bid.id, code)) for code, who in people.items()]
                + [("Skip", bid_button("w", bid.id, "x"))]
            ),
        )
        return
    if tap.action == "w" and tap.code in (*relationship_rules.BID_PEOPLE, "x"):
        await query.answer("Saved ✓")
        await edit_query_message(query, "Logged ✓ The weekly recap counts these for you.")
        return
    await query.answer(EXPIRED)


async def support_tap(update: Update, context: BotContext) -> None:
    """Record this week's steady presence; "no one" gets a gentle pointer, never pressure."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_support_button(query.data)
    valid = tap is not None and tap[1] in (*relationship_rules.SUPPORT_PEOPLE, "x")
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        expired = not valid or user is None or not is_onboarded(user)
        if not expired and tap[1] != "x":
            week_key, code = tap
            who = relationship_rules.SUPPORT_PEOPLE[code]
            await repo.save_support(
                session,
                user_id=user.id,
                week_key=week_key,
                local_date=due.practice_date(now, ZoneInfo(user.time_zone)),
                who=who,
                now=now,
            )
    if expired:
        await query.answer(EXPIRED)
        return
    if tap[1] == "x":
        await query.answer("Skipped")
        await edit_query_message(query, "Skipped. See you next week. 🌱")
        return
    await query.answer("Saved ✓")
    if who == "no one":
        await edit_query_message(
            query,
            "Thank you for being honest. Weeks like that can feel lonely. When you're ready, one small "
            "step: a short message to someone who has felt steady before. /exercise has a practice for it.",
        )
    else:
        await edit_query_message(
            query, f"Thank you. ✓ Leaning on {relationship_rules.SUPPORT_WORDS[who]} is part of the practice."
        )
