"""Pure rules for text typed outside any question: bursts joined, kept text expiring, emoji alone recognised."""

from datetime import UTC, datetime, timedelta

from bot.practice.free_text import PENDING_LIFETIME, is_pending, joined_burst, only_emoji

NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def test_a_burst_is_joined_and_a_new_one_starts_afresh():
    """A line continuing a burst joins the kept text; the first line of a new burst replaces it."""
    assert joined_burst("he left", NOW, "again", NOW, continues=True) == "he left again"
    assert joined_burst("he left", NOW, "again", NOW, continues=False) == "again"
    stale = NOW - PENDING_LIFETIME - timedelta(seconds=1)
    assert joined_burst("old words", stale, "new", NOW, continues=True) == "new"


def test_kept_text_waits_ten_minutes():
    """Kept text waits for a choice for ten minutes, then it is let go."""
    assert is_pending(NOW - PENDING_LIFETIME, NOW) and not is_pending(NOW - PENDING_LIFETIME * 2, NOW)
    assert not is_pending(None, NOW)


def test_emoji_alone_is_told_from_words():
    """Emoji and spaces alone are recognised; any letter or digit makes it words."""
    assert only_emoji("🙂") and only_emoji("❤️ 🙏")
    assert not only_emoji("ok 🙂") and not only_emoji("") and not only_emoji("3")
