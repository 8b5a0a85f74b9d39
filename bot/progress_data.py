"""One user's progress summary read from the database, for the Mini App's API and the /share PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.practice import partner_safety
from bot.practice import plans as plan_rules
from bot.practice import progress_summary as summary_rules
from bot.practice import recap as recap_rules
from bot.services import Content
from scheduler import due
from storage import repo
from storage.models import User

EARLIEST_DATE = date(2000, 1, 1)
EARLIEST_INSTANT = datetime(2000, 1, 1, tzinfo=UTC)


async def load_summary(session, user: User, content: Content, now: datetime) -> summary_rules.ProgressSummary:
    """Everything the summary needs, for this user only; safety flags are never read."""
    zone = ZoneInfo(user.time_zone or "UTC")
    today = due.practice_date(now, zone)
    checkins = await repo.checkins_since(session, user_id=user.id, since=EARLIEST_DATE)
    practices = await repo.practices_since(session, user_id=user.id, since=EARLIEST_INSTANT)
    ratings = await repo.capacity_ratings(session, user_id=user.id)
    bids = await repo.bids_between(session, user_id=user.id, start=EARLIEST_DATE, end=today)
    repairs = await repo.repairs_since(session, user_id=user.id, since=EARLIEST_DATE)
    plans = await repo.active_plans(session, user_id=user.id)
    # Someone a partner frightens sees no partner words in their own plans, and bids are off for them.
    shown = partner_safety.PartnerFilter.of(
        partner_feels_unsafe=user.partner_feels_unsafe,
        partner_texts=partner_safety.partner_texts(content.onboarding.all_patterns()),
    )
    if user.partner_feels_unsafe:
        bids = []
    days = [
        recap_rules.DayRecord(
            local_date=c.local_date, activated=c.activated, choice=c.choice, intensity=c.intensity
        )
        for c in checkins
    ]
    exercises = [
        summary_rules.ExerciseRecord(
            local_date=due.practice_date(p.offered_at, zone),
            exercise_id=p.exercise_id,
            completed=p.status in ("completed", "felt"),
            feeling=p.feeling,
        )
        for p in practices
        if p.status in ("started", "completed", "felt")
    ]
    return summary_rules.build_summary(
        days=days,
        exercises=exercises,
        ratings=[
            summary_rules.RatingRecord(capacity=r.capacity, local_date=r.local_date, rating=r.rating)
            for r in ratings
        ],
        bids=[b.response for b in bids],
        repaired=sum(1 for r in repairs if r.status == "repaired"),
        plans=[
            summary_rules.PlanRecord(
                cue=plan.cue, old_move=plan.old_move, secure_alternative=plan.secure_alternative
            )
            for plan in (shown.plan(plan_rules.plan_of(row)) for row in plans)
        ],
        exercise_titles={exercise.id: exercise.title for exercise in content.exercises},
        first_day=due.practice_date(user.onboarded_at or user.created_at, zone),
        today=today,
        recap_weekday=user.recap_weekday,
        direction=user.direction,
        pattern=shown.pattern(user.pattern),
        secure_alternative=shown.alternative(user.secure_alternative),
    )
