"""Typed text and open prompts: each command supersedes an open prompt, and lapsed prompts say so."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

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


@dataclass(frozen=True)
class TypedText:
    """Typed text on its way to a prompt: the update it came in, who typed it, and a check-in awaiting a note."""

    update: Update
    context: BotContext
    user: User
    waiting_checkin: CheckIn | None

    @property
    def text(self) -> str:
        """What was typed."""
        return self.update.effective_message.text or ""


class Screened(Enum):
    """What becomes of a prompt's typed text when the crisis screen answered it first."""

    LEFT = "left"  # nothing here; the safety answer decides whether the prompt closes
    STORED = "stored"  # stored quietly, told whether the words may be kept (a minor's are not)
    STORED_WHEN_KEPT = "stored_when_kept"  # stored quietly, only when the words may be kept
    CLOSED = "closed"  # the prompt closes and nothing is made of the words
    HELD_BACK = "held_back"  # nothing is passed on to the partner, and the prompt closes


@dataclass(frozen=True)
class PromptKind:
    """One prompt kind: who answers its typed text, what becomes of screened text, and how to reopen it."""

    answer: Callable[[TypedText], Awaitable[object]]
    screened: Screened
    # How to reopen the prompt, for the message that says the typed text was not taken.
    reopen: str
    # For STORED and STORED_WHEN_KEPT: keeps the text with no reply of the prompt's own.
    store: Callable[[TypedText, bool], Awaitable[object]] | None = None


PROMPT_KINDS: dict[Prompt, PromptKind] = {
    Prompt.SETTING: PromptKind(
        answer=lambda typed: onboarding.typed_answer(typed.update, typed.context, typed.user),
        screened=Screened.LEFT,
        reopen="/settings opens that setting again",
    ),
    Prompt.STORY: PromptKind(
        answer=lambda typed: relationships.story_text(typed.update, typed.context, typed.user),
        screened=Screened.STORED,
        reopen="/story brings the prompt back",
        store=lambda typed, keep: relationships.keep_story_entry(
            typed.context, typed.user, typed.text, keep=keep
        ),
    ),
    Prompt.NOTE: PromptKind(
        answer=lambda typed: checkin.note(typed.update, typed.context, typed.waiting_checkin),
        screened=Screened.STORED_WHEN_KEPT,
        reopen="today's check-in is saved without a note; /checkin shows it",
        store=lambda typed, _keep: checkin.keep_note(
            typed.update, typed.context, typed.waiting_checkin, quiet=True
        ),
    ),
    Prompt.SAFETY_PLAN: PromptKind(
        answer=lambda typed: safety_plan.text(typed.update, typed.context, typed.user),
        # Warning signs often sound like a crisis; they are answered with care and still kept.
        screened=Screened.STORED_WHEN_KEPT,
        reopen="/sos brings your safety plan back",
        store=lambda typed, _keep: safety_plan.keep_entry(typed.context, typed.user, typed.text),
    ),
    Prompt.EXERCISE: PromptKind(
        answer=lambda typed: exercise.step_text(typed.update, typed.context, typed.user),
        screened=Screened.STORED_WHEN_KEPT,
        reopen="the practice carries on with its buttons",
        store=lambda typed, _keep: exercise.keep_step_text(typed.context, typed.user, typed.text),
    ),
    # Words written in a crisis are not made into a plan, held to be sent later, or put on a page.
    Prompt.PLAN: PromptKind(
        answer=lambda typed: plans.field_text(typed.update, typed.context, typed.user),
        screened=Screened.CLOSED,
        reopen="/plans opens your plans again",
    ),
    Prompt.HOLD: PromptKind(
        answer=lambda typed: moments.hold_text(typed.update, typed.context, typed.user),
        screened=Screened.CLOSED,
        reopen="/now starts again whenever you need it",
    ),
    Prompt.REPAIR: PromptKind(
        answer=lambda typed: repair.repair_text(typed.update, typed.context, typed.user),
        screened=Screened.CLOSED,
        reopen="/repair opens the repair step again",
    ),
    Prompt.SHARE_NAME: PromptKind(
        answer=lambda typed: share.name_text(typed.update, typed.context, typed.user),
        screened=Screened.CLOSED,
        reopen="/share asks for the name again",
    ),
    # Nothing screened as a crisis or a worry is passed on to the partner.
    Prompt.PARTNER: PromptKind(
        answer=lambda typed: partner.typed_text(typed.update, typed.context, typed.user),
        screened=Screened.HELD_BACK,
        reopen="nothing was sent to your partner; /partner opens it again",
    ),
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
    if routing.answers is not None:
        await PROMPT_KINDS[routing.answers].answer(TypedText(update, context, user, waiting_checkin))
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
    await update.effective_message.reply_text(NOT_TAKEN.format(reopen=PROMPT_KINDS[routing.lapsed].reopen))
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
    if routing.answers is None:
        return
    kind = PROMPT_KINDS[routing.answers]
    typed = TypedText(update, context, user, waiting_checkin)
    if kind.screened is Screened.STORED or (kind.screened is Screened.STORED_WHEN_KEPT and keep):
        await kind.store(typed, keep)
    elif kind.screened is Screened.HELD_BACK:
        await partner.hold_back(update, context, user)
    elif kind.screened is Screened.CLOSED:
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
