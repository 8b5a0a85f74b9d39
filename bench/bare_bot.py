"""A bare python-telegram-bot bot for the benchmarks' baselines: polls, answers a tap, nothing else."""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler


async def answer(update: Update, context) -> None:
    """Answer any tap so its spinner stops."""
    await update.callback_query.answer()


def main() -> None:
    application = (
        ApplicationBuilder().token(os.environ["BOT_TOKEN"]).base_url(os.environ["BOT_API_URL"]).build()
    )
    application.add_handler(CallbackQueryHandler(answer))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
