"""Safety: /sos, and the answer to what the crisis screen heard: real help at once, or one gentle question."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.practice import safety as rules
from bot.practice import safety_pause
from bot.practice.callback_data import parse_safety_button, safety_button
from bot.practice.pausing import HOW_ARE_YOU_LABELS, NO_ANSWER_WAIT, HowAreYou
from bot.practice.safety import CheckKind, Route, SafetyAnswer, answer_for

# The follow-up's text stays importable here, beside the other scheduled safety texts.
from bot.practice.safety_pause import FOLLOW_UP_QUESTION  # noqa: F401
from bot.practice.safety_pause import HOW_ARE_YOU as _HOW_ARE_YOU
from bot.practice.safety_pause import NO_ANSWER as _NO_ANSWER
from bot.practice.safety_plan import plan_text
from bot.practice.screen import Screening
from bot.services import BotContext, Services
from handlers.help_lines import directory_button, help_lines, language_line, safety_plan_of, safety_plan_row
from handlers.replying import edit_query_message
from scheduler import kinds
from scheduler import plan as scheduling
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import User


def sos_text(services: Services, user: User | None, plan: dict[str, str] | None = None) -> str:
    """The /sos message: the user's own safety plan first, then warm, honest words and the lines."""
    return rules.sos_message(
        written_plan=plan_text(plan or {}), lines=help_lines(services, user, rules.SOS_TOPICS)
    )


async def sos(update: Update, context: BotContext) -> None:
    """Show the safety plan and help lines at once, with the directory and a way to make or redo the plan."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
    plan = await safety_plan_of(services, user.id) if user is not None else {}
    buttons = [directory_button(services)]
    if user is not None:
        buttons.append(safety_plan_row(plan))
    await update.effective_message.reply_text(
        sos_text(services, user, plan),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup(buttons),
    )


def crisis_text(
    services: Services, user: User | None, answer: SafetyAnswer, plan: dict[str, str] | None = None
) -> str:
    """The reply to a crisis-tier message on its route (see bot.practice.safety.crisis_message)."""
    return rules.crisis_message(
        answer,
        language_line=language_line(services, answer.language),
        written_plan=plan_text(plan or {}),
        lines=help_lines(services, user, answer.topics),
    )


def check_text(services: Services, user: User | None, answer: SafetyAnswer) -> str:
    """The one gentle question; in another language, the help lines come with it."""
    local_lines = None
    if answer.language in services.content.safety_languages.lines:
        local_lines = language_line(services, answer.language) + help_lines(services, user, rules.SOS_TOPICS)
    return rules.check_message(answer, local_lines=local_lines)


def _check_keyboard(kind: CheckKind) -> InlineKeyboardMarkup:
    yes, no = rules.check_answers(kind)
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
                change = safety_pause.on_signal(now)
                await repo.raise_safety_flag(
                    session,
                    user_id=user.id,
                    categories=",".join(sorted(category.value for category in screening.categories)),
                    now=now,
                    pause_until=change.pause_until,
                )
                await _schedule(session, user.id, change)
            if answer.partner_practices_off:
                await repo.mark_partner_unsafe(session, user_id=user.id, now=now)
    buttons = [directory_button(services)]
    if answer.route in rules.BREATHING_ROUTES:
        buttons.append(
            [
                InlineKeyboardButton(
                    "A minute of slow breathing", callback_data=safety_button(rules.SHOW_BREATHING)
                )
            ]
        )
    plan = await safety_plan_of(services, user.id) if user is not None and answer.pause else {}
    await context.bot.send_message(
        chat_id,
        crisis_text(services, user, answer, plan),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup(buttons),
    )
    return answer


async def safety_tap(update: Update, context: BotContext) -> None:
    """The safety buttons: the gentle question's answers, help lines, a grounding breath, "I'm okay now"."""
    query = update.callback_query
    services = context.services
    tap = parse_safety_button(query.data)
    reply = rules.on_tap(tap.action, tap.value) if tap is not None else rules.TapReply()
    async with services.sessions() as session:
        user = await repo.get_user_contact(session, user_id=update.effective_user.id)
        if reply.lifts_pause and user is not None:
            # Said the day after, when the follow-up asks: practice resumes.
            await repo.clear_safety_flags(session, user_id=user.id, now=services.clock.now())
    if reply.how is not None:
        await _how_are_you_answer(update, context, user, reply.how)
        return
    await query.answer(reply.toast)
    if reply.edit is not None:
        await edit_query_message(query, reply.edit)
    if reply.screening is not None:
        await respond(update, context, user, reply.screening)
    elif reply.follow == rules.SHOW_LINES:
        plan = await safety_plan_of(services, user.id) if user is not None else {}
        await context.bot.send_message(
            update.effective_chat.id,
            sos_text(services, user, plan),
            parse_mode=ParseMode.HTML,
            reply_markup=InlineKeyboardMarkup([directory_button(services)]),
        )
    elif reply.follow == rules.SHOW_BREATHING:
        await context.bot.send_message(update.effective_chat.id, rules.BREATHING)


async def render_follow_up(services: Services, session, user: User, row, now) -> Delivery:
    """The day after a crisis signal: one gentle check-in, then normal only if they say they're okay."""
    text = safety_pause.follow_up_text(row.due_at, now)

    async def send(bot) -> None:
        await bot.send_message(
            user.id,
            text,
            reply_markup=InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton("Show help lines", callback_data=safety_button(rules.SHOW_LINES))],
                    [InlineKeyboardButton("I'm okay now", callback_data=safety_button("okay"))],
                ]
            ),
        )

    return Delivery(send=send)


async def _schedule(session, user_id: int, change: safety_pause.PauseChange) -> None:
    """The safety pause's messages as the change says: the follow-up, the question, no silence line."""
    if change.cancel_no_answer:
        await scheduling.unschedule(session, kind=kinds.PAUSE_LIFT_NO_ANSWER, user_id=user_id)
    if change.follow_up_at is not None:
        await scheduling.schedule_once(
            session, kind=kinds.SAFETY_FOLLOW_UP, user_id=user_id, due_at=change.follow_up_at
        )
    if change.how_are_you_at is not None:
        await scheduling.schedule_once(
            session, kind=kinds.PAUSE_LIFT_QUESTION, user_id=user_id, due_at=change.how_are_you_at
        )


async def _how_are_you_answer(
    update: Update, context: BotContext, user: User | None, answer: HowAreYou
) -> None:
    """Better or about the same lifts the pause; still struggling keeps it and shows the lines again."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    if user is None:
        await query.answer("This button has expired.")
        return
    change = safety_pause.on_how_are_you(answer, now)
    async with services.sessions() as session:
        if change.pause_until is None:
            await repo.clear_safety_flags(session, user_id=user.id, now=now)
        else:
            await repo.keep_safety_pause(session, user_id=user.id, now=now, pause_until=change.pause_until)
        await _schedule(session, user.id, change)
    await query.answer("Thank you")
    await edit_query_message(query, safety_pause.how_are_you_echo(answer))
    if change.pause_until is None:
        await context.bot.send_message(update.effective_chat.id, safety_pause.AFTER_ANSWER[answer])
        return
    plan = await safety_plan_of(services, user.id)
    await context.bot.send_message(
        update.effective_chat.id,
        safety_pause.after_how_are_you(
            answer, written_plan=plan_text(plan), lines=help_lines(services, user, rules.SOS_TOPICS)
        ),
        parse_mode=ParseMode.HTML,
        reply_markup=InlineKeyboardMarkup([directory_button(services), safety_plan_row(plan)]),
    )


async def render_how_are_you(services: Services, session, user: User, row, now) -> Delivery | None:
    """When the safety pause would lift: ask first; nothing practice-related comes back before an answer."""
    if await repo.active_safety_flag(session, user_id=user.id, now=now) is None:
        return None  # already lifted ("I'm okay now")

    async def send(bot) -> None:
        await bot.send_message(
            user.id,
            _HOW_ARE_YOU,
            reply_markup=InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(label, callback_data=safety_button("how", answer.value))]
                    for answer, label in HOW_ARE_YOU_LABELS.items()
                ]
            ),
        )

    async def record(session, message_id, sent_at) -> None:
        await scheduling.schedule_once(
            session, kind=kinds.PAUSE_LIFT_NO_ANSWER, user_id=user.id, due_at=sent_at + NO_ANSWER_WAIT
        )

    return Delivery(send=send, record=record)


async def render_no_answer(services: Services, session, user: User, row, now) -> Delivery | None:
    """A week without an answer to "how are you now?": one gentle line, then practice comes back."""
    if await repo.active_safety_flag(session, user_id=user.id, now=now) is None:
        return None

    async def send(bot) -> None:
        await bot.send_message(user.id, _NO_ANSWER)

    async def record(session, message_id, sent_at) -> None:
        await repo.clear_safety_flags(session, user_id=user.id, now=sent_at)

    return Delivery(send=send, record=record)
