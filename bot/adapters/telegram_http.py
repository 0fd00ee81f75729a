"""python-telegram-bot's networking over aiohttp: the same requests as its httpx backend, for less CPU.

Every update costs a few Bot API calls, and httpx with httpcore's pool spends several times
more CPU per call than aiohttp (measured: ~3.5 ms against ~0.5 ms on our machines), which
is most of what handling an update costs. PTB lets a bot bring its own networking backend
(a `BaseRequest`); this one sends what the httpx one sends (form-encoded parameters, or
multipart when there are files; files are downloaded by GET) and maps failures the same way:
a timeout is `TimedOut`, anything else that went wrong on the way is `NetworkError`. As with
httpx, a request is never sent twice on our side, and a proxy set in the environment
(HTTPS_PROXY, ALL_PROXY, NO_PROXY) is used; it is looked up once per host, not per request.
"""

from __future__ import annotations

import urllib.request
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """A pool of keep-alive connections to the Bot API; timeouts as in PTB's `HTTPXRequest`."""

    def __init__(
        self,
        connection_pool_size: int = 32,
        *,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read, self._write, self._connect, self._pool = read_timeout, write_timeout, connect_timeout, pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        """Opens the pool (in the running event loop, as aiohttp wants)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            headers = {"User-Agent": self.USER_AGENT}
            self._session = aiohttp.ClientSession(connector=connector, headers=headers, trust_env=False)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data is not None and request_data.contains_files
        read = self._read if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout
        write = (
            (self._media_write if files else self._write)
            if write_timeout is BaseRequest.DEFAULT_NONE
            else write_timeout
        )
        connect = self._connect if connect_timeout is BaseRequest.DEFAULT_NONE else connect_timeout
        pool = self._pool if pool_timeout is BaseRequest.DEFAULT_NONE else pool_timeout
        # aiohttp has no write timeout: its read timer already runs while the request is written, so it gets both.
        timeout = aiohttp.ClientTimeout(connect=_sum(pool, connect), sock_connect=connect, sock_read=_sum(read, write))
        data, headers = _body(request_data)
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout, proxy=self._proxy(url)
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:  # aiohttp raises asyncio's, the builtin one
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _proxy(self, url: str) -> str | None:
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        if key not in self._proxies:
            bypass = parts.hostname is not None and urllib.request.proxy_bypass(parts.hostname)
            proxies = urllib.request.getproxies()
            self._proxies[key] = None if bypass else proxies.get(parts.scheme) or proxies.get("all")
        return self._proxies[key]


def _sum(first: float | None, second: float | None) -> float | None:
    """Two timeouts one after the other; None (no limit) wins."""
    return None if first is None or second is None else first + second


def _body(request_data: RequestData | None) -> tuple[bytes | aiohttp.FormData | None, dict[str, str] | None]:
    """Form-encoded parameters, or multipart with the files: what PTB's httpx backend sends."""
    if request_data is None:
        return None, None
    if not request_data.contains_files:
        return request_data.url_encoded_parameters().encode(), _FORM
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form, None
