"""/exercise and its buttons: offer a fitting practice, walk its steps, ask how it left the user."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode

from bot.practice import exercise_card as card
from bot.practice import exercise_session as flow
from bot.practice.callback_data import exercise_button, parse_exercise_button
from bot.practice.exercise_choice import (
    FOLLOW_UP_AFTER_OLD_PATTERN,
    FOLLOW_UP_AFTER_STRONG_SECURE,
    REGULATE_FIRST,
    Exercise,
    Moment,
    PastPractice,
    choose_exercise,
    partner_task_offered,
    soothing_alternative,
)
from bot.practice.free_text import clean_typed_text
from bot.practice.onboarding import DIRECTIONS
from bot.services import BotContext, Services
from handlers import questions
from handlers.replying import edit_query_message, keyboard
from scheduler import due, kinds, plan
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import ExercisePractice, User

# A "how do you feel?" question more than this late would feel odd; it is skipped instead.
# Offers started from the check-in's closing buttons: ex:new:<code>
NEW_OFFER_REASONS = {
    "o": "after_old_pattern",
    "k": "after_secure",
    "r": "after_strong_pull",
    "w": "after_worse",
    "c": "command",
}
PURPOSES_FOR_REASON = {
    "after_old_pattern": FOLLOW_UP_AFTER_OLD_PATTERN,
    "after_secure": FOLLOW_UP_AFTER_STRONG_SECURE,
    "after_strong_pull": REGULATE_FIRST,
}
# The days before today the choice looks at (two hard days running, say).
MOMENT_DAYS = 3
CLOSED = "This practice is closed."
ALREADY_DONE = "Already done ✓"
NOT_NOW = "Okay. /exercise is here whenever you need it."
SAFETY_LINE = "<i>If things feel too heavy, /sos has people you can talk to, any time.</i>"


def _past_practices(practices: list[ExercisePractice]) -> list[PastPractice]:
    return [
        PastPractice(
            exercise_id=practice.exercise_id,
            level=practice.level,
            offered_at=practice.offered_at,
            completed=practice.status in ("completed", "felt"),
            feeling=practice.feeling,
        )
        for practice in practices
    ]


def _offer_keyboard(practice_id: int, exercise: Exercise):
    rows = [
        [("Start", exercise_button(practice_id, "s"))],
        [("Another one", exercise_button(practice_id, "a")), ("Not now", exercise_button(practice_id, "x"))],
    ]
    if exercise.partner:
        rows.append([("Not with this person", exercise_button(practice_id, "p"))])
    rows.append([("A bigger step", exercise_button(practice_id, "b"))])
    return keyboard(*rows)


def _step_keyboard(practice_id: int, exercise: Exercise, index: int):
    last = index == len(exercise.steps) - 1
    if not last:
        action, label = "n", "Next"
    elif exercise.timer_minutes:
        action, label = "d", f"Start the {exercise.timer_minutes}-minute timer"
    else:
        action, label = "d", "Done"
    return keyboard(
        [
            (label, exercise_button(practice_id, action, str(index))),
            ("Stop", exercise_button(practice_id, "x")),
        ]
    )


def _feeling_keyboard(practice_id: int):
    return keyboard(
        [
            (card.FEELING_LABELS[feeling], exercise_button(practice_id, "f", code))
            for code, feeling in card.FEELINGS.items()
        ]
    )


def _offer_text(exercise: Exercise) -> str:
    return card.card_text(exercise.title, exercise.minutes, exercise.steps[0], exercise.why, exercise.caution)


async def _choose(
    services: Services,
    session,
    user: User,
    *,
    reason: str,
    bigger_step: bool = False,
    exclude_ids: set[str] = frozenset(),
    partner_ok: bool = True,
    after_id: str | None = None,
    from_level: int | None = None,
) -> tuple[ExercisePractice, Exercise] | None:
    """Pick the next exercise for the user and record the offer.

    During a safety pause every way in (a card's buttons, a check-in's offer) gets only a gentle
    calming practice, as /exercise does.
    """
    library = services.content.exercises
    now = services.clock.now()
    practices = await repo.recent_practices(session, user_id=user.id)
    history = _past_practices(practices)
    partner_safe = not user.partner_feels_unsafe
    partner_ok = partner_ok and partner_safe
    rng = services.rng
    paused = await repo.active_safety_flag(session, user_id=user.id, now=now) is not None
    if paused or (reason == "after_worse" and after_id is not None):
        avoid = after_id or next(iter(exclude_ids), "")
        exercise = soothing_alternative(
            library, after_id=avoid, rng=rng, partner_ok=partner_ok, partner_safe=partner_safe
        )
    else:
        exercise = choose_exercise(
            library,
            direction=user.direction or "both",
            history=history,
            rng=rng,
            partner_ok=partner_ok,
            bigger_step=bigger_step,
            purposes=PURPOSES_FOR_REASON.get(reason),
            exclude_ids=exclude_ids,
            moment=await _moment(services, session, user, practices),
            days_in_programme=(now - (user.onboarded_at or user.created_at)).days,
            partner_task_today=_partner_task_today(services, user, practices, now),
            from_level=from_level,
            partner_safe=partner_safe,
        )
    if exercise is None:
        return None
    practice = await repo.add_practice(
        session,
        user_id=user.id,
        exercise_id=exercise.id,
        level=exercise.level,
        reason=reason,
        now=services.clock.now(),
    )
    return practice, exercise


def _partner_task_today(services: Services, user: User, practices: list[ExercisePractice], now) -> bool:
    """Whether a partner task was already offered today (local day) and not swapped or declined."""
    zone = ZoneInfo(user.time_zone) if user.time_zone else UTC
    offers = []
    for practice in practices:
        exercise = services.content.exercise(practice.exercise_id)
        partner = exercise is not None and exercise.partner
        offers.append((partner, practice.status, due.practice_date(practice.offered_at, zone)))
    return partner_task_offered(offers, due.practice_date(now, zone))


async def _moment(services: Services, session, user: User, practices: list[ExercisePractice]) -> Moment:
    """Now, as the choice rules see it: today's check-in, the days before, the weekday, the last practice."""
    now = services.clock.now()
    zone = ZoneInfo(user.time_zone) if user.time_zone else UTC
    today = due.practice_date(now, zone)
    checkins = await repo.checkins_since(session, user_id=user.id, since=today - timedelta(days=MOMENT_DAYS))
    choice_on = {c.local_date: c.choice if c.activated == "yes" else None for c in checkins}
    todays = next((c for c in checkins if c.local_date == today), None)
    started = [p.started_at for p in practices if p.started_at is not None]
    return Moment(
        weekday=today.weekday(),
        week_start_weekday=user.recap_weekday,
        hour=now.astimezone(zone).hour,
        today_choice=choice_on.get(today),
        today_intensity=todays.intensity if todays is not None else None,
        earlier_choices=tuple(
            choice_on.get(today - timedelta(days=back)) for back in range(1, MOMENT_DAYS + 1)
        ),
        minutes_since_practice=(now - max(started)).total_seconds() / 60 if started else None,
    )


async def _send_offer(bot: Bot, services: Services, session, user: User, reason: str, **choice) -> None:
    chosen = await _choose(services, session, user, reason=reason, **choice)
    if chosen is None:
        await bot.send_message(
            user.id, "I couldn't find a fitting practice just now. Try /exercise again later."
        )
        return
    practice, exercise = chosen
    await bot.send_message(
        user.id,
        _offer_text(exercise),
        parse_mode=ParseMode.HTML,
        reply_markup=_offer_keyboard(practice.id, exercise),
    )


def _direction_keyboard(services: Services):
    copy = services.content.onboarding.directions
    return keyboard(
        *[[(copy[direction].button, exercise_button("dir", direction))] for direction in DIRECTIONS]
    )


async def exercise_command(update: Update, context: BotContext) -> None:
    """Offer one short practice that fits the user, at any hour."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or user.adult_confirmed_at is None:
            await questions.welcome(update, context)
            return
        if user.direction is None:
            await update.effective_message.reply_text(
                "First, one tap: when a relationship feels shaky, which way do you tend to lean?",
                reply_markup=_direction_keyboard(services),
            )
            return
        if await repo.active_safety_flag(session, user_id=user.id, now=services.clock.now()):
            # After a crisis signal: help lines first, and only a gentle calming practice.
            await update.effective_message.reply_text(SAFETY_LINE, parse_mode=ParseMode.HTML)
            await _send_offer(context.bot, services, session, user, "after_worse", after_id="")
            return
        await _send_offer(context.bot, services, session, user, "command")


async def _practice_for_tap(session, update: Update, target: str) -> ExercisePractice | None:
    if not target.isdigit():
        return None
    return await repo.get_practice(session, practice_id=int(target), user_id=update.effective_user.id)


async def exercise_tap(update: Update, context: BotContext) -> None:
    """Handle every exercise button: start, next, done, another, not now, bigger step, feelings."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_exercise_button(query.data)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if tap is None or user is None:
            await query.answer(CLOSED)
            return

        if tap.target == "dir":
            # ex:dir:<direction>: the direction sits where other buttons put their action.
            if tap.action not in DIRECTIONS or user.adult_confirmed_at is None:
                await query.answer(CLOSED)
                return
            if user.direction is None:
                user.direction = tap.action
                await repo.save(session, user)
            await query.answer("Saved ✓")
            await edit_query_message(
                query, f"Noted: {services.content.onboarding.directions[user.direction].summary}. ✓"
            )
            await _send_offer(context.bot, services, session, user, "command")
            return

        if tap.target == "new":
            reason = NEW_OFFER_REASONS.get(tap.action)
            if reason is None or user.direction is None:
                await query.answer(CLOSED)
                return
            await query.answer()
            after_id = None
            if reason == "after_worse" and tap.value.isdigit():
                previous = await repo.get_practice(session, practice_id=int(tap.value), user_id=user.id)
                after_id = previous.exercise_id if previous else None
            await _send_offer(context.bot, services, session, user, reason, after_id=after_id)
            return

        practice = await _practice_for_tap(session, update, tap.target)
        exercise = services.content.exercise(practice.exercise_id) if practice else None
        if practice is None or exercise is None:
            await query.answer(CLOSED)
            return
        await _practice_tap(query, context, session, user, practice, exercise, tap.action, tap.value, now)


async def _practice_tap(
    query, context: BotContext, session, user, practice, exercise, action, value, now
) -> None:
    services = context.services
    if user.practice_prompt_id is not None:
        # Any tap on a card moves on from a step's writing; a step that takes text opens it again.
        await repo.open_practice_prompt(session, user_id=user.id, practice_id=None, now=now)
    state = flow.PracticeState(
        status=practice.status,
        step_index=practice.step_index,
        steps=len(exercise.steps),
        timer_minutes=exercise.timer_minutes,
    )
    move = flow.apply_tap(state, action, value, now)
    if move is None:
        await _redraw(query, session, practice, exercise)
        return
    written = await repo.update_practice_if(
        session,
        practice_id=practice.id,
        expected_status=move.expected_status,
        expected_step=move.expected_step,
        **move.changes,
    )
    if not written and move.needs_write:
        await _redraw(query, session, practice, exercise)
        return
    await query.answer("Saved ✓" if move.effect is flow.Effect.FELT else None)
    if move.effect is flow.Effect.OFFER_ANOTHER:
        chosen = await _choose(
            services,
            session,
            user,
            reason=practice.reason,
            bigger_step=move.bigger_step,
            exclude_ids={practice.exercise_id},
            partner_ok=move.partner_ok,
            from_level=exercise.level,
        )
        if chosen is None:
            await edit_query_message(query, "That's all I have that fits right now. /exercise any time.")
            return
        new_practice, new_exercise = chosen
        await edit_query_message(
            query, _offer_text(new_exercise), _offer_keyboard(new_practice.id, new_exercise)
        )
    elif move.effect is flow.Effect.NOT_NOW:
        await edit_query_message(query, NOT_NOW)
    elif move.effect is flow.Effect.SHOW_STEP:
        await _show_step(query, context, session, user, practice, exercise, move.step)
    elif move.effect is flow.Effect.TIMER:
        due_at = now + timedelta(minutes=exercise.timer_minutes)
        await plan.schedule_once(
            session, kind=kinds.EXERCISE_FOLLOW_UP, user_id=user.id, ref_id=practice.id, due_at=due_at
        )
        await edit_query_message(query, card.timer_text(exercise.title, exercise.timer_minutes))
    elif move.effect is flow.Effect.ASK_FEELING:
        await edit_query_message(query, card.done_text(exercise.title), _feeling_keyboard(practice.id))
    elif move.effect is flow.Effect.FELT:
        await edit_query_message(query, card.felt_text(exercise.title, move.feeling))
        markup = None
        if move.feeling == "worse":
            markup = keyboard([("Try a gentler practice", exercise_button("new", "w", str(practice.id)))])
        await context.bot.send_message(
            user.id, card.feeling_reply(move.feeling), parse_mode=ParseMode.HTML, reply_markup=markup
        )


async def _show_step(query, context: BotContext, session, user, practice, exercise, index: int) -> None:
    """Show step `index`; a step that takes typed text says what becomes of it and waits for it."""
    text = card.step_text(exercise.title, exercise.steps, index, exercise.caution)
    mode = exercise.writing_at(index)
    if mode is not None:
        text += f"\n\n<i>{card.writing_note(mode)}</i>"
        await repo.open_practice_prompt(
            session, user_id=user.id, practice_id=practice.id, now=context.services.clock.now()
        )
    await edit_query_message(query, text, _step_keyboard(practice.id, exercise, index))


async def _writing_step(context: BotContext, user: User):
    """The practice and exercise whose current step waits for this user's text, and its mode; or None."""
    async with context.services.sessions() as session:
        practice = await repo.get_practice(session, practice_id=user.practice_prompt_id or 0, user_id=user.id)
    exercise = context.services.content.exercise(practice.exercise_id) if practice else None
    if exercise is None or practice.status != "started" or exercise.writing_at(practice.step_index) is None:
        return None
    return practice, exercise, exercise.writing_at(practice.step_index)


async def keep_step_text(context: BotContext, user: User, typed: str) -> str | None:
    """Keep typed text with the practice when its step says so; returns the step's mode (None: none open)."""
    found = await _writing_step(context, user)
    if found is None:
        return None
    practice, _, mode = found
    entry, _ = clean_typed_text(typed, card.WRITTEN_MAX_CHARS)
    if mode == "keep" and entry:
        async with context.services.sessions() as session:
            practice = await repo.get_practice(session, practice_id=practice.id, user_id=user.id)
            practice.written = card.with_written(practice.written, practice.step_index, entry)
            await repo.save(session, practice)
    return mode


async def step_text(update: Update, context: BotContext, user: User) -> None:
    """Typed text for an exercise step (already screened): kept or let go as the step said, and heard."""
    found = await _writing_step(context, user)
    if found is None:
        async with context.services.sessions() as session:
            await repo.open_practice_prompt(
                session, user_id=user.id, practice_id=None, now=context.services.clock.now()
            )
        await update.effective_message.reply_text("That practice has moved on, so I didn't keep that.")
        return
    practice, exercise, _ = found
    mode = await keep_step_text(context, user, update.effective_message.text or "")
    heard = card.WRITING_HEARD[mode]
    await update.effective_message.reply_text(
        f"{heard[update.effective_message.message_id % len(heard)]} Tap below when you're ready to go on.",
        reply_markup=_step_keyboard(practice.id, exercise, practice.step_index),
    )


async def _redraw(query, session, practice: ExercisePractice, exercise) -> None:
    """A tap on a stale card (a double tap, or an edit that failed after the tap was saved): show the
    stored state, so the card never stays stuck on an old step."""
    await query.answer(ALREADY_DONE)
    practice = await repo.reload(session, practice)
    if practice.status == "offered":
        await edit_query_message(query, _offer_text(exercise), _offer_keyboard(practice.id, exercise))
    elif practice.status == "started":
        index = practice.step_index
        await edit_query_message(
            query,
            card.step_text(exercise.title, exercise.steps, index, exercise.caution),
            _step_keyboard(practice.id, exercise, index),
        )
    elif practice.status == "completed":
        if exercise.timer_minutes:
            await edit_query_message(query, card.timer_text(exercise.title, exercise.timer_minutes))
        else:
            await edit_query_message(query, card.done_text(exercise.title), _feeling_keyboard(practice.id))
    elif practice.status == "felt" and practice.feeling is not None:
        await edit_query_message(query, card.felt_text(exercise.title, practice.feeling))
    elif practice.status == "not_now":
        await edit_query_message(query, NOT_NOW)
    # Skipped: the card already shows the practice offered in its place.


async def render_follow_up(
    services: Services, session, user: User, row: repo.ClaimedDue, now: datetime
) -> Delivery | None:
    """When a timed practice's timer ends, ask how it left the user."""
    practice = await repo.get_practice(session, practice_id=row.ref_id, user_id=user.id)
    if practice is None or practice.status != "completed":
        return None

    async def send(bot: Bot) -> None:
        await bot.send_message(
            user.id,
            f"Time's up. {card.FEELING_QUESTION}",
            parse_mode=ParseMode.HTML,
            disable_notification=user.quiet,
            reply_markup=_feeling_keyboard(practice.id),
        )

    return Delivery(send=send)
