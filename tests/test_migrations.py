"""Schema migrations: an empty database upgrades to head on both engines and matches the models."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from storage.db import create_engine
from storage.schema import SchemaOutOfDate, current_revision, head_revision, migrate, prepare_schema

PROJECT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-token-for-the-fake-server"


async def test_empty_database_upgrades_to_head_and_matches_the_models(database_url):
    """Upgrading an empty database gives the head revision and no difference from the models."""
    engine = create_engine(database_url)
    try:
        await migrate(engine)
        assert await current_revision(engine) == head_revision()
        async with engine.connect() as connection:
            differences = await connection.run_sync(
                lambda sync: compare_metadata(
                    MigrationContext.configure(sync, opts={"compare_type": True}), SQLModel.metadata
                )
            )
        assert differences == []
    finally:
        await engine.dispose()


async def test_prepare_creates_an_empty_database_and_refuses_an_old_one(database_url):
    """An empty database is created at head; one at an older revision is refused."""
    engine = create_engine(database_url)
    try:
        await prepare_schema(engine)
        await prepare_schema(engine)  # at head: nothing to do
        async with engine.begin() as connection:
            await connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
        with pytest.raises(SchemaOutOfDate):
            await prepare_schema(engine)
    finally:
        await engine.dispose()


def run_bot(args: list[str], database_url: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(PROJECT), "BOT_TOKEN": TOKEN, "DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_bot_refuses_an_old_schema_and_migrate_upgrades_it(tmp_path):
    """`python -m bot` on an outdated database exits 2 with one line; `python -m bot migrate` fixes it."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    assert run_bot(["migrate"], url, tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(tmp_path / "old.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0000'")
    refused = run_bot([], url, tmp_path)
    assert refused.returncode == 2 and "python -m bot migrate" in refused.stderr
    assert refused.stderr.strip().count("\n") == 0 and "Traceback" not in refused.stderr
    with sqlite3.connect(tmp_path / "old.db") as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (head_revision(),))
    assert "up to date" in run_bot(["migrate"], url, tmp_path).stdout
