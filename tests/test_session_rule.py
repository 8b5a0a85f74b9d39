"""The harness's check that no Bot API call is made while the calling task holds a database session."""

from __future__ import annotations

from telegram.ext import ApplicationHandlerStop, CommandHandler

from bot.services import BotContext
from tests.conftest import USER, start_harness, stop_harness


async def send_inside_session(update, context: BotContext) -> None:
    """Replies while the session that read is still open."""
    async with context.services.sessions() as session:
        await session.connection()
        await update.effective_message.reply_text("inside")
    raise ApplicationHandlerStop


async def send_after_session(update, context: BotContext) -> None:
    """Replies once the session that read is closed."""
    async with context.services.sessions() as session:
        await session.connection()
    await update.effective_message.reply_text("after")
    raise ApplicationHandlerStop


async def run_probe(fake, clock, database_url, callback):
    """Start the bot with `callback` answering /probe ahead of every other handler, and send /probe."""
    harness = await start_harness(fake, clock, database_url, [])
    harness.app.add_handler(CommandHandler("probe", callback), group=-10)
    try:
        await harness.command(USER, "/probe")
    finally:
        await stop_harness(harness)
    assert not harness.handler_errors
    return harness


async def test_a_send_inside_an_open_session_is_a_violation(fake, clock, database_url):
    """A reply sent while the handler's session is still open is recorded as a violation."""
    harness = await run_probe(fake, clock, database_url, send_inside_session)
    assert [violation.method for violation in harness.session_violations] == ["sendMessage"]


async def test_a_send_after_the_session_closed_passes(fake, clock, database_url):
    """A reply sent after the handler's session closed is no violation."""
    harness = await run_probe(fake, clock, database_url, send_after_session)
    assert harness.texts(USER) == ["after"]
    assert harness.session_violations == []
