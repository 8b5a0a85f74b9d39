"""Fresh databases (a SQLite file or a new PostgreSQL database) and fast bulk seeding of users, due rows and history."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from sqlalchemy import Table
from sqlalchemy.ext.asyncio import create_async_engine

PROJECT = Path(__file__).resolve().parent.parent
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))

from scheduler import due  # noqa: E402
from storage.db import create_engine  # noqa: E402
from storage.models import CheckIn, DueMessage, User  # noqa: E402
from storage.schema import migrate  # noqa: E402
from tests.test_processes import midday_zone  # noqa: E402

# The same server the test suite's PostgreSQL leg uses (Makefile: LOCAL_POSTGRES).
LOCAL_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
PATTERN = "Checking my phone again and again when my partner is out"
SECURE_ALTERNATIVE = "Put the phone in the hall and text once"
CHOICES = ("secure", "secure", "both", "old")
# Rows handed to the driver per call: large enough to amortise, small enough to keep memory flat.
CHUNK_ROWS = 50_000


def postgres_server_url() -> str:
    """The PostgreSQL server to create benchmark databases on (TEST_POSTGRES_URL, else the local one)."""
    return os.environ.get("TEST_POSTGRES_URL") or LOCAL_POSTGRES


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def postgres_version() -> str | None:
    """The server's version string, or None when no PostgreSQL server answers."""
    try:
        connection = await asyncpg.connect(_plain(postgres_server_url()), timeout=3)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return None
    try:
        return await connection.fetchval("SHOW server_version")
    finally:
        await connection.close()


@contextlib.asynccontextmanager
async def fresh_database(engine: str, scratch: Path) -> AsyncIterator[str]:
    """A new, empty database URL: a SQLite file under `scratch`, or a PostgreSQL database dropped afterwards."""
    name = f"es_bench_{uuid.uuid4().hex[:12]}"
    if engine == "sqlite":
        path = scratch / f"{name}.db"
        try:
            yield f"sqlite+aiosqlite:///{path}"
        finally:
            for leftover in scratch.glob(f"{name}.db*"):
                leftover.unlink()
        return
    server = postgres_server_url()
    admin = await asyncpg.connect(_plain(server))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    try:
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        admin = await asyncpg.connect(_plain(server))
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await admin.close()


async def create_schema(url: str) -> None:
    """The project's schema, through its own migrations."""
    engine = create_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


class BulkWriter:
    """Writes many rows of one table straight through the driver: executemany in one transaction
    on SQLite, binary COPY on PostgreSQL. Values are encoded by the columns' own SQLAlchemy types,
    so what lands in the database is exactly what the ORM would have written."""

    def __init__(self, url: str, table: Table) -> None:
        self.url = url
        self.table = table
        # Serial ids are left to the database, so its sequence stays ahead of the rows.
        self.columns = [column for column in table.columns if column is not table.autoincrement_column]
        self.names = [column.name for column in self.columns]
        engine = create_async_engine(url)
        self._dialect = engine.dialect
        # dialect_impl: generic types (Date, Time, DateTime) only know their storage form per dialect.
        self._encoders = [
            column.type.dialect_impl(self._dialect).bind_processor(self._dialect) for column in self.columns
        ]
        self._defaults = [
            column.default.arg if column.default is not None and column.default.is_scalar else None
            for column in self.columns
        ]
        self._engine = engine

    def encode(self, **values: Any) -> tuple:
        """One row as database values, in `self.names` order; missing columns take their defaults."""
        unknown = set(values) - set(self.names)
        if unknown:
            raise KeyError(f"{self.table.name} has no column {sorted(unknown)}")
        row = []
        for name, encoder, default in zip(self.names, self._encoders, self._defaults):
            value = values.get(name, default)
            row.append(encoder(value) if encoder is not None and value is not None else value)
        return tuple(row)

    async def write(self, rows: Iterable[tuple]) -> int:
        """Insert encoded rows; returns how many."""
        written = 0
        if self._dialect.name == "sqlite":
            path = self.url.split(":///", 1)[1]
            connection = sqlite3.connect(path)
            try:
                # Seeding is not what is measured: skip the fsyncs, keep one transaction.
                connection.execute("PRAGMA synchronous=OFF")
                placeholders = ", ".join("?" for _ in self.names)
                statement = f"INSERT INTO {self.table.name} ({', '.join(self.names)}) VALUES ({placeholders})"
                for chunk in _chunks(rows):
                    connection.executemany(statement, chunk)
                    written += len(chunk)
                connection.commit()
            finally:
                connection.close()
        else:
            connection = await asyncpg.connect(_plain(self.url))
            try:
                async with connection.transaction():
                    for chunk in _chunks(rows):
                        await connection.copy_records_to_table(
                            self.table.name, records=chunk, columns=self.names
                        )
                        written += len(chunk)
                await connection.execute(f"ANALYZE {self.table.name}")
            finally:
                await connection.close()
        return written

    async def close(self) -> None:
        await self._engine.dispose()


def _chunks(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK_ROWS:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True)
class Seeded:
    """What a seeding produced, for the benchmark that uses it."""

    now: datetime
    zone: str
    users: int
    due_now: int
    checkins: int = 0


async def _write_users(url: str, user_ids: range, now: datetime, zone: str, checkin_time: time) -> None:
    writer = BulkWriter(url, User.__table__)
    try:
        # Every user shares one encoded row apart from the id: encryption and encoding happen once.
        template = writer.encode(
            id=0,
            created_at=now - timedelta(days=400),
            adult_confirmed_at=now,
            partner_feels_unsafe=False,
            direction="anxious",
            pattern=PATTERN,
            secure_alternative=SECURE_ALTERNATIVE,
            time_zone=zone,
            checkin_time=checkin_time,
            onboarded_at=now - timedelta(days=400),
        )
        await writer.write((user_id, *template[1:]) for user_id in user_ids)
    finally:
        await writer.close()


async def _write_due(url: str, due_times: Iterable[tuple[int, datetime]]) -> None:
    writer = BulkWriter(url, DueMessage.__table__)
    try:
        user_index = writer.names.index("user_id")
        due_index = writer.names.index("due_at")
        encoded_times: dict[datetime, Any] = {}
        template = list(writer.encode(user_id=0, kind="checkin", due_at=datetime(2000, 1, 1, tzinfo=UTC)))

        def rows() -> Iterator[tuple]:
            for user_id, due_at in due_times:
                if due_at not in encoded_times:
                    encoded_times[due_at] = writer.encode(user_id=0, kind="checkin", due_at=due_at)[due_index]
                template[user_index], template[due_index] = user_id, encoded_times[due_at]
                yield tuple(template)

        await writer.write(rows())
    finally:
        await writer.close()


async def seed_due_checkins(url: str, count: int) -> Seeded:
    """`count` onboarded users whose check-in fell due a minute ago, in a zone where it is midday
    (as tests/test_processes.py seeds them), so every check-in is still meaningful when sent."""
    await create_schema(url)
    now = datetime.now(UTC)
    zone = midday_zone(now)
    due_at = now - timedelta(minutes=1)
    local = due_at.astimezone(ZoneInfo(zone))
    await _write_users(url, range(1, count + 1), now, zone, local.time().replace(second=0, microsecond=0))
    await _write_due(url, ((user_id, due_at) for user_id in range(1, count + 1)))
    return Seeded(now=now, zone=zone, users=count, due_now=count)


async def seed_population(
    url: str, *, users: int, with_history: int, history_days: int, due_now: int
) -> Seeded:
    """`users` onboarded users, the first `with_history` of them with a check-in every day for
    `history_days` days (mixed answers); one due check-in row per user, `due_now` of them due now
    and the rest spread over the next 24 hours."""
    await create_schema(url)
    now = datetime.now(UTC).replace(microsecond=0)
    zone = "Europe/Berlin"
    zone_info = ZoneInfo(zone)
    await _write_users(url, range(1, users + 1), now, zone, time(21, 0))

    def due_times() -> Iterator[tuple[int, datetime]]:
        for user_id in range(1, users + 1):
            if user_id <= due_now:
                yield user_id, now - timedelta(minutes=1)
            else:
                yield user_id, now + timedelta(minutes=1 + user_id % 1440)

    await _write_due(url, due_times())
    checkins = 0
    if with_history:
        writer = BulkWriter(url, CheckIn.__table__)
        try:
            today = due.practice_date(now, zone_info)
            variants = []
            # One encoded row per (day, answer); users only differ by id, so encoding stays cheap.
            for back in range(history_days, 0, -1):
                local_date = today - timedelta(days=back)
                sent_at = due.due_instant(local_date, time(21, 0), zone_info)
                per_day = []
                for choice in (*CHOICES, None):
                    per_day.append(
                        writer.encode(
                            user_id=0,
                            local_date=local_date,
                            stage="note" if choice else "done",
                            activated="yes" if choice else "no",
                            choice=choice,
                            intensity=3 if choice else None,
                            message_id=back,
                            created_at=sent_at,
                            sent_at=sent_at,
                            answered_at=sent_at + timedelta(minutes=5),
                            closes_at=due.closes_at(local_date, zone_info),
                        )
                    )
                variants.append(per_day)
            user_index = writer.names.index("user_id")

            def rows() -> Iterator[tuple]:
                for user_id in range(1, with_history + 1):
                    for day_index, per_day in enumerate(variants):
                        row = list(per_day[(user_id * 7 + day_index * 3) % len(per_day)])
                        row[user_index] = user_id
                        yield tuple(row)

            checkins = await writer.write(rows())
        finally:
            await writer.close()
    await settle(url)
    return Seeded(now=now, zone=zone, users=users, due_now=due_now, checkins=checkins)


async def settle(url: str) -> None:
    """Let a freshly bulk-loaded database reach its steady state before anything is timed: on PostgreSQL
    vacuum, analyze and checkpoint (otherwise autovacuum and the checkpointer work through the load while
    the measurements run); on SQLite move the write-ahead log into the database file."""
    if url.startswith("sqlite"):
        connection = sqlite3.connect(url.split(":///", 1)[1])
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
        return
    connection = await asyncpg.connect(_plain(url))
    try:
        await connection.execute("VACUUM ANALYZE")
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()


def practice_day(now: datetime, zone: str) -> date:
    """Today's practice date in `zone`."""
    return due.practice_date(now, ZoneInfo(zone))
