"""Slack's Web API as we call it: a client per workspace token, 429s retried, a pace per channel."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Mapping
from contextlib import asynccontextmanager
from typing import Any, Protocol
from urllib.parse import urlsplit

import httpx
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.async_handler import AsyncRetryHandler
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_slack_response import AsyncSlackResponse

from bot.adapters.base import DeliveryError
from bot.messages import FileUnavailable
from bot.metrics import metrics

_SLACK_TOKEN = re.compile(r"\bx(?:ox[a-z]|app)-[\w-]+")


class _HideSlackTokens(logging.Filter):
    """slack_sdk logs whole response bodies at DEBUG, and oauth.v2.access answers with the workspace's token."""

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        if _SLACK_TOKEN.search(text):
            record.msg, record.args = _SLACK_TOKEN.sub("[hidden]", text), None
        return True


SDK_LOG = logging.getLogger("bot.adapters.slack_web.sdk")
"""The logger our Web API clients write to (instead of slack_sdk's own), with tokens hidden."""
SDK_LOG.addFilter(_HideSlackTokens())

GONE = frozenset(
    {
        "account_inactive",
        "channel_not_found",
        "invalid_auth",
        "is_archived",
        "not_authed",
        "not_in_channel",
        "team_access_not_granted",
        "token_revoked",
        "user_disabled",
        "user_not_found",
    }
)
"""Errors that will not go away by trying again: the chat, the person or our installation is gone."""
DOWNLOAD_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class TokenSource(Protocol):
    async def bot_token(self, workspace: str) -> str | None: ...


class SingleToken:
    """Single-workspace mode: SLACK_BOT_TOKEN serves every request."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def bot_token(self, workspace: str) -> str | None:
        return self._token


class ChannelPace:
    """Slack takes about one message a second per channel: a channel's posts go one at a time, spaced out.

    Bursts wait their turn instead of being refused; other channels are not held up.
    """

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._locks: dict[str, asyncio.Lock] = {}
        self._last: dict[str, float] = {}

    @asynccontextmanager
    async def turn(self, channel: str) -> AsyncIterator[None]:
        async with self._locks.setdefault(channel, asyncio.Lock()):
            delay = self._last.get(channel, float("-inf")) + self.interval - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                yield
            finally:
                self._last[channel] = time.monotonic()
        if len(self._locks) > 10_000:
            self._forget_idle()

    def _forget_idle(self) -> None:
        quiet = time.monotonic() - self.interval
        for channel in [c for c, lock in self._locks.items() if not lock.locked() and self._last.get(c, 0) < quiet]:
            del self._locks[channel]
            self._last.pop(channel, None)


class _CountedRateLimitHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's own Retry-After handling, with each 429 counted in the metrics."""

    async def _can_retry_async(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if response is not None and response.status_code == 429:
            metrics.platform_429("slack")
        return await super()._can_retry_async(state=state, request=request, response=response, error=error)


def retry_handlers(rate_limit_retries: int = 2) -> list[AsyncRetryHandler]:
    """Retry-After honoured on 429; one more try when the connection drops."""
    return [
        _CountedRateLimitHandler(max_retry_count=rate_limit_retries),
        AsyncConnectionErrorRetryHandler(),
    ]


def web_client(base_url: str, token: str | None = None) -> AsyncWebClient:
    return AsyncWebClient(token=token, base_url=_with_slash(base_url), retry_handlers=retry_handlers(), logger=SDK_LOG)


class SlackWeb:
    """Finds the token of a workspace and calls the Web API with it."""

    def __init__(self, base_url: str, tokens: TokenSource, pace: ChannelPace | None = None) -> None:
        self.base_url = _with_slash(base_url)
        self.tokens = tokens
        self.pace = pace or ChannelPace()

    async def client(self, workspace: str) -> AsyncWebClient:
        """Raises DeliveryError when the workspace has no installation (any more)."""
        token = await self.tokens.bot_token(workspace)
        if token is None:
            raise DeliveryError("workspace not installed")
        return web_client(self.base_url, token)

    async def post(self, workspace: str, channel: str, **fields: Any) -> str:
        """chat.postMessage at the channel's pace; returns the message ts."""
        client = await self.client(workspace)
        async with self.pace.turn(f"{workspace}/{channel}"):
            response = await _call(client.chat_postMessage(channel=channel, **fields))
        return str(response.get("ts") or "")

    async def update(self, workspace: str, channel: str, ts: str, **fields: Any) -> None:
        client = await self.client(workspace)
        await _call(client.chat_update(channel=channel, ts=ts, **fields))

    async def upload(self, workspace: str, channel: str, *, data: bytes, filename: str, comment: str) -> None:
        """A file into the channel (files.getUploadURLExternal, the upload, files.completeUploadExternal)."""
        client = await self.client(workspace)
        async with self.pace.turn(f"{workspace}/{channel}"):
            await _call(
                client.files_upload_v2(channel=channel, file=data, filename=filename, initial_comment=comment or None)
            )


    async def file_info(self, workspace: str, file_id: str) -> Mapping[str, Any]:
        """files.info: a shared file's name, size and download URL, when the event left them out."""
        client = await self.client(workspace)
        response = await _call(client.files_info(file=file_id))
        file = response.get("file")
        return file if isinstance(file, Mapping) else {}

    async def download(self, workspace: str, url: str, max_bytes: int) -> bytes:
        """A file shared with the app (its url_private_download), fetched with the workspace's bot token.

        The token goes only to Slack's hosts (or to SLACK_API_URL's, for a proxy or the tests' fake).
        Raises FileUnavailable when Slack does not hand the file over or sends more than `max_bytes`.
        """
        if not self._serves_files(url):
            raise FileUnavailable("not a Slack file address")
        token = await self.tokens.bot_token(workspace)
        if token is None:
            raise FileUnavailable("workspace not installed")
        chunks: list[bytes] = []
        received = 0
        try:
            async with (
                httpx.AsyncClient(timeout=DOWNLOAD_TIMEOUT, follow_redirects=True) as http,
                http.stream("GET", url, headers={"Authorization": f"Bearer {token}"}) as response,
            ):
                if response.status_code != 200:
                    raise FileUnavailable(f"status {response.status_code}")
                if response.headers.get("content-type", "").startswith("text/html"):
                    raise FileUnavailable("Slack's sign-in page instead of the file")  # what it sends without access
                async for chunk in response.aiter_bytes():
                    received += len(chunk)
                    if received > max_bytes:
                        raise FileUnavailable("larger than announced")
                    chunks.append(chunk)
        except httpx.HTTPError as error:
            raise FileUnavailable(type(error).__name__) from None
        return b"".join(chunks)

    def _serves_files(self, url: str) -> bool:
        parts, api = urlsplit(url), urlsplit(self.base_url)
        host = parts.hostname or ""
        slack = parts.scheme == "https" and (host == "slack.com" or host.endswith(".slack.com"))
        return slack or (parts.scheme, parts.netloc) == (api.scheme, api.netloc)


async def _call(request: Awaitable[AsyncSlackResponse]) -> AsyncSlackResponse:
    try:
        return await request
    except SlackApiError as error:
        if error.response.get("error") in GONE:
            raise DeliveryError(str(error.response.get("error"))) from error
        raise


def _with_slash(url: str) -> str:
    return url if url.endswith("/") else url + "/"
