"""Validation of a Mini App's initData exactly as Telegram documents it, with the user id taken from the signed data only.

secret_key = HMAC_SHA256(key="WebAppData", msg=bot_token); the data is genuine when
hex(HMAC_SHA256(key=secret_key, msg=data_check_string)) equals its `hash` field, where
data_check_string is every other received field as "key=value", sorted by key, joined by "\n".
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl

# Telegram's initData is reused for the whole time a Mini App stays open; a day bounds a leaked one.
MAX_AGE = timedelta(days=1)
# A little clock skew between Telegram and this server is not an attack.
FUTURE_SKEW = timedelta(minutes=5)


class InvalidInitData(Exception):
    """The initData is missing, malformed, forged, signed for another bot, too old, or names no user."""


@dataclass(frozen=True)
class WebAppUser:
    """The Telegram user the signed initData names."""

    id: int
    first_name: str


def data_check_string(fields: dict[str, str]) -> str:
    """The fields other than `hash`, as sorted "key=value" lines."""
    return "\n".join(f"{key}={value}" for key, value in sorted(fields.items()) if key != "hash")


def sign(fields: dict[str, str], bot_token: str) -> str:
    """The hex `hash` Telegram computes for these fields (also how tests make genuine initData)."""
    secret_key = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    return hmac.new(secret_key, data_check_string(fields).encode(), hashlib.sha256).hexdigest()


def validate_init_data(init_data: str, *, bot_token: str, now: datetime) -> WebAppUser:
    """The signed-in user, or InvalidInitData; `now` is the bot's injectable clock."""
    if not init_data or len(init_data) > 8192:
        raise InvalidInitData("missing or oversized")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as error:
        raise InvalidInitData("not a query string") from error
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InvalidInitData("a field appears twice")
    offered = fields.get("hash", "")
    if not hmac.compare_digest(offered.encode(), sign(fields, bot_token).encode()):
        raise InvalidInitData("hash does not match")
    try:
        signed_at = datetime.fromtimestamp(int(fields["auth_date"]), UTC)
    except (KeyError, ValueError, OverflowError, OSError) as error:
        raise InvalidInitData("no auth_date") from error
    if now - signed_at > MAX_AGE or signed_at - now > FUTURE_SKEW:
        raise InvalidInitData("expired")
    try:
        user = json.loads(fields["user"])
        user_id = user["id"]
    except (KeyError, ValueError, TypeError) as error:
        raise InvalidInitData("no user") from error
    if isinstance(user_id, bool) or not isinstance(user_id, int) or user_id <= 0:
        raise InvalidInitData("no user")
    first_name = user.get("first_name")
    return WebAppUser(id=user_id, first_name=first_name if isinstance(first_name, str) else "")
