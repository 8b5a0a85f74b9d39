"""Storage on real SQLite files: aware UTC round trips, uniqueness, and the atomic claim."""

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from storage import repo
from storage.db import create_engine, create_session_factory
from storage.models import CheckIn, User
from storage.schema import migrate

NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)


async def add_users(sessions, count: int) -> None:
    async with sessions() as session:
        for user_id in range(1, count + 1):
            session.add(User(id=user_id, created_at=NOW))
        await session.commit()


async def test_instants_come_back_aware_utc(session_factory):
    """A stored instant is read back timezone-aware, in UTC, equal to what was written."""
    written = datetime(2026, 3, 29, 3, 0, tzinfo=UTC).astimezone()
    async with session_factory() as session:
        session.add(User(id=7, created_at=written))
        await session.commit()
    async with session_factory() as session:
        user = await repo.get_user(session, user_id=7)
    assert user.created_at == written and user.created_at.tzinfo == UTC


async def test_naive_instants_are_refused(session_factory):
    """Writing a naive datetime is an error rather than a silent guess of its zone."""
    async with session_factory() as session:
        session.add(User(id=8, created_at=datetime(2026, 1, 1)))
        with pytest.raises(Exception, match="naive"):
            await session.commit()


async def test_one_checkin_per_user_and_date(session_factory):
    """A second check-in row for the same user and local date is rejected by the database."""
    await add_users(session_factory, 1)
    async with session_factory() as session:
        for _ in range(2):
            session.add(CheckIn(user_id=1, local_date=date(2026, 11, 23), created_at=NOW, closes_at=NOW))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_get_or_create_checkin_returns_the_existing_row(session_factory):
    """Asking twice for the same date's check-in gives the same row."""
    await add_users(session_factory, 1)
    async with session_factory() as session:
        first = await repo.get_or_create_checkin(
            session, user_id=1, local_date=date(2026, 11, 23), now=NOW, closes_at=NOW
        )
        second = await repo.get_or_create_checkin(
            session, user_id=1, local_date=date(2026, 11, 23), now=NOW, closes_at=NOW
        )
    assert first.id == second.id


async def test_stage_guard_applies_an_answer_once(session_factory):
    """Two identical answers race; only the first finds the expected stage."""
    await add_users(session_factory, 1)
    async with session_factory() as session:
        checkin = await repo.get_or_create_checkin(
            session, user_id=1, local_date=date(2026, 11, 23), now=NOW, closes_at=NOW + timedelta(hours=8)
        )
        results = [
            await repo.update_checkin_if_stage(
                session, checkin_id=checkin.id, expected_stage="activation", now=NOW, stage="choice"
            )
            for _ in range(2)
        ]
    assert results == [True, False]


async def test_claimed_rows_are_not_claimed_again_until_the_lease_ends(session_factory):
    """A claimed row is invisible to other claimers until its lease passes; then it is claimable."""
    await add_users(session_factory, 1)
    async with session_factory() as session:
        await repo.set_due(session, user_id=1, kind="checkin", due_at=NOW)
        lease = NOW + timedelta(minutes=2)
        assert len(await repo.claim_due(session, now=NOW, lease_until=lease, limit=10)) == 1
        assert (
            await repo.claim_due(session, now=NOW + timedelta(minutes=1), lease_until=lease, limit=10) == []
        )
        again = await repo.claim_due(session, now=lease, lease_until=lease + timedelta(minutes=2), limit=10)
    assert [row.attempts for row in again] == [2]


async def test_rows_not_yet_due_are_left_alone(session_factory):
    """Only rows whose due instant has come are claimed."""
    await add_users(session_factory, 2)
    async with session_factory() as session:
        await repo.set_due(session, user_id=1, kind="checkin", due_at=NOW)
        await repo.set_due(session, user_id=2, kind="checkin", due_at=NOW + timedelta(seconds=1))
        claimed = await repo.claim_due(session, now=NOW, lease_until=NOW + timedelta(minutes=2), limit=10)
    assert [row.user_id for row in claimed] == [1]


async def test_two_concurrent_claimers_never_get_the_same_row(database_url):
    """Two engines claiming from one database at once split 300 due rows with no overlap."""
    engines = [create_engine(database_url), create_engine(database_url)]
    await migrate(engines[0])
    factories = [create_session_factory(engine) for engine in engines]
    await add_users(factories[0], 300)
    async with factories[0]() as session:
        for user_id in range(1, 301):
            await repo.set_due(session, user_id=user_id, kind="checkin", due_at=NOW)

    async def claim_all(sessions) -> list[int]:
        got = []
        while True:
            async with sessions() as session:
                rows = await repo.claim_due(session, now=NOW, lease_until=NOW + timedelta(minutes=5), limit=7)
            if not rows:
                return got
            got.extend(row.id for row in rows)
            await asyncio.sleep(0)

    first, second = await asyncio.gather(claim_all(factories[0]), claim_all(factories[1]))
    for engine in engines:
        await engine.dispose()
    assert set(first).isdisjoint(second)
    assert sorted(first + second) == sorted(set(first + second)) and len(first) + len(second) == 300
    assert first and second  # both really took part


async def test_deleting_a_user_removes_their_rows(session_factory):
    """delete_user leaves no check-in or due row for that user."""
    await add_users(session_factory, 2)
    async with session_factory() as session:
        for user_id in (1, 2):
            await repo.get_or_create_checkin(
                session, user_id=user_id, local_date=date(2026, 11, 23), now=NOW, closes_at=NOW
            )
            await repo.set_due(session, user_id=user_id, kind="checkin", due_at=NOW)
        await repo.delete_user(session, user_id=1)
        assert await repo.get_user(session, user_id=1) is None
        assert await repo.get_checkin_for_date(session, user_id=1, local_date=date(2026, 11, 23)) is None
        assert await repo.get_due(session, user_id=1, kind="checkin") is None
        assert await repo.get_due(session, user_id=2, kind="checkin") is not None
