"""The daily check-in in Telegram: the scheduled message, /checkin, button taps and the typed note."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.practice import checkin as checkin_rules
from bot.practice import keep_going, replies
from bot.practice import plans as plan_rules
from bot.practice import repair as repair_rules
from bot.practice.callback_data import (
    exercise_button,
    keep_going_button,
    parse_checkin_button,
    pause_button,
    repair_button,
    settings_button,
)
from bot.services import BotContext, Services
from handlers import guards, questions
from handlers.replying import edit_query_message, keyboard
from scheduler import checkins, kinds
from scheduler.dispatch import Delivery, Renderer
from storage import repo
from storage.models import CheckIn, User

CLOSED = "This check-in is closed."
KEEP_GOING = (
    "Your daily check-in\n\n"
    "The last few check-ins went unanswered, and that's completely okay. Life gets full. "
    "Would you like to keep going, pause for a while, or pick a time that suits you better?"
)
KEEP_GOING_KEYBOARD = keyboard(
    [("Keep going", keep_going_button())],
    [("Pause for a week", pause_button("7d"))],
    [("Change the time", settings_button("tm"))],
)
ALREADY_SAVED = "Already saved ✓"


def _state(checkin: CheckIn) -> checkin_rules.CheckInState:
    return checkin_rules.CheckInState(
        stage=checkin.stage,
        activated=checkin.activated,
        choice=checkin.choice,
        intensity=checkin.intensity,
        note=checkin.note,
        plan_id=checkin.plan_id,
    )


def _keyboard(checkin_id: int, stage: str, plan_labels: dict[int, str] | None = None, *, bids: bool = True):
    return keyboard(*checkin_rules.card_buttons(checkin_id, stage, plan_labels, bids=bids))


def _shown_pattern(services: Services, user) -> str | None:
    """The user's pattern as the card shows it: no words pointing at a partner who frightens them."""
    return questions.partner_filter(services, user).pattern(user.pattern)


def _text(
    services: Services,
    checkin: CheckIn,
    user: User,
    state: checkin_rules.CheckInState,
    others: tuple[str, ...] = (),
    prefill=None,
    labels: dict[int, str] | None = None,
) -> str:
    return checkin_rules.checkin_text(
        state,
        checkin.local_date,
        pattern=_shown_pattern(services, user),
        other_patterns=others,
        prefill=prefill,
        plan_labels=labels,
    )


def _card_keyboard(checkin: CheckIn, user: User, stage: str, labels: dict[int, str] | None = None):
    return _keyboard(checkin.id, stage, labels, bids=not user.partner_feels_unsafe)


def _labels_of(services: Services, user: User | repo.CardOwner, plans) -> dict[int, str]:
    """Active plans, oldest first: id to the short name the picker shows (partner words left out as elsewhere)."""
    shown = questions.partner_filter(services, user)
    return {row.id: plan_rules.plan_label(shown.plan(plan_rules.plan_of(row))) for row in plans}


async def _plan_labels(services: Services, session, user: User | repo.CardOwner) -> dict[int, str]:
    return _labels_of(services, user, await repo.active_plan_words(session, user_id=user.id))


@dataclass(frozen=True)
class CardExtras:
    """What the check-in card adds from the day's practice: other patterns, the moments' times, a repair offer."""

    others: tuple[str, ...] = ()
    prefill: str | None = None
    repair_after: date | None = None
    labels: dict[int, str] | None = None


async def _post_card(
    services: Services,
    bot: Bot,
    user: User,
    checkin_id: int,
    local_date: date,
    state: checkin_rules.CheckInState,
    extras: CardExtras,
) -> int:
    markup = _keyboard(checkin_id, state.stage, extras.labels, bids=not user.partner_feels_unsafe)
    if extras.repair_after is not None:
        # Offered on the card as it arrives; once answered, /repair keeps the offer open.
        label = f"Repair after {repair_rules.day_name(extras.repair_after, local_date)}"
        markup = InlineKeyboardMarkup(
            [
                *markup.inline_keyboard,
                [InlineKeyboardButton(label, callback_data=repair_button("o", extras.repair_after))],
            ]
        )
    message = await bot.send_message(
        user.id,
        checkin_rules.checkin_text(
            state,
            local_date,
            pattern=_shown_pattern(services, user),
            other_patterns=extras.others,
            prefill=extras.prefill,
            plan_labels=extras.labels,
        ),
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        disable_notification=user.quiet,
    )
    return message.message_id


async def send_scheduled(
    services: Services, bot: Bot, session, user: User, row: repo.ClaimedDue, now: datetime
) -> bool:
    """Send one check-in that fell due (as a tick would); False when it is no longer meaningful or already sent."""
    if not kinds.CHECKIN.still_worth_sending(user, row.due_at, now):
        return False
    [delivery] = await prepare_scheduled(services, session, [(user, row)], now)
    await session.commit()
    if delivery is None:
        return False
    message_id = await delivery.send(bot)
    await record_scheduled(session, [(delivery, message_id)], now)
    await session.commit()
    return True


async def prepare_scheduled(
    services: Services, session, batch: list[tuple[User, repo.ClaimedDue]], now: datetime
) -> list[Delivery | None]:
    """The check-in cards (or "keep going?" questions) for a batch of due rows, read by the scheduler."""
    deliveries = []
    for (user, _), prepared in zip(batch, await checkins.prepare(session, batch, now), strict=True):
        if isinstance(prepared, checkins.KeepGoingQuestion):
            deliveries.append(Delivery(send=lambda bot, user=user: _ask_keep_going(bot, user)))
        elif isinstance(prepared, checkins.Card):
            deliveries.append(
                Delivery(
                    send=lambda bot, card=prepared: _send_card(services, bot, card), ref=prepared.checkin.id
                )
            )
        else:
            deliveries.append(None)
    return deliveries


async def _ask_keep_going(bot: Bot, user: User) -> None:
    await bot.send_message(
        user.id, KEEP_GOING, reply_markup=KEEP_GOING_KEYBOARD, disable_notification=user.quiet
    )


async def _send_card(services: Services, bot: Bot, card: checkins.Card) -> int:
    """The check-in card, then the buttons off the last earlier check-in once it has closed."""
    shown = questions.partner_filter(services, card.user)
    extras = CardExtras(
        # The first plan is the onboarding pattern the card already names; the others are listed beside it.
        tuple(plan_rules.plan_label(shown.plan(plan_rules.plan_of(row))) for row in card.plans[1:]),
        card.prefill,
        card.repair_after,
        _labels_of(services, card.user, card.plans),
    )
    message_id = await _post_card(
        services, bot, card.user, card.checkin.id, card.checkin.local_date, card.state, extras
    )
    if card.earlier is not None:
        earlier, state = card.earlier
        await _edit_closed(bot, card.user, earlier.message_id, state, earlier.local_date)
    return message_id


async def record_scheduled(session, sent: list[tuple[Delivery, int | None]], now: datetime) -> None:
    """Which messages show the batch's check-ins, in one statement."""
    await checkins.record(
        session, {delivery.ref: message_id for delivery, message_id in sent if delivery.ref is not None}, now
    )


SCHEDULED = Renderer(prepare=prepare_scheduled, record=record_scheduled)


async def _edit_closed(
    bot: Bot, user: User, message_id: int, state: checkin_rules.CheckInState, local_date
) -> None:
    try:
        await bot.edit_message_text(
            checkin_rules.closed_text(state, local_date),
            chat_id=user.id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
        )
    except BadRequest as error:
        # Already closed (not modified), deleted by the user, or too old to edit: nothing to do.
        known = ("not modified", "not found", "can't be edited")
        if not any(phrase in error.message.lower() for phrase in known):
            raise


async def _keep_going_answered(session, user: User, now: datetime) -> None:
    state = keep_going.KeepGoing(user.keep_going_asked_at, user.keep_going_reset_at)
    after = keep_going.answered(state, now)
    if after != state:
        user.keep_going_asked_at, user.keep_going_reset_at = after.asked_at, after.reset_at
        await repo.save(session, user)


async def keep_going_tap(update: Update, context: BotContext) -> None:
    """The answer to "keep going?": check-ins resume tomorrow as usual."""
    query = update.callback_query
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is not None:
            await _keep_going_answered(session, user, context.services.clock.now())
    await query.answer("Saved ✓")
    await edit_query_message(
        query, "Glad to keep going with you. 🌱 Your next check-in comes at the usual time."
    )


async def checkin_command(update: Update, context: BotContext) -> None:
    """Open today's check-in now, or show today's answer with a way to change it."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user):
            # Opening a check-in answers "keep going?".
            await _keep_going_answered(session, user, now)
            card = await checkins.open_today(session, user, now)
            await session.commit()
    if not guards.onboarded(user):
        await guards.continue_onboarding(
            update, context, user, "Let's finish setting up first; it takes a minute."
        )
        return
    message_id = await _send_card(services, context.bot, card)
    async with services.sessions() as session:
        await checkins.record(session, {card.checkin.id: message_id}, now)
        await session.commit()


async def checkin_tap(update: Update, context: BotContext) -> None:
    """Record a check-in tap once (one guarded statement), edit the message to show it, and close with a
    fitting reply."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    user_id = update.effective_user.id
    tap = parse_checkin_button(query.data)
    reply = None
    async with services.sessions() as session:
        tapped = write = None
        # Read before the write (owner and plans in one statement): on SQLite the write lock is then
        # held only for the update and its commit.
        owner = await repo.card_owner(session, user_id=user_id)
        # The picker's plan must be one of this user's own active plans; they also label the card.
        labels = _labels_of(services, owner, owner.plans)
        if tap is not None:
            write = checkin_rules.tap_write(tap.step, tap.value, tuple(labels))
        if write is not None:
            values = write.values
            if values.get("stage") == "done":
                # The last tap closes the check-in: its reply depends on the week before, read first.
                checkin = await repo.get_checkin(session, checkin_id=tap.checkin_id, user_id=user_id)
                if checkin is not None and checkin.stage in write.from_stages:
                    reply = await _closing_reply(session, checkin, replace(_state(checkin), **values), now)
                    values = {**values, **_remember(checkin, reply)}
            tapped = await repo.apply_checkin_tap(
                session,
                checkin_id=tap.checkin_id,
                user_id=user_id,
                from_stages=write.from_stages,
                now=now,
                values=values,
            )
        if tapped is None:
            stored = await _stored_card(services, session, tap, owner, labels, now)
        elif write.values.get("choice"):
            # The evening's answer is what the day's marked moments of the picked pattern chose.
            await repo.set_day_moments_choice(
                session,
                user_id=user_id,
                local_date=tapped.local_date,
                choice=write.values["choice"],
                plan_id=tapped.plan_id,
                commit=False,
            )
        await session.commit()
    if tapped is None:
        # Someone else's check-in, a forged id and an expired one all get the same answer; a stale
        # message (a double tap, or an edit that failed after the answer was saved) shows what is
        # stored, so every later tap brings the message up to date.
        if stored is None:
            await query.answer(CLOSED)
            return
        await query.answer(ALREADY_SAVED)
        await edit_query_message(query, *stored)
        return
    new_state = checkin_rules.CheckInState(
        stage=tapped.stage,
        activated=tapped.activated,
        choice=tapped.choice,
        intensity=tapped.intensity,
        note=tapped.note,
        plan_id=tapped.plan_id,
    )
    await query.answer("Saved ✓")
    await edit_query_message(
        query,
        checkin_rules.checkin_text(
            new_state, tapped.local_date, pattern=_shown_pattern(services, owner), plan_labels=labels
        ),
        _keyboard(tapped.id, new_state.stage, labels, bids=not owner.partner_feels_unsafe),
    )
    if reply is not None:
        await _close(context.bot, user_id, new_state, reply)


async def _stored_card(
    services: Services, session, tap, owner: repo.CardOwner, labels: dict[int, str], now: datetime
):
    """The card's text and buttons as stored, or None for a check-in that is closed or not the user's."""
    checkin = (
        await repo.get_checkin(session, checkin_id=tap.checkin_id, user_id=owner.id)
        if tap is not None
        else None
    )
    if checkin is None or now >= checkin.closes_at:
        return None
    stored = _state(checkin)
    return (
        checkin_rules.checkin_text(
            stored, checkin.local_date, pattern=_shown_pattern(services, owner), plan_labels=labels
        ),
        _keyboard(checkin.id, stored.stage, labels, bids=not owner.partner_feels_unsafe),
    )


async def _closing_reply(
    session, checkin: CheckIn, state: checkin_rules.CheckInState, now: datetime
) -> replies.Reply:
    """The closing reply for a finished check-in, remembering the replies of the week before."""
    since = checkin.local_date - timedelta(days=replies.VARIETY_DAYS)
    recent = [
        replies.RecentDay(
            local_date=row.local_date,
            # A "Yes" still waiting for its choice has no outcome yet.
            outcome=checkin_rules.outcome(_state(row))
            if row.activated and (row.activated != "yes" or row.choice)
            else None,
            reply_ids=replies.parse_remembered(row.reply_ids),
        )
        for row in await repo.checkins_since(session, user_id=checkin.user_id, since=since)
        if row.local_date <= checkin.local_date
    ]
    # The seed differs per user and day, so two users on the same day don't read the same words.
    seed = checkin.user_id + checkin.local_date.toordinal()
    return checkin_rules.closing_reply(
        state,
        local_date=checkin.local_date,
        recent=recent,
        seed=seed,
        safety_pause=await repo.active_safety_flag(session, user_id=checkin.user_id, now=now) is not None,
    )


def _remember(checkin: CheckIn, reply: replies.Reply | None) -> dict[str, str]:
    return {"reply_ids": replies.remembered(checkin.reply_ids, reply.id)} if reply is not None else {}


async def _close(
    bot: Bot, user_id: int, state: checkin_rules.CheckInState, reply: replies.Reply, prefix: str = ""
) -> None:
    """The closing reply, with a practice offer where the answer calls for one."""
    offer = checkin_rules.exercise_offer(state) if reply.offers_practice else None
    markup = keyboard([(offer[0], exercise_button("new", offer[1]))]) if offer else None
    await bot.send_message(user_id, prefix + reply.text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def keep_note(update: Update, context: BotContext, checkin: CheckIn, *, quiet: bool = False):
    """Store the typed note and redraw the check-in card; None when the check-in had moved on.

    Quietly (after a safety answer) no closing reply is chosen, so none is remembered as sent.
    """
    services = context.services
    now = services.clock.now()
    new_state, shortened = checkin_rules.apply_note(_state(checkin), update.effective_message.text or "")
    async with services.sessions() as session:
        reply = None if quiet else await _closing_reply(session, checkin, new_state, now)
        if not await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage="note",
            now=now,
            stage="done",
            note=new_state.note,
            **_remember(checkin, reply),
        ):
            return None
        user = await repo.get_user(session, user_id=checkin.user_id)
        labels = await _plan_labels(services, session, user)
    if checkin.message_id is not None:
        try:
            await context.bot.edit_message_text(
                _text(services, checkin, user, new_state, labels=labels),
                chat_id=user.id,
                message_id=checkin.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=_card_keyboard(checkin, user, "done"),
            )
        except BadRequest as error:
            # The note is saved either way; an old or deleted message just stays as it was.
            if "not modified" not in error.message and "not found" not in error.message:
                raise
    return user, new_state, shortened, reply


async def note(update: Update, context: BotContext, checkin: CheckIn) -> None:
    """Save a typed one-line note on the check-in waiting for it, then close the check-in."""
    saved = await keep_note(update, context, checkin)
    if saved is None:
        await update.effective_message.reply_text(CLOSED)
        return
    user, new_state, shortened, reply = saved
    cut = f"I kept the first {checkin_rules.NOTE_MAX_CHARS} characters of your note.\n\n" if shortened else ""
    await _close(context.bot, user.id, new_state, reply, cut)
