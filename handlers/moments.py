"""/now: the moment the pattern fires. The user's own plan first, then one practice, then a timer to hold a message or to stay."""

from __future__ import annotations

import html
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode

from bot.practice import moments as moment_rules
from bot.practice import plans as plan_rules
from bot.practice.callback_data import held_button, moment_button, parse_held_button, parse_moment_button
from bot.practice.exercise_card import card_text
from bot.practice.onboarding import is_onboarded
from bot.practice.pausing import is_paused
from bot.services import BotContext, Services
from handlers import guards, questions
from handlers.replying import edit_query_message, keyboard
from scheduler import due, kinds
from scheduler import plan as scheduling
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import PatternPlan, User


def _local_date(user: User, now: datetime):
    # The same practice day the check-in uses, so a moment at 01:00 belongs to the evening before.
    return due.practice_date(now, ZoneInfo(user.time_zone or "UTC"))


def _shown_plan(services: Services, user: User, row: PatternPlan) -> plan_rules.Plan:
    """The plan as shown: no words pointing at a partner who frightens the user (see partner_safety)."""
    return questions.partner_filter(services, user).plan(plan_rules.plan_of(row))


def _plan_message(services: Services, user: User, row: PatternPlan) -> str:
    plan = _shown_plan(services, user, row)
    return f"{moment_rules.NOW_INTRO}\n{plan_rules.plan_sentence(plan, html.escape)}"


async def _practice_message(services: Services, session, user: User, moment_id: int) -> tuple[str, object]:
    """The second message: the practice that helped most, and the timer that fits the direction."""
    history = await repo.recent_practices(session, user_id=user.id, limit=100)
    felt = [moment_rules.FeltPractice(exercise_id=row.exercise_id, feeling=row.feeling) for row in history]
    partner_safe = not user.partner_feels_unsafe
    exercise = moment_rules.helped_most(
        services.content.exercises, felt, user.direction, partner_safe=partner_safe
    )
    shown = (
        card_text(exercise.title, exercise.minutes, exercise.steps[0], exercise.why, exercise.caution)
        if exercise is not None
        else None
    )
    text, rows = moment_rules.practice_card(
        shown, moment_rules.timer_offer(user.direction, partner_safe=partner_safe)
    )
    return text, keyboard(
        *[
            [(label, moment_button(action, moment_id, minutes)) for label, action, minutes in row]
            for row in rows
        ]
    )


async def _log_moment(services: Services, session, user: User, plan: PatternPlan) -> list[tuple[str, object]]:
    """Log the moment; returns its two messages: the user's plan, then one practice and a timer."""
    now = services.clock.now()
    moment = await repo.add_moment(
        session, user_id=user.id, plan_id=plan.id, local_date=_local_date(user, now), now=now
    )
    return [
        (_plan_message(services, user, plan), None),
        await _practice_message(services, session, user, moment.id),
    ]


async def _show_moment(bot: Bot, user: User, messages: list[tuple[str, object]]) -> None:
    """Send a logged moment's messages, once the session that logged it has closed."""
    for text, markup in messages:
        await bot.send_message(user.id, text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def now_command(update: Update, context: BotContext) -> None:
    """The pattern is firing: the plan for it (a picker first when there are several)."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user):
            active = await repo.ensure_first_plan(
                session,
                user=user,
                fields=plan_rules.first_plan_fields(user.pattern, user.secure_alternative),
                now=services.clock.now(),
            )
            if len(active) == 1:
                messages = await _log_moment(services, session, user, active[0])
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    if not active:
        await update.effective_message.reply_text(moment_rules.NO_PLAN)
        return
    if len(active) == 1:
        await _show_moment(context.bot, user, messages)
        return
    await update.effective_message.reply_text(
        moment_rules.WHICH_PATTERN,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(
            *[
                [
                    (
                        plan_rules.plan_label(_shown_plan(services, user, row)),
                        moment_button(moment_rules.PICK, row.id),
                    )
                ]
                for row in active
            ]
        ),
    )


async def moment_tap(update: Update, context: BotContext) -> None:
    """A tap in the /now flow: which pattern, hold a message for N minutes, stay five more, or okay."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_moment_button(query.data)
    # What the tap decided, sent after the session closes: the toast, the edit, a picked plan's moment.
    toast, edit, messages, again = moment_rules.EXPIRED, None, None, False
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if tap is None or user is None or not is_onboarded(user):
            pass
        elif tap.action == moment_rules.AGAIN:
            toast, again = None, True
        elif tap.action == moment_rules.PICK:
            plan = await repo.get_plan(session, plan_id=tap.target or 0, user_id=user.id)
            if plan is not None and plan.retired_at is None:
                toast = None
                edit = (
                    f"Pattern: <i>{html.escape(plan_rules.plan_label(_shown_plan(services, user, plan)))}</i>"
                )
                messages = await _log_moment(services, session, user, plan)
        else:
            moment = await repo.get_moment(session, moment_id=tap.target or 0, user_id=user.id)
            timer = (
                moment_rules.on_timer_tap(tap.action, tap.minutes, moment.action)
                if moment is not None
                else None
            )
            if timer is not None:
                toast, edit = timer.toast, timer.edit
                await _start_timer(session, user, moment, timer, now)
    await query.answer(toast)
    if again:
        await now_command(update, context)
        return
    if edit is not None:
        await edit_query_message(query, edit)
    if messages is not None:
        await _show_moment(context.bot, user, messages)


async def _start_timer(session, user: User, moment, timer, now: datetime) -> None:
    """A timer tap's write: the prompt for the message to hold, or five more minutes of staying."""
    if timer.hold_minutes is not None:
        await repo.open_moment_prompt(
            session,
            user_id=user.id,
            value=moment_rules.hold_prompt(timer.hold_minutes, moment.id),
            now=now,
        )
    elif timer.stay_minutes is not None:
        await repo.set_moment(session, moment_id=moment.id, user_id=user.id, action=moment_rules.STAYING)
        await scheduling.schedule_once(
            session,
            kind=kinds.STAY_TIMER_END,
            user_id=user.id,
            ref_id=moment.id,
            due_at=now + timedelta(minutes=timer.stay_minutes),
        )


async def hold_text(update: Update, context: BotContext, user: User) -> None:
    """The message to hold (already screened): keep it encrypted and schedule the question."""
    services = context.services
    now = services.clock.now()
    waiting = moment_rules.parse_hold_prompt(user.practice_prompt)
    typed = moment_rules.held_text(update.effective_message.text or "")
    async with services.sessions() as session:
        if waiting is None or typed is None:
            await repo.close_prompts(session, user_id=user.id)
        else:
            minutes, moment_id = waiting
            await scheduling.hold_message(
                session, user_id=user.id, moment_id=moment_id, text=typed, wait_minutes=minutes, now=now
            )
            await repo.set_moment(session, moment_id=moment_id, user_id=user.id, action=moment_rules.HELD)
    if waiting is None or typed is None:
        await update.effective_message.reply_text(moment_rules.COULD_NOT_HOLD)
        return
    await update.effective_message.reply_text(moment_rules.HOLD_SAVED.format(minutes=minutes))


async def _timer_delivery(session, user: User, timer: str, now: datetime) -> str:
    """What a moment timer sends now, by the user's pauses (see bot.practice.moments.timer_delivery)."""
    return moment_rules.timer_delivery(
        timer,
        paused=is_paused(user.paused_since, user.paused_until, now),
        safety_pause=await repo.active_safety_flag(session, user_id=user.id, now=now) is not None,
    )


async def render_held_question(
    services: Services, session, user: User, row: repo.ClaimedDue, now: datetime
) -> Delivery | None:
    """When the wait ends: "Still want to send it?" with send as is, edit first, let it go."""
    held = await repo.get_held(session, held_id=row.ref_id, user_id=user.id)
    if held is None:
        return None
    text, rows = moment_rules.held_question(await _timer_delivery(session, user, "hold", now))
    markup = keyboard(*[[(label, held_button(held.id, decision)) for label, decision in row] for row in rows])

    async def send(bot: Bot) -> None:
        await bot.send_message(
            user.id, text, parse_mode=ParseMode.HTML, disable_notification=user.quiet, reply_markup=markup
        )

    return Delivery(send=send)


async def render_stay_end(
    services: Services, session, user: User, row: repo.ClaimedDue, now: datetime
) -> Delivery | None:
    """When five more minutes are up: one line."""
    moment = await repo.get_moment(session, moment_id=row.ref_id, user_id=user.id)
    if moment is None or not moment_rules.stay_ends(
        moment.action, await _timer_delivery(session, user, "stay", now)
    ):
        return None
    await repo.set_moment(session, moment_id=moment.id, user_id=user.id, action=moment_rules.STAYED)

    async def send(bot: Bot) -> None:
        await bot.send_message(user.id, moment_rules.STAY_DONE, disable_notification=user.quiet)

    return Delivery(send=send)


async def held_tap(update: Update, context: BotContext) -> None:
    """Send as is / edit it first (the text shown back to copy) or let it go; the held copy is deleted."""
    query = update.callback_query
    tap = parse_held_button(query.data)
    words = None
    async with context.services.sessions() as session:
        held = await repo.get_held(session, held_id=tap[0], user_id=update.effective_user.id) if tap else None
        if held is not None:
            text, moment_id = held.text, held.moment_id
            if await scheduling.release_held(session, held_id=held.id, user_id=update.effective_user.id):
                safety = await repo.active_safety_flag(
                    session, user_id=held.user_id, now=context.services.clock.now()
                )
                action, words = moment_rules.held_decision_words(tap[1], safety_pause=safety is not None)
                if moment_id is not None:
                    await repo.set_moment(session, moment_id=moment_id, user_id=held.user_id, action=action)
    if words is None:
        await query.answer("Already done ✓")
        return
    await query.answer()
    await edit_query_message(query, words.format(text=f"<code>{html.escape(text)}</code>"))
