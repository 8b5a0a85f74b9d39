"""The daily check-in in Telegram: the scheduled message, /checkin, button taps and the typed note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.practice import checkin as checkin_rules
from bot.practice import keep_going, replies
from bot.practice import moments as moment_rules
from bot.practice import plans as plan_rules
from bot.practice import repair as repair_rules
from bot.practice.callback_data import (
    bid_button,
    checkin_button,
    exercise_button,
    keep_going_button,
    moment_button,
    parse_checkin_button,
    pause_button,
    repair_button,
    settings_button,
)
from bot.services import BotContext, Services
from handlers import guards, questions
from handlers.replying import edit_query_message, keyboard
from scheduler import due
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
    if stage == "activation":
        return keyboard(
            [
                ("Yes", checkin_button(checkin_id, "a", "y")),
                ("No", checkin_button(checkin_id, "a", "n")),
                ("Not sure", checkin_button(checkin_id, "a", "u")),
            ]
        )
    if stage == "pattern":
        return keyboard(
            *[
                [(label, checkin_button(checkin_id, "p", str(plan_id)))]
                for plan_id, label in (plan_labels or {}).items()
            ],
            # A mis-tapped "Yes" (or plans retired meanwhile) is never a dead end.
            [("Back", checkin_button(checkin_id, "r"))],
        )
    if stage == "choice":
        return keyboard(
            *[[(label, checkin_button(checkin_id, "c", code))] for code, label in _choice_buttons()]
        )
    if stage == "intensity":
        return keyboard(
            [(str(level), checkin_button(checkin_id, "i", str(level))) for level in range(1, 6)],
            [("Skip", checkin_button(checkin_id, "i", "x"))],
        )
    if stage == "note":
        return keyboard([("Skip", checkin_button(checkin_id, "n", "x"))])
    # Bids are off while partner practices are off.
    return keyboard(
        [
            ("Change answer", checkin_button(checkin_id, "r")),
            *([("Log a bid", bid_button("new"))] if bids else []),
        ],
        [("My pattern is firing now", moment_button("n"))],
    )


def _choice_buttons() -> list[tuple[str, str]]:
    return [
        (code, checkin_rules.CHOICE_LABELS[choice]) for code, choice in checkin_rules.CHOICE_CODES.items()
    ]


def _text(
    services: Services,
    checkin: CheckIn,
    user: User,
    state: checkin_rules.CheckInState,
    others: tuple[str, ...] = (),
    prefill=None,
    labels: dict[int, str] | None = None,
) -> str:
    # Words pointing at a partner who frightens the user are not shown (see partner_safety).
    pattern = questions.partner_filter(services, user).pattern(user.pattern)
    return checkin_rules.checkin_text(
        state,
        checkin.local_date,
        pattern=pattern,
        other_patterns=others,
        prefill=prefill,
        plan_labels=labels,
    )


def _card_keyboard(checkin: CheckIn, user: User, stage: str, labels: dict[int, str] | None = None):
    return _keyboard(checkin.id, stage, labels, bids=not user.partner_feels_unsafe)


def _labels_of(services: Services, user: User, plans) -> dict[int, str]:
    """Active plans, oldest first: id to the short name the picker shows (partner words left out as elsewhere)."""
    shown = questions.partner_filter(services, user)
    return {row.id: plan_rules.plan_label(shown.plan(plan_rules.plan_of(row))) for row in plans}


async def _plan_labels(services: Services, session, user: User) -> dict[int, str]:
    return _labels_of(services, user, await repo.active_plans(session, user_id=user.id))


@dataclass(frozen=True)
class CardExtras:
    """What the check-in card adds from the day's practice: other patterns, the moments' times, a repair offer."""

    others: tuple[str, ...] = ()
    prefill: str | None = None
    repair_after: date | None = None
    labels: dict[int, str] | None = None


async def _prefilled(
    services: Services, session, user: User, checkin: CheckIn, zone: ZoneInfo, now: datetime
) -> tuple[CheckIn, CardExtras]:
    """Today's check-in, starting at "What did you choose?" when a moment was marked today (so the
    user answers once); with the user's further plans named, the moments' times recalled, and a
    repair offered after a recent old-pattern day."""
    moments = await repo.moments_between(
        session, user_id=user.id, start=checkin.local_date, end=checkin.local_date
    )
    state = _state(checkin)
    plans = await repo.active_plans(session, user_id=user.id)
    prefilled = moment_rules.prefilled_state(
        state,
        marked_today=bool(moments),
        marked_plan_ids=[row.plan_id for row in moments],
        plan_ids=[row.id for row in plans],
    )
    if prefilled != state:
        await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage=state.stage,
            now=now,
            stage=prefilled.stage,
            activated=prefilled.activated,
            plan_id=prefilled.plan_id,
        )
        checkin = await repo.reload(session, checkin)
    # The first plan is the onboarding pattern the card already names; the others are listed beside it.
    shown = questions.partner_filter(services, user)
    others = tuple(plan_rules.plan_label(shown.plan(plan_rules.plan_of(row))) for row in plans[1:])
    prefill = moment_rules.prefill_line([row.marked_at for row in moments], zone)
    since = checkin.local_date - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
    recent = await repo.checkins_since(session, user_id=user.id, since=since)
    old_days = [row.local_date for row in recent if row.activated == "yes" and row.choice == "old"]
    repairs = await repo.repairs_since(session, user_id=user.id, since=since)
    repair_after = repair_rules.repair_offer(
        old_days,
        [row.after_date for row in repairs if row.status == "repaired"],
        today=checkin.local_date,
        include_today=False,
        partner_safe=not user.partner_feels_unsafe,
    )
    return checkin, CardExtras(others, prefill, repair_after, _labels_of(services, user, plans))


async def _post(services: Services, bot: Bot, user: User, checkin: CheckIn, extras: CardExtras) -> int:
    state = _state(checkin)
    markup = _card_keyboard(checkin, user, state.stage, extras.labels)
    if extras.repair_after is not None:
        # Offered on the card as it arrives; once answered, /repair keeps the offer open.
        label = f"Repair after {repair_rules.day_name(extras.repair_after, checkin.local_date)}"
        markup = InlineKeyboardMarkup(
            [
                *markup.inline_keyboard,
                [InlineKeyboardButton(label, callback_data=repair_button("o", extras.repair_after))],
            ]
        )
    message = await bot.send_message(
        user.id,
        _text(services, checkin, user, state, extras.others, extras.prefill, extras.labels),
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        disable_notification=user.quiet,
    )
    return message.message_id


async def send_scheduled(
    services: Services, bot: Bot, session, user: User, row: repo.ClaimedDue, now: datetime
) -> bool:
    """Send the check-in that fell due; False when it is no longer meaningful or already sent."""
    due_at = row.due_at
    zone = ZoneInfo(user.time_zone)
    if not due.still_meaningful(due_at, now, zone):
        return False
    state = keep_going.KeepGoing(user.keep_going_asked_at, user.keep_going_reset_at)
    recent = []
    if state.asked_at is None:
        recent = await repo.recent_checkins(
            session, user_id=user.id, limit=keep_going.UNANSWERED_BEFORE_ASKING
        )
    after, next_step = keep_going.before_checkin(state, [_sent(row) for row in recent], now)
    if after != state:
        user.keep_going_asked_at, user.keep_going_reset_at = after.asked_at, after.reset_at
        await repo.save(session, user)
    if next_step is keep_going.Next.QUIET:
        return False
    if next_step is keep_going.Next.ASK:
        await bot.send_message(
            user.id, KEEP_GOING, reply_markup=KEEP_GOING_KEYBOARD, disable_notification=user.quiet
        )
        return True
    local_date = due.practice_date(due_at, zone)
    checkin = await repo.get_or_create_checkin(
        session, user_id=user.id, local_date=local_date, now=now, closes_at=due.closes_at(local_date, zone)
    )
    if checkin.message_id is not None:
        # Already on the user's screen: opened with /checkin, or sent before a crash.
        return False
    checkin, extras = await _prefilled(services, session, user, checkin, zone, now)
    message_id = await _post(services, bot, user, checkin, extras)
    await repo.set_checkin_message(session, checkin_id=checkin.id, message_id=message_id, sent_at=now)
    await _close_earlier(bot, session, user, local_date, now)
    return True


async def _close_earlier(bot: Bot, session, user: User, today, now: datetime) -> None:
    """Take the buttons off the last earlier check-in once it has closed, so nothing looks live that isn't."""
    earlier = [
        row
        for row in await repo.recent_checkins(session, user_id=user.id, limit=2)
        if row.local_date < today and row.message_id is not None and row.closes_at <= now
    ]
    if not earlier:
        return
    try:
        await bot.edit_message_text(
            checkin_rules.closed_text(_state(earlier[0]), earlier[0].local_date),
            chat_id=user.id,
            message_id=earlier[0].message_id,
            parse_mode=ParseMode.HTML,
        )
    except BadRequest as error:
        # Already closed (not modified), deleted by the user, or too old to edit: nothing to do.
        known = ("not modified", "not found", "can't be edited")
        if not any(phrase in error.message.lower() for phrase in known):
            raise


def _sent(checkin: CheckIn) -> keep_going.SentCheckIn:
    return keep_going.SentCheckIn(
        answered=checkin.activated is not None, sent=checkin.message_id is not None, sent_at=checkin.sent_at
    )


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
        user = await guards.onboarded_user(
            update, context, session, "Let's finish setting up first; it takes a minute."
        )
        if user is None:
            return
        # Opening a check-in answers "keep going?".
        await _keep_going_answered(session, user, now)
        zone = ZoneInfo(user.time_zone)
        today = due.practice_date(now, zone)
        checkin = await repo.get_or_create_checkin(
            session, user_id=user.id, local_date=today, now=now, closes_at=due.closes_at(today, zone)
        )
        checkin, extras = await _prefilled(services, session, user, checkin, zone, now)
        message_id = await _post(services, context.bot, user, checkin, extras)
        await repo.set_checkin_message(session, checkin_id=checkin.id, message_id=message_id, sent_at=now)
        await _close_earlier(context.bot, session, user, today, now)


async def checkin_tap(update: Update, context: BotContext) -> None:
    """Record a check-in tap once, edit the message to show it, and close with a fitting reply."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_checkin_button(query.data)
    async with services.sessions() as session:
        checkin = None
        if tap is not None:
            checkin = await repo.get_checkin(
                session, checkin_id=tap.checkin_id, user_id=update.effective_user.id
            )
        # Someone else's check-in, a forged id and an expired one all get the same answer.
        if checkin is None or now >= checkin.closes_at:
            await query.answer(CLOSED)
            return
        state = _state(checkin)
        user = await repo.get_user(session, user_id=checkin.user_id)
        # The picker's plan must be one of this user's own active plans.
        labels = await _plan_labels(services, session, user)
        new_state = checkin_rules.apply_tap(state, tap.step, tap.value, tuple(labels))
        reply = None
        if new_state is not None and new_state.stage == "done":
            reply = await _closing_reply(session, checkin, new_state, now)
        if new_state is None or not await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage=state.stage,
            now=now,
            stage=new_state.stage,
            activated=new_state.activated,
            choice=new_state.choice,
            intensity=new_state.intensity,
            plan_id=new_state.plan_id,
            **_remember(checkin, reply),
        ):
            # A stale message (a double tap, or an edit that failed after the answer was saved): show
            # what is stored, so every later tap brings the message up to date.
            checkin = await repo.reload(session, checkin)
            await query.answer(ALREADY_SAVED)
            stored = _state(checkin)
            await edit_query_message(
                query,
                _text(services, checkin, user, stored, labels=labels),
                _card_keyboard(checkin, user, stored.stage, labels),
            )
            return
        if new_state.choice and new_state.choice != state.choice:
            # The evening's answer is what the day's marked moments of the picked pattern chose.
            await repo.set_day_moments_choice(
                session,
                user_id=user.id,
                local_date=checkin.local_date,
                choice=new_state.choice,
                plan_id=new_state.plan_id,
            )
    await query.answer("Saved ✓")
    await edit_query_message(
        query,
        _text(services, checkin, user, new_state, labels=labels),
        _card_keyboard(checkin, user, new_state.stage, labels),
    )
    if reply is not None:
        await _close(context.bot, user, new_state, reply)


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
    bot: Bot, user: User, state: checkin_rules.CheckInState, reply: replies.Reply, prefix: str = ""
) -> None:
    """The closing reply, with a practice offer where the answer calls for one."""
    offer = checkin_rules.exercise_offer(state) if reply.offers_practice else None
    markup = keyboard([(offer[0], exercise_button("new", offer[1]))]) if offer else None
    await bot.send_message(user.id, prefix + reply.text, parse_mode=ParseMode.HTML, reply_markup=markup)


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
    await _close(context.bot, user, new_state, reply, cut)
