"""A year of one user's practice written straight into a real database: check-ins with hard weeks and comebacks, practices, ratings, bids, repairs, plans, a note, a story entry and a safety flag."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from random import Random

from storage.models import (
    BidLog,
    CapacityRating,
    CheckIn,
    ExercisePractice,
    PatternPlan,
    Repair,
    SafetyFlag,
    StoryEntry,
    User,
)

PATTERN = "I text him again and again when he goes quiet"
SECURE_ALTERNATIVE = "I put the phone away and call a friend"
NOTE_TEXT = "Walked by the river before replying; felt steadier"
STORY_TEXT = "As a child I learned to wait by the window"
CRISIS_NOTE = "I want to die tonight"
EXERCISE_IDS = ("A01", "A02", "A03")


async def seed_year(sessions, user_id: int, now: datetime, *, days: int = 365) -> None:
    """One onboarded user (Berlin) with `days` days of practice up to the day before `now`."""
    rng = Random(18)
    start = now - timedelta(days=days)
    today = now.date()
    async with sessions() as session:
        session.add(
            User(
                id=user_id,
                created_at=start,
                adult_confirmed_at=start,
                onboarded_at=start,
                direction="anxious",
                pattern_id="checking",
                pattern=PATTERN,
                secure_alternative=SECURE_ALTERNATIVE,
                time_zone="Europe/Berlin",
                checkin_time=time(21, 0),
                partner_feels_unsafe=False,
            )
        )
        await session.flush()
        for offset in range(days):
            day = start.date() + timedelta(days=offset + 1)
            if day >= today:
                break
            week = offset // 7
            # Every seventh week is a hard one, and the week after it brings the comeback.
            hard = week % 7 == 3
            roll = rng.random()
            if roll < 0.1:
                continue
            activated = "yes" if roll < 0.65 else ("no" if roll < 0.93 else "unsure")
            choice = None
            if activated == "yes":
                pick = rng.random()
                if hard:
                    choice = "old" if pick < 0.8 else "both"
                else:
                    choice = "secure" if pick < 0.6 else ("both" if pick < 0.92 else "old")
            answered = datetime.combine(day, time(20, 5), UTC)
            session.add(
                CheckIn(
                    user_id=user_id,
                    local_date=day,
                    stage="done",
                    activated=activated,
                    choice=choice,
                    intensity=rng.randint(1, 5) if activated == "yes" else None,
                    note=NOTE_TEXT if offset == days - 20 else (CRISIS_NOTE if offset == days - 10 else None),
                    created_at=answered,
                    sent_at=answered,
                    answered_at=answered,
                    closes_at=answered + timedelta(hours=6),
                )
            )
            if offset % 3 == 0:
                exercise = EXERCISE_IDS[(offset // 3) % len(EXERCISE_IDS)]
                session.add(
                    ExercisePractice(
                        user_id=user_id,
                        exercise_id=exercise,
                        level=1,
                        status="felt",
                        offered_at=answered,
                        started_at=answered,
                        completed_at=answered,
                        feeling="calmer" if exercise == EXERCISE_IDS[0] or rng.random() < 0.3 else "same",
                        feeling_at=answered,
                    )
                )
            if offset % 7 == 6:
                key = f"{day.isocalendar()[0]}-W{day.isocalendar()[1]:02d}"
                for capacity, base in (("regulation", 2), ("expression", 1), ("closeness", 2)):
                    session.add(
                        CapacityRating(
                            user_id=user_id,
                            capacity=capacity,
                            week_key=key,
                            local_date=day,
                            rating=min(5, base + week // 16 + rng.randint(0, 1)),
                            rated_at=answered,
                        )
                    )
            if offset % 5 == 2:
                session.add(
                    BidLog(
                        user_id=user_id,
                        local_date=day,
                        response=rng.choice(("toward", "toward", "missed", "away")),
                        who="partner",
                        logged_at=answered,
                    )
                )
            if choice == "old" and offset % 4 == 0:
                session.add(
                    Repair(
                        user_id=user_id,
                        after_date=day,
                        status="repaired",
                        local_date=day + timedelta(days=1),
                        logged_at=answered + timedelta(days=1),
                    )
                )
        session.add(
            PatternPlan(
                user_id=user_id,
                cue="when he doesn't answer for an hour",
                old_move=PATTERN,
                secure_alternative=SECURE_ALTERNATIVE,
                created_at=start,
            )
        )
        session.add(
            StoryEntry(
                user_id=user_id, prompt_id="first", text=STORY_TEXT, written_at=now - timedelta(days=30)
            )
        )
        session.add(
            SafetyFlag(
                user_id=user_id,
                categories="suicide",
                raised_at=now - timedelta(days=10),
                pause_until=now - timedelta(days=9),
            )
        )
        await session.commit()


def year_start(now: datetime, days: int = 365) -> date:
    """The first practice day of a seeded user."""
    return (now - timedelta(days=days)).date()
