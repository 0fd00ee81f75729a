"""Slack over HTTP: /slack/events (Events API, interactivity, the slash command) and the OAuth pages.

Before bolt sees a request: a missing or wrong signature, or a timestamp more than five
minutes off, is a 401; a body that is not what Slack sends is a 400. Bolt checks the
signature again; nothing reaches a listener unverified.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Mapping
from typing import Any

from slack_bolt.adapter.starlette.async_handler import AsyncSlackRequestHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.request.internals import parse_body
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.adapters.base import StartError
from bot.settings import Settings
from bot.web.pages import browser_language, page

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
MAX_DEPTH = 24
MAX_AGE_SECONDS = 300

# Keys bolt reads anywhere in a payload, and what they may hold.
_OBJECTS = frozenset(
    {"enterprise", "team", "user", "channel", "view", "item", "message", "previous_message", "container"}
)
_OBJECTS_ONLY = frozenset({"event", "assistant_thread", "function_data", "tokens"})
_LISTS_OF_OBJECTS = frozenset({"authorizations", "actions", "response_urls", "blocks"})


def verified(secret: bytes, body: bytes, headers: Mapping[str, str], now: float) -> bool:
    """Slack's signature (v0, HMAC-SHA256) over the exact bytes, made less than five minutes ago."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp.isdigit() or abs(now - int(timestamp)) > MAX_AGE_SECONDS:
        return False
    expected = "v0=" + hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def parse(body: bytes, content_type: str) -> dict[str, Any] | None:
    """The payload as bolt will read it, or None when it is not one Slack would send."""
    try:
        payload = parse_body(body.decode("utf-8"), content_type or None)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return payload if isinstance(payload, dict) and well_formed(payload) else None


def well_formed(payload: dict[str, Any]) -> bool:
    """The shapes bolt and our listeners rely on; anything else is refused before it can fail inside."""
    kind = payload.get("type")
    if not (isinstance(kind, str) or isinstance(payload.get("command"), str) or "ssl_check" in payload):
        return False
    if kind == "event_callback":
        event = payload.get("event")
        if not isinstance(event, dict) or not isinstance(event.get("type"), str):
            return False
    if kind == "block_actions":
        actions = payload.get("actions")
        if not isinstance(actions, list) or not actions:
            return False
        if not all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions):
            return False
    return _fits(payload, 0)


def _fits(value: object, depth: int) -> bool:
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, list):
        return all(_fits(item, depth + 1) for item in value)
    if not isinstance(value, dict):
        return True
    for key, item in value.items():
        if key in _OBJECTS and not (item is None or isinstance(item, str | dict)):
            return False
        if key in _OBJECTS_ONLY and not isinstance(item, dict):
            return False
        if key in _LISTS_OF_OBJECTS and not (isinstance(item, list) and all(isinstance(i, dict) for i in item)):
            return False
        if not _fits(item, depth + 1):
            return False
    return True


def slack_routes(app: AsyncApp, settings: Settings) -> list[BaseRoute]:
    """Routes for bot.web.app.build_app; needs SLACK_SIGNING_SECRET."""
    if settings.slack_signing_secret is None or not settings.slack_signing_secret.get_secret_value().strip():
        raise StartError("Slack over HTTP needs SLACK_SIGNING_SECRET")
    secret = settings.slack_signing_secret.get_secret_value().encode()
    handler = AsyncSlackRequestHandler(app)

    async def events(request: Request) -> Response:
        body = await request.body()
        if not verified(secret, body, request.headers, time.time()):
            return PlainTextResponse("invalid signature", status_code=401)
        content_type = request.headers.get("content-type", "").split(";")[0].strip()
        if parse(body, content_type) is None:
            return PlainTextResponse("malformed request", status_code=400)
        return await handler.handle(request)

    async def oauth(request: Request) -> Response:
        try:
            return await handler.handle(request)
        except Exception:  # the database or Slack out of reach: a page that says so, never a bare 500
            log.exception("slack install page failed")
            language = browser_language(request.headers.get("accept-language", ""), settings.default_language)
            return page(language, "slack-install-problem-title", "slack-install-unavailable", 503)

    routes: list[BaseRoute] = [Route(EVENTS_PATH, events, methods=["POST"])]
    if app.oauth_flow is not None:
        routes += [
            Route(INSTALL_PATH, oauth, methods=["GET"]),
            Route(REDIRECT_PATH, oauth, methods=["GET"]),
        ]
    return routes
