"""/stats for the operator's admins: counts only, never content."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode

from bot.services import BotContext
from storage import repo

LABELS = {
    "users": "Users",
    "onboarded": "Onboarded",
    "active_7d": "Active in 7 days (answered a check-in)",
    "checkins_sent_7d": "Check-ins sent in 7 days",
    "answer_rate_7d": "Check-in answer rate, 7 days",
    "recaps_delivered_7d": "Recaps delivered in 7 days",
    "unreachable": "Unreachable (blocked the bot)",
    "errors_24h": "Errors in 24 hours",
    "possible_duplicates_24h": "Scheduled messages possibly sent twice (timeouts, crashes), 24 hours",
}


def _shown(value) -> str:
    if value is None:
        return "–"
    return f"{value:.0%}" if isinstance(value, float) else str(value)


async def stats_command(update: Update, context: BotContext) -> None:
    """Operator counts for ADMIN_IDS; everyone else is told it is not a command for them."""
    services = context.services
    if update.effective_user.id not in services.settings.admin_ids:
        await update.effective_message.reply_text("That command is for the people who run this bot.")
        return
    async with services.sessions() as session:
        stats = await repo.operator_stats(session, now=services.clock.now())
    lines = ["<b>Earned Security · counts</b>"] + [
        f"{LABELS[key]}: {_shown(value)}" for key, value in stats.items()
    ]
    await update.effective_message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)
