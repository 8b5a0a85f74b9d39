"""The async engine and session factory, with the per-engine settings each database needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import models  # noqa: F401  (registers the tables on SQLModel.metadata)

SessionFactory = async_sessionmaker[AsyncSession]


def create_engine(database_url: str, *, sqlite_path: Path | None = None, pool_size: int = 5) -> AsyncEngine:
    """An engine for the URL; a SQLite file's folder is created, and SQLite is set up for concurrency."""
    if sqlite_path is not None:
        sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    is_sqlite = database_url.startswith("sqlite")
    engine = create_async_engine(
        database_url,
        # A lock held by another process (a one-off command beside the bot) is waited for, not failed on.
        connect_args={"timeout": 30} if is_sqlite else {},
        pool_pre_ping=not is_sqlite,
        # SQLite takes one writer at a time. With several connections, a writer that finds the lock
        # taken sleeps in SQLite's busy handler (1, 2, 5 … 100 ms) and loses to newcomers, so under a
        # burst of taps the waits pile up into seconds. One connection makes sessions queue in order
        # instead; that is safe because no session is held across a Telegram call (the tests check).
        pool_size=1 if is_sqlite else pool_size,
        max_overflow=0 if is_sqlite else 10,
        # A failed statement's error would otherwise carry its parameters (notes, patterns) into logs.
        hide_parameters=True,
    )
    if is_sqlite:

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            # WAL lets readers proceed while one writer claims rows; foreign keys make deletes cascade.
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

    return engine


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Sessions whose loaded rows stay readable after commit."""
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)
