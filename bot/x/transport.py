"""X reads over aiohttp, as an httpx transport: the answer is read whole before it is handed back.

A nudge makes three reads, so what a read costs on our side counts. httpcore's pool spends about three
times more CPU per request than aiohttp; httpx-aiohttp's transport then re-parses the URL in yarl and
streams the body through two layers of async iterators. Here the URL httpx already built goes to aiohttp
as it is (`encoded=True`), the body comes back in one read, and httpx decodes it as usual. Failures come
out as httpx's exceptions: ConnectError when no connection could be made, ReadTimeout or ConnectTimeout
for time limits, ReadError for anything else that broke on the way (a malformed answer, a cut connection).
"""

from __future__ import annotations

import aiohttp
import httpx
from yarl import URL


class AiohttpReads(httpx.AsyncBaseTransport):
    """Keep-alive connections to X for GET requests; the session is made on first use, inside the event loop.
    The proxy is decided by the caller, once: aiohttp's trust_env would read the environment and ~/.netrc
    again for every request."""

    def __init__(self, *, connections: int, proxy: str | None = None) -> None:
        self._connections = connections
        self._proxy = proxy
        self._session: aiohttp.ClientSession | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session
        if session is None or session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            session = self._session = aiohttp.ClientSession(connector=connector, trust_env=False, auto_decompress=False)
        limits = request.extensions.get("timeout", {})
        timeout = aiohttp.ClientTimeout(sock_connect=limits.get("connect"), sock_read=limits.get("read"))
        try:
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=request.content or None,
                allow_redirects=False,
                proxy=self._proxy,
                timeout=timeout,
            ) as answer:
                body = await answer.read()
        except aiohttp.ConnectionTimeoutError as exc:
            raise httpx.ConnectTimeout(str(exc), request=request) from exc
        except TimeoutError as exc:
            raise httpx.ReadTimeout(str(exc), request=request) from exc
        except aiohttp.ClientConnectorError as exc:
            raise httpx.ConnectError(str(exc), request=request) from exc
        except aiohttp.ClientError as exc:
            raise httpx.ReadError(str(exc), request=request) from exc
        return httpx.Response(
            answer.status,
            headers=answer.raw_headers,
            content=body,
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
