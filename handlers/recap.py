"""The weekly recap (scheduled and /recap), streamed as drafts, its chart, the capacity ratings, and /progress."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update, WebAppInfo
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, TelegramError

from bot import charts
from bot.practice import plans as plan_rules
from bot.practice import recap as recap_rules
from bot.practice import recap_plan as sections
from bot.practice.callback_data import (
    capacity_button,
    parse_capacity_button,
    parse_recap_more_button,
    recap_more_button,
    story_button,
    support_button,
)
from bot.practice.onboarding import is_onboarded
from bot.services import BotContext, Services
from handlers import guards, questions
from handlers.replying import edit_query_message, keyboard
from scheduler import due
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import User

log = logging.getLogger(__name__)

CHART_CAPTION = (
    "Bars: share of secure choices each week. Line: your practice score. "
    "Dips stay visible: they are part of the path, not the end of it."
)
# Before anyone's first day of practice: reading from here reads the whole history.
EARLIEST = date(2000, 1, 1)
OPEN_MINI_APP = "Open my progress page"


async def load_practice_history(
    session, user: User
) -> tuple[list[recap_rules.DayRecord], list[recap_rules.PracticeRecord]]:
    """Every check-in and every practice begun, as the recap rules read them (the days, the practices)."""
    zone = ZoneInfo(user.time_zone)
    days = [
        recap_rules.DayRecord(local_date=local_date, activated=activated, choice=choice, intensity=intensity)
        for local_date, activated, choice, intensity in await repo.checkin_answers(session, user_id=user.id)
    ]
    done = [
        sections.practice_record(due.practice_date(offered_at, zone), status, feeling)
        for offered_at, status, feeling in await repo.practice_outcomes(
            session, user_id=user.id, statuses=sections.BEGUN
        )
    ]
    return days, done


async def _plan_labels(services: Services, session, user: User) -> dict[int, str]:
    """Every plan's name as shown to the user (none pointing at a partner who frightens them)."""
    shown = questions.partner_filter(services, user)
    return {
        row.id: plan_rules.plan_label(shown.plan(plan_rules.plan_of(row)))
        for row in await repo.all_plans(session, user_id=user.id)
    }


def first_day(user: User, days: list[recap_rules.DayRecord]) -> date:
    """The user's first practice day: the day they finished onboarding, or an earlier check-in."""
    joined = due.practice_date(user.onboarded_at or user.created_at, ZoneInfo(user.time_zone))
    return recap_rules.first_practice_day(joined, (day.local_date for day in days))


def _profile(services: Services, user: User, days: list[recap_rules.DayRecord]) -> sections.Profile:
    # Words pointing at a partner who frightens the user are not shown (see partner_safety).
    shown = questions.partner_filter(services, user)
    return sections.Profile(
        user_id=user.id,
        first_day=first_day(user, days),
        recap_weekday=user.recap_weekday,
        partner_safe=not user.partner_feels_unsafe,
        shown=sections.Shown(
            shown.pattern(user.pattern), shown.alternative(user.secure_alternative), user.direction
        ),
    )


def _capacity_prompt(week_key: str, index: int) -> tuple[str, object]:
    _, code, _ = recap_rules.CAPACITIES[index]
    markup = keyboard(
        [(str(value), capacity_button(week_key, code, str(value))) for value in sections.RATINGS],
        [("Skip", capacity_button(week_key, code, sections.SKIP))],
    )
    return sections.capacity_question(index), markup


STORY_LABEL = ("Write one story entry (optional)", story_button("go"))


async def _stream(
    bot: Bot, services: Services, chat_id: int, recap: recap_rules.Recap, window, quiet: bool
) -> int:
    """Show the short recap growing section by section as a draft, then send it for good; returns its id."""
    main = recap.main
    await bot.send_chat_action(chat_id, ChatAction.TYPING)
    draft_id = services.rng.randint(1, 2**31 - 1)
    try:
        for count in range(1, len(main) + 1):
            await bot.send_message_draft(
                chat_id, draft_id, recap_rules.recap_text(main[:count]), parse_mode=ParseMode.HTML
            )
    except (InvalidToken, BadRequest) as error:
        # Older or self-hosted Bot API servers don't know drafts (404); the message below still goes out.
        log.info("drafts refused (%s); sending the recap as one message", type(error).__name__)
    rows = [[("More", recap_more_button(*window))]] if recap.details else []
    message = await bot.send_message(
        chat_id,
        recap_rules.recap_text(main),
        parse_mode=ParseMode.HTML,
        disable_notification=quiet,
        reply_markup=keyboard(*rows, [STORY_LABEL]),
    )
    return message.message_id


@dataclass(frozen=True)
class ChartPlan:
    """What the chart after a full recap needs: the user's days, their first day, the recap's week."""

    days: list
    started: date
    window: tuple[date, date]
    week_key: str
    marked: list


@dataclass(frozen=True)
class RecapPlan:
    """A recap read and composed, ready to send: the welcome line alone, or the recap and its chart."""

    recap: recap_rules.Recap | None
    window: tuple[date, date] | None
    chart: ChartPlan | None


async def _compose(
    services: Services, session, user: User, days, practices, window: tuple[date, date], week_key: str
) -> tuple[recap_rules.Recap, list[recap_rules.MarkedMoment]]:
    """The window's recap from the rows read for it, and the marked moments its chart draws."""
    link = await repo.link_of(session, user_id=user.id)
    partner_bids = []
    if link is not None:
        zone = ZoneInfo(user.time_zone)
        partner_bids = await repo.partner_bids_between(
            session,
            link_id=link.id,
            start=due.local_instant(window[0], due.DAY_ROLLOVER, zone),
            end=due.local_instant(window[1] + timedelta(days=1), due.DAY_ROLLOVER, zone),
        )
    rows = sections.WeekRows(
        days=days,
        practices=practices,
        moments=await repo.moments_between(session, user_id=user.id, start=EARLIEST, end=date.max),
        repairs=await repo.repairs_since(session, user_id=user.id, since=sections.repairs_since(window)),
        plan_labels=await _plan_labels(services, session, user),
        bids=await repo.bids_between(
            session, user_id=user.id, start=sections.lookback_start(window), end=window[1]
        ),
        supports=await repo.supports(session, user_id=user.id),
        partner_bids=partner_bids,
        link_open=link is not None and link.suspended_at is None,
    )
    return sections.week_recap(rows, _profile(services, user, days), window, week_key)


async def plan_recap(
    services: Services, session, user: User, recap_date: date, previous_recaps: list[date] | None
) -> RecapPlan:
    """The recap for `recap_date` (scheduled when `previous_recaps` is given, else /recap), read and composed.

    Before three days of use the user gets one welcome line instead: no numbers, no chart.
    """
    days, practices = await load_practice_history(session, user)
    started = first_day(user, days)
    window = recap_rules.weeks_to_recap(
        recap_date, first_day=started, recap_weekday=user.recap_weekday, sent_recap_dates=previous_recaps
    )
    if window is None:
        return RecapPlan(None, None, None)
    week_key = recap_rules.week_key(recap_date)
    recap, marked = await _compose(services, session, user, days, practices, window, week_key)
    return RecapPlan(recap, window, ChartPlan(days, started, window, week_key, marked))


async def _send_recap_text(bot: Bot, services: Services, user: User, plan: RecapPlan) -> int:
    """The recap's text (or the welcome line instead); its message id."""
    if plan.recap is None:
        message = await bot.send_message(
            user.id,
            recap_rules.WELCOME_INSTEAD_OF_RECAP,
            parse_mode=ParseMode.HTML,
            disable_notification=user.quiet,
        )
        return message.message_id
    return await _stream(bot, services, user.id, plan.recap, plan.window, user.quiet)


def recap_chart_png(user: User, plan: ChartPlan) -> bytes:
    """The chart after a full recap: the weeks up to the recap's, as a PNG."""
    _, points = sections.chart_points(
        plan.days,
        plan.started,
        plan.window[1],
        recap_weekday=user.recap_weekday,
        most=sections.CHART_WEEKS,
        marked=plan.marked,
    )
    return charts.render_recap_chart(points)


async def _send_recap_extras(
    bot: Bot, services: Services, user: User, plan: ChartPlan | None, now: datetime
) -> None:
    """The chart and the first self-rating after the recap text. A failed chart is logged and
    skipped: the text already arrived, and sending the recap again would repeat it."""
    if plan is None:
        return
    try:
        await bot.send_chat_action(user.id, ChatAction.UPLOAD_PHOTO)
        # Rendering takes milliseconds of CPU: off the event loop, so other users' taps go on.
        png = await asyncio.to_thread(recap_chart_png, user, plan)
        await bot.send_photo(user.id, png, caption=CHART_CAPTION, disable_notification=True)
    except Forbidden:
        raise
    except TelegramError as error:
        log.warning("recap chart not sent (%s); the recap text stands", type(error).__name__)
        async with services.sessions() as session:
            await repo.record_error(session, kind=type(error).__name__, now=now)
    text, markup = _capacity_prompt(plan.week_key, 0)
    await bot.send_message(
        user.id, text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_notification=True
    )


async def render_scheduled(
    services: Services, session, user: User, row: repo.ClaimedDue, now: datetime
) -> Delivery | None:
    """The week's recap, once; None when it already went out."""
    zone = ZoneInfo(user.time_zone)
    recap_date = due.practice_date(row.due_at, zone)
    recap = await repo.get_or_create_recap(
        session, user_id=user.id, week_key=recap_rules.week_key(recap_date), recap_date=recap_date, now=now
    )
    if recap.message_id is not None:
        return None
    plan = await plan_recap(
        services, session, user, recap_date, await repo.sent_recap_dates(session, user_id=user.id)
    )

    async def send(bot: Bot) -> int:
        message_id = await _send_recap_text(bot, services, user, plan)
        # Stored at once: whatever happens to the chart, this week's recap text is not sent again.
        async with services.sessions() as writing:
            await repo.set_recap_message(writing, recap_id=recap.id, message_id=message_id, sent_at=now)
        await _send_recap_extras(bot, services, user, plan.chart, now)
        return message_id

    return Delivery(send=send)


async def recap_command(update: Update, context: BotContext) -> None:
    """This week's recap, now."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user):
            recap_date = due.practice_date(now, ZoneInfo(user.time_zone))
            plan = await plan_recap(services, session, user, recap_date, None)
    if not guards.onboarded(user):
        await guards.continue_onboarding(
            update, context, user, "Your recap needs a few check-ins first. Let's finish setting up."
        )
        return
    await _send_recap_text(context.bot, services, user, plan)
    await _send_recap_extras(context.bot, services, user, plan.chart, now)


async def more_tap(update: Update, context: BotContext) -> None:
    """The details behind a recap's More button: the numbers, the score, the comparison, the research."""
    query = update.callback_query
    window = parse_recap_more_button(query.data)
    recap = None
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if window is not None and user is not None and is_onboarded(user):
            days, practices = await load_practice_history(session, user)
            week_key = recap_rules.week_key(window[1] + timedelta(days=1))
            recap, _ = await _compose(context.services, session, user, days, practices, window, week_key)
    if recap is None:
        await query.answer("This recap has expired.")
        return
    await query.answer()
    await context.bot.send_message(
        user.id, recap_rules.recap_text(recap.details) or recap_rules.NOTHING_MORE, parse_mode=ParseMode.HTML
    )


def supports_prompt(week_key: str, *, partner_safe: bool = True) -> tuple[str, object]:
    """The weekly steady-people question (skippable); without Partner while partner practices are off."""
    rows = sections.support_rows(partner_safe=partner_safe)
    return sections.SUPPORTS_QUESTION, keyboard(
        *[[(label, support_button(week_key, code)) for label, code in row] for row in rows]
    )


async def capacity_tap(update: Update, context: BotContext) -> None:
    """Record one capacity rating (or a skip) and show the next, all in one edited message."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    button = parse_capacity_button(query.data)
    tap = sections.on_rating(button.capacity, button.rating) if button is not None else None
    if tap is None:
        await query.answer("This rating has expired.")
        return
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is not None and is_onboarded(user) and tap.rating is not None:
            await repo.save_capacity_rating(
                session,
                user_id=user.id,
                capacity=tap.capacity,
                week_key=button.week_key,
                local_date=due.practice_date(now, ZoneInfo(user.time_zone)),
                rating=tap.rating,
                now=now,
            )
    if user is None or not is_onboarded(user):
        await query.answer("This rating has expired.")
        return
    await query.answer(tap.answer)
    if tap.next_index is not None:
        await edit_query_message(query, *_capacity_prompt(button.week_key, tap.next_index))
        return
    await edit_query_message(query, sections.RATINGS_DONE)
    text, markup = supports_prompt(button.week_key, partner_safe=not user.partner_feels_unsafe)
    await context.bot.send_message(
        update.effective_chat.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
    )


async def _progress_shown(services: Services, session, user: User, now: datetime):
    """What /progress shows for an onboarded user, read in the caller's session."""
    today = due.practice_date(now, ZoneInfo(user.time_zone))
    days, _ = await load_practice_history(session, user)
    profile = _profile(services, user, days)
    rows = sections.WeekRows(
        days=days,
        practices=(),
        moments=await repo.moments_between(session, user_id=user.id, start=EARLIEST, end=date.max),
        repairs=await repo.repairs_since(
            session, user_id=user.id, since=sections.repairs_since((profile.first_day, today))
        ),
        plan_labels=await _plan_labels(services, session, user),
        bids=(),
        supports=(),
        partner_bids=(),
        link_open=False,
    )
    return sections.progress(rows, await repo.capacity_ratings(session, user_id=user.id), profile, today)


async def progress_command(update: Update, context: BotContext) -> None:
    """The long view: every week's chart and the three capacities over time."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        shown = await _progress_shown(services, session, user, now) if guards.onboarded(user) else None
    if shown is None:
        await guards.continue_onboarding(
            update, context, user, "Your progress appears after a few check-ins. Let's finish setting up."
        )
        return
    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(charts.render_progress_chart, shown.points, shown.capacities)
    await context.bot.send_message(user.id, shown.text, parse_mode=ParseMode.HTML)
    web_app_url = services.settings.web_app_url
    await context.bot.send_photo(
        user.id,
        png,
        caption="Weekly secure-choice share and practice score; below, your three capacities.",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton(OPEN_MINI_APP, web_app=WebAppInfo(url=web_app_url))]]
        )
        if web_app_url
        else None,
    )
