"""DATA_KEY: checked at start-up (a wrong key stops with one line, data untouched); safety never needs it."""

import asyncio
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cryptography.fernet import Fernet
from sqlalchemy import text

from storage import crypto, keys, repo
from storage.db import create_engine, create_session_factory
from storage.schema import migrate
from tests.conftest import USER, onboard, start_harness, stop_harness
from tests.fakebot import FakeBotApi

PROJECT = Path(__file__).resolve().parent.parent
KEY_A, KEY_B = Fernet.generate_key().decode(), Fernet.generate_key().decode()


async def database_with_a_user(path: Path, key: str | None) -> str:
    """A migrated SQLite file with one user whose pattern was stored (and the key check written) under `key`."""
    url = f"sqlite+aiosqlite:///{path}"
    engine = create_engine(url)
    crypto.use_keys(key)
    try:
        await migrate(engine)
        async with create_session_factory(engine)() as session:
            assert await keys.key_problem(session, now=datetime.now(UTC)) is None
            user = await repo.get_or_create_user(session, user_id=USER, now=datetime.now(UTC))
            user.pattern = "going quiet"
            await repo.save(session, user)
    finally:
        crypto.use_keys(None)
        await engine.dispose()
    return url


async def raw_pattern(url: str) -> str:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return (await connection.execute(text("SELECT pattern FROM users"))).scalar_one()
    finally:
        await engine.dispose()


async def run_bot(fake: FakeBotApi, url: str, cwd: Path, *args: str, until_running: bool = False, **env: str):
    """`python -m bot …`; with until_running, waits for start-up to finish, then stops it with SIGINT."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env={
            **{k: v for k, v in os.environ.items() if k not in {"DATA_KEY", "OLD_DATA_KEYS"}},
            "PYTHONPATH": str(PROJECT),
            "BOT_TOKEN": fake.token,
            "BOT_API_URL": fake.base_url,
            "DATABASE_URL": url,
            **env,
        },
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if until_running:
        await fake.wait_for("getUpdates", timeout=30)
        process.send_signal(signal.SIGINT)
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, (stdout + stderr).decode()


async def test_wrong_key_stops_start_up_and_the_right_key_then_starts_with_rows_intact(tmp_path):
    """Another valid key: one line naming DATA_KEY, exit 2, row untouched; the right key starts normally."""
    url = await database_with_a_user(tmp_path / "bot.db", KEY_A)
    before = await raw_pattern(url)
    async with FakeBotApi() as fake:
        status, output = await run_bot(fake, url, tmp_path, DATA_KEY=KEY_B)
        assert status == 2 and output.strip().count("\n") == 0
        assert "DATA_KEY" in output and "Traceback" not in output and KEY_B not in output
        assert fake.calls_to("getUpdates") == []  # stopped before polling
        assert await raw_pattern(url) == before
        status, output = await run_bot(fake, url, tmp_path, until_running=True, DATA_KEY=KEY_A)
    assert status == 0, output
    assert await raw_pattern(url) == before
    assert Fernet(KEY_A).decrypt(before.removeprefix("fernet:").encode()) == b"going quiet"


async def test_missing_key_for_encrypted_data_stops_start_up(tmp_path):
    """No DATA_KEY while the stored text is encrypted: one line naming DATA_KEY, exit 2."""
    url = await database_with_a_user(tmp_path / "bot.db", KEY_A)
    async with FakeBotApi() as fake:
        status, output = await run_bot(fake, url, tmp_path)
    assert status == 2 and "DATA_KEY is missing" in output and output.strip().count("\n") == 0


async def test_rotate_key_refuses_while_a_bot_process_holds_the_database(tmp_path):
    """rotate-key exits 2 without touching a row while a bot process ticks; once it stops, rotation runs."""
    url = await database_with_a_user(tmp_path / "bot.db", KEY_A)
    before = await raw_pattern(url)
    engine = create_engine(url)
    sessions = create_session_factory(engine)
    async with sessions() as session:
        await keys.mark_alive(session, process_id="p1", now=datetime.now(UTC))
    rotate = {"DATA_KEY": KEY_B, "OLD_DATA_KEYS": KEY_A}
    async with FakeBotApi() as fake:
        status, output = await run_bot(fake, url, tmp_path, "rotate-key", **rotate)
        assert status == 2 and "stop them" in output and await raw_pattern(url) == before
        async with sessions() as session:
            await keys.mark_stopped(session, process_id="p1")
        await engine.dispose()
        status, output = await run_bot(fake, url, tmp_path, "rotate-key", **rotate)
        assert status == 0, output
        after = await raw_pattern(url)
        assert Fernet(KEY_B).decrypt(after.removeprefix("fernet:").encode()) == b"going quiet"
        # The check value moved with the rotation: the new key alone now starts the bot.
        status, output = await run_bot(fake, url, tmp_path, until_running=True, DATA_KEY=KEY_B)
    assert status == 0, output


async def test_sos_crisis_and_delete_answer_while_rows_are_under_another_key(fake, clock, database_url):
    """Rows re-encrypted under a key the running bot lacks (a rotation under it): /sos, crisis text and /delete still work."""
    h = await start_harness(fake, clock, database_url, [], data_key=KEY_A)
    try:
        await onboard(h)
        foreign = "fernet:" + Fernet(KEY_B).encrypt(b"going quiet").decode()
        async with h.services.sessions() as session:
            await session.exec(
                text("UPDATE users SET pattern = :p, secure_alternative = :p").bindparams(p=foreign)
            )
            await session.commit()
        await h.command(USER, "/sos")
        assert "If you are in danger right now" in h.texts(USER)[-1]
        await h.say(USER, "I want to kill myself")
        assert "deserve support" in h.texts(USER)[-1]
        await h.say(USER, "he hits me and I'm scared of him")
        assert "switched off every practice that involves a partner" in h.texts(USER)[-1]
        await h.command(USER, "/delete")
        await h.tap(USER, "Yes, continue")
        await h.tap(USER, "Delete everything now")
        assert "Everything I held about you is gone" in h.last_message(USER).text
        async with h.services.sessions() as session:
            assert await repo.get_user_contact(session, user_id=USER) is None
    finally:
        await stop_harness(h)
        crypto.use_keys(None)
    assert not h.handler_errors


async def test_a_first_check_is_not_recorded_for_a_key_that_only_opens_old_data_through_older_keys(tmp_path):
    """Data under key A, started with B plus OLD_DATA_KEYS=A: it runs, but B alone is not yet recorded as the key."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    engine = create_engine(url)
    try:
        await migrate(engine)
        sessions = create_session_factory(engine)
        crypto.use_keys(KEY_A)
        async with sessions() as session:
            user = await repo.get_or_create_user(session, user_id=USER, now=datetime.now(UTC))
            user.pattern = "going quiet"
            await repo.save(session, user)
        crypto.use_keys(KEY_B, [KEY_A])
        async with sessions() as session:
            assert await keys.key_problem(session, now=datetime.now(UTC)) is None
        crypto.use_keys(KEY_B)
        async with sessions() as session:
            assert "DATA_KEY does not open" in await keys.key_problem(session, now=datetime.now(UTC))
    finally:
        crypto.use_keys(None)
        await engine.dispose()
