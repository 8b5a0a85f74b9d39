"""The one Settings class: every operator setting, read from the environment or `.env`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A BotFather token is "<bot id>:<secret>"; the secret part is 35 characters today, but a looser
# check keeps self-hosted Bot API servers and test tokens working.
TOKEN_PATTERN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{20,}$")
# A Fernet key is 32 bytes in URL-safe base64: 44 characters ending in "=".
# Telegram's secret_token: 1–256 characters of A–Z, a–z, 0–9, _ and -.
WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
FERNET_KEY = re.compile(r"^[A-Za-z0-9_-]{43}=$")

# How to fix each setting, shown in the one-line start-up error.
FIX_HINTS = {
    "bot_token": "get one from @BotFather and set BOT_TOKEN=123456:ABC... in .env (see .env.example)",
    "bot_api_url": "use an http(s) URL such as https://api.telegram.org/bot",
    "database_url": "use an SQLAlchemy async URL such as sqlite+aiosqlite:///data/earned-security.db",
    "admin_ids": "use comma-separated Telegram user ids, e.g. ADMIN_IDS=12345,67890",
    "log_level": "use one of DEBUG, INFO, WARNING, ERROR",
    "log_format": "use text or json",
    "data_key": "create one with `python -m bot keygen`",
    "old_data_keys": "use comma-separated keys from `python -m bot keygen`",
    "send_rate_per_second": "use a number above 0 and at most 1000 (above 30 only with PAID_BROADCAST=true)",
    "paid_broadcast": "use true or false",
    "web_app_url": "use the page's public https:// address, e.g. https://bot.example.org/app/",
}


class Settings(BaseSettings):
    """Operator settings; built once in main() and passed down, never read at import."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr
    bot_api_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite+aiosqlite:///data/earned-security.db"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8080
    # The Mini App's public HTTPS address; unset, there is no Mini App and /progress works as before.
    # In webhook mode it is served on the webhook's port, in polling mode on WEB_APP_LISTEN:WEB_APP_PORT.
    web_app_url: str | None = None
    web_app_listen: str = "0.0.0.0"
    web_app_port: int = Field(default=8081, ge=0, le=65535)
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    # Fernet key for free text at rest (python -m bot keygen); older keys still decrypt during rotation.
    data_key: SecretStr | None = None
    old_data_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    log_level: str = "INFO"
    # "text" for people, "json" (one object per line) for log collectors.
    log_format: Literal["text", "json"] = "text"
    # How often the scheduler looks for due messages; a check-in goes out within this (+ sending).
    tick_seconds: float = Field(default=20.0, gt=0)
    # How long a claimed due row stays with one process before another may take it over.
    claim_lease_seconds: int = Field(default=120, gt=0)
    # Rows claimed per tick, and how many of them are sent at once (pacing still applies).
    claim_batch_size: int = Field(default=500, gt=0)
    send_concurrency: int = Field(default=16, gt=0)
    # How long an update taken from the webhook inbox stays with one process before another may
    # handle it (a process killed mid-update); longer than any handler takes.
    inbox_lease_seconds: int = Field(default=60, gt=0)
    # The send budget of all processes together: Telegram allows about 30 messages per second for
    # one bot, and up to 1,000 for scheduled sends marked allow_paid_broadcast (PAID_BROADCAST).
    send_rate_per_second: float = Field(default=30.0, gt=0, le=1000)
    # Mark scheduled sends allow_paid_broadcast (0.1 Telegram Star each, paid from the bot's balance).
    paid_broadcast: bool = False
    send_max_retries: int = Field(default=5, ge=0)
    # Seconds to wait for Telegram's answer to a call. Telegram usually answers within a second but
    # takes several on a bad day; past this the outcome of a send is unknown and it is not repeated.
    telegram_read_timeout: float = Field(default=15.0, gt=0)

    @field_validator("bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr) -> SecretStr:
        if not TOKEN_PATTERN.match(value.get_secret_value().strip()):
            raise ValueError("does not look like a bot token")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("bot_api_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("is not an http(s) URL")
        return value

    @field_validator("web_app_url", mode="before")
    @classmethod
    def _web_app_url_shape(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():
            return None
        # Telegram opens Mini Apps over HTTPS only.
        if isinstance(value, str) and not re.match(r"^https://[^\s/]+", value.strip()):
            raise ValueError("is not an https:// URL")
        return value.strip() if isinstance(value, str) else value

    @field_validator("database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        if not re.match(r"^(sqlite\+aiosqlite|postgresql\+asyncpg)://", value):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("data_key", mode="before")
    @classmethod
    def _blank_key_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("data_key", "old_data_keys")
    @classmethod
    def _fernet_keys(cls, value):
        keys = value if isinstance(value, list) else [value]
        for key in keys:
            if key is not None and not FERNET_KEY.match(key.get_secret_value().strip()):
                raise ValueError("is not a Fernet key")
        return value

    @field_validator("old_data_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("is not a log level")
        return level

    @model_validator(mode="after")
    def _webhook_needs_a_secret(self) -> Settings:
        if self.webhook_url and not (
            self.webhook_secret and WEBHOOK_SECRET.match(self.webhook_secret.get_secret_value())
        ):
            raise ValueError("WEBHOOK_SECRET must be set with WEBHOOK_URL")
        return self

    def data_keys(self) -> tuple[str | None, list[str]]:
        """The current key (None in development mode) and the older keys, as plain strings."""
        current = self.data_key.get_secret_value().strip() if self.data_key else None
        return current, [key.get_secret_value().strip() for key in self.old_data_keys]

    def sqlite_path(self) -> Path | None:
        """The database file when the URL names a SQLite file, else None."""
        prefix = "sqlite+aiosqlite:///"
        if not self.database_url.startswith(prefix):
            return None
        path = self.database_url[len(prefix) :].split("?", 1)[0]
        if not path or path == ":memory:":
            return None
        return Path(path)


def describe_settings_error(error: ValidationError) -> str:
    """One line naming the first bad variable and how to fix it (never its value)."""
    first = error.errors()[0]
    if not first["loc"] and "WEBHOOK_SECRET" in first["msg"]:
        return "Configuration error: WEBHOOK_SECRET is missing or malformed; with WEBHOOK_URL set, use 1-256 letters, digits, _ or -."
    field = str(first["loc"][0]) if first["loc"] else "settings"
    variable = field.upper()
    problem = "is missing" if first["type"] == "missing" else "is malformed"
    hint = FIX_HINTS.get(field, "see .env.example")
    return f"Configuration error: {variable} {problem}; {hint}."
