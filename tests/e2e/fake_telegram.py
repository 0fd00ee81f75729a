"""A local stand-in for Telegram's Bot API, for the real python-telegram-bot to talk to over HTTP.

It answers /bot<token>/<method> (form-encoded, multipart or JSON bodies, as PTB sends them)
and /file/bot<token>/<path> with Telegram's JSON envelopes, records every call, checks what
Telegram checks (HTML that parses, ≤ 4,096 characters, callback_data ≤ 64 bytes, a message to
edit that exists), and fails on demand: 429 with retry_after, 403, 400. It also plays the
other half of Telegram: updates wait for getUpdates (polling) or are POSTed to the webhook
registered with setWebhook, secret header included; a Bot API call given as the webhook's
answer (`{"method": …}`) is run as Telegram runs it.

    fake = FakeTelegram()
    async with fake.serving() as api_url:       # TELEGRAM_API_URL, e.g. http://127.0.0.1:PORT/bot
        fake.queue(fake.message(ada, "/start"))  # polling; or: await fake.post(update) for the webhook
"""

from __future__ import annotations

import asyncio
import html
import json
import math
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qsl

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.server import serve_asgi

BOT_ID = 7000001
TOKEN = f"{BOT_ID}:AAE-fake_TOKEN_for-tests-only_0123456789xyz"
USERNAME = "nudgebird_test_bot"
DOWNLOAD_LIMIT = 20_000_000
_STRINGS = {"text", "caption", "url", "secret_token", "callback_query_id", "parse_mode", "language_code"}
_SENDS = {"sendMessage", "sendPhoto", "sendDocument"}
_TAG = re.compile(r"</?(b|strong|i|em|u|ins|s|strike|del|a|code|pre|tg-spoiler|blockquote|span)(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_be_edited",
    "is_anonymous",
)
_COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?")


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """A message the bot sent; `text` is what the person reads (HTML parsed)."""

    chat_id: int
    message_id: int
    text: str
    markup: dict[str, Any] | None
    at: float
    kind: str = "text"
    filename: str = ""
    data: bytes = b""

    def buttons(self) -> list[dict[str, Any]]:
        return [b for row in (self.markup or {}).get("inline_keyboard", []) for b in row]

    def labels(self) -> list[str]:
        return [b["text"] for b in self.buttons()]

    def data_of(self, label: str) -> str:
        for button in self.buttons():
            if button["text"] == label or button["text"].startswith(label):
                return str(button["callback_data"])
        raise AssertionError(f"no button {label!r} in {self.labels()}")


@dataclass
class Fault:
    method: str
    status: int
    description: str
    retry_after: int | None = None
    times: int = 1
    chat_id: int | None = None


@dataclass
class Flood:
    """After `after` accepted sends, every request gets 429 for `seconds` (a storm)."""

    after: int
    seconds: int
    started: float | None = None


@dataclass
class FakeTelegram:
    token: str = TOKEN
    username: str = USERNAME
    calls: list[Call] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    webhook: dict[str, Any] | None = None
    commands: dict[str | None, list[dict[str, str]]] = field(default_factory=dict)
    answered: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    file_sizes: dict[str, int] = field(default_factory=dict)
    blocked: set[int] = field(default_factory=set)
    never_started: set[int] = field(default_factory=set)
    vanished: set[int] = field(default_factory=set)
    faults: list[Fault] = field(default_factory=list)
    floods: list[Flood] = field(default_factory=list)
    refused: list[tuple[float, int, Call]] = field(default_factory=list)
    """Every 429: when, its retry_after, and the call."""
    confirmed: int = 0
    """The highest update_id the bot confirmed by asking getUpdates for the ones after it."""
    base_url: str = ""

    def __post_init__(self) -> None:
        self._messages: dict[tuple[int, int], Sent] = {}
        self._next_message = 1000
        self._next_update = 500
        self._accepted_sends = 0
        self._closing = False
        self._client: httpx.AsyncClient
        self._changed = asyncio.Condition()
        self.app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._api, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._download, methods=["GET"]),
            ]
        )

    # ── running ──────────────────────────────────────────────────────────────────────────

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[str]:
        """Serves on 127.0.0.1; yields the Bot API URL to put in TELEGRAM_API_URL."""
        async with serve_asgi(self.app) as base_url, httpx.AsyncClient(timeout=30, verify=False) as client:
            self.base_url, self._client = base_url, client
            try:
                yield f"{base_url}/bot"
            finally:
                self._closing = True  # ends pending long polls now rather than at their timeout
                await self._pulse()

    async def wait_for(self, check: Callable[[], bool], within: float = 5.0) -> None:
        """Returns once `check()` holds (it is tried after every call); TimeoutError after `within` s."""
        async with asyncio.timeout(within), self._changed:
            await self._changed.wait_for(check)

    async def _pulse(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # ── what the bot sent ────────────────────────────────────────────────────────────────

    def to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]

    def texts(self, chat_id: int) -> list[str]:
        return [s.text for s in self.to(chat_id)]

    def last(self, chat_id: int) -> Sent:
        return self.to(chat_id)[-1]

    def message(self, chat_id: int, message_id: int) -> Sent:
        return self._messages[(chat_id, message_id)]

    def called(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    # ── Telegram's side: people, chats, updates ─────────────────────────────────────────

    @staticmethod
    def person(user_id: int, name: str = "Ada", language: str | None = "en") -> dict[str, Any]:
        person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": name}
        if language is not None:
            person["language_code"] = language
        return person

    @staticmethod
    def group(chat_id: int = -1001234567890, title: str = "Bakers of Rome") -> dict[str, Any]:
        return {"id": chat_id, "type": "supergroup", "title": title}

    def bot_user(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Nudgebird", "username": self.username}

    def _update(self, **body: Any) -> dict[str, Any]:
        self._next_update += 1
        return {"update_id": self._next_update, **body}

    def _chat_of(self, person: dict[str, Any], chat: dict[str, Any] | None) -> dict[str, Any]:
        return chat or {"id": person["id"], "type": "private", "first_name": person["first_name"]}

    def text(
        self,
        person: dict[str, Any],
        text: str,
        *,
        chat: dict[str, Any] | None = None,
        reply_to: Sent | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A text message; bot commands get their entities as Telegram computes them (UTF-16)."""
        message = self._message_body(person, chat)
        message["text"] = text
        found = entities if entities is not None else commands_in(text)
        if found:
            message["entities"] = found
        if reply_to is not None:
            message["reply_to_message"] = self._as_message(reply_to)
        return self._update(message=message)

    def document(
        self, person: dict[str, Any], name: str, data: bytes, *, size: int | None = None, mime: str = ""
    ) -> dict[str, Any]:
        file_id = f"doc{len(self.files) + 1}"
        self.files[file_id] = data
        self.file_sizes[file_id] = len(data) if size is None else size
        message = self._message_body(person, None)
        message["document"] = {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_name": name,
            "mime_type": mime or "application/octet-stream",
            "file_size": self.file_sizes[file_id],
        }
        return self._update(message=message)

    def sent_message(self, chat_id: int, text: str, markup: dict[str, Any] | None = None) -> Sent:
        """A message as if the bot had sent it earlier (to reply to, or to press a button on)."""
        sent = Sent(chat_id, 0, text, markup, time.monotonic())
        self._record(sent)
        return sent

    def photo(self, person: dict[str, Any]) -> dict[str, Any]:
        message = self._message_body(person, None)
        message["photo"] = [{"file_id": "p1", "file_unique_id": "up1", "width": 90, "height": 90}]
        return self._update(message=message)

    def press(self, person: dict[str, Any], on: Sent, data: str) -> dict[str, Any]:
        query = {
            "id": f"q{self._next_update + 1}",
            "from": person,
            "chat_instance": f"ci{on.chat_id}",
            "message": self._as_message(on),
            "data": data,
        }
        return self._update(callback_query=query)

    def membership(self, person: dict[str, Any], chat: dict[str, Any] | None, old: str, new: str) -> dict[str, Any]:
        """my_chat_member: the bot's own status in a chat changed (blocked, added…)."""
        changed = {
            "chat": self._chat_of(person, chat),
            "from": person,
            "date": int(time.time()),
            "old_chat_member": self._member(old),
            "new_chat_member": self._member(new),
        }
        return self._update(my_chat_member=changed)

    def _member(self, status: str) -> dict[str, Any]:
        member: dict[str, Any] = {"status": status, "user": self.bot_user()}
        if status == "kicked":
            member["until_date"] = 0
        if status == "administrator":
            member.update(dict.fromkeys(_ADMIN_RIGHTS, False))
        return member

    def _message_body(self, person: dict[str, Any], chat: dict[str, Any] | None) -> dict[str, Any]:
        self._next_message += 1
        return {
            "message_id": self._next_message,
            "date": int(time.time()),
            "chat": self._chat_of(person, chat),
            "from": person,
        }

    def _as_message(self, sent: Sent) -> dict[str, Any]:
        body: dict[str, Any] = {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": self._chat_dict(sent.chat_id),
            "from": self.bot_user(),
            "text": sent.text,
        }
        if sent.markup:
            body["reply_markup"] = sent.markup
        return body

    @staticmethod
    def _chat_dict(chat_id: int) -> dict[str, Any]:
        if chat_id > 0:
            return {"id": chat_id, "type": "private", "first_name": "Someone"}
        return {"id": chat_id, "type": "supergroup", "title": "A group"}

    def queue(self, update: dict[str, Any]) -> None:
        """For polling: the update waits for the bot's next getUpdates."""
        self.updates.append(update)
        asyncio.get_running_loop().create_task(self._pulse())

    async def post(self, update: Any, *, secret: str | None = None, raw: bytes | None = None) -> int:
        """For the webhook: POSTs like Telegram does (JSON, secret header); returns the HTTP status."""
        assert self.webhook is not None, "setWebhook was never called"
        headers = {"Content-Type": "application/json"}
        token = self.webhook.get("secret_token") if secret is None else secret
        if token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        body = raw if raw is not None else json.dumps(update).encode()
        response = await self._client.post(self.webhook["url"], content=body, headers=headers)
        if response.status_code == 200:
            await self.answer_in_response(response.content, response.headers.get("content-type", ""))
        return response.status_code

    # ── the Bot API ──────────────────────────────────────────────────────────────────────

    async def _api(self, request: Request) -> Response:
        body, status = await self.call(
            request.path_params["method"], await _params(request), token=request.path_params["token"]
        )
        return JSONResponse(body, status_code=status)

    async def answer_in_response(self, body: bytes, content_type: str) -> None:
        """A webhook's answer may itself be a Bot API call ({"method": …}): Telegram runs it, telling nobody."""
        if not content_type.startswith("application/json") or not body:
            return
        params = json.loads(body)
        if isinstance(params, dict) and isinstance(params.get("method"), str):
            await self.call(params.pop("method"), params)

    async def call(
        self, method: str, params: dict[str, Any], *, token: str | None = None
    ) -> tuple[dict[str, Any], int]:
        """One Bot API call, recorded: (Telegram's JSON envelope, HTTP status)."""
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        try:
            if token is not None and token != self.token:
                raise ApiError(401, "Unauthorized")
            handler = getattr(self, f"_m_{method}", None)
            if handler is None:
                raise ApiError(404, "Not Found")
            self._check_faults(call)
            result = await handler(params) if method == "getUpdates" else handler(params)
        except ApiError as error:
            call.status = error.status
            if error.retry_after is not None:
                self.refused.append((call.at, error.retry_after, call))
            body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
            if error.retry_after is not None:
                body["parameters"] = {"retry_after": error.retry_after}
            await self._pulse()
            return body, error.status
        await self._pulse()
        return {"ok": True, "result": result}, 200

    async def _download(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return JSONResponse({"ok": False, "error_code": 401, "description": "Unauthorized"}, 401)
        file_id = request.path_params["path"].rsplit("/", 1)[-1]
        if file_id not in self.files:
            return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)
        return Response(self.files[file_id], media_type="application/octet-stream")

    def _check_faults(self, call: Call) -> None:
        now = call.at
        for flood in self.floods:
            if flood.started is None and self._accepted_sends >= flood.after and call.method in _SENDS:
                flood.started = now
            if flood.started is not None and now < flood.started + flood.seconds:
                raise ApiError(429, "Too Many Requests: retry later", math.ceil(flood.started + flood.seconds - now))
        chat_id = call.params.get("chat_id")
        chat_id = _int(chat_id) if chat_id is not None else None
        for fault in self.faults:
            if fault.times and fault.method == call.method and fault.chat_id in (None, chat_id):
                fault.times -= 1
                raise ApiError(fault.status, fault.description, fault.retry_after)

    def _reachable(self, chat_id: int) -> None:
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        if chat_id in self.never_started:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        if chat_id in self.vanished:
            raise ApiError(400, "Bad Request: chat not found")

    def _m_getMe(self, _params: dict[str, Any]) -> dict[str, Any]:
        return {**self.bot_user(), "can_join_groups": True, "can_read_all_group_messages": False}

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = _int(params.get("offset")) if params.get("offset") is not None else 0
        self.confirmed = max(self.confirmed, offset - 1)
        await self._pulse()  # whoever waits for a confirmation needn't wait for this long poll's end
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        if not self.updates and timeout > 0:
            try:
                await self.wait_for(lambda: bool(self.updates) or self._closing, timeout)
            except TimeoutError:
                return []
        return self.updates[: int(params.get("limit") or 100)]

    def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        self.webhook = params
        return True

    def _m_deleteWebhook(self, _params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _m_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands[params.get("language_code")] = params["commands"]
        return True

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        self.answered.append(params["callback_query_id"])
        return True

    def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _int(params["chat_id"])
        self._reachable(chat_id)
        text = _parsed(params.get("text", ""), params.get("parse_mode"), 4096)
        return self._record(Sent(chat_id, 0, text, _markup(params), time.monotonic()))

    def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._upload(params, "photo")

    def _m_sendDocument(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._upload(params, "document")

    def _upload(self, params: dict[str, Any], kind: str) -> dict[str, Any]:
        chat_id = _int(params["chat_id"])
        self._reachable(chat_id)
        upload = params.get(kind)
        if not isinstance(upload, tuple):
            raise ApiError(400, f"Bad Request: there is no {kind} in the request")
        caption = _parsed(params.get("caption", ""), params.get("parse_mode"), 1024, empty_ok=True)
        sent = Sent(chat_id, 0, caption, _markup(params), time.monotonic(), kind, upload[0], upload[1])
        return self._record(sent)

    def _record(self, sent: Sent) -> dict[str, Any]:
        self._next_message += 1
        sent.message_id = self._next_message
        self.sent.append(sent)
        self._messages[(sent.chat_id, sent.message_id)] = sent
        self._accepted_sends += 1
        return self._as_message(sent)

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._editable(params)
        markup = _markup(params)
        if markup == sent.markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup of the message",
            )
        sent.markup = markup
        return self._as_message(sent)

    def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        sent = self._editable(params)
        sent.text, sent.markup = (
            _parsed(params.get("text", ""), params.get("parse_mode"), 4096),
            _markup(params),
        )
        return self._as_message(sent)

    def _editable(self, params: dict[str, Any]) -> Sent:
        chat_id = _int(params.get("chat_id"))
        self._reachable(chat_id)
        found = self._messages.get((chat_id, _int(params.get("message_id"))))
        if found is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        return found

    def _m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = params.get("file_id", "")
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        if self.file_sizes[file_id] > DOWNLOAD_LIMIT:
            raise ApiError(400, "Bad Request: file is too big")
        return {
            "file_id": file_id,
            "file_unique_id": f"u{file_id}",
            "file_size": self.file_sizes[file_id],
            "file_path": f"documents/{file_id}",
        }


def commands_in(text: str) -> list[dict[str, Any]]:
    """bot_command entities as Telegram marks them: offsets and lengths in UTF-16 code units."""
    found = []
    for match in _COMMAND.finditer(text):
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match.group().encode("utf-16-le")) // 2
        found.append({"type": "bot_command", "offset": offset, "length": length})
    return found


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(400, "Bad Request: chat_id is empty") from None


def _parsed(text: str, parse_mode: str | None, limit: int, *, empty_ok: bool = False) -> str:
    """The text a person reads, as Telegram parses HTML; errors as Telegram words them."""
    if parse_mode == "HTML":
        bare = _TAG.sub("", text)
        if re.search(r"[<>&]", _ENTITY.sub("", bare)):
            raise ApiError(400, "Bad Request: can't parse entities: unsupported start tag or unescaped symbol")
        text = html.unescape(bare)
    if not text.strip() and not empty_ok:
        raise ApiError(400, "Bad Request: message text is empty")
    if len(text.encode("utf-16-le")) // 2 > limit:
        raise ApiError(400, "Bad Request: message is too long")
    return text


def _markup(params: dict[str, Any]) -> dict[str, Any] | None:
    markup = params.get("reply_markup")
    if not markup:
        return None
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if len(str(button.get("callback_data", "")).encode()) > 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
    return dict(markup)


async def _params(request: Request) -> dict[str, Any]:
    """Parameters however PTB sent them; JSON-encoded values are decoded, files are (name, bytes)."""
    kind = request.headers.get("content-type", "")
    body = await request.body()
    raw: dict[str, Any] = dict(request.query_params)
    uploads: dict[str, tuple[str, bytes]] = {}
    if kind.startswith("application/json"):
        raw.update(json.loads(body or b"{}"))
        return raw
    if kind.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            payload = payload if isinstance(payload, bytes) else b""
            if part.get_filename() is not None:
                uploads[str(name)] = (str(part.get_filename()), payload)
            else:
                raw[str(name)] = payload.decode()
    elif body:
        raw.update(parse_qsl(body.decode(), keep_blank_values=True))
    params: dict[str, Any] = {}
    for name, value in raw.items():
        if isinstance(value, str) and name not in _STRINGS:
            with suppress(ValueError):
                value = json.loads(value)
        if isinstance(value, str) and value.startswith("attach://"):
            value = uploads.get(value.removeprefix("attach://"), value)
        params[name] = value
    for name, upload in uploads.items():
        params.setdefault(name, upload)
    return params
