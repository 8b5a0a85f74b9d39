"""`python -m bot`: read settings, then run the bot with long polling, or a webhook when configured."""

from __future__ import annotations

import sys

from pydantic import ValidationError
from telegram import Update

from bot.config import Settings, describe_settings_error
from bot.content.loader import ContentError
from bot.logs import configure_logging


def main() -> int:
    """Start the bot; a bad setting or content file stops it with one line and exit status 2."""
    try:
        settings = Settings()
    except ValidationError as error:
        print(describe_settings_error(error), file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.bot_token.get_secret_value())

    from bot.app import build_application, load_content  # after settings: nothing is built at import

    try:
        content = load_content()
    except ContentError as error:
        print(f"Content error: {error}", file=sys.stderr)
        return 2
    application = build_application(settings, content=content)
    if settings.webhook_url:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            webhook_url=settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
