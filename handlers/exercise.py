"""/exercise and its buttons: offer a fitting practice, walk its steps, ask how it left the user."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode

from bot.practice import exercise_card as card
from bot.practice import exercise_session as flow
from bot.practice.callback_data import exercise_button, parse_exercise_button
from bot.practice.exercise_choice import Exercise
from bot.practice.free_text import clean_typed_text
from bot.practice.onboarding import DIRECTIONS
from bot.services import BotContext, Services
from handlers import questions
from handlers.replying import edit_query_message, keyboard
from scheduler import due, kinds, plan
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import ExercisePractice, User

CLOSED = "This practice is closed."
ALREADY_DONE = "Already done ✓"
NOT_NOW = "Okay. /exercise is here whenever you need it."
SAFETY_LINE = "<i>If things feel too heavy, /sos has people you can talk to, any time.</i>"

# What a tap decided, sent once its session has closed (no connection waits on Telegram).
Show = Callable[[], Awaitable[None]]


def _offer_keyboard(practice_id: int, exercise: Exercise):
    rows = flow.offer_rows(exercise)
    return keyboard(
        *[[(label, exercise_button(practice_id, action)) for label, action in row] for row in rows]
    )


def _step_keyboard(practice_id: int, exercise: Exercise, index: int):
    action, label = flow.step_button(exercise, index)
    return keyboard(
        [
            (label, exercise_button(practice_id, action, str(index))),
            ("Stop", exercise_button(practice_id, flow.STOP)),
        ]
    )


def _feeling_keyboard(practice_id: int):
    return keyboard(
        [
            (card.FEELING_LABELS[feeling], exercise_button(practice_id, flow.FEELING, code))
            for code, feeling in card.FEELINGS.items()
        ]
    )


def _offer_text(exercise: Exercise) -> str:
    return card.card_text(exercise.title, exercise.minutes, exercise.steps[0], exercise.why, exercise.caution)


async def _choose(
    services: Services, session, user: User, *, reason: str, **choice
) -> tuple[ExercisePractice, Exercise] | None:
    """Read what the choice needs, pick the next exercise for the user (see flow.pick_exercise), record the offer."""
    now = services.clock.now()
    zone = ZoneInfo(user.time_zone) if user.time_zone else UTC
    today = due.practice_date(now, zone)
    practices = await repo.recent_practices(session, user_id=user.id)
    checkins = await repo.checkins_since(
        session, user_id=user.id, since=today - timedelta(days=flow.MOMENT_DAYS)
    )
    chooser = flow.Chooser(
        direction=user.direction or "both",
        history=[
            flow.past_practice(p.exercise_id, p.level, p.offered_at, p.status, p.feeling) for p in practices
        ],
        offers=[
            (_is_partner_task(services, p.exercise_id), p.status, due.practice_date(p.offered_at, zone))
            for p in practices
        ],
        checkins=[flow.CheckInDay(c.local_date, c.activated, c.choice, c.intensity) for c in checkins],
        practices_started=[p.started_at for p in practices if p.started_at is not None],
        now=now,
        local_now=now.astimezone(zone),
        today=today,
        recap_weekday=user.recap_weekday,
        joined_at=user.onboarded_at or user.created_at,
        safety_paused=await repo.active_safety_flag(session, user_id=user.id, now=now) is not None,
        partner_safe=not user.partner_feels_unsafe,
    )
    exercise = flow.pick_exercise(services.content.exercises, chooser, services.rng, reason=reason, **choice)
    if exercise is None:
        return None
    practice = await repo.add_practice(
        session, user_id=user.id, exercise_id=exercise.id, level=exercise.level, reason=reason, now=now
    )
    return practice, exercise


def _is_partner_task(services: Services, exercise_id: str) -> bool:
    exercise = services.content.exercise(exercise_id)
    return exercise is not None and exercise.partner


async def _send_offer(bot: Bot, user: User, chosen: tuple[ExercisePractice, Exercise] | None) -> None:
    """The offer recorded by _choose (or why there is none), sent after the session that chose it."""
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
    safety_paused, chosen = False, None
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        ready = user is not None and user.adult_confirmed_at is not None and user.direction is not None
        if ready:
            flag = await repo.active_safety_flag(session, user_id=user.id, now=services.clock.now())
            safety_paused = flag is not None
            if safety_paused:
                # After a crisis signal: only a gentle calming practice.
                chosen = await _choose(services, session, user, reason="after_worse", after_id="")
            else:
                chosen = await _choose(services, session, user, reason="command")
    if user is None or user.adult_confirmed_at is None:
        await questions.welcome(update, context)
        return
    if user.direction is None:
        await update.effective_message.reply_text(
            "First, one tap: when a relationship feels shaky, which way do you tend to lean?",
            reply_markup=_direction_keyboard(services),
        )
        return
    if safety_paused:
        # Help lines first, then the practice.
        await update.effective_message.reply_text(SAFETY_LINE, parse_mode=ParseMode.HTML)
    await _send_offer(context.bot, user, chosen)


async def _practice_for_tap(session, update: Update, target: str) -> ExercisePractice | None:
    if not target.isdigit():
        return None
    return await repo.get_practice(session, practice_id=int(target), user_id=update.effective_user.id)


async def exercise_tap(update: Update, context: BotContext) -> None:
    """Handle every exercise button: start, next, done, another, not now, bigger step, feelings."""
    query = update.callback_query
    tap = parse_exercise_button(query.data)
    async with context.services.sessions() as session:
        show = await _tap(session, update, context, tap)
    await show()


async def _tap(session, update: Update, context: BotContext, tap) -> Show:
    """Read and write what the tap changes; returns what to send once the session is closed."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    user = await repo.get_user(session, user_id=update.effective_user.id)

    async def closed() -> None:
        await query.answer(CLOSED)

    if tap is None or user is None:
        return closed

    if tap.target == "dir":
        # ex:dir:<direction>: the direction sits where other buttons put their action.
        if tap.action not in DIRECTIONS or user.adult_confirmed_at is None:
            return closed
        if user.direction is None:
            user.direction = tap.action
            await repo.save(session, user)
        chosen = await _choose(services, session, user, reason="command")

        async def direction_saved() -> None:
            await query.answer("Saved ✓")
            await edit_query_message(
                query, f"Noted: {services.content.onboarding.directions[user.direction].summary}. ✓"
            )
            await _send_offer(context.bot, user, chosen)

        return direction_saved

    if tap.target == "new":
        reason = flow.NEW_OFFER_REASONS.get(tap.action)
        if reason is None or user.direction is None:
            return closed
        after_id = None
        if reason == "after_worse" and tap.value.isdigit():
            previous = await repo.get_practice(session, practice_id=int(tap.value), user_id=user.id)
            after_id = previous.exercise_id if previous else None
        chosen = await _choose(services, session, user, reason=reason, after_id=after_id)

        async def new_offer() -> None:
            await query.answer()
            await _send_offer(context.bot, user, chosen)

        return new_offer

    practice = await _practice_for_tap(session, update, tap.target)
    exercise = services.content.exercise(practice.exercise_id) if practice else None
    if practice is None or exercise is None:
        return closed
    return await _practice_tap(query, context, session, user, practice, exercise, tap.action, tap.value, now)


async def _practice_tap(
    query, context: BotContext, session, user, practice, exercise, action, value, now
) -> Show:
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
        return await _redraw(query, session, practice, exercise)
    written = await repo.update_practice_if(
        session,
        practice_id=practice.id,
        expected_status=move.expected_status,
        expected_step=move.expected_step,
        **move.changes,
    )
    if not written and move.needs_write:
        return await _redraw(query, session, practice, exercise)
    toast = "Saved ✓" if move.effect is flow.Effect.FELT else None
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

        async def another() -> None:
            await query.answer(toast)
            if chosen is None:
                await edit_query_message(query, "That's all I have that fits right now. /exercise any time.")
                return
            await _show_card(query, *chosen, flow.Card(flow.Effect.SHOW_OFFER))

        return another
    if move.follow_up_at is not None:
        await plan.schedule_once(
            session,
            kind=kinds.EXERCISE_FOLLOW_UP,
            user_id=user.id,
            ref_id=practice.id,
            due_at=move.follow_up_at,
        )
    elif move.effect is flow.Effect.SHOW_STEP and exercise.writing_at(move.step) is not None:
        # The step takes typed text: what the user writes next belongs to it.
        await repo.open_practice_prompt(session, user_id=user.id, practice_id=practice.id, now=now)

    async def moved() -> None:
        await query.answer(toast)
        await _show_card(
            query, practice, exercise, flow.Card(move.effect, move.step, move.feeling), tapped=True
        )
        if move.effect is flow.Effect.FELT:
            markup = None
            if flow.offers_gentler(move.feeling):
                markup = keyboard(
                    [("Try a gentler practice", exercise_button("new", flow.GENTLER, str(practice.id)))]
                )
            await context.bot.send_message(
                user.id, card.feeling_reply(move.feeling), parse_mode=ParseMode.HTML, reply_markup=markup
            )

    return moved


async def _show_card(
    query, practice: ExercisePractice, exercise: Exercise, shown: flow.Card, tapped: bool = False
) -> None:
    """Edit the card to show the practice as `shown` says; a step just reached says what becomes of its text."""
    if shown.effect is flow.Effect.SHOW_OFFER:
        await edit_query_message(query, _offer_text(exercise), _offer_keyboard(practice.id, exercise))
    elif shown.effect is flow.Effect.SHOW_STEP:
        text = card.step_text(exercise.title, exercise.steps, shown.step, exercise.caution)
        mode = exercise.writing_at(shown.step) if tapped else None
        if mode is not None:
            text += f"\n\n<i>{card.writing_note(mode)}</i>"
        await edit_query_message(query, text, _step_keyboard(practice.id, exercise, shown.step))
    elif shown.effect is flow.Effect.TIMER:
        await edit_query_message(query, card.timer_text(exercise.title, exercise.timer_minutes))
    elif shown.effect is flow.Effect.ASK_FEELING:
        await edit_query_message(query, card.done_text(exercise.title), _feeling_keyboard(practice.id))
    elif shown.effect is flow.Effect.FELT:
        await edit_query_message(query, card.felt_text(exercise.title, shown.feeling))
    elif shown.effect is flow.Effect.NOT_NOW:
        await edit_query_message(query, NOT_NOW)


async def _writing_step(context: BotContext, user: User):
    """The practice and exercise whose current step waits for this user's text, and its mode; or None."""
    async with context.services.sessions() as session:
        practice = await repo.get_practice(session, practice_id=user.practice_prompt_id or 0, user_id=user.id)
    exercise = context.services.content.exercise(practice.exercise_id) if practice else None
    mode = flow.writing_mode(exercise, practice.status, practice.step_index) if practice else None
    return (practice, exercise, mode) if mode is not None else None


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


async def _redraw(query, session, practice: ExercisePractice, exercise) -> Show:
    """A tap on a stale card (a double tap, or an edit that failed after the tap was saved): show the
    stored state, so the card never stays stuck on an old step."""
    practice = await repo.reload(session, practice)
    shown = flow.stored_card(
        practice.status, practice.step_index, practice.feeling, timed=bool(exercise.timer_minutes)
    )

    async def redraw() -> None:
        await query.answer(ALREADY_DONE)
        # None: skipped, and the card already shows the practice offered in its place.
        if shown is not None:
            await _show_card(query, practice, exercise, shown)

    return redraw


async def render_follow_up(
    services: Services, session, user: User, row: repo.ClaimedDue, now: datetime
) -> Delivery | None:
    """When a timed practice's timer ends, ask how it left the user."""
    practice = await repo.get_practice(session, practice_id=row.ref_id, user_id=user.id)
    if practice is None or practice.status != flow.COMPLETED:
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
