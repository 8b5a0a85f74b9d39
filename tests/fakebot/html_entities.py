"""Parses text in Telegram's HTML parse mode into plain text and entities, failing as Telegram does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The walk below follows tdlib's do_parse_html (td/telegram/MessageEntity.cpp), which the
# Bot API server uses, so error texts and byte offsets match what Telegram answers.
SUPPORTED_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    }
)
_SIMPLE_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
}
_NAMED = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
_SPACE = b" \t\r\n\f\v"


class EntityParseError(ValueError):
    """The text is not valid Telegram HTML; the message is Telegram's detail text."""


@dataclass
class ParsedText:
    """Plain text as Telegram stores it plus the entities the markup produced (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    argument: str
    utf16_offset: int
    byte_offset: int
    expandable: bool = False


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram measures limits and offsets in."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(data: bytes, pos: int) -> tuple[int, int] | None:
    """Decode a character reference at data[pos] == '&' into (code point, next position)."""
    end = pos + 1
    if data[end : end + 1] == b"#":
        end += 1
        base = 10
        if data[end : end + 1] == b"x":
            base, end = 16, end + 1
        digits = "0123456789abcdefABCDEF" if base == 16 else "0123456789"
        start = end
        while end < len(data) and chr(data[end]) in digits:
            end += 1
        if end == start or end - pos >= 10:
            return None
        code = int(data[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
    else:
        while end < len(data) and chr(data[end]).isascii() and chr(data[end]).isalpha():
            end += 1
        named = _NAMED.get(data[pos + 1 : end])
        if named is None:
            return None
        code = ord(named)
    if data[end : end + 1] == b";":
        end += 1
    return code, end


def parse_html(text: str) -> ParsedText:
    """Return the plain text and entities of an HTML-mode text or raise EntityParseError."""
    data = text.encode("utf-8")
    size = len(data)

    def at(i: int) -> int:
        return data[i] if i < size else 0

    def is_space(i: int) -> bool:
        return i < size and data[i] in _SPACE

    out = bytearray()
    utf16 = 0
    entities: list[dict[str, Any]] = []
    stack: list[_Open] = []
    i = 0
    while i < size:
        c = data[i]
        if c == ord("&"):
            decoded = _decode_entity(data, i)
            if decoded is None:
                # tdlib keeps an unrecognised '&' literally; the documented contract (and this
                # fake) requires it escaped, which catches user text that was never escaped.
                raise EntityParseError(f"Character entity expected at byte offset {i}")
            code, i = decoded
            if 0xD800 <= code <= 0xDFFF:
                raise EntityParseError(
                    "Text contains invalid Unicode characters after decoding HTML entities, "
                    "check for unmatched surrogate code units"
                )
            out += chr(code).encode("utf-8")
            utf16 += 2 if code > 0xFFFF else 1
            continue
        if c != ord("<"):
            if c & 0xC0 != 0x80:
                utf16 += 2 if c >= 0xF0 else 1
            out.append(c)
            i += 1
            continue

        begin = i
        i += 1
        if at(i) != ord("/"):
            while i < size and not is_space(i) and data[i] != ord(">"):
                i += 1
            if i >= size:
                raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
            tag = data[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in SUPPORTED_TAGS:
                raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            opened = _Open(tag, "", utf16, len(out))
            i = _read_attributes(data, i, begin, opened)
            if tag == "span" and opened.argument != "spoiler":
                raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
            stack.append(opened)
            i += 1  # past '>'
            continue

        if not stack:
            raise EntityParseError(f"Unexpected end tag at byte offset {begin}")
        while i < size and not is_space(i) and data[i] != ord(">"):
            i += 1
        end_tag = data[begin + 2 : i].decode("utf-8", "replace")
        while is_space(i):
            i += 1
        if at(i) != ord(">"):
            raise EntityParseError(f"Unclosed end tag at byte offset {begin}")
        i += 1
        opened = stack.pop()
        if end_tag and end_tag != opened.tag:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{opened.tag}>", found "</{end_tag}>"'
            )
        if utf16 > opened.utf16_offset:
            _add_entity(entities, opened, utf16, bytes(out[opened.byte_offset :]))
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return ParsedText(out.decode("utf-8"), entities)


def _read_attributes(data: bytes, i: int, begin: int, opened: _Open) -> int:
    """Read a start tag's attributes up to its '>' and return that position."""
    size = len(data)
    tag = opened.tag

    def at(j: int) -> int:
        return data[j] if j < size else 0

    def is_space(j: int) -> bool:
        return j < size and data[j] in _SPACE

    while at(i) != ord(">"):
        while is_space(i):
            i += 1
        if at(i) == ord(">"):
            break
        name_start = i
        while i < size and not is_space(i) and data[i] not in b"=>":
            i += 1
        name = data[name_start:i].decode("utf-8", "replace")
        if not name:
            raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        while is_space(i):
            i += 1
        if at(i) != ord("="):
            if tag == "blockquote" and name == "expandable":
                opened.expandable = True
                continue
            raise EntityParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {begin}"
            )
        i += 1
        while is_space(i):
            i += 1
        if i >= size:
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        value = bytearray()
        if data[i] not in b"'\"":
            token_start = i
            while i < size and (chr(data[i]).isascii() and (chr(data[i]).isalnum() or data[i] in b".-")):
                i += 1
            value += data[token_start:i].lower()
            if not is_space(i) and at(i) != ord(">"):
                raise EntityParseError(f"Unexpected end of name token at byte offset {token_start}")
        else:
            quote = data[i]
            i += 1
            while i < size and data[i] != quote:
                decoded = _decode_entity(data, i) if data[i] == ord("&") else None
                if decoded:
                    value += chr(decoded[0]).encode("utf-8")
                    i = decoded[1]
                    continue
                value.append(data[i])
                i += 1
            if at(i) == quote:
                i += 1
        if i >= size:
            raise EntityParseError(f"Unclosed start tag at byte offset {begin}")
        text_value = value.decode("utf-8", "replace")
        if tag == "a" and name == "href":
            opened.argument = text_value
        elif tag == "code" and name == "class" and text_value.startswith("language-"):
            opened.argument = text_value[len("language-") :]
        elif tag == "span" and name == "class" and text_value.startswith("tg-"):
            opened.argument = text_value[len("tg-") :]
        elif tag == "tg-emoji" and name == "emoji-id":
            opened.argument = text_value
    return i


def _add_entity(entities: list[dict[str, Any]], opened: _Open, utf16_end: int, inner: bytes) -> None:
    offset, length = opened.utf16_offset, utf16_end - opened.utf16_offset
    entity: dict[str, Any] = {"offset": offset, "length": length}
    tag = opened.tag
    if tag in _SIMPLE_TYPES:
        entity["type"] = _SIMPLE_TYPES[tag]
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if opened.expandable else "blockquote"
    elif tag == "a":
        # Without href tdlib links the inner text; a link it cannot parse silently loses its entity.
        url = opened.argument or inner.decode("utf-8")
        if "://" not in url and not url.startswith(("tg:", "mailto:")):
            url = "http://" + url
        if not url.split("://", 1)[-1] or " " in url:
            return
        entity.update(type="text_link", url=url)
    elif tag == "tg-emoji":
        if not opened.argument.isdigit() or int(opened.argument) == 0:
            raise EntityParseError("Invalid custom emoji identifier specified")
        entity.update(type="custom_emoji", custom_emoji_id=opened.argument)
    elif tag == "code":
        last = entities[-1] if entities else None
        if last and last["type"] == "pre" and (last["offset"], last["length"]) == (offset, length):
            if opened.argument:
                last["language"] = opened.argument
            return
        entity["type"] = "code"
        if opened.argument:
            # Kept only until the enclosing <pre> closes; parse_html drops it from bare code.
            entity["language"] = opened.argument
    elif tag == "pre":
        last = entities[-1] if entities else None
        if last and last["type"] == "code" and (last["offset"], last["length"]) == (offset, length):
            # <pre><code class="language-x">: the inner code becomes the pre's language.
            language = last.pop("language", None)
            entities.pop()
            entity.update(type="pre", **({"language": language} if language else {}))
        else:
            entity["type"] = "pre"
    entities.append(entity)
