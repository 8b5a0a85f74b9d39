"""A fake Telegram Bot API HTTP server that answers, and fails, the way Telegram does."""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from aiohttp import web

from . import spec
from .html_entities import EntityParseError, ParsedText, parse_html, utf16_len

DEFAULT_TOKEN = "123456:TEST-token-for-the-fake-server"
MAX_TEXT = 4096
MAX_CAPTION = 1024
# Long polls are capped so an end-to-end test waiting on a silent bot fails fast.
MAX_POLL_SECONDS = 10.0

_NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
_QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_BUTTON_ERROR = "Bad Request: can't parse inline keyboard button: "
_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
_BLOCKABLE = {
    "sendMessage",
    "editMessageText",
    "editMessageReplyMarkup",
    "sendChatAction",
    "sendMessageDraft",
    "sendDocument",
    "sendPhoto",
}
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_FAILURE_TEXT = {
    400: "Bad Request",
    403: "Forbidden: bot was blocked by the user",
    409: "Conflict",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ApiError(Exception):
    """An error answer: Telegram's status code, description and optional retry_after."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass
class Call:
    """One request the fake answered, successful or not."""

    method: str
    params: dict[str, Any]
    files: dict[str, bytes]
    status: int
    at: float
    result: Any = None
    description: str | None = None
    # The first path segment when a client was pointed at <base>/<label>/bot…, to tell processes apart.
    client: str | None = None
    # When the request reached the server (time.monotonic(), one clock for every process of the
    # machine), before its body was read; `at` is when the answer was decided.
    arrived: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether Telegram would have answered ok: true."""
        return self.status == 200


@dataclass
class StoredMessage:
    """A message the bot sent (kind "text", "document" or "photo"), kept for edits and deletes."""

    chat_id: int
    message_id: int
    date: int
    kind: str
    raw_text: str
    text: str
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    file_name: str | None = None
    file_bytes: bytes | None = None
    media: Any = None
    edit_date: int | None = None


class FakeBotApi:
    """A Bot API server on 127.0.0.1 that validates every call against the spec subset."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_id: int = 123456,
        bot_username: str = "earned_security_test_bot",
    ) -> None:
        self._token = token
        self.bot_id = bot_id
        self.bot_username = bot_username
        self.calls: list[Call] = []
        self.messages: dict[int, dict[int, StoredMessage]] = {}
        self.answered_callback_ids: set[str] = set()
        self.commands: dict[tuple[str, str], list[dict[str, str]]] = {}
        self.uploaded_files: dict[str, tuple[str, bytes]] = {}
        self.webhook_url = ""
        self._next_message_id: dict[int, itertools.count[int]] = {}
        self._file_counter = itertools.count(1)
        self._pending: list[dict[str, Any]] = []
        self._next_update_id = 1
        self._update_arrived = asyncio.Event()
        self._calls_changed = asyncio.Condition()
        self._consumed: set[int] = set()
        self._blocked: set[int] = set()
        self._refused: set[str] = set()
        self._failures: dict[str, list[ApiError]] = {}
        # (method, client label) -> errors for the next calls of method from that process only
        self._client_failures: dict[tuple[str, str], list[ApiError]] = {}
        # chat id -> retry_after of each of the next calls to that chat answered with 429
        self._chat_floods: dict[int, list[int]] = {}
        # method -> [seconds to hold each of the next answers, after carrying the call out]
        self._holds: dict[str, list[float]] = {}
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._handlers: dict[str, Callable[..., Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "setMyCommands": self._set_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getMyCommands": self._get_my_commands,
            "sendChatAction": self._send_chat_action,
            "sendMessageDraft": self._send_message_draft,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
        }

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        # Telegram accepts uploads up to 50 MB; aiohttp's 1 MB default would reject real documents.
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        """Release waiting long polls and close the server."""
        self._wake_pollers()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """The base_url to give python-telegram-bot; it appends the token and method."""
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def token(self) -> str:
        """The only token this server accepts."""
        return self._token

    # -- test controls -----------------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates and return its update_id."""
        update = dict(update)
        if "update_id" in update:
            self._next_update_id = max(self._next_update_id, update["update_id"] + 1)
        else:
            update["update_id"] = self._next_update_id
            self._next_update_id += 1
        self._pending.append(update)
        self._wake_pollers()
        return update["update_id"]

    def block(self, chat_id: int) -> None:
        """Make the user behind chat_id block the bot."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        """Let the user behind chat_id receive messages again."""
        self._blocked.discard(chat_id)

    def fail_next(
        self,
        method: str,
        status: int,
        *,
        retry_after: int | None = None,
        description: str | None = None,
        times: int = 1,
        client: str | None = None,
    ) -> None:
        """Answer the next `times` calls of method with an error instead of handling them
        (only calls from the process labelled `client`, when given)."""
        if status == 429:
            retry_after = 1 if retry_after is None else retry_after
            description = description or f"Too Many Requests: retry after {retry_after}"
        else:
            description = description or _FAILURE_TEXT.get(status) or HTTPStatus(status).phrase
        errors = [ApiError(status, description, retry_after) for _ in range(times)]
        if client is not None:
            self._client_failures.setdefault((method, client), []).extend(errors)
            return
        self._failures.setdefault(method, []).extend(errors)

    def flood_chat(self, chat_id: int, retry_after: int, *, times: int = 1) -> None:
        """Answer the next `times` calls to chat_id with 429 (Telegram's per-chat limit)."""
        self._chat_floods.setdefault(chat_id, []).extend([retry_after] * times)

    def hold_answers(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Carry out the next `times` calls of method at once, but answer each only after `seconds`
        (Telegram on a slow day: a client that stops waiting cannot know the call succeeded)."""
        self._holds.setdefault(method, []).extend([seconds] * times)

    def stop_holding(self) -> None:
        """Answer every call at once again."""
        self._holds.clear()

    def refuse_method(self, name: str) -> None:
        """Answer method name with 404, as a Bot API server that predates it would."""
        self._refused.add(name)

    def calls_to(self, method: str) -> list[Call]:
        """Every recorded call of method, failed ones included."""
        return [call for call in self.calls if call.method == method]

    def sent_texts(self, chat_id: int) -> list[str]:
        """The plain text (markup parsed away) of each successful sendMessage to chat_id."""
        return [
            call.result["text"]
            for call in self.calls_to("sendMessage")
            if call.ok and call.result["chat"]["id"] == chat_id
        ]

    def message(self, chat_id: int, message_id: int) -> StoredMessage:
        """A message the bot sent and has not deleted."""
        return self.messages[chat_id][message_id]

    async def wait_for(
        self, method: str, predicate: Callable[[Call], bool] | None = None, timeout: float = 5.0
    ) -> Call:
        """Wait for the first successful, not yet consumed call of method matching predicate."""

        def first_match() -> int | None:
            for index, call in enumerate(self.calls):
                if index in self._consumed or call.method != method or not call.ok:
                    continue
                if predicate is None or predicate(call):
                    return index
            return None

        async with self._calls_changed:
            try:
                await asyncio.wait_for(
                    self._calls_changed.wait_for(lambda: first_match() is not None), timeout
                )
            except TimeoutError:
                recent = (
                    "\n".join(
                        f"  {c.method} -> {c.status} {json.dumps(c.params, default=str)[:200]}"
                        for c in self.calls[-15:]
                    )
                    or "  (none)"
                )
                raise AssertionError(
                    f"no successful {method} call matched within {timeout}s; recent calls:\n{recent}"
                ) from None
            index = first_match()
        assert index is not None
        self._consumed.add(index)
        return self.calls[index]

    def clear(self) -> None:
        """Forget recorded calls (the message store and pending updates stay)."""
        self.calls.clear()
        self._consumed.clear()

    # -- HTTP --------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        arrived = time.monotonic()
        path = request.match_info["path"]
        client = None
        if path.count("/") == 2:  # <label>/bot<token>/<method>
            client, _, path = path.partition("/")
        prefix, _, raw_method = path.partition("/")
        token = prefix.removeprefix("bot") if prefix.startswith("bot") else None
        try:
            params, uploads = await _read_params(request)
        except ApiError as error:
            await self._record(raw_method, {}, {}, error.status, client=client, arrived=arrived)
            return self._error_response(error)
        files = {name: content for name, (_, content) in uploads.items()}
        method = spec.canonical_method(raw_method) or raw_method
        decoded = spec.decode_params(method, params)
        try:
            if token != self._token:
                raise ApiError(401, "Unauthorized")
            if method not in spec.METHODS or method in self._refused:
                raise ApiError(404, "Not Found")
            if self._failures.get(method):
                raise self._failures[method].pop(0)
            if self._client_failures.get((method, client)):
                raise self._client_failures[(method, client)].pop(0)
            if self._chat_floods.get(decoded.get("chat_id")):
                retry_after = self._chat_floods[decoded["chat_id"]].pop(0)
                raise ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)
            problem = spec.check_call(method, params, uploads)
            if problem:
                raise ApiError(*problem)
            if method in _BLOCKABLE and decoded.get("chat_id") in self._blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            handler = self._handlers.get(method, _return_true)
            result = await handler(decoded, uploads)
        except ApiError as error:
            await self._record(
                method,
                decoded,
                files,
                error.status,
                description=error.description,
                client=client,
                arrived=arrived,
            )
            return self._error_response(error)
        await self._record(method, decoded, files, 200, result, client=client, arrived=arrived)
        if self._holds.get(method):
            await asyncio.sleep(self._holds[method].pop(0))
        return web.json_response({"ok": True, "result": result})

    async def _record(
        self,
        method: str,
        params: dict[str, Any],
        files: dict[str, bytes],
        status: int,
        result: Any = None,
        *,
        description: str | None = None,
        client: str | None = None,
        arrived: float | None = None,
    ) -> None:
        now = time.monotonic()
        self.calls.append(
            Call(method, params, files, status, now, result, description, client, arrived or now)
        )
        async with self._calls_changed:
            self._calls_changed.notify_all()

    @staticmethod
    def _error_response(error: ApiError) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
        if error.retry_after is not None:
            body["parameters"] = {"retry_after": error.retry_after}
        return web.json_response(body, status=error.status)

    def _wake_pollers(self) -> None:
        # Replacing the event lets every poller already waiting see this one set exactly once.
        self._update_arrived.set()
        self._update_arrived = asyncio.Event()

    # -- messages ----------------------------------------------------------------------------

    def _store(self, chat_id: int, reply_markup: dict[str, Any] | None, **fields: Any) -> StoredMessage:
        # A reply keyboard belongs to the chat, not the message, so only inline markup is kept.
        if reply_markup is not None and "inline_keyboard" not in reply_markup:
            reply_markup = None
        counter = self._next_message_id.setdefault(chat_id, itertools.count(1))
        stored = StoredMessage(
            chat_id=chat_id,
            message_id=next(counter),
            date=int(time.time()),
            reply_markup=reply_markup,
            **fields,
        )
        self.messages.setdefault(chat_id, {})[stored.message_id] = stored
        return stored

    def _find(self, params: dict[str, Any], missing: str) -> StoredMessage:
        chat_id = _chat_id(params)
        message_id = params.get("message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        try:
            return self.messages[chat_id][message_id]
        except KeyError:
            raise ApiError(400, missing) from None

    def _message_json(self, stored: StoredMessage) -> dict[str, Any]:
        chat_id = stored.chat_id
        if chat_id > 0:
            chat = {"id": chat_id, "type": "private", "first_name": "Test"}
        else:
            kind = "supergroup" if str(chat_id).startswith("-100") else "group"
            chat = {"id": chat_id, "type": kind, "title": "Test group"}
        message: dict[str, Any] = {
            "message_id": stored.message_id,
            "date": stored.date,
            "chat": chat,
            "from": {
                "id": self.bot_id,
                "is_bot": True,
                "first_name": "Earned Security",
                "username": self.bot_username,
            },
        }
        if stored.edit_date:
            message["edit_date"] = stored.edit_date
        text_key, entities_key = "text", "entities"
        if stored.kind != "text":
            text_key, entities_key = "caption", "caption_entities"
            message[stored.kind] = stored.media
        if stored.text:
            message[text_key] = stored.text
        if stored.entities:
            message[entities_key] = stored.entities
        if stored.reply_markup and "inline_keyboard" in stored.reply_markup:
            message["reply_markup"] = stored.reply_markup
        return message

    # -- method handlers -----------------------------------------------------------------------

    async def _get_me(self, params: dict[str, Any], uploads: Any) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Earned Security",
            "username": self.bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: dict[str, Any], uploads: Any) -> list[dict[str, Any]]:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset") or 0
        limit = min(max(params.get("limit") or 100, 1), 100)
        timeout = min(max(params.get("timeout") or 0, 0), MAX_POLL_SECONDS)
        # An offset confirms every earlier update; a negative one keeps only the last -offset.
        if offset > 0:
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        elif offset < 0:
            self._pending = self._pending[offset:]
        if not self._pending and timeout > 0 and self._runner is not None:
            try:
                await asyncio.wait_for(self._update_arrived.wait(), timeout)
            except TimeoutError:
                pass
        return self._pending[:limit]

    async def _set_webhook(self, params: dict[str, Any], uploads: Any) -> bool:
        if not str(params["url"]).startswith("https://"):
            raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook_url = params["url"]
        return True

    async def _delete_webhook(self, params: dict[str, Any], uploads: Any) -> bool:
        self.webhook_url = ""
        if params.get("drop_pending_updates"):
            self._pending.clear()
        return True

    async def _get_webhook_info(self, params: dict[str, Any], uploads: Any) -> dict[str, Any]:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    async def _send_message(self, params: dict[str, Any], uploads: Any) -> dict[str, Any]:
        chat_id = _chat_id(params)
        parsed = _parse_text(params, "text", MAX_TEXT, "Bad Request: message is too long")
        markup = _check_markup(params.get("reply_markup"), inline_only=False)
        stored = self._store(
            chat_id,
            kind="text",
            raw_text=params["text"],
            text=parsed.text,
            entities=parsed.entities,
            reply_markup=markup,
        )
        return self._message_json(stored)

    async def _edit_message_text(self, params: dict[str, Any], uploads: Any) -> Any:
        parsed = _parse_text(params, "text", MAX_TEXT, "Bad Request: message is too long")
        markup = _check_markup(params.get("reply_markup"), inline_only=True)
        if params.get("inline_message_id"):
            return True
        stored = self._find(params, "Bad Request: message to edit not found")
        if stored.kind != "text":
            raise ApiError(400, "Bad Request: there is no text in the message to edit")
        if (parsed.text, parsed.entities, markup) == (stored.text, stored.entities, stored.reply_markup):
            raise ApiError(400, _NOT_MODIFIED)
        stored.raw_text, stored.text, stored.entities = params["text"], parsed.text, parsed.entities
        stored.reply_markup, stored.edit_date = markup, int(time.time())
        return self._message_json(stored)

    async def _edit_message_reply_markup(self, params: dict[str, Any], uploads: Any) -> Any:
        markup = _check_markup(params.get("reply_markup"), inline_only=True)
        if params.get("inline_message_id"):
            return True
        stored = self._find(params, "Bad Request: message to edit not found")
        if markup == stored.reply_markup:
            raise ApiError(400, _NOT_MODIFIED)
        stored.reply_markup, stored.edit_date = markup, int(time.time())
        return self._message_json(stored)

    async def _delete_message(self, params: dict[str, Any], uploads: Any) -> bool:
        stored = self._find(params, "Bad Request: message to delete not found")
        del self.messages[stored.chat_id][stored.message_id]
        return True

    async def _answer_callback_query(self, params: dict[str, Any], uploads: Any) -> bool:
        query_id = str(params["callback_query_id"])
        if query_id in self.answered_callback_ids:
            raise ApiError(400, _QUERY_TOO_OLD)
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.answered_callback_ids.add(query_id)
        return True

    async def _set_my_commands(self, params: dict[str, Any], uploads: Any) -> bool:
        commands = params["commands"]
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: can't parse commands JSON object")
        for entry in commands:
            if not isinstance(entry, dict) or not _COMMAND_RE.fullmatch(str(entry.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(entry.get("description", "")).strip()) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        stored = [{"command": c["command"], "description": c["description"]} for c in commands]
        self.commands[_commands_key(params)] = stored
        return True

    async def _delete_my_commands(self, params: dict[str, Any], uploads: Any) -> bool:
        self.commands.pop(_commands_key(params), None)
        return True

    async def _get_my_commands(self, params: dict[str, Any], uploads: Any) -> list[dict[str, str]]:
        return self.commands.get(_commands_key(params), [])

    async def _send_chat_action(self, params: dict[str, Any], uploads: Any) -> bool:
        _chat_id(params)
        if params["action"] not in _CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    async def _send_message_draft(self, params: dict[str, Any], uploads: Any) -> bool:
        _chat_id(params)
        if params["draft_id"] == 0:
            raise ApiError(400, "Bad Request: draft_id must be non-zero")
        if params.get("text"):
            _parse_text(params, "text", MAX_TEXT, "Bad Request: message is too long")
        return True

    async def _send_document(self, params: dict[str, Any], uploads: Any) -> dict[str, Any]:
        return self._send_file(params, uploads, "document")

    async def _send_photo(self, params: dict[str, Any], uploads: Any) -> dict[str, Any]:
        return self._send_file(params, uploads, "photo")

    def _send_file(self, params: dict[str, Any], uploads: dict[str, tuple[str, bytes]], kind: str) -> Any:
        chat_id = _chat_id(params)
        file_name, content = self._resolve_file(params.get(kind), uploads.get(kind), uploads)
        caption = _parse_text(
            params, "caption", MAX_CAPTION, "Bad Request: message caption is too long", allow_empty=True
        )
        markup = _check_markup(params.get("reply_markup"), inline_only=False)
        n = next(self._file_counter)
        file_id, unique_id = f"{kind}-fake-file-{n}", f"{kind}U{n}"
        self.uploaded_files[file_id] = (file_name, content)
        if kind == "document":
            media: Any = {
                "file_id": file_id,
                "file_unique_id": unique_id,
                "file_name": file_name,
                "mime_type": "application/octet-stream",
                "file_size": len(content),
            }
        else:
            # The fake does not decode images; Telegram would report the real generated sizes.
            media = [
                {
                    "file_id": f"{file_id}-{w}",
                    "file_unique_id": f"{unique_id}{w}",
                    "width": w,
                    "height": w,
                    "file_size": len(content),
                }
                for w in (90, 320)
            ]
        stored = self._store(
            chat_id,
            kind=kind,
            raw_text=params.get("caption") or "",
            text=caption.text,
            entities=caption.entities,
            reply_markup=markup,
            file_name=file_name,
            file_bytes=content,
            media=media,
        )
        return self._message_json(stored)

    def _resolve_file(
        self, value: Any, upload: tuple[str, bytes] | None, uploads: dict[str, tuple[str, bytes]]
    ) -> tuple[str, bytes]:
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = uploads.get(value.removeprefix("attach://"))
        if upload is not None:
            if not upload[1]:
                raise ApiError(400, "Bad Request: file must be non-empty")
            return upload
        if isinstance(value, str) and value in self.uploaded_files:
            return self.uploaded_files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value.rsplit("/", 1)[-1] or "file", b""
        raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")


async def _return_true(params: dict[str, Any], uploads: Any) -> bool:
    return True


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    """Collect parameters from the query string and a JSON, urlencoded or multipart body."""
    params: dict[str, Any] = dict(request.query)
    uploads: dict[str, tuple[str, bytes]] = {}
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
        if not isinstance(body, dict):
            raise ApiError(400, "Bad Request: JSON object expected")
        params.update(body)
    elif request.can_read_body:
        for name, value in (await request.post()).items():
            if isinstance(value, web.FileField):
                uploads[name] = (value.filename, value.file.read())
            else:
                params[name] = value
    return params, uploads


def _chat_id(params: dict[str, Any]) -> int:
    chat_id = params.get("chat_id")
    if isinstance(chat_id, bool) or not isinstance(chat_id, int) or chat_id == 0:
        # The bot only talks to users and groups by id; an @username is a channel it never joined.
        raise ApiError(400, "Bad Request: chat not found")
    return chat_id


def _parse_text(
    params: dict[str, Any], key: str, limit: int, too_long: str, *, allow_empty: bool = False
) -> ParsedText:
    """Parse a text or caption under its parse_mode, stripped and length-checked like Telegram."""
    raw = params.get(key) or ""
    mode = str(params.get("parse_mode") or "").lower()
    if mode == "html":
        try:
            parsed = parse_html(raw)
        except EntityParseError as error:
            raise ApiError(400, f"Bad Request: can't parse entities: {error}") from None
    elif mode in ("", "markdown", "markdownv2"):
        # Markdown modes are not used by the bot; their markup is counted as text.
        entities = params.get("entities" if key == "text" else "caption_entities") or []
        parsed = ParsedText(raw, entities if isinstance(entities, list) else [])
    else:
        raise ApiError(400, "Bad Request: unsupported parse_mode")
    text = parsed.text.strip()
    if text != parsed.text:
        # Telegram trims surrounding whitespace and moves the entities with the text.
        shift = utf16_len(parsed.text[: len(parsed.text) - len(parsed.text.lstrip())])
        end = utf16_len(text)
        entities = []
        for entity in parsed.entities:
            start = max(entity["offset"] - shift, 0)
            stop = min(entity["offset"] + entity["length"] - shift, end)
            if stop > start:
                entities.append({**entity, "offset": start, "length": stop - start})
        parsed = ParsedText(text, entities)
    if not text and not allow_empty:
        raise ApiError(400, "Bad Request: message text is empty")
    if utf16_len(text) > limit:
        raise ApiError(400, too_long)
    return parsed


def _check_markup(markup: Any, *, inline_only: bool) -> dict[str, Any] | None:
    """Validate a reply_markup the way Telegram does and return it (None when absent)."""
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise ApiError(400, 'Bad Request: field "inline_keyboard" must be an Array of Arrays')
        for button in (b for row in rows for b in row):
            _check_inline_button(button)
        return markup
    if inline_only:
        raise ApiError(400, "Bad Request: inline keyboard expected")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise ApiError(400, 'Bad Request: field "keyboard" must be an Array of Arrays')
        for button in (b for row in rows for b in row):
            text = button.get("text") if isinstance(button, dict) else button
            if not isinstance(text, str) or not text.strip():
                raise ApiError(400, "Bad Request: can't parse keyboard button: Text must be non-empty")
        return markup
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return markup
    raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")


def _check_inline_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise ApiError(400, _BUTTON_ERROR + 'Field "text" must be of type String')
    if not button["text"].strip():
        raise ApiError(400, _BUTTON_ERROR + "Text must be non-empty")
    # Telegram treats an empty callback_data as absent, leaving a plain text button.
    actions = [name for name in _BUTTON_ACTIONS if name in button and button[name] not in ("", None)]
    if not actions:
        raise ApiError(400, _BUTTON_ERROR + "Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise ApiError(400, _BUTTON_ERROR + "exactly one of the optional fields must be used")
    data = button.get("callback_data")
    if data is not None and (not isinstance(data, str) or len(data.encode("utf-8")) > 64):
        raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    url = button.get("url")
    if url is not None and not str(url).lower().startswith(("http://", "https://", "tg://")):
        raise ApiError(
            400, f"Bad Request: inline keyboard button URL '{url}' is invalid: unsupported URL protocol"
        )


def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")
