"""Mini App initData validation, exactly as Telegram documents it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest

from bot.web.init_data import InvalidInitData, sign, validate_init_data

TOKEN = "123456:TEST-token-for-the-fake-server"
NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)


def init_data(token: str = TOKEN, *, signed_at: datetime = NOW, user: dict | None = None, **extra) -> str:
    """initData as Telegram passes it: url-encoded fields with the hash over all the others."""
    fields = {"auth_date": str(int(signed_at.timestamp())), "query_id": "AAHdF6IQAAAAAN0XohDhrOrc", **extra}
    if user is not False:
        fields["user"] = json.dumps(user or {"id": 1001, "first_name": "Anna"}, separators=(",", ":"))
    fields["hash"] = sign(fields, token)
    return urlencode(fields)


def test_genuine_init_data_names_its_user():
    """Correctly signed, fresh initData gives the user id and first name from the signed user field."""
    user = validate_init_data(init_data(), bot_token=TOKEN, now=NOW)
    assert (user.id, user.first_name) == (1001, "Anna")


def test_the_hash_matches_telegrams_documented_example_computation():
    """The hash is HMAC-SHA256 of the sorted key=value lines, keyed by HMAC-SHA256("WebAppData", token)."""
    import hashlib
    import hmac

    fields = {"auth_date": "1700000000", "user": '{"id":7}', "query_id": "q"}
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    expected = hmac.new(
        secret, b'auth_date=1700000000\nquery_id=q\nuser={"id":7}', hashlib.sha256
    ).hexdigest()
    assert sign(fields, TOKEN) == expected


def test_a_tampered_hash_is_refused():
    """Changing one character of the hash makes the data invalid."""
    data = init_data()
    head, _, digest = data.rpartition("hash=")
    forged = head + "hash=" + ("0" if digest[0] != "0" else "1") + digest[1:]
    with pytest.raises(InvalidInitData):
        validate_init_data(forged, bot_token=TOKEN, now=NOW)


def test_a_changed_user_id_is_refused():
    """Swapping in another user id after signing breaks the signature."""
    data = init_data().replace("1001", "2002")
    with pytest.raises(InvalidInitData):
        validate_init_data(data, bot_token=TOKEN, now=NOW)


def test_data_signed_with_another_bots_token_is_refused():
    """initData signed for a different bot does not open this bot's data."""
    with pytest.raises(InvalidInitData):
        validate_init_data(init_data("654321:ANOTHER-bot-token-entirely"), bot_token=TOKEN, now=NOW)


def test_init_data_older_than_a_day_is_refused():
    """auth_date more than a day before the bot's clock is expired."""
    stale = init_data(signed_at=NOW - timedelta(days=1, seconds=1))
    with pytest.raises(InvalidInitData):
        validate_init_data(stale, bot_token=TOKEN, now=NOW)


def test_init_data_just_under_a_day_old_is_accepted():
    """auth_date 23 hours ago still opens the page."""
    user = validate_init_data(init_data(signed_at=NOW - timedelta(hours=23)), bot_token=TOKEN, now=NOW)
    assert user.id == 1001


def test_init_data_without_a_user_is_refused():
    """Genuinely signed data that names no user gives no data."""
    with pytest.raises(InvalidInitData):
        validate_init_data(init_data(user=False), bot_token=TOKEN, now=NOW)


@pytest.mark.parametrize("raw", ["", "hash=", "garbage", "user=%7B%22id%22%3A1001%7D"])
def test_malformed_or_unsigned_init_data_is_refused(raw):
    """Empty, unsigned or malformed initData is refused."""
    with pytest.raises(InvalidInitData):
        validate_init_data(raw, bot_token=TOKEN, now=NOW)
