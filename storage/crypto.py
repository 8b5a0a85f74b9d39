"""Encryption at rest for free text (notes, story entries, typed patterns), with Fernet from `cryptography`.

SQLAlchemy's type processing has no per-call context, so the cipher is installed once at start-up
(`use_keys`) and read by the `EncryptedText` column type; nothing is built at import.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy.types import String, TypeDecorator

PREFIX = "fernet:"


class MissingKey(Exception):
    """Encrypted text was read but no DATA_KEY is set (or it is the wrong key)."""


class _Cipher:
    def __init__(self) -> None:
        self.fernet: MultiFernet | None = None
        self.current: Fernet | None = None


_active = _Cipher()


def use_keys(current: str | None, older: list[str] | tuple[str, ...] = ()) -> None:
    """Encrypt with `current` from now on; `older` keys still decrypt (for rotation). None = plaintext."""
    if current is None:
        _active.fernet = _active.current = None
        return
    _active.current = Fernet(current)
    _active.fernet = MultiFernet([_active.current, *(Fernet(key) for key in older)])


def encrypting() -> bool:
    """Whether new text is being encrypted."""
    return _active.fernet is not None


def new_key() -> str:
    """A fresh key for DATA_KEY."""
    return Fernet.generate_key().decode()


def encrypt(text: str) -> str:
    if _active.fernet is None:
        return text
    return PREFIX + _active.fernet.encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored  # written in development mode, before a key was set
    if _active.fernet is None:
        raise MissingKey("stored text is encrypted: set DATA_KEY to read it")
    try:
        return _active.fernet.decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken as error:
        raise MissingKey("stored text does not open with DATA_KEY (or OLD_DATA_KEYS)") from error


def reencrypt(stored: str) -> str:
    """The same text under the current key (plaintext from development mode gets encrypted too)."""
    return encrypt(decrypt(stored))


class EncryptedText(TypeDecorator):
    """A text column whose values are encrypted in the database and plain in Python."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        return None if value is None else encrypt(value)

    def process_result_value(self, value, dialect):
        return None if value is None else decrypt(value)


# A known text stored under DATA_KEY at first start: a later start checks the key against it.
CHECK_TEXT = "earned-security data key check"


def check_value() -> str:
    """The check value for the current key (plain text in development mode)."""
    return encrypt(CHECK_TEXT)


def opens_with_current_key(stored: str) -> bool:
    """Whether the current key alone reads this stored value (older keys not tried)."""
    if not stored.startswith(PREFIX):
        return True
    if _active.current is None:
        return False
    try:
        _active.current.decrypt(stored[len(PREFIX) :].encode("ascii"))
    except InvalidToken:
        return False
    return True


def opens(stored: str) -> bool:
    """Whether the configured keys read this stored value (plain text always reads)."""
    try:
        decrypt(stored)
    except MissingKey:
        return False
    return True
