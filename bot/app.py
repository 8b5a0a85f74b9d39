"""build_application(): the one place where settings, storage, handlers and the scheduler tick are wired."""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from random import Random

from telegram import BotCommand, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.budget import SharedSendBudget
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.content.exercises import load_exercises
from bot.content.loader import load_helplines, load_onboarding, load_safety_languages, load_story
from bot.pacing import PacedRetryingLimiter
from bot.practice import callback_data
from bot.practice.relationships import StoryPrompt
from bot.services import SERVICES_KEY, BotContext, Content, Services, services_of
from bot.web import server as mini_app
from handlers import (
    checkin,
    command_list,
    errors,
    exercise,
    free_text,
    moments,
    onboarding,
    operators,
    partner,
    pausing,
    plans,
    privacy,
    prompts,
    recap,
    relationships,
    repair,
    safety,
    safety_plan,
    settings_menu,
    share,
    text,
)
from scheduler import kinds
from scheduler.dispatch import one_at_a_time, run_tick, with_renderers
from storage import crypto, keys
from storage.db import create_engine, create_session_factory
from storage.schema import prepare_schema

log = logging.getLogger(__name__)

# Bot API timeouts in seconds (the read timeout is the setting TELEGRAM_READ_TIMEOUT).
CONNECT_TIMEOUT = 5.0
WRITE_TIMEOUT = 10.0
MEDIA_WRITE_TIMEOUT = 30.0
POOL_TIMEOUT = 10.0
# Connections kept open per process on PostgreSQL (SQLite uses one: storage/db.py says why). No session
# is held while Telegram answers, so each lasts the milliseconds of its statements: the tick uses one
# at a time (its claim, its batch, its records) and the shared send budget at most two, whatever
# SEND_CONCURRENCY is. Ten serve thousands of such sessions a second; a burst borrows up to ten more
# (SQLAlchemy's overflow) and otherwise waits briefly. Several processes stay well inside
# PostgreSQL's default limit of 100 connections.
DATABASE_POOL_SIZE = 10
# Telegram's limit for one bot's messages per second without paid broadcasts.
FREE_RATE_PER_SECOND = 30
PARTNER_INVITE_START = r"^/start(@\w+)? [A-Za-z0-9_-]{20,64}$"


def load_content() -> Content:
    """Every content file, validated (raises ContentError naming the bad file and field)."""
    story = tuple(StoryPrompt(id=p.id, text=p.text, repeatable=p.repeatable) for p in load_story().prompts)
    return Content(
        onboarding=load_onboarding(),
        helplines=load_helplines(),
        safety_languages=load_safety_languages(),
        exercises=load_exercises(),
        story=story,
    )


# Each declared kind (scheduler/kinds.py) with the handler that renders it.
DUE_KINDS = with_renderers(
    {
        kinds.CHECKIN: checkin.SCHEDULED,
        kinds.RECAP: one_at_a_time(recap.render_scheduled),
        kinds.EXERCISE_FOLLOW_UP: one_at_a_time(exercise.render_follow_up),
        kinds.SAFETY_FOLLOW_UP: one_at_a_time(safety.render_follow_up),
        kinds.PAUSE_LIFT_QUESTION: one_at_a_time(safety.render_how_are_you),
        kinds.PAUSE_LIFT_NO_ANSWER: one_at_a_time(safety.render_no_answer),
        kinds.HELD_MESSAGE_QUESTION: one_at_a_time(moments.render_held_question),
        kinds.STAY_TIMER_END: one_at_a_time(moments.render_stay_end),
        kinds.PARTNER_EXCHANGE: one_at_a_time(partner.render_exchange),
    }
)


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Updates from different users run concurrently; one user's updates run in order.

    A user's button taps form their own lane beside their messages: a tap must be answered within
    Telegram's callback window, so it never waits behind a burst of typed messages and their paced
    replies. Taps stay in order among themselves, and every tap's write is guarded by the stage it
    read, so a tap and a message handled side by side cannot both apply to one state.
    """

    def __init__(self, max_concurrent_updates: int = 64):
        super().__init__(max_concurrent_updates)
        # (user id, lane) -> (the lock, how many of those updates hold or wait for it)
        self._locks: dict[tuple[int, str], tuple[asyncio.Lock, int]] = {}

    async def process_update(self, update: object, coroutine: Awaitable) -> None:
        # The user's own lock first, the shared concurrency limit second: one user's queued burst
        # waits on their lock without taking the slots other users' updates need.
        user = update.effective_user if isinstance(update, Update) else None
        if user is None:
            await super().process_update(update, coroutine)
            return
        key = (user.id, "tap" if update.callback_query is not None else "message")
        lock, users_of_lock = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users_of_lock + 1)
        try:
            async with lock:
                await super().process_update(update, coroutine)
        finally:
            lock, users_of_lock = self._locks[key]
            # Forget a lock nobody holds or waits for, so memory does not grow with users ever seen.
            if users_of_lock == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users_of_lock - 1)

    async def do_process_update(self, update: object, coroutine: Awaitable) -> None:
        await coroutine

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _file_url(api_url: str) -> str:
    # Files live beside the API: https://api.telegram.org/bot -> https://api.telegram.org/file/bot
    base, _, tail = api_url.rstrip("/").rpartition("/")
    return f"{base}/file/{tail}"


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    content: Content | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    rng: Random | None = None,
) -> Application:
    """The bot, ready to run: handlers, error handler, the scheduler tick and start-up hooks."""
    current_key, older_keys = settings.data_keys()
    crypto.use_keys(current_key, older_keys)
    if current_key is None:
        log.warning(
            "DATA_KEY is not set: notes, story entries and patterns are stored UNENCRYPTED "
            "(development mode). Create a key with `python -m bot keygen` and set DATA_KEY."
        )
    if settings.send_rate_per_second > FREE_RATE_PER_SECOND and not settings.paid_broadcast:
        log.warning(
            "SEND_RATE_PER_SECOND is %.0f, above Telegram's %d/s for a bot: expect 429s unless "
            "PAID_BROADCAST=true",
            settings.send_rate_per_second,
            FREE_RATE_PER_SECOND,
        )
    engine = create_engine(
        settings.database_url, sqlite_path=settings.sqlite_path(), pool_size=DATABASE_POOL_SIZE
    )
    services = Services(
        settings=settings,
        sessions=create_session_factory(engine),
        clock=clock or SystemClock(),
        content=content or load_content(),
        rng=rng or Random(),
    )

    async def on_start(application: Application) -> None:
        await prepare_schema(engine)
        await application.bot.set_my_commands(
            [BotCommand(name, about) for name, about in command_list.COMMANDS]
        )
        if settings.web_app_url:
            await mini_app.start_mini_app(application, settings)

    # Names this process in the database while it runs, so rotate-key can refuse to run under it.
    process_id = uuid.uuid4().hex

    async def on_stop(application: Application) -> None:
        await mini_app.stop_mini_app(application)
        try:
            async with services.sessions() as session:
                await keys.mark_stopped(session, process_id=process_id)
        except Exception as error:  # noqa: BLE001 (stopping goes on; the note ages out by itself)
            log.warning("could not note this process as stopped: %s", type(error).__name__)
        finally:
            await engine.dispose()

    application = (
        ApplicationBuilder()
        .token(settings.bot_token.get_secret_value())
        .base_url(settings.bot_api_url)
        .base_file_url(_file_url(settings.bot_api_url))
        # Sized to Telegram: connecting is quick or broken; answers can take several seconds on a bad
        # day; uploads (charts, exports) need longer to write; a request waits briefly for a free
        # connection from a pool large enough for a tick's concurrent sends and the taps meanwhile.
        .connect_timeout(CONNECT_TIMEOUT)
        .read_timeout(settings.telegram_read_timeout)
        .write_timeout(WRITE_TIMEOUT)
        .media_write_timeout(MEDIA_WRITE_TIMEOUT)
        .pool_timeout(POOL_TIMEOUT)
        .connection_pool_size(settings.send_concurrency + 64)
        .rate_limiter(
            PacedRetryingLimiter(
                rate_per_second=settings.send_rate_per_second,
                max_retries=settings.send_max_retries,
                sleep=sleep,
                paid_broadcast=settings.paid_broadcast,
                # SQLite means one process: its own limiter is the whole budget.
                shared_budget=(
                    SharedSendBudget(engine, settings.send_rate_per_second)
                    if engine.dialect.name == "postgresql"
                    else None
                ),
            )
        )
        .concurrent_updates(PerUserUpdateProcessor())
        .context_types(ContextTypes(context=BotContext))
        .post_init(on_start)
        .post_shutdown(on_stop)
        .build()
    )
    application.bot_data[SERVICES_KEY] = services

    private = filters.ChatType.PRIVATE
    # New messages only: an edited command must not run again (an edited /delete asked twice), and
    # a live location sends an edit every few seconds that must not get a reply each time.
    fresh = private & ~filters.UpdateType.EDITED_MESSAGE
    # Before any command runs, note it: a prompt opened earlier no longer takes typed text.
    application.add_handler(MessageHandler(fresh & filters.COMMAND, prompts.note_command), group=-1)
    application.add_handler(MessageHandler(filters.ChatType.GROUPS, command_list.private_only))
    # An invite link opens the bot with "/start <token>": consent first, before any onboarding.
    application.add_handler(
        CommandHandler("start", partner.invite_start, filters=fresh & filters.Regex(PARTNER_INVITE_START))
    )
    application.add_handler(CommandHandler("start", onboarding.start, filters=fresh))
    application.add_handler(CommandHandler("partner", partner.partner_command, filters=fresh))
    application.add_handler(CommandHandler("checkin", checkin.checkin_command, filters=fresh))
    application.add_handler(CommandHandler("exercise", exercise.exercise_command, filters=fresh))
    application.add_handler(CommandHandler("now", moments.now_command, filters=fresh))
    application.add_handler(CommandHandler("plans", plans.plans_command, filters=fresh))
    application.add_handler(CommandHandler("repair", repair.repair_command, filters=fresh))
    application.add_handler(CommandHandler("recap", recap.recap_command, filters=fresh))
    application.add_handler(CommandHandler("progress", recap.progress_command, filters=fresh))
    application.add_handler(CommandHandler("share", share.share_command, filters=fresh))
    application.add_handler(CommandHandler("story", relationships.story_command, filters=fresh))
    application.add_handler(CommandHandler("bid", relationships.bid_command, filters=fresh))
    application.add_handler(CommandHandler("settings", settings_menu.settings_command, filters=fresh))
    application.add_handler(CommandHandler("pause", pausing.pause_command, filters=fresh))
    application.add_handler(CommandHandler("resume", pausing.resume_command, filters=fresh))
    application.add_handler(CommandHandler("export", privacy.export_command, filters=fresh))
    application.add_handler(CommandHandler("delete", privacy.delete_command, filters=fresh))
    application.add_handler(CommandHandler("privacy", privacy.privacy_command, filters=fresh))
    application.add_handler(CommandHandler("stats", operators.stats_command, filters=fresh))
    application.add_handler(CommandHandler("help", command_list.help_command, filters=fresh))
    application.add_handler(CommandHandler("sos", safety.sos, filters=fresh))
    taps = (
        (callback_data.ONBOARDING, onboarding.onboarding_tap),
        (callback_data.CHECKIN, checkin.checkin_tap),
        (callback_data.EXERCISE, exercise.exercise_tap),
        (callback_data.CAPACITY, recap.capacity_tap),
        (callback_data.RECAP_MORE, recap.more_tap),
        (callback_data.PAUSE, pausing.pause_tap),
        (callback_data.SETTINGS, settings_menu.settings_tap),
        (callback_data.KEEP_GOING, checkin.keep_going_tap),
        (callback_data.SAFETY, safety.safety_tap),
        (callback_data.SAFETY_PLAN, safety_plan.safety_plan_tap),
        (callback_data.FREE_TEXT, free_text.free_text_tap),
        (callback_data.HELP, command_list.help_tap),
        (callback_data.STORY, relationships.story_tap),
        (callback_data.BID, relationships.bid_tap),
        (callback_data.SUPPORT, relationships.support_tap),
        (callback_data.DELETE, privacy.delete_tap),
        (callback_data.PLAN, plans.plans_tap),
        (callback_data.MOMENT, moments.moment_tap),
        (callback_data.HELD, moments.held_tap),
        (callback_data.REPAIR, repair.repair_tap),
        (callback_data.SHARE, share.share_tap),
        (callback_data.PARTNER, partner.partner_tap),
    )
    for family, handle_tap in taps:
        application.add_handler(CallbackQueryHandler(handle_tap, pattern=family.pattern))
    application.add_handler(CallbackQueryHandler(_unknown_button))
    application.add_handler(MessageHandler(fresh & filters.COMMAND, command_list.unknown_command))
    application.add_handler(MessageHandler(fresh & filters.LOCATION, onboarding.location))
    application.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.UpdateType.EDITED_MESSAGE, text.route)
    )
    # Edited text is screened again (a crisis added in an edit is still answered); other edits,
    # such as live-location updates, are ignored.
    application.add_handler(
        MessageHandler(private & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, text.edited)
    )
    application.add_handler(
        MessageHandler(private & filters.CAPTION & ~filters.UpdateType.EDITED_MESSAGE, text.caption)
    )
    application.add_handler(
        MessageHandler(private & ~filters.TEXT & ~filters.UpdateType.EDITED_MESSAGE, command_list.unreadable)
    )
    application.add_error_handler(errors.on_error)

    async def tick(context: BotContext) -> None:
        async with services.sessions() as session:
            await keys.mark_alive(session, process_id=process_id, now=services.clock.now())
        await run_tick(services_of(context.application), context.bot, DUE_KINDS)

    application.job_queue.run_repeating(
        tick,
        interval=settings.tick_seconds,
        first=1,
        name="due-messages",
        # One tick at a time per process; a late tick is merged, not replayed.
        job_kwargs={"max_instances": 1, "coalesce": True, "misfire_grace_time": None},
    )
    return application


async def _unknown_button(update: Update, context: BotContext) -> None:
    """A button this bot no longer knows: answer it so the spinner stops, change nothing."""
    await update.callback_query.answer("This button has expired.")
