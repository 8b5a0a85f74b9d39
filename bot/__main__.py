"""`python -m bot`: run the bot (polling, or a webhook when configured); `migrate`, `keygen` and `screen` for operators."""

from __future__ import annotations

import asyncio
import sys

from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.config import Settings, describe_settings_error
from bot.content.loader import ContentError
from bot.logs import configure_logging

USAGE = "usage: python -m bot [run | migrate | keygen | rotate-key | screen [FILE]]"


def screen_lines(lines, out) -> None:
    """Write, for each input line, the crisis screen's verdict as one JSON object (input order kept)."""
    import json

    from bot.practice.screen import screen

    for line in lines:
        result = screen(line.rstrip("\r\n"))
        verdict = {
            "tier": result.tier.value,
            "categories": sorted(category.value for category in result.categories),
            "language": result.language,
        }
        out.write(json.dumps(verdict) + "\n")


TOKEN_REJECTED = (
    "Configuration error: BOT_TOKEN was rejected by Telegram (revoked or mistyped); "
    "get the current token from @BotFather."
)


async def _token_problem(settings: Settings) -> str | None:
    """Ask Telegram who the bot is; a one-line problem when the token is refused or the API unreachable."""
    from telegram import Bot

    bot = Bot(settings.bot_token.get_secret_value(), base_url=settings.bot_api_url)
    try:
        async with bot:  # initialize() calls getMe
            return None
    except InvalidToken:
        return TOKEN_REJECTED
    except NetworkError as error:
        return (
            f"Network error: cannot reach BOT_API_URL at start-up ({type(error).__name__}); "
            "check the URL and the network."
        )


async def _schema_ready(settings: Settings, *, upgrade: bool) -> str | None:
    """Upgrade the schema, or check it; returns a one-line problem, or None when all is well."""
    from storage.db import create_engine
    from storage.schema import SchemaOutOfDate, migrate, prepare_schema

    engine = create_engine(settings.database_url, sqlite_path=settings.sqlite_path())
    try:
        if upgrade:
            await migrate(engine)
        else:
            await prepare_schema(engine)
    except SchemaOutOfDate as error:
        return f"Database error: {error}; run `python -m bot migrate` first."
    except (OSError, SQLAlchemyError) as error:
        return f"Database error: cannot reach DATABASE_URL ({type(error).__name__}); check the URL and that the server runs."
    finally:
        await engine.dispose()
    return None


async def _key_problem(settings: Settings) -> str | None:
    """Check DATA_KEY against the stored check value; a one-line problem, or None."""
    from datetime import UTC, datetime

    from storage import crypto, keys
    from storage.db import create_engine, create_session_factory

    crypto.use_keys(*settings.data_keys())
    engine = create_engine(settings.database_url, sqlite_path=settings.sqlite_path())
    try:
        async with create_session_factory(engine)() as session:
            return await keys.key_problem(session, now=datetime.now(UTC))
    finally:
        await engine.dispose()


async def _rotate_key(settings: Settings) -> int:
    """Re-encrypt every stored free text under DATA_KEY (OLD_DATA_KEYS still open the old rows)."""
    from datetime import UTC, datetime

    from storage import crypto, keys, repo
    from storage.db import create_engine, create_session_factory

    current, older = settings.data_keys()
    if current is None:
        print(
            "Configuration error: DATA_KEY is missing; set the new key (and the old one in OLD_DATA_KEYS).",
            file=sys.stderr,
        )
        return 2
    crypto.use_keys(current, older)
    engine = create_engine(settings.database_url, sqlite_path=settings.sqlite_path())
    try:
        async with create_session_factory(engine)() as session:
            now = datetime.now(UTC)
            running = await keys.running_processes(
                session, now=now, window=keys.presence_window(settings.tick_seconds)
            )
            if running:
                # A running bot holds only the old key: rows rewritten under it would stop opening.
                print(
                    f"Key error: {running} bot process(es) use this database; stop them, rotate, "
                    "then start them with the new DATA_KEY.",
                    file=sys.stderr,
                )
                return 2
            rewritten = await repo.reencrypt_free_text(session)
            await keys.record_check_value(session, now=now)
    except crypto.MissingKey as error:
        print(f"Key error: {error}.", file=sys.stderr)
        return 2
    finally:
        await engine.dispose()
    print(f"Re-encrypted {rewritten} rows under the current DATA_KEY. OLD_DATA_KEYS can now be removed.")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the bot; a bad setting, content file or schema stops it with one line and exit status 2."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "run"
    if command not in ("run", "migrate", "keygen", "rotate-key", "screen"):
        print(USAGE, file=sys.stderr)
        return 2
    if command == "screen":
        # Needs no token, database or network: the screen is pure and offline.
        if len(args) > 2:
            print(USAGE, file=sys.stderr)
            return 2
        if len(args) == 2:
            try:
                with open(args[1], encoding="utf-8") as source:
                    screen_lines(source, sys.stdout)
            except OSError as error:
                print(f"Cannot read {args[1]}: {error.strerror}", file=sys.stderr)
                return 2
        else:
            screen_lines(sys.stdin, sys.stdout)
        return 0
    if command == "keygen":
        from storage.crypto import new_key

        print(new_key())
        return 0
    try:
        settings = Settings()
    except ValidationError as error:
        print(describe_settings_error(error), file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.bot_token.get_secret_value(), settings.log_format)
    problem = asyncio.run(_schema_ready(settings, upgrade=command == "migrate"))
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if command == "migrate":
        print("Database schema is up to date.")
        return 0
    if command == "rotate-key":
        return asyncio.run(_rotate_key(settings))

    problem = asyncio.run(_key_problem(settings)) or asyncio.run(_token_problem(settings))
    if problem:
        print(problem, file=sys.stderr)
        return 2

    from bot.app import build_application, load_content  # after settings: nothing is built at import

    try:
        content = load_content()
    except ContentError as error:
        print(f"Content error: {error}", file=sys.stderr)
        return 2
    application = build_application(settings, content=content)
    try:
        if settings.webhook_url:
            from bot.webhook import run_webhook

            run_webhook(application, settings)
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        # Revoked while starting: PTB's own message quotes the token, so it is replaced by one line.
        print(TOKEN_REJECTED, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
