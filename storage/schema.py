"""The database schema's version: migrate to the newest, or refuse to run on an older one."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class SchemaOutOfDate(Exception):
    """The database holds an older schema than this code expects."""


def _config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration this code ships."""
    return ScriptDirectory.from_config(_config()).get_current_head()


async def current_revision(engine: AsyncEngine) -> str | None:
    """The migration the database is at, or None for a database never migrated."""
    async with engine.connect() as connection:
        return await connection.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())


async def migrate(engine: AsyncEngine) -> None:
    """Upgrade the database to the newest schema."""
    async with engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(_config(sync), "head"))


async def prepare_schema(engine: AsyncEngine) -> None:
    """Create the schema in an empty database; refuse an existing one that is not up to date."""
    revision = await current_revision(engine)
    if revision == head_revision():
        return
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda sync: inspect(sync).get_table_names())
    if revision is None and not tables:
        await migrate(engine)
        return
    raise SchemaOutOfDate(
        f"the database schema is at {revision or 'an unversioned state'}, this code needs {head_revision()}"
    )
