"""Logging set-up: levels, capped library loggers, and redaction that keeps the token out of every line."""

from __future__ import annotations

import json
import logging

# Loggers of the project's own packages: the only ones allowed below WARNING. Libraries log
# request parameters (PTB: every Bot API call and update; httpx: URLs holding the token;
# SQLAlchemy and aiosqlite: statements with their parameters), so they are capped at WARNING
# whatever LOG_LEVEL says.
OWN_LOGGERS = ("bot", "handlers", "scheduler", "storage", "__main__")
CAPPED_LOGGERS = (
    "telegram",
    "httpx",
    "httpcore",
    "hpack",
    "h11",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "apscheduler",
    "alembic",
    "aiohttp",
    "asyncio",
    "matplotlib",
    "PIL",
)


class RedactToken(logging.Filter):
    """Replaces the bot token wherever it would appear in a log line's message."""

    def __init__(self, token: str):
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._token and self._token in message:
            record.msg = message.replace(self._token, "<token>")
            record.args = None
        return True


class OwnDetailOnly(logging.Filter):
    """Lets only the project's own loggers through below WARNING, so no library detail is shown."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        return record.name.split(".", 1)[0] in OWN_LOGGERS


class JsonLines(logging.Formatter):
    """One JSON object per line, for log collectors: time, level, logger, event, and error type."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "at": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
        }
        if record.exc_info and record.exc_info[0] is not None:
            entry["error"] = record.exc_info[0].__name__
        return json.dumps(entry, ensure_ascii=False)


class Redacting(logging.Formatter):
    """Formats with another formatter, then removes the token from the whole text (tracebacks too)."""

    def __init__(self, inner: logging.Formatter, token: str):
        super().__init__()
        self._inner = inner
        self._token = token

    def format(self, record: logging.LogRecord) -> str:
        formatted = self._inner.format(record)
        return formatted.replace(self._token, "<token>") if self._token else formatted


def configure_logging(level: str, token: str, log_format: str = "text") -> logging.Handler:
    """Log the project's own events at `level`; libraries only from WARNING; the token never."""
    handler = logging.StreamHandler()
    inner = (
        JsonLines()
        if log_format == "json"
        else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    handler.setFormatter(Redacting(inner, token))
    handler.addFilter(RedactToken(token))
    handler.addFilter(OwnDetailOnly())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    for library in CAPPED_LOGGERS:
        logging.getLogger(library).setLevel(max(logging.WARNING, logging.getLevelName(level)))
    return handler
