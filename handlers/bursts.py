"""Replies to a burst of messages, coalesced per chat (memory of this process only; a restart forgets)."""

from __future__ import annotations

from bot.practice.bursts import POINTER_INTERVAL, pointer_due
from bot.services import BotContext

LAST_POINTER_KEY = "last_pointer_at"
# Past this many remembered chats, entries older than the interval are dropped.
REMEMBERED_CHATS = 10_000


def claim_pointer(context: BotContext, chat_id: int) -> bool:
    """True (and remembered) when this chat may get a pointer reply now; False within the interval."""
    now = context.services.clock.now()
    last_sent: dict[int, object] = context.bot_data.setdefault(LAST_POINTER_KEY, {})
    if not pointer_due(last_sent.get(chat_id), now):
        return False
    last_sent[chat_id] = now
    if len(last_sent) > REMEMBERED_CHATS:
        for stale in [chat for chat, at in last_sent.items() if now - at >= POINTER_INTERVAL]:
            del last_sent[stale]
    return True
