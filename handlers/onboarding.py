"""/start and onboarding: age, direction, pattern and its secure alternative, time zone, check-in time."""

from __future__ import annotations

import asyncio
import html
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, available_timezones

from telegram import Update
from telegram.constants import ParseMode

from bot.content import places
from bot.practice import clock_time, zones
from bot.practice import onboarding_flow as flow
from bot.practice import plans as plan_rules
from bot.practice.callback_data import moment_button, onboarding_button, parse_onboarding_button
from bot.practice.free_text import clean_typed_text
from bot.practice.moments import NOW_BUTTON
from bot.practice.onboarding import PATTERN_MAX_CHARS, Step, heard_instead_of_answer, is_onboarded
from bot.practice.safety import Topic
from bot.services import BotContext
from handlers import questions
from handlers.help_lines import help_lines
from handlers.replying import edit_query_message, keyboard, now_keyboard
from scheduler import due, plan
from storage import repo
from storage.models import User

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
OWN_PATTERN_PROMPT = "Type your pattern in a few words, like “going quiet when I'm hurt”."
TAP_PLEASE = "Please tap one of the buttons below."
UNREAD_TIME = f"I couldn't read that as a time. Try something like {clock_time.CLOCK_TIME_EXAMPLE}."
UNDER_18 = (
    "Thank you for telling me. This bot is built for adults, so I haven't kept anything about you.\n\n"
    "If things are hard at home, in a relationship or in your head, people who work with young "
    "people can help, for free and in confidence:\n\n{lines}"
)


async def reschedule_after_setting(
    context: BotContext, session, user: User, *, pattern_changed: bool = False
) -> str:
    """Reschedule at once after a change; returns its confirmation in the user's local time."""
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
        rule_plans = [plan_rules.plan_of(row) for row in plans]
        change = plan_rules.first_plan_after_setting(rule_plans, user.pattern, user.secure_alternative)
        if change is not None and change[0] is None:
            await repo.add_plan(session, user_id=user.id, now=now, fields=change[1])
        elif change is not None:
            await repo.set_plan_fields(session, plan_id=change[0], user_id=user.id, fields=change[1])
        if change is not None:
            first_plan = "\nPlan 1 in /plans now has this pattern too."
    when = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    return f"Saved ✓ Next check-in: <b>{when}</b>. /settings for more.{first_plan}"


async def start(update: Update, context: BotContext) -> None:
    """/start: welcome a new user into onboarding, resume an interrupted one, or welcome back."""
    await questions.welcome(update, context)


async def onboarding_tap(update: Update, context: BotContext) -> None:
    """Record an onboarding tap and ask the next question."""
    query = update.callback_query
    services = context.services
    tap = parse_onboarding_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if tap is None or user is None:
        await query.answer("This button has expired. Send /start to continue.")
        return
    question, value = tap.question, _tapped_value(services, user, tap.question, tap.value)
    await _answer(update, context, user, question, value, query=query)


def _tapped_value(services, user: User, question: str, value: str) -> object:
    """A tapped value as the flow reads it: a chosen pattern, a zone, a time (None when it names none)."""
    if question == flow.Question.PATTERN and value != "own":
        # Only a suggestion this user is offered counts: a partner pattern stays out for someone afraid of one.
        option = next((each for each in questions.pattern_options(services, user) if each.id == value), None)
        return flow.PatternPick(option.id, option.pattern, option.secure_alternative) if option else None
    if question == flow.Question.ALTERNATIVE:
        option = services.content.onboarding.pattern_option(user.pattern_id) if user.pattern_id else None
        return option.secure_alternative if option is not None and value == "ok" else None
    if question == "tz":
        return value if value in available_timezones() else None
    if question == "off":
        return zones.offset_zone(int(value)) if value.lstrip("-").isdigit() else None
    if question == flow.Question.TIME:
        return (
            clock_time.parse_clock_time(f"{value[:2]}:{value[2:]}")
            if len(value) == 4 and value.isdigit()
            else None
        )
    return value


@dataclass(frozen=True)
class _Recorded:
    """An answer once written: the user as it now reads, what follows, and what the writes had to say."""

    user: User
    effects: tuple[flow.Effect, ...]
    # Texts made inside the session (help lines before a delete, times of what was just scheduled).
    said: dict[flow.Effect, str] = field(default_factory=dict)


async def _answer(
    update: Update,
    context: BotContext,
    user: User,
    question: str,
    value: object,
    *,
    query=None,
    cut=False,
) -> None:
    """One answer: written in its own session, then shown once the session is closed."""
    async with context.services.sessions() as session:
        recorded = await _record_answer(context, session, user, question, value)
    if recorded is None:
        if query is not None:
            # A stale or repeated tap from an earlier step: change nothing, say so briefly.
            await query.answer("That step is already done.")
        return
    if query is not None:
        await query.answer("Saved ✓" if flow.Effect.RECAP_SAVED in recorded.effects else None)
    for effect in recorded.effects:
        if effect is flow.Effect.UNDER_18:
            await edit_query_message(query, recorded.said[effect])
        elif effect is flow.Effect.SETTING_SAVED:
            await context.bot.send_message(user.id, recorded.said[effect], parse_mode=ParseMode.HTML)
        else:
            await _follow(update, context, recorded, effect, query=query, cut=cut)


async def _record_answer(
    context: BotContext, session, user: User, question: str, value: object
) -> _Recorded | None:
    """The pure transition, one write guarded by the answers read, and the writes its effects need; None
    when the step is already done."""
    services = context.services
    now = services.clock.now()
    question = flow.Question.ZONE if question in ("tz", "off") else question
    before = flow.Answers.of(user)
    after, effects = flow.apply_answer(
        before, question, value, now, reflection_statements=len(services.content.onboarding.reflection)
    )
    if flow.Effect.STALE in effects:
        return None
    said = {}
    if flow.Effect.FORGET_USER in effects:
        said[flow.Effect.UNDER_18] = UNDER_18.format(lines=help_lines(services, user, (Topic.YOUTH,)))
        await plan.erase_user(session, user_id=user.id)
    else:
        changes = flow.changed_fields(before, after)
        if changes:
            guard = flow.guard_fields(before, changes)
            if not await repo.update_user_if(session, user_id=user.id, expected=guard, values=changes):
                return None
        user = await repo.get_user(session, user_id=user.id)
    if flow.Effect.SETTING_SAVED in effects:
        pattern_changed = flow.Effect.PLAN_ONE_FOLLOWS in effects
        said[flow.Effect.SETTING_SAVED] = await reschedule_after_setting(
            context, session, user, pattern_changed=pattern_changed
        )
    if flow.Effect.FINISHED in effects:
        said[flow.Effect.FINISHED] = await _schedule_first(context, session, user)
    if flow.Effect.RECAP_SAVED in effects:
        due_at = await plan.schedule_recap(session, user=user, now=now)
        said[flow.Effect.RECAP_SAVED] = due.describe_when(due_at, ZoneInfo(user.time_zone), now)
    return _Recorded(user=user, effects=tuple(effects), said=said)


async def _follow(
    update: Update, context: BotContext, recorded: _Recorded, effect, *, query, cut: bool
) -> None:
    """Show what one effect of an answer shows: an acknowledgement, the next question, a confirmation."""
    user = recorded.user
    services = context.services
    onboarding = services.content.onboarding
    if effect is flow.Effect.ADULT_NOTED:
        await edit_query_message(query, "Thank you. ✓ 18 or older.")
    elif effect is flow.Effect.PARTNER_NOTED:
        if user.partner_feels_unsafe:
            lines = help_lines(services, user, (Topic.DOMESTIC_ABUSE,))
            await edit_query_message(query, PARTNER_YES.format(lines=lines))
        else:
            await edit_query_message(query, "Thank you. ✓")
    elif effect is flow.Effect.DIRECTION_NOTED:
        await edit_query_message(query, f"Noted: {onboarding.directions[user.direction].summary}. ✓")
    elif effect is flow.Effect.SHOW_REFLECTION:
        answers = user.reflection_answers or ""
        if len(answers) >= len(onboarding.reflection):
            text, markup = questions.reflection_result(services, answers)
        else:
            text, markup = questions.reflection_prompt(services, len(answers))
        await edit_query_message(query, text, markup)
    elif effect is flow.Effect.SHOW_DIRECTION_MENU:
        await edit_query_message(query, questions.DIRECTION_QUESTION, questions.direction_keyboard(services))
    elif effect is flow.Effect.ASK_OWN_PATTERN:
        await context.bot.send_message(user.id, OWN_PATTERN_PROMPT)
    elif effect is flow.Effect.PATTERN_NOTED:
        await edit_query_message(query, f"Your pattern: <i>{html.escape(user.pattern)}</i> ✓")
    elif effect is flow.Effect.ALTERNATIVE_NOTED:
        noted = f"You'll practise: <i>{html.escape(user.secure_alternative)}</i> ✓"
        if query is not None:
            await edit_query_message(query, noted)
        else:
            note = f" (I kept the first {PATTERN_MAX_CHARS} characters.)" if cut else ""
            await update.effective_message.reply_text(noted + note, parse_mode=ParseMode.HTML)
    elif effect is flow.Effect.ZONE_NOTED:
        now = services.clock.now()
        local_now = now.astimezone(ZoneInfo(user.time_zone))
        await context.bot.send_message(
            user.id,
            f"Got it: <b>{html.escape(zones.describe_zone(user.time_zone, now))}</b>. "
            f"It's {local_now:%H:%M} there now. ✓",
            parse_mode=ParseMode.HTML,
            # The place keyboard goes; the /now button comes back if the user has it switched on.
            reply_markup=now_keyboard(NOW_BUTTON, on=user.now_button),
        )
    elif effect is flow.Effect.TIME_NOTED and query is not None:
        await edit_query_message(query, f"Check-in time: {clock_time.format_clock_time(user.checkin_time)} ✓")
    elif effect is flow.Effect.ASK_NEXT:
        await questions.send_step(update, context, user)
    elif effect is flow.Effect.FINISHED:
        await _all_set(context, user, recorded.said[effect])
    elif effect is flow.Effect.RECAP_SAVED:
        await context.bot.send_message(
            user.id,
            f"Your weekly look back: <b>{questions.recap_when(user)}</b>. Next one: {recorded.said[effect]}. ✓",
            parse_mode=ParseMode.HTML,
        )


async def _schedule_first(context: BotContext, session, user: User) -> str:
    """Onboarding is done: schedule the first check-in and recap and make the first plan; returns when the
    check-in comes."""
    now = context.services.clock.now()
    due_at = await plan.schedule_checkin(session, user=user, now=now)
    await plan.schedule_recap(session, user=user, now=now)
    # The pattern and alternative just chosen become the first if–then plan (/plans adds more).
    await repo.ensure_first_plan(
        session,
        user=user,
        fields=plan_rules.first_plan_fields(user.pattern, user.secure_alternative),
        now=now,
    )
    return due.describe_when(due_at, ZoneInfo(user.time_zone), now)


async def _all_set(context: BotContext, user: User, when: str) -> None:
    """Say what's next once onboarding is done."""
    await context.bot.send_message(
        user.id,
        "You're all set. 🌱\n\n"
        f"Your first check-in comes <b>{when}</b>, your time. It takes about 20 seconds.\n"
        f"Your weekly look back comes <b>{questions.recap_when(user)}</b>.\n\n"
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
            *[[(label, onboarding_button("rc", code))] for code, (label, _, _) in flow.RECAP_CHOICES.items()],
            [("My pattern is firing now", moment_button("n"))],
        ),
    )


async def typed_answer(update: Update, context: BotContext, user: User) -> None:
    """A typed answer during onboarding: a pattern, an alternative, a place, a time, or a nudge to tap."""
    services = context.services
    typed = update.effective_message.text or ""
    step = questions.active_step(user)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
    if step is Step.PATTERN:
        pattern, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
        if pattern and cut:
            await update.effective_message.reply_text(f"I kept the first {PATTERN_MAX_CHARS} characters.")
        await _answer(update, context, user, flow.Question.TYPED_PATTERN, pattern)
        return
    if step is Step.ALTERNATIVE:
        alternative, cut = clean_typed_text(typed, PATTERN_MAX_CHARS)
        await _answer(update, context, user, flow.Question.TYPED_ALTERNATIVE, alternative, cut=cut)
        return
    if step is Step.ZONE:
        await _zone_text(update, context, user, typed)
        return
    if step is Step.TIME:
        chosen = clock_time.parse_clock_time(typed)
        if chosen is None:
            heard = heard_instead_of_answer(step, typed, onboarded=is_onboarded(user))
            await update.effective_message.reply_text(
                heard or UNREAD_TIME, reply_markup=questions.time_keyboard()
            )
            return
        await _answer(update, context, user, flow.Question.TIME, chosen)
        return
    # Age, direction and reflection are answered with buttons.
    await update.effective_message.reply_text(TAP_PLEASE)
    await questions.send_step(update, context, user)


async def _zone_text(update: Update, context: BotContext, user: User, typed: str) -> None:
    if typed.strip() == questions.PICK_OFFSET:
        await update.effective_message.reply_text(
            "Pick your current UTC offset:", reply_markup=questions.offset_keyboard()
        )
        return
    # The city index takes a moment to build the first time: keep the event loop free meanwhile.
    index = await asyncio.to_thread(places.load_zone_index)
    match = zones.resolve_zone(typed, index)
    if match.zone is not None:
        await _answer(update, context, user, flow.Question.ZONE, match.zone)
        return
    heard = heard_instead_of_answer(Step.ZONE, typed, onboarded=is_onboarded(user))
    if heard is not None:
        await update.effective_message.reply_text(heard, reply_markup=questions.zone_keyboard())
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
        reply_markup=questions.zone_keyboard(),
    )


async def location(update: Update, context: BotContext) -> None:
    """A shared location during the time-zone step sets the zone."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
    if user is None or questions.active_step(user) is not Step.ZONE:
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
    await _answer(update, context, user, flow.Question.ZONE, zone)
