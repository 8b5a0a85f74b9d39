"""The daily check-in in Telegram: the scheduled message, /checkin, button taps and the typed note."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.practice import checkin as rules
from bot.practice import moments as moment_rules
from bot.practice import plans as plan_rules
from bot.practice import repair as repair_rules
from bot.practice import replies
from bot.practice.callback_data import (
    checkin_button,
    exercise_button,
    moment_button,
    parse_checkin_button,
    repair_button,
)
from bot.services import BotContext, Services
from handlers import onboarding
from handlers.replying import edit_query_message, keyboard
from scheduler import due, kinds
from scheduler.dispatch import Delivery, Renderer
from storage import repo
from storage.models import CheckIn, User

CLOSED = "This check-in is closed."
UNANSWERED_BEFORE_ASKING = 5
KEEP_GOING_WAIT = timedelta(days=7)
KEEP_GOING = (
    "Your daily check-in\n\n"
    "The last few check-ins went unanswered, and that's completely okay. Life gets full. "
    "Would you like to keep going, pause for a while, or pick a time that suits you better?"
)
KEEP_GOING_KEYBOARD = keyboard(
    [("Keep going", "kg:go")], [("Pause for a week", "pause:7d")], [("Change the time", "set:tm")]
)
ALREADY_SAVED = "Already saved ✓"


def _state(checkin: CheckIn) -> rules.CheckInState:
    return rules.CheckInState(
        stage=checkin.stage,
        activated=checkin.activated,
        choice=checkin.choice,
        intensity=checkin.intensity,
        note=checkin.note,
    )


def _keyboard(checkin_id: int, stage: str):
    if stage == "activation":
        return keyboard(
            [
                ("Yes", checkin_button(checkin_id, "a", "y")),
                ("No", checkin_button(checkin_id, "a", "n")),
                ("Not sure", checkin_button(checkin_id, "a", "u")),
            ]
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
    return keyboard(
        [("Change answer", checkin_button(checkin_id, "r")), ("Log a bid", "bid:new")],
        [("My pattern is firing now", moment_button("n"))],
    )


def _choice_buttons() -> list[tuple[str, str]]:
    return [(code, rules.CHOICE_LABELS[choice]) for code, choice in rules.CHOICE_CODES.items()]


def _text(
    checkin: CheckIn, user: User, state: rules.CheckInState, others: tuple[str, ...] = (), prefill=None
) -> str:
    return rules.checkin_text(
        state, checkin.local_date, pattern=user.pattern, other_patterns=others, prefill=prefill
    )


@dataclass(frozen=True)
class CardExtras:
    """What the check-in card adds from the day's practice: other patterns, the moments' times, a repair offer."""

    others: tuple[str, ...] = ()
    prefill: str | None = None
    repair_after: date | None = None


async def _prefilled(
    session, user: User, checkin: CheckIn, zone: ZoneInfo, now: datetime
) -> tuple[CheckIn, CardExtras]:
    """Today's check-in, starting at "What did you choose?" when a moment was marked today (so the
    user answers once); with the user's further plans named, the moments' times recalled, and a
    repair offered after a recent old-pattern day."""
    moments = await repo.moments_between(
        session, user_id=user.id, start=checkin.local_date, end=checkin.local_date
    )
    state = _state(checkin)
    prefilled = moment_rules.prefilled_state(state, marked_today=bool(moments))
    if prefilled != state:
        await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage=state.stage,
            now=now,
            stage=prefilled.stage,
            activated=prefilled.activated,
        )
        checkin = await repo.reload(session, checkin)
    plans = await repo.active_plans(session, user_id=user.id)
    # The first plan is the onboarding pattern the card already names; the others are listed beside it.
    others = tuple(plan_rules.plan_label(_as_plan(row)) for row in plans[1:])
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
    )
    return checkin, CardExtras(others, prefill, repair_after)


def _as_plan(row) -> plan_rules.Plan:
    return plan_rules.Plan(
        id=row.id, cue=row.cue, old_move=row.old_move, secure_alternative=row.secure_alternative
    )


async def _post(bot: Bot, user: User, checkin: CheckIn, extras: CardExtras) -> int:
    return await _post_card(bot, user, checkin.id, checkin.local_date, _state(checkin), extras)


async def _post_card(
    bot: Bot, user: User, checkin_id: int, local_date: date, state: rules.CheckInState, extras: CardExtras
) -> int:
    markup = _keyboard(checkin_id, state.stage)
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
        rules.checkin_text(
            state, local_date, pattern=user.pattern, other_patterns=extras.others, prefill=extras.prefill
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


def _row_state(row: repo.CheckInRow, note: str | None = None) -> rules.CheckInState:
    return rules.CheckInState(
        stage=row.stage, activated=row.activated, choice=row.choice, intensity=row.intensity, note=note
    )


async def prepare_scheduled(
    services: Services, session, batch: list[tuple[User, repo.ClaimedDue]], now: datetime
) -> list[Delivery | None]:
    """The check-in cards (or "keep going?" questions) for a batch of due rows, with one query per
    kind of data for the whole batch; today's check-ins are created in one insert."""
    user_ids = [user.id for user, _ in batch]
    zones = {user.id: ZoneInfo(user.time_zone) for user, _ in batch}
    today = {user.id: due.practice_date(row.due_at, zones[user.id]) for user, row in batch}
    latest: dict[int, list[repo.CheckInRow]] = {user_id: [] for user_id in user_ids}
    for checkin in await repo.latest_checkins_of(
        session, user_ids=user_ids, per_user=UNANSWERED_BEFORE_ASKING
    ):
        latest[checkin.user_id].append(checkin)
    asking, cards = [], []
    for user, _ in batch:
        if user.keep_going_asked_at is not None:
            if now - user.keep_going_asked_at < KEEP_GOING_WAIT:
                continue  # asked whether to keep going: quiet until they answer or a week passes
            await repo.set_keep_going(session, user_id=user.id, asked_at=None, reset_at=now)
        elif _unanswered(latest[user.id], user) >= UNANSWERED_BEFORE_ASKING:
            await repo.set_keep_going(
                session, user_id=user.id, asked_at=now, reset_at=user.keep_going_reset_at
            )
            asking.append(user.id)
            continue
        cards.append(user.id)
    todays = {
        checkin.user_id: checkin
        for user_id in cards
        for checkin in latest[user_id]
        if checkin.local_date == today[user_id]
    }
    missing = [
        (user_id, today[user_id], due.closes_at(today[user_id], zones[user_id]))
        for user_id in cards
        if user_id not in todays
    ]
    created = await repo.create_checkins(session, days=missing, now=now)
    todays.update((checkin.user_id, checkin) for checkin in created)
    if len(created) < len(missing):  # created meanwhile by /checkin: read those
        raced = [(user_id, day) for user_id, day, _ in missing if user_id not in todays]
        todays.update((checkin.user_id, checkin) for checkin in await repo.checkins_on(session, days=raced))
    cards = [user_id for user_id in cards if todays[user_id].message_id is None]
    extras = await _batch_extras(session, cards, todays, latest, zones, now)
    users = {user.id: user for user, _ in batch}
    deliveries = {
        user_id: Delivery(send=lambda bot, user=users[user_id]: _ask_keep_going(bot, user))
        for user_id in asking
    }
    for user_id in cards:
        checkin, (state, card_extras, earlier) = todays[user_id], extras[user_id]
        deliveries[user_id] = Delivery(
            send=lambda bot, u=users[user_id], c=checkin, s=state, e=card_extras, old=earlier: _send_card(
                bot, u, c, s, e, old
            ),
            ref=checkin.id,
        )
    return [deliveries.get(user.id) for user, _ in batch]


async def _ask_keep_going(bot: Bot, user: User) -> None:
    await bot.send_message(
        user.id, KEEP_GOING, reply_markup=KEEP_GOING_KEYBOARD, disable_notification=user.quiet
    )


async def _batch_extras(session, user_ids, todays, latest, zones, now):
    """Per user: the card's state (moved to "What did you choose?" when a moment was marked today),
    its extras, and the earlier check-in whose buttons come off (with its note)."""
    if not user_ids:
        return {}
    days = [todays[user_id].local_date for user_id in user_ids]
    marked: dict[int, list[datetime]] = {user_id: [] for user_id in user_ids}
    for user_id, local_date, marked_at in await repo.moments_of(
        session, user_ids=user_ids, start=min(days), end=max(days)
    ):
        if user_id in marked and local_date == todays[user_id].local_date:
            marked[user_id].append(marked_at)
    plans = await repo.active_plans_of(session, user_ids=user_ids)
    since = min(days) - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
    repaired: dict[int, list[date]] = {user_id: [] for user_id in user_ids}
    for user_id, after_date in await repo.repaired_days_of(session, user_ids=user_ids, since=since):
        window = todays[user_id].local_date - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
        if after_date >= window:
            repaired[user_id].append(after_date)
    closing = {}
    for user_id in user_ids:
        today = todays[user_id].local_date
        newest_two = [todays[user_id], *(row for row in latest[user_id] if row.local_date < today)][:2]
        earlier = [row for row in newest_two[1:] if row.message_id is not None and row.closes_at <= now]
        if earlier:
            closing[user_id] = earlier[0]
    notes = await repo.checkin_notes(session, checkin_ids=[row.id for row in closing.values()])
    prepared = {}
    for user_id in user_ids:
        checkin = todays[user_id]
        state = _row_state(checkin)
        prefilled = moment_rules.prefilled_state(state, marked_today=bool(marked[user_id]))
        if prefilled != state and await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage=state.stage,
            now=now,
            commit=False,
            stage=prefilled.stage,
            activated=prefilled.activated,
        ):
            state = prefilled
        window = checkin.local_date - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
        old_days = [
            row.local_date
            for row in latest[user_id]
            if window <= row.local_date <= checkin.local_date
            and row.activated == "yes"
            and row.choice == "old"
        ]
        repair_after = repair_rules.repair_offer(
            old_days, repaired[user_id], today=checkin.local_date, include_today=False
        )
        # The first plan is the onboarding pattern the card already names; the others are listed beside it.
        others = tuple(plan_rules.plan_label(_as_plan(row)) for row in plans.get(user_id, [])[1:])
        extras = CardExtras(others, moment_rules.prefill_line(marked[user_id], zones[user_id]), repair_after)
        earlier = closing.get(user_id)
        closed = (earlier, _row_state(earlier, notes.get(earlier.id))) if earlier is not None else None
        prepared[user_id] = (state, extras, closed)
    return prepared


async def _send_card(
    bot: Bot, user: User, checkin: repo.CheckInRow, state, extras: CardExtras, earlier
) -> int:
    """The check-in card, then the buttons off the last earlier check-in once it has closed."""
    message_id = await _post_card(bot, user, checkin.id, checkin.local_date, state, extras)
    if earlier is not None:
        await _edit_closed(bot, user, earlier[0].message_id, earlier[1], earlier[0].local_date)
    return message_id


async def record_scheduled(session, sent: list[tuple[Delivery, int | None]], now: datetime) -> None:
    """Which messages show the batch's check-ins, in one statement."""
    await repo.set_checkin_messages(
        session,
        message_ids={delivery.ref: message_id for delivery, message_id in sent if delivery.ref is not None},
        sent_at=now,
        commit=False,
    )


SCHEDULED = Renderer(prepare=prepare_scheduled, record=record_scheduled)


async def _close_earlier(bot: Bot, session, user: User, today, now: datetime) -> None:
    """Take the buttons off the last earlier check-in once it has closed, so nothing looks live that isn't."""
    earlier = [
        row
        for row in await repo.recent_checkins(session, user_id=user.id, limit=2)
        if row.local_date < today and row.message_id is not None and row.closes_at <= now
    ]
    if not earlier:
        return
    await _edit_closed(bot, user, earlier[0].message_id, _state(earlier[0]), earlier[0].local_date)


async def _edit_closed(bot: Bot, user: User, message_id: int, state: rules.CheckInState, local_date) -> None:
    try:
        await bot.edit_message_text(
            rules.closed_text(state, local_date),
            chat_id=user.id,
            message_id=message_id,
            parse_mode=ParseMode.HTML,
        )
    except BadRequest as error:
        # Already closed (not modified), deleted by the user, or too old to edit: nothing to do.
        known = ("not modified", "not found", "can't be edited")
        if not any(phrase in error.message.lower() for phrase in known):
            raise


def _unanswered(latest: list[repo.CheckInRow], user: User) -> int:
    """How many of the latest check-ins (newest first) went out and stayed unanswered, in a row."""
    count = 0
    for checkin in latest:
        if checkin.activated is not None or checkin.message_id is None:
            break
        if user.keep_going_reset_at is not None and checkin.sent_at <= user.keep_going_reset_at:
            break
        count += 1
    return count


async def keep_going_button(update: Update, context: BotContext) -> None:
    """The answer to "keep going?": check-ins resume tomorrow as usual."""
    query = update.callback_query
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is not None and user.keep_going_asked_at is not None:
            user.keep_going_asked_at, user.keep_going_reset_at = None, context.services.clock.now()
            await repo.save(session, user)
    await query.answer("Saved ✓")
    await edit_query_message(
        query, "Glad to keep going with you. 🌱 Your next check-in comes at the usual time."
    )


async def checkin_command(update: Update, context: BotContext) -> None:
    """Open today's check-in now, or show today's answer with a way to change it."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await onboarding.onboarded_user(
            update, context, session, "Let's finish setting up first; it takes a minute."
        )
        if user is None:
            return
        if user.keep_going_asked_at is not None:
            # Opening a check-in answers "keep going?".
            user.keep_going_asked_at, user.keep_going_reset_at = None, now
            await repo.save(session, user)
        zone = ZoneInfo(user.time_zone)
        today = due.practice_date(now, zone)
        checkin = await repo.get_or_create_checkin(
            session, user_id=user.id, local_date=today, now=now, closes_at=due.closes_at(today, zone)
        )
        checkin, extras = await _prefilled(session, user, checkin, zone, now)
        message_id = await _post(context.bot, user, checkin, extras)
        await repo.set_checkin_message(session, checkin_id=checkin.id, message_id=message_id, sent_at=now)
        await _close_earlier(context.bot, session, user, today, now)


async def button(update: Update, context: BotContext) -> None:
    """Record a check-in tap once (one guarded statement), edit the message to show it, and close with a
    fitting reply."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    user_id = update.effective_user.id
    tap = parse_checkin_button(query.data)
    write = rules.tap_write(tap.step, tap.value) if tap is not None else None
    reply = None
    async with services.sessions() as session:
        tapped = None
        # Read before the write: on SQLite the write lock is then held only for the update and its commit.
        pattern = await repo.user_pattern(session, user_id=user_id)
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
            stored = await _stored_card(session, tap, user_id, pattern, now)
        elif write.values.get("choice"):
            # The evening's answer is what the day's marked moments chose.
            await repo.set_day_moments_choice(
                session,
                user_id=user_id,
                local_date=tapped.local_date,
                choice=write.values["choice"],
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
    new_state = rules.CheckInState(
        stage=tapped.stage,
        activated=tapped.activated,
        choice=tapped.choice,
        intensity=tapped.intensity,
        note=tapped.note,
    )
    await query.answer("Saved ✓")
    await edit_query_message(
        query,
        rules.checkin_text(new_state, tapped.local_date, pattern=pattern),
        _keyboard(tapped.id, new_state.stage),
    )
    if reply is not None:
        await _close(context.bot, user_id, new_state, reply)


async def _stored_card(session, tap, user_id: int, pattern: str | None, now: datetime):
    """The card's text and buttons as stored, or None for a check-in that is closed or not the user's."""
    checkin = (
        await repo.get_checkin(session, checkin_id=tap.checkin_id, user_id=user_id)
        if tap is not None
        else None
    )
    if checkin is None or now >= checkin.closes_at:
        return None
    stored = _state(checkin)
    return (
        rules.checkin_text(stored, checkin.local_date, pattern=pattern),
        _keyboard(checkin.id, stored.stage),
    )


async def _closing_reply(
    session, checkin: CheckIn, state: rules.CheckInState, now: datetime
) -> replies.Reply:
    """The closing reply for a finished check-in, remembering the replies of the week before."""
    since = checkin.local_date - timedelta(days=replies.VARIETY_DAYS)
    recent = [
        replies.RecentDay(
            local_date=row.local_date,
            # A "Yes" still waiting for its choice has no outcome yet.
            outcome=rules.outcome(_state(row))
            if row.activated and (row.activated != "yes" or row.choice)
            else None,
            reply_ids=replies.parse_remembered(row.reply_ids),
        )
        for row in await repo.checkins_since(session, user_id=checkin.user_id, since=since)
        if row.local_date <= checkin.local_date
    ]
    # The seed differs per user and day, so two users on the same day don't read the same words.
    seed = checkin.user_id + checkin.local_date.toordinal()
    return rules.closing_reply(
        state,
        local_date=checkin.local_date,
        recent=recent,
        seed=seed,
        safety_pause=await repo.active_safety_flag(session, user_id=checkin.user_id, now=now) is not None,
    )


def _remember(checkin: CheckIn, reply: replies.Reply | None) -> dict[str, str]:
    return {"reply_ids": replies.remembered(checkin.reply_ids, reply.id)} if reply is not None else {}


async def _close(
    bot: Bot, user_id: int, state: rules.CheckInState, reply: replies.Reply, prefix: str = ""
) -> None:
    """The closing reply, with a practice offer where the answer calls for one."""
    offer = rules.exercise_offer(state) if reply.offers_practice else None
    markup = keyboard([(offer[0], exercise_button("new", offer[1]))]) if offer else None
    await bot.send_message(user_id, prefix + reply.text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def keep_note(update: Update, context: BotContext, checkin: CheckIn, *, quiet: bool = False):
    """Store the typed note and redraw the check-in card; None when the check-in had moved on.

    Quietly (after a safety answer) no closing reply is chosen, so none is remembered as sent.
    """
    services = context.services
    now = services.clock.now()
    new_state, shortened = rules.apply_note(_state(checkin), update.effective_message.text or "")
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
    if checkin.message_id is not None:
        try:
            await context.bot.edit_message_text(
                _text(checkin, user, new_state),
                chat_id=user.id,
                message_id=checkin.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=_keyboard(checkin.id, "done"),
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
    cut = f"I kept the first {rules.NOTE_MAX_CHARS} characters of your note.\n\n" if shortened else ""
    await _close(context.bot, user.id, new_state, reply, cut)
