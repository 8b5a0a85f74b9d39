"""Operators: /stats counts for admins only, errors counted without content, JSON log lines without the token."""

import json
import logging

from bot.logs import JsonLines, RedactToken
from tests.conftest import OTHER_USER, USER, onboard, start_harness, stop_harness

ADMIN = 4242


async def test_stats_are_counts_for_admins_only(fake, clock, database_url):
    """An admin sees counts (users, onboarded, answer rate, errors); anyone else is turned away."""
    h = await start_harness(fake, clock, database_url, [], admin_ids=[ADMIN])
    try:
        await onboard(h, USER)
        await h.command(OTHER_USER, "/start")
        await h.command(USER, "/checkin")
        await h.tap(USER, "No")
        await h.tap(USER, "Skip")
        h.expected_errors = 1
        fake.fail_next("sendMessage", 400, description="Bad Request: chat not found")
        await h.command(USER, "/help")
        await h.command(USER, "/stats")
        assert "for the people who run this bot" in h.texts(USER)[-1]
        await h.command(ADMIN, "/stats")
        stats = h.texts(ADMIN)[-1]
        for line in (
            "Users: 2",
            "Onboarded: 1",
            "Check-in answer rate, 7 days: 100%",
            "Errors in 24 hours: 1",
        ):
            assert line in stats
        assert "Put the phone" not in stats
    finally:
        await stop_harness(h)


def test_json_log_lines_carry_no_token():
    """LOG_FORMAT=json writes one JSON object per line, with the token redacted."""
    token = "123456:TEST-token-for-the-fake-server"
    record = logging.LogRecord(
        "bot", logging.INFO, __file__, 1, "calling %s", (f"https://x/bot{token}/getMe",), None
    )
    RedactToken(token).filter(record)
    line = JsonLines().format(record)
    entry = json.loads(line)
    assert entry["level"] == "info" and entry["logger"] == "bot" and token not in line and "<token>" in line
