"""Free text at rest: encrypted with DATA_KEY, readable only to show or export it, rotatable, loud when off."""

import json
import logging
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cryptography.fernet import Fernet
from sqlalchemy import text

from storage import crypto, repo
from tests.conftest import USER, onboard, start_harness, stop_harness

PROJECT = Path(__file__).resolve().parent.parent
KEY_A, KEY_B = Fernet.generate_key().decode(), Fernet.generate_key().decode()
NOTE = "he was late again and I checked his location"


async def raw_values(h, sql: str) -> list[str]:
    async with h.services.sessions() as session:
        return [row[0] for row in (await session.exec(text(sql))).all()]


async def test_notes_and_patterns_are_encrypted_at_rest(fake, clock, database_url):
    """With DATA_KEY the database holds ciphertext; the user still sees and exports their own words."""
    h = await start_harness(fake, clock, database_url, [], data_key=KEY_A)
    try:
        await onboard(h)
        await h.command(USER, "/checkin")
        await h.tap(USER, "No")
        await h.say(USER, NOTE)
        [stored_note] = await raw_values(h, "SELECT note FROM checkins")
        [stored_pattern] = await raw_values(h, "SELECT pattern FROM users")
        assert stored_note.startswith("fernet:") and "location" not in stored_note
        assert stored_pattern.startswith("fernet:") and "phone" not in stored_pattern
        assert NOTE in h.last_message(USER).text or NOTE in " ".join(
            m.text for m in h.fake.messages[USER].values()
        )
        await h.command(USER, "/export")
        exported = json.loads(next(iter(h.fake.calls_to("sendDocument")[0].files.values())))
        assert exported["checkins"][0]["note"] == NOTE
    finally:
        await stop_harness(h)
        crypto.use_keys(None)
    assert not h.handler_errors


async def test_without_a_key_the_bot_warns_loudly(fake, clock, database_url, caplog):
    """Starting without DATA_KEY logs a warning that text is stored unencrypted."""
    with caplog.at_level(logging.WARNING):
        h = await start_harness(fake, clock, database_url, [])
    await stop_harness(h)
    assert any("UNENCRYPTED" in record.getMessage() for record in caplog.records)


async def test_rotation_reencrypts_every_row_under_the_new_key(session_factory):
    """After rotating from key A to key B, every stored text opens with B alone."""
    crypto.use_keys(KEY_A)
    try:
        async with session_factory() as session:
            user = await repo.get_or_create_user(session, user_id=USER, now=datetime.now(UTC))
            user.pattern, user.secure_alternative = "going quiet", "say one sentence"
            await repo.save(session, user)
        crypto.use_keys(KEY_B, [KEY_A])
        async with session_factory() as session:
            assert await repo.reencrypt_free_text(session) == 1
        crypto.use_keys(KEY_B)
        async with session_factory() as session:
            user = await repo.get_user(session, user_id=USER)
            assert (user.pattern, user.secure_alternative) == ("going quiet", "say one sentence")
        crypto.use_keys(KEY_A)
        async with session_factory() as session:
            raised = None
            try:
                await repo.get_user(session, user_id=USER)
            except crypto.MissingKey as error:
                raised = error
            assert raised is not None
    finally:
        crypto.use_keys(None)


def test_keygen_prints_a_usable_key(tmp_path):
    """`python -m bot keygen` prints one Fernet key."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "keygen"],
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    Fernet(result.stdout.strip())  # raises if it is not a key


def test_rotate_key_command(tmp_path):
    """`python -m bot rotate-key` with the new key and the old one re-encrypts a database file."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT),
        "BOT_TOKEN": "123456:TEST-token-for-the-fake-server",
        "DATABASE_URL": url,
    }
    subprocess.run(
        [sys.executable, "-m", "bot", "migrate"], env=env, cwd=tmp_path, check=True, capture_output=True
    )
    token = "fernet:" + Fernet(KEY_A).encrypt(b"old words").decode()
    with sqlite3.connect(tmp_path / "bot.db") as connection:
        connection.execute(
            "INSERT INTO users (id, created_at, pattern, recap_weekday, recap_time, quiet) VALUES (1, '2026-01-01 00:00:00', ?, 6, '19:00:00', 0)",
            (token,),
        )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "rotate-key"],
        env={**env, "DATA_KEY": KEY_B, "OLD_DATA_KEYS": KEY_A},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "bot.db") as connection:
        [stored] = connection.execute("SELECT pattern FROM users").fetchone()
    assert Fernet(KEY_B).decrypt(stored.removeprefix("fernet:").encode()) == b"old words"
