"""The weekly recap (scheduled and /recap), streamed as drafts, its chart, the capacity ratings, and /progress."""

from __future__ import annotations

import asyncio
import html
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update, WebAppInfo
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, TelegramError

from bot import charts
from bot.practice import partner_link, relationships
from bot.practice import plans as plan_rules
from bot.practice import recap as recap_rules
from bot.practice import repair as repair_rules
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

CAPACITY_BY_CODE = {code: (key, label) for key, code, label in recap_rules.CAPACITIES}
CHART_CAPTION = (
    "Bars: share of secure choices each week. Line: your practice score. "
    "Dips stay visible: they are part of the path, not the end of it."
)
CHART_WEEKS = 12
# Before anyone's first day of practice: reading from here reads the whole history.
EARLIEST = date(2000, 1, 1)
OPEN_MINI_APP = "Open my progress page"
# Ten years of weeks: the long view, with a bound on the chart's size.
PROGRESS_WEEKS_MAX = 520


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
        recap_rules.PracticeRecord(
            local_date=due.practice_date(offered_at, zone),
            completed=status in ("completed", "felt"),
            feeling=feeling,
        )
        for offered_at, status, feeling in await repo.practice_outcomes(
            session, user_id=user.id, statuses=("started", "completed", "felt")
        )
    ]
    return days, done


async def _marked_moments(session, user: User) -> list[recap_rules.MarkedMoment]:
    """Every moment marked with /now that no evening answer chose for: each still counts in the score."""
    moments = await repo.moments_between(session, user_id=user.id, start=EARLIEST, end=date.max)
    return [
        recap_rules.MarkedMoment(
            local_date=m.local_date,
            held=repair_rules.held(
                repair_rules.MomentRecord(plan_id=m.plan_id, action=m.action, choice=None)
            ),
        )
        for m in moments
        if m.choice is None
    ]


async def _relationship_sections(
    session, user: User, week_start: date, week_end: date, week_key: str
) -> list[str]:
    """Bids for connection this week and last, and the steady people named back over the weeks."""
    previous_start = week_start - timedelta(days=7)
    bids = await repo.bids_between(session, user_id=user.id, start=previous_start, end=week_end)

    def records(start: date, end: date) -> list[relationships.BidRecord]:
        return [
            relationships.BidRecord(local_date=b.local_date, response=b.response, who=b.who)
            for b in bids
            if start <= b.local_date <= end
        ]

    previous = records(previous_start, week_start - timedelta(days=1))
    partner_safe = not user.partner_feels_unsafe
    bid_lines = relationships.bid_section(
        records(week_start, week_end), previous or None, partner_safe=partner_safe
    )
    supports = await repo.supports(session, user_id=user.id)
    support_lines = relationships.supports_section(
        [s.who for s in supports if s.week_key != week_key], partner_safe=partner_safe
    )
    partner_lines = await _partner_section(session, user, week_start, week_end)
    return [section for section in (bid_lines, partner_lines, support_lines) if section]


async def _partner_section(session, user: User, week_start: date, week_end: date) -> str | None:
    """Bids that crossed a partner link this week, each way; nothing from the partner's own practice."""
    link = await repo.link_of(session, user_id=user.id)
    if link is None or link.suspended_at is not None or user.partner_feels_unsafe:
        return None
    zone = ZoneInfo(user.time_zone)
    bids = await repo.partner_bids_between(
        session,
        link_id=link.id,
        start=due.local_instant(week_start, due.DAY_ROLLOVER, zone),
        end=due.local_instant(week_end + timedelta(days=1), due.DAY_ROLLOVER, zone),
    )
    return partner_link.recap_section(
        received_answers=[bid.answer for bid in bids if bid.user_id != user.id],
        sent_answers=[bid.answer for bid in bids if bid.user_id == user.id],
    )


async def _repaired_after(session, user: User, week_start: date, week_end: date) -> list[date]:
    """The old-pattern days the user logged a repair for during these days."""
    return [
        row.after_date
        for row in await repo.repairs_since(session, user_id=user.id, since=week_start - timedelta(days=3))
        if row.status == "repaired" and week_start <= row.local_date <= week_end
    ]


async def _moment_sections(
    services: Services, session, user: User, week_start: date, week_end: date
) -> list[str]:
    """The week's repairs (named as wins) and its marked moments per pattern, with how often each plan held."""
    repaired = await _repaired_after(session, user, week_start, week_end)
    moments = await repo.moments_between(session, user_id=user.id, start=week_start, end=week_end)
    shown = questions.partner_filter(services, user)
    labels = {
        row.id: plan_rules.plan_label(shown.plan(plan_rules.plan_of(row)))
        for row in await repo.all_plans(session, user_id=user.id)
    }
    records = [
        repair_rules.MomentRecord(plan_id=m.plan_id, action=m.action, choice=m.choice) for m in moments
    ]
    sections = (
        repair_rules.repair_lines(repaired, week_end=week_end),
        repair_rules.moments_section(records, labels),
    )
    return [section for section in sections if section]


def first_day(user: User, days: list[recap_rules.DayRecord]) -> date:
    """The user's first practice day: the day they finished onboarding, or an earlier check-in."""
    joined = due.practice_date(user.onboarded_at or user.created_at, ZoneInfo(user.time_zone))
    return recap_rules.first_practice_day(joined, (day.local_date for day in days))


def _compose(
    services: Services,
    user: User,
    days,
    practices,
    window: tuple[date, date],
    extra_sections: list[str],
    marked=(),
    repaired=(),
) -> recap_rules.Recap:
    week_start, week_end = window
    # The weeks before are regular seven-day weeks ending where this window starts.
    earlier = [
        recap_rules.summarize_week(
            days,
            practices,
            week_start=week_start - timedelta(days=7 * back),
            week_end=week_start - timedelta(days=7 * back - 6),
        )
        for back in range(1, 4)
    ]
    current = recap_rules.summarize_week(days, practices, week_start=week_start, week_end=week_end)
    earlier_data = any(day.local_date < week_start for day in days)
    scored_days = [day for day, _ in recap_rules.practice_score_series(days, marked)]
    activated_ever = any(day <= week_end for day in scored_days)
    # The practice line is new (and explained) until a recap has shown it with a week behind it.
    scored_before = any(day < week_start for day in scored_days)
    last_end, weeks = recap_rules.chart_weeks(
        first_day(user, days), week_end, recap_weekday=user.recap_weekday, most=CHART_WEEKS
    )
    points = recap_rules.weekly_series(days, until=last_end, weeks=weeks, moments=marked)
    shown = questions.partner_filter(services, user)
    return recap_rules.compose_recap(
        current=current,
        previous=earlier[0] if earlier_data else None,
        recent_weeks=[*reversed(earlier), current] if earlier_data else [current],
        score_now=recap_rules.practice_score(days, until=week_end, moments=marked)
        if activated_ever
        else None,
        score_before=recap_rules.practice_score(days, until=week_start - timedelta(days=1), moments=marked)
        if scored_before
        else None,
        score_points=[point.score for point in points if point.score is not None],
        # Words pointing at a partner who frightens the user are not shown (see partner_safety).
        pattern=shown.pattern(user.pattern),
        secure_alternative=shown.alternative(user.secure_alternative),
        direction=user.direction,
        first_recap=not earlier_data,
        extra_sections=extra_sections,
        repaired_after=repaired,
    )


def _capacity_prompt(week_key: str, index: int) -> tuple[str, object]:
    key, code, label = recap_rules.CAPACITIES[index]
    text = (
        f"<b>Three quick ratings for this week</b> ({index + 1} of {len(recap_rules.CAPACITIES)})\n"
        f"1 = hard, 5 = steady. Skip any you like.\n\n<b>{label}</b>"
    )
    markup = keyboard(
        [(str(value), capacity_button(week_key, code, str(value))) for value in range(1, 6)],
        [("Skip", capacity_button(week_key, code, "x"))],
    )
    return text, markup


STORY_LABEL = ("Write one story entry (optional)", story_button("go"))


async def _stream(
    bot: Bot, services: Services, chat_id: int, recap: recap_rules.Recap, window, quiet: bool
) -> int:
    """Show the short recap growing section by section as a draft, then send it for good; returns its id."""
    sections = recap.main
    await bot.send_chat_action(chat_id, ChatAction.TYPING)
    draft_id = services.rng.randint(1, 2**31 - 1)
    try:
        for count in range(1, len(sections) + 1):
            await bot.send_message_draft(
                chat_id, draft_id, recap_rules.recap_text(sections[:count]), parse_mode=ParseMode.HTML
            )
    except (InvalidToken, BadRequest) as error:
        # Older or self-hosted Bot API servers don't know drafts (404); the message below still goes out.
        log.info("drafts refused (%s); sending the recap as one message", type(error).__name__)
    rows = [[("More", recap_more_button(*window))]] if recap.details else []
    message = await bot.send_message(
        chat_id,
        recap_rules.recap_text(sections),
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
    extra = await _moment_sections(services, session, user, *window)
    extra += await _relationship_sections(session, user, *window, week_key)
    marked = await _marked_moments(session, user)
    repaired = await _repaired_after(session, user, *window)
    recap = _compose(services, user, days, practices, window, extra, marked, repaired)
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
    last_end, weeks = recap_rules.chart_weeks(
        plan.started, plan.window[1], recap_weekday=user.recap_weekday, most=CHART_WEEKS
    )
    points = recap_rules.weekly_series(plan.days, until=last_end, weeks=weeks, moments=plan.marked)
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
        user = await guards.onboarded_user(
            update, context, session, "Your recap needs a few check-ins first. Let's finish setting up."
        )
        if user is None:
            return
        recap_date = due.practice_date(now, ZoneInfo(user.time_zone))
        plan = await plan_recap(services, session, user, recap_date, None)
    await _send_recap_text(context.bot, services, user, plan)
    await _send_recap_extras(context.bot, services, user, plan.chart, now)


async def more_tap(update: Update, context: BotContext) -> None:
    """The details behind a recap's More button: the numbers, the score, the comparison, the research."""
    query = update.callback_query
    window = parse_recap_more_button(query.data)
    async with context.services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if window is None or user is None or not is_onboarded(user):
            await query.answer("This recap has expired.")
            return
        days, practices = await load_practice_history(session, user)
        start, end = window
        extra = await _moment_sections(context.services, session, user, start, end)
        extra += await _relationship_sections(
            session, user, start, end, recap_rules.week_key(end + timedelta(days=1))
        )
        marked = await _marked_moments(session, user)
    recap = _compose(context.services, user, days, practices, window, extra, marked)
    await query.answer()
    await context.bot.send_message(
        user.id, recap_rules.recap_text(recap.details) or recap_rules.NOTHING_MORE, parse_mode=ParseMode.HTML
    )


def supports_prompt(week_key: str, *, partner_safe: bool = True) -> tuple[str, object]:
    """The weekly steady-people question (skippable); without Partner while partner practices are off."""
    partner = [("Partner", support_button(week_key, "p"))] if partner_safe else []
    return (
        "<b>Who was a steady presence this week?</b>",
        keyboard(
            [
                *partner,
                ("Friend", support_button(week_key, "f")),
                ("Family", support_button(week_key, "m")),
            ],
            [
                ("Therapist", support_button(week_key, "t")),
                ("No one this week", support_button(week_key, "n")),
            ],
            [("Skip", support_button(week_key, "x"))],
        ),
    )


async def capacity_tap(update: Update, context: BotContext) -> None:
    """Record one capacity rating (or a skip) and show the next, all in one edited message."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    tap = parse_capacity_button(query.data)
    if tap is None or tap.capacity not in CAPACITY_BY_CODE:
        await query.answer("This rating has expired.")
        return
    week_key = tap.week_key
    key, _ = CAPACITY_BY_CODE[tap.capacity]
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if user is None or not is_onboarded(user):
            await query.answer("This rating has expired.")
            return
        if tap.rating != "x":
            await repo.save_capacity_rating(
                session,
                user_id=user.id,
                capacity=key,
                week_key=week_key,
                local_date=due.practice_date(now, ZoneInfo(user.time_zone)),
                rating=int(tap.rating),
                now=now,
            )
    await query.answer("Saved ✓" if tap.rating != "x" else "Skipped")
    index = [code for _, code, _ in recap_rules.CAPACITIES].index(tap.capacity)
    if index + 1 < len(recap_rules.CAPACITIES):
        text, markup = _capacity_prompt(week_key, index + 1)
        await edit_query_message(query, text, markup)
    else:
        await edit_query_message(
            query, "Thank you. ✓ These ratings build a picture over the weeks; /progress shows it."
        )
        text, markup = supports_prompt(week_key, partner_safe=not user.partner_feels_unsafe)
        await context.bot.send_message(
            update.effective_chat.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
        )


async def progress_command(update: Update, context: BotContext) -> None:
    """The long view: every week's chart and the three capacities over time."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await guards.onboarded_user(
            update, context, session, "Your progress appears after a few check-ins. Let's finish setting up."
        )
        if user is None:
            return
        today = due.practice_date(now, ZoneInfo(user.time_zone))
        days, _ = await load_practice_history(session, user)
        ratings = await repo.capacity_ratings(session, user_id=user.id)
        # Per pattern, over everything so far: moments marked, how often the plan held, repairs.
        per_pattern = await _moment_sections(services, session, user, first_day(user, days), today)
        marked = await _marked_moments(session, user)
    last_end, weeks = recap_rules.chart_weeks(
        first_day(user, days), today, recap_weekday=user.recap_weekday, most=PROGRESS_WEEKS_MAX
    )
    points = recap_rules.weekly_series(days, until=last_end, weeks=weeks, moments=marked)
    capacities = {
        key: [(r.local_date, r.rating) for r in ratings if r.capacity == key]
        for key, _, _ in recap_rules.CAPACITIES
    }
    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(charts.render_progress_chart, points, capacities)
    score_line = recap_rules.progress_line([point.score for point in points if point.score is not None])
    latest = [
        f"{html.escape(label)}: {capacities[key][-1][1]}/5"
        for key, _, label in recap_rules.CAPACITIES
        if capacities[key]
    ]
    text = "\n".join(
        [
            f"<b>Your practice so far</b> · {weeks} week{'s' if weeks != 1 else ''}",
            score_line,
            *latest,
            *[f"\n{section}" for section in per_pattern],
            "",
            "<i>This is a picture of your own practice over time, not a verdict on you.</i>",
        ]
    )
    await context.bot.send_message(user.id, text, parse_mode=ParseMode.HTML)
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
