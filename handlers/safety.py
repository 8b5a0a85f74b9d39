"""Safety: /sos, and the answer to what the crisis screen heard: real help at once, or one gentle question."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.practice import safety_pause
from bot.practice.callback_data import parse_safety_button, safety_button
from bot.practice.pausing import (
    HOW_ARE_YOU_LABELS,
    NO_ANSWER_WAIT,
    HowAreYou,
)
from bot.practice.safety import (
    ABOUT_SOMEONE_ELSE,
    CONFIRMED,
    CheckKind,
    Route,
    SafetyAnswer,
    Topic,
    answer_for,
)
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

SOS_TOPICS = (Topic.SUICIDE, Topic.DOMESTIC_ABUSE, Topic.SEXUAL_ASSAULT)
FOLLOW_UP_LATE = timedelta(hours=12)

_WARM_OPENING = (
    "Thank you for telling me. That sounds really painful, and you deserve support from a real person "
    "right now. I'm an automated program: I can't call anyone or come to you, but these people can."
)
_PAUSED = (
    "I've paused check-ins and practice prompts. In 3 days I'll ask how you are, and nothing comes back "
    "before you say so. /sos shows these lines any time."
)
FOLLOW_UP_QUESTION = "Checking in after {when}. Would the help-line list be useful again?"
_HOW_ARE_YOU = "It's been a few days since things felt really hard. How are you now?"
_AFTER_ANSWER = {
    HowAreYou.BETTER: (
        "I'm really glad to hear that. Check-ins come back from the next one, at your own pace. "
        "/sos stays here any time."
    ),
    HowAreYou.SAME: (
        "Thank you for telling me. Check-ins come back from the next one; /pause is there if you'd rather "
        "wait a bit longer. /sos stays here any time."
    ),
    HowAreYou.STRUGGLING: (
        "Thank you for telling me. I'll keep things quiet here: no check-ins or practice prompts, and I'll ask "
        "again in a few days. These people can help now:"
    ),
}
_NO_ANSWER = (
    "I haven't heard back, and that's okay. Check-ins will come back gently from the next one; /pause "
    "holds them again whenever you need. /sos is here any time, day or night."
)
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


def sos_text(services: Services, user: User | None, plan: dict[str, str] | None = None) -> str:
    """The /sos message: the user's own safety plan first, then warm, honest words and the lines."""
    written = plan_text(plan or {})
    return (
        (f"{written}\n\n" if written else "")
        + "You deserve support from a real person right now. I'm an automated program: I can't call anyone "
        "or come to you, but these people can.\n\n" + help_lines(services, user, SOS_TOPICS)
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
    """The reply to a crisis-tier message on its route: warm first words, the user's own safety plan
    (on a pausing route), then the lines, then what changed."""
    parts = [language_line(services, answer.language) + _OPENINGS[answer.route]]
    written = plan_text(plan or {}) if answer.pause else ""
    if written:
        parts.append(written)
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
    if answer.route in (Route.OWN_CRISIS, Route.ABUSE, Route.MINOR):
        buttons.append(
            [InlineKeyboardButton("A minute of slow breathing", callback_data=safety_button("breathe"))]
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
        plan = await safety_plan_of(services, user.id) if user is not None else {}
        await context.bot.send_message(
            update.effective_chat.id,
            sos_text(services, user, plan),
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
    elif action == "how" and tap.value in {answer.value for answer in HowAreYou}:
        await _how_are_you_answer(update, context, user, HowAreYou(tap.value))
    elif action == "okay":
        await query.answer("Thank you")
        await edit_query_message(query, "Thank you for telling me. /sos is here any time, day or night.")
    else:
        await query.answer()


async def render_follow_up(services: Services, session, user: User, row, now) -> Delivery:
    """The day after a crisis signal: one gentle check-in, then normal only if they say they're okay."""
    # Sent late (the bot was down), "yesterday" would be wrong.
    when = "yesterday" if now - row.due_at < FOLLOW_UP_LATE else "the other day"

    async def send(bot) -> None:
        await bot.send_message(
            user.id,
            FOLLOW_UP_QUESTION.format(when=when),
            reply_markup=InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton("Show help lines", callback_data=safety_button("lines"))],
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
    await edit_query_message(query, f"{_HOW_ARE_YOU}\n\n<i>{HOW_ARE_YOU_LABELS[answer]}</i>")
    if change.pause_until is None:
        await context.bot.send_message(update.effective_chat.id, _AFTER_ANSWER[answer])
        return
    plan = await safety_plan_of(services, user.id)
    written = plan_text(plan)
    await context.bot.send_message(
        update.effective_chat.id,
        (f"{written}\n\n" if written else "")
        + _AFTER_ANSWER[answer]
        + "\n\n"
        + help_lines(services, user, SOS_TOPICS),
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
