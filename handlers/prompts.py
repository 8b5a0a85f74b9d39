"""Typed text and open prompts: each command supersedes an open prompt, and lapsed prompts say so."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update

from bot.practice.prompts import Prompt, route_typed_text
from bot.services import BotContext
from handlers import (
    checkin,
    exercise,
    moments,
    onboarding,
    partner,
    plans,
    relationships,
    repair,
    safety_plan,
    share,
)
from storage import repo
from storage.models import CheckIn, User

log = logging.getLogger(__name__)

# How to reopen each prompt, for the message that says the typed text was not taken.
REOPEN = {
    Prompt.SETTING: "/settings opens that setting again",
    Prompt.STORY: "/story brings the prompt back",
    Prompt.NOTE: "today's check-in is saved without a note; /checkin shows it",
    Prompt.SAFETY_PLAN: "/sos brings your safety plan back",
    Prompt.EXERCISE: "the practice carries on with its buttons",
    Prompt.PLAN: "/plans opens your plans again",
    Prompt.HOLD: "/now starts again whenever you need it",
    Prompt.REPAIR: "/repair opens the repair step again",
    Prompt.SHARE_NAME: "/share asks for the name again",
    Prompt.PARTNER: "nothing was sent to your partner; /partner opens it again",
}
NOT_TAKEN = (
    "I didn't save that: the question it would have answered has closed (it was open for more than "
    "10 minutes, or another command came after it). {reopen}."
)


async def note_command(update: Update, context: BotContext) -> None:
    """Runs before every command: remember when it came, so prompts opened before it stop taking text."""
    services = context.services
    try:
        async with services.sessions() as session:
            await repo.note_command(session, user_id=update.effective_user.id, now=services.clock.now())
    except SQLAlchemyError as error:
        # Bookkeeping only: the command itself (/sos above all) must still run, without an apology first.
        log.warning("could not note a command: %s", type(error).__name__)


def open_prompts(user: User, waiting_checkin: CheckIn | None) -> dict[Prompt, object]:
    """Every prompt waiting for this user's typed text, with when it was opened."""
    waiting = {}
    if user.changing is not None:
        waiting[Prompt.SETTING] = user.prompt_opened_at
    if user.story_prompt_id is not None:
        waiting[Prompt.STORY] = user.prompt_opened_at
    if user.plan_section is not None:
        waiting[Prompt.SAFETY_PLAN] = user.prompt_opened_at
    if user.practice_prompt_id is not None:
        waiting[Prompt.EXERCISE] = user.prompt_opened_at
    if waiting_checkin is not None:
        waiting[Prompt.NOTE] = waiting_checkin.answered_at
    if user.practice_prompt is not None:
        kind = user.practice_prompt.split(":", 1)[0]
        typed_for = {"hold": Prompt.HOLD, "repair": Prompt.REPAIR, "share": Prompt.SHARE_NAME}.get(
            kind, Prompt.PLAN
        )
        if partner.prompt_kind(user) is not None:
            typed_for = Prompt.PARTNER
        waiting[typed_for] = user.prompt_opened_at
    return waiting


async def answer(update: Update, context: BotContext, user: User, waiting_checkin: CheckIn | None) -> bool:
    """Give typed text to the live prompt opened last, or say it was not taken; False when none waits."""
    services = context.services
    now = services.clock.now()
    routing = route_typed_text(
        open_prompts(user, waiting_checkin), last_command_at=user.last_command_at, now=now
    )
    if routing.answers is Prompt.SETTING:
        await onboarding.typed_answer(update, context, user)
        return True
    if routing.answers is Prompt.STORY:
        await relationships.story_text(update, context, user)
        return True
    if routing.answers is Prompt.NOTE:
        await checkin.note(update, context, waiting_checkin)
        return True
    if routing.answers is Prompt.PLAN:
        await plans.field_text(update, context, user)
        return True
    if routing.answers is Prompt.SAFETY_PLAN:
        await safety_plan.text(update, context, user)
        return True
    if routing.answers is Prompt.EXERCISE:
        await exercise.step_text(update, context, user)
        return True
    if routing.answers is Prompt.HOLD:
        await moments.hold_text(update, context, user)
        return True
    if routing.answers is Prompt.REPAIR:
        await repair.repair_text(update, context, user)
        return True
    if routing.answers is Prompt.SHARE_NAME:
        await share.name_text(update, context, user)
        return True
    if routing.answers is Prompt.PARTNER:
        await partner.typed_text(update, context, user)
        return True
    if routing.lapsed is None:
        return False
    async with services.sessions() as session:
        # Closed for good, so the next text is not refused again for the same old question.
        await repo.close_prompts(session, user_id=user.id)
        if waiting_checkin is not None:
            await repo.update_checkin_if_stage(
                session, checkin_id=waiting_checkin.id, expected_stage="note", now=now, stage="done"
            )
    await update.effective_message.reply_text(NOT_TAKEN.format(reopen=REOPEN[routing.lapsed]))
    return True


async def keep_quietly(
    update: Update, context: BotContext, user: User, waiting_checkin: CheckIn | None, *, keep: bool
) -> None:
    """After a safety answer: store the text in the live prompt it answered (story, note, plan), with no
    reply of the prompt's own; `keep=False` (a minor) closes the prompt and stores nothing."""
    routing = route_typed_text(
        open_prompts(user, waiting_checkin),
        last_command_at=user.last_command_at,
        now=context.services.clock.now(),
    )
    if routing.answers is Prompt.STORY:
        await relationships.keep_story_entry(context, user, update.effective_message.text or "", keep=keep)
    elif routing.answers is Prompt.NOTE and keep:
        await checkin.keep_note(update, context, waiting_checkin, quiet=True)
    elif routing.answers is Prompt.EXERCISE and keep:
        await exercise.keep_step_text(context, user, update.effective_message.text or "")
    elif routing.answers is Prompt.SAFETY_PLAN and keep:
        # Warning signs often sound like a crisis; they are answered with care and still kept.
        await safety_plan.keep_entry(context, user, update.effective_message.text or "")
    elif routing.answers is Prompt.PARTNER:
        # Nothing screened as a crisis or a worry is passed on to the partner.
        await partner.hold_back(update, context, user)
    elif routing.answers in (Prompt.PLAN, Prompt.HOLD, Prompt.REPAIR, Prompt.SHARE_NAME):
        # Words written in a crisis are not made into a plan, held to be sent later, or put on a page.
        async with context.services.sessions() as session:
            await repo.close_prompts(session, user_id=user.id)


async def close_all(context: BotContext, user: User, waiting_checkin: CheckIn | None) -> None:
    """Close every question waiting for typed text: settings, story, and a check-in's note."""
    services = context.services
    async with services.sessions() as session:
        await repo.close_prompts(session, user_id=user.id)
        if waiting_checkin is not None:
            await repo.update_checkin_if_stage(
                session,
                checkin_id=waiting_checkin.id,
                expected_stage="note",
                now=services.clock.now(),
                stage="done",
            )
