"""The day's check-ins for a batch of due rows: what each card needs, read with one query per kind of data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.practice import checkin as checkin_rules
from bot.practice import keep_going
from bot.practice import moments as moment_rules
from bot.practice import repair as repair_rules
from scheduler import due
from storage import repo
from storage.models import PatternPlan, User


@dataclass(frozen=True)
class KeepGoingQuestion:
    """Instead of the card: "keep going, pause, or another time?" (its asking is already stored)."""

    user: User


@dataclass(frozen=True)
class Card:
    """A check-in card to send: the check-in, the question it is on, and what it adds from the day."""

    user: User
    checkin: repo.CheckInRow
    state: checkin_rules.CheckInState
    # The user's active plans, oldest first (the first is the onboarding pattern the card already names;
    # with several, the picker offers them).
    plans: tuple[PatternPlan, ...]
    # The moments marked today, recalled on the card.
    prefill: str | None
    # A repair offered after a recent old-pattern day.
    repair_after: date | None
    # The last earlier check-in, closed now, whose buttons come off: (its row, what it recorded).
    earlier: tuple[repo.CheckInRow, checkin_rules.CheckInState] | None


def _row_state(row: repo.CheckInRow, note: str | None = None) -> checkin_rules.CheckInState:
    return checkin_rules.CheckInState(
        stage=row.stage,
        activated=row.activated,
        choice=row.choice,
        intensity=row.intensity,
        note=note,
        plan_id=row.plan_id,
    )


def _sent(row: repo.CheckInRow) -> keep_going.SentCheckIn:
    return keep_going.SentCheckIn(
        answered=row.activated is not None, sent=row.message_id is not None, sent_at=row.sent_at
    )


async def prepare(
    session: AsyncSession, batch: list[tuple[User, repo.ClaimedDue]], now: datetime
) -> list[Card | KeepGoingQuestion | None]:
    """One entry per due row: its card, the "keep going?" question, or None (quiet, or already shown).
    Today's check-ins that do not exist yet are created in one insert; nothing is committed here."""
    user_ids = [user.id for user, _ in batch]
    zones = {user.id: ZoneInfo(user.time_zone) for user, _ in batch}
    today = {user.id: due.practice_date(row.due_at, zones[user.id]) for user, row in batch}
    latest: dict[int, list[repo.CheckInRow]] = {user_id: [] for user_id in user_ids}
    for checkin in await repo.latest_checkins_of(
        session, user_ids=user_ids, per_user=keep_going.UNANSWERED_BEFORE_ASKING
    ):
        latest[checkin.user_id].append(checkin)
    prepared: dict[int, Card | KeepGoingQuestion] = {}
    cards = []
    for user, _ in batch:
        # The rule is keep_going.before_checkin: send, stay quiet until answered, or ask instead.
        state = keep_going.KeepGoing(user.keep_going_asked_at, user.keep_going_reset_at)
        after, next_step = keep_going.before_checkin(state, [_sent(row) for row in latest[user.id]], now)
        if after != state:
            await repo.set_keep_going(
                session, user_id=user.id, asked_at=after.asked_at, reset_at=after.reset_at
            )
        if next_step is keep_going.Next.ASK:
            prepared[user.id] = KeepGoingQuestion(user)
        elif next_step is keep_going.Next.SEND:
            cards.append(user)
    prepared.update(
        (card.user.id, card) for card in await _today_cards(session, cards, today, zones, latest, now)
    )
    return [prepared.get(user.id) for user, _ in batch]


async def open_today(session: AsyncSession, user: User, now: datetime) -> Card:
    """Today's card for /checkin: created if needed, and shown again if it already was."""
    zone = ZoneInfo(user.time_zone)
    today = due.practice_date(now, zone)
    latest = await repo.latest_checkins_of(
        session, user_ids=[user.id], per_user=keep_going.UNANSWERED_BEFORE_ASKING
    )
    [card] = await _today_cards(
        session, [user], {user.id: today}, {user.id: zone}, {user.id: latest}, now, shown_again=True
    )
    return card


async def _today_cards(session, users, today, zones, latest, now, *, shown_again: bool = False) -> list[Card]:
    """The cards of these users' check-ins for their practice day, creating those that do not exist in one
    insert; a check-in already on the user's screen is left out unless it is `shown_again`."""
    todays = {
        checkin.user_id: checkin
        for user in users
        for checkin in latest[user.id]
        if checkin.local_date == today[user.id]
    }
    missing = [
        (user.id, today[user.id], due.closes_at(today[user.id], zones[user.id]))
        for user in users
        if user.id not in todays
    ]
    created = await repo.create_checkins(session, days=missing, now=now)
    todays.update((checkin.user_id, checkin) for checkin in created)
    if len(created) < len(missing):  # created meanwhile elsewhere: read those
        raced = [(user_id, day) for user_id, day, _ in missing if user_id not in todays]
        todays.update((checkin.user_id, checkin) for checkin in await repo.checkins_on(session, days=raced))
    if not shown_again:
        # Already on the user's screen (opened with /checkin, or sent before a crash): nothing to send.
        users = [user for user in users if todays[user.id].message_id is None]
    return await _cards(session, users, todays, latest, zones, now)


async def _cards(session, users, todays, latest, zones, now) -> list[Card]:
    """The cards of these users: the state (moved to "What did you choose?" when a moment was marked
    today), the day's extras, and the earlier check-in whose buttons come off (with its note)."""
    if not users:
        return []
    user_ids = [user.id for user in users]
    days = [todays[user_id].local_date for user_id in user_ids]
    marked: dict[int, list[datetime]] = {user_id: [] for user_id in user_ids}
    marked_plans: dict[int, list[int | None]] = {user_id: [] for user_id in user_ids}
    for user_id, local_date, marked_at, plan_id in await repo.moments_of(
        session, user_ids=user_ids, start=min(days), end=max(days)
    ):
        if local_date == todays[user_id].local_date:
            marked[user_id].append(marked_at)
            marked_plans[user_id].append(plan_id)
    plans = await repo.active_plans_of(session, user_ids=user_ids)
    since = min(days) - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
    repaired: dict[int, list[date]] = {user_id: [] for user_id in user_ids}
    for user_id, after_date in await repo.repaired_days_of(session, user_ids=user_ids, since=since):
        if after_date >= todays[user_id].local_date - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS):
            repaired[user_id].append(after_date)
    closing = {}
    for user_id in user_ids:
        today = todays[user_id].local_date
        newest_two = [todays[user_id], *(row for row in latest[user_id] if row.local_date < today)][:2]
        earlier = [row for row in newest_two[1:] if row.message_id is not None and row.closes_at <= now]
        if earlier:
            closing[user_id] = earlier[0]
    notes = await repo.checkin_notes(session, checkin_ids=[row.id for row in closing.values()])
    cards = []
    for user in users:
        checkin = todays[user.id]
        state = _row_state(checkin)
        own_plans = plans.get(user.id, [])
        prefilled = moment_rules.prefilled_state(
            state,
            marked_today=bool(marked[user.id]),
            marked_plan_ids=marked_plans[user.id],
            plan_ids=[plan.id for plan in own_plans],
        )
        if prefilled != state and await repo.update_checkin_if_stage(
            session,
            checkin_id=checkin.id,
            expected_stage=state.stage,
            now=now,
            commit=False,
            stage=prefilled.stage,
            activated=prefilled.activated,
            plan_id=prefilled.plan_id,
        ):
            state = prefilled
        window = checkin.local_date - timedelta(days=repair_rules.REPAIR_WINDOW_DAYS)
        old_days = [
            row.local_date
            for row in latest[user.id]
            if window <= row.local_date <= checkin.local_date
            and row.activated == "yes"
            and row.choice == "old"
        ]
        earlier = closing.get(user.id)
        cards.append(
            Card(
                user=user,
                checkin=checkin,
                state=state,
                plans=tuple(own_plans),
                prefill=moment_rules.prefill_line(marked[user.id], zones[user.id]),
                repair_after=repair_rules.repair_offer(
                    old_days,
                    repaired[user.id],
                    today=checkin.local_date,
                    include_today=False,
                    partner_safe=not user.partner_feels_unsafe,
                ),
                earlier=(earlier, _row_state(earlier, notes.get(earlier.id)))
                if earlier is not None
                else None,
            )
        )
    return cards


async def record(session: AsyncSession, message_ids: dict[int, int], now: datetime) -> None:
    """Which messages show the batch's check-ins (by check-in id), in one statement; not committed here."""
    await repo.set_checkin_messages(session, message_ids=message_ids, sent_at=now, commit=False)
