"""Settings: defaults, validation, and the one-line start-up error with exit status 2."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings, describe_settings_error

PROJECT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-token-for-the-fake-server"


def run_bot(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in {"BOT_TOKEN", "BOT_API_URL", "DATABASE_URL"}
    }
    clean["PYTHONPATH"] = str(PROJECT)
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_defaults_match_the_design():
    """Only the token is required; the API URL and SQLite database have sensible defaults."""
    settings = Settings(_env_file=None, bot_token=TOKEN)
    assert settings.bot_api_url == "https://api.telegram.org/bot"
    assert settings.database_url == "sqlite+aiosqlite:///data/earned-security.db"
    assert settings.tick_seconds == 20
    assert settings.sqlite_path() == Path("data/earned-security.db")


def test_token_never_appears_in_repr():
    """The token is a secret: it is not shown when settings are printed."""
    settings = Settings(_env_file=None, bot_token=TOKEN)
    assert TOKEN not in repr(settings) and TOKEN not in str(settings)


def test_admin_ids_are_read_from_a_comma_separated_list():
    """ADMIN_IDS=1, 2 becomes [1, 2]."""
    assert Settings(_env_file=None, bot_token=TOKEN, admin_ids="1, 2").admin_ids == [1, 2]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, "BOT_TOKEN is missing"),
        ({"bot_token": "not-a-token"}, "BOT_TOKEN is malformed"),
        ({"bot_token": TOKEN, "bot_api_url": "ftp://x"}, "BOT_API_URL is malformed"),
        ({"bot_token": TOKEN, "database_url": "mysql://x"}, "DATABASE_URL is malformed"),
    ],
)
def test_errors_name_the_variable(values, expected):
    """A bad setting is described in one line naming the variable and how to fix it."""
    with pytest.raises(ValidationError) as raised:
        Settings(_env_file=None, **values)
    line = describe_settings_error(raised.value)
    assert expected in line and "\n" not in line


def test_missing_token_stops_start_up_with_exit_2_and_no_traceback(tmp_path):
    """`python -m bot` without BOT_TOKEN prints one line and exits with status 2."""
    result = run_bot({}, tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "BOT_TOKEN is missing" in result.stderr and "Traceback" not in result.stderr


def test_malformed_url_stops_start_up_without_echoing_the_token(tmp_path):
    """A malformed BOT_API_URL names the variable, exits 2, and never prints the token."""
    result = run_bot({"BOT_TOKEN": TOKEN, "BOT_API_URL": "not a url"}, tmp_path)
    assert result.returncode == 2
    assert "BOT_API_URL is malformed" in result.stderr
    assert TOKEN not in result.stderr + result.stdout
