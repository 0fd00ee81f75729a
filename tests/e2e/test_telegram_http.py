"""PTB's requests over aiohttp: what a server that is not there, one that never answers, and a proxy make of them.

Everything else (form-encoded calls, uploads, downloads, 429s) goes through it in every other Telegram test.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest
from telegram.error import NetworkError, TimedOut

from bot.adapters.telegram_http import AiohttpRequest

Talk = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@asynccontextmanager
async def server(talk: Talk) -> AsyncIterator[int]:
    """A bare TCP server on 127.0.0.1; yields its port."""
    listening = await asyncio.start_server(talk, "127.0.0.1", 0)
    try:
        yield listening.sockets[0].getsockname()[1]
    finally:
        listening.close()


@asynccontextmanager
async def request(**timeouts: float) -> AsyncIterator[AiohttpRequest]:
    client = AiohttpRequest(4, **timeouts)
    await client.initialize()
    try:
        yield client
    finally:
        await client.shutdown()


async def test_nothing_listening_is_a_network_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    async with request() as client:
        with pytest.raises(NetworkError) as refused:
            await client.do_request(f"http://127.0.0.1:{port}/botX/getMe", "POST")
    assert not isinstance(refused.value, TimedOut)


async def test_a_bot_api_that_does_not_answer_in_time_is_timed_out() -> None:
    async def silent(reader: asyncio.StreamReader, _writer: asyncio.StreamWriter) -> None:
        await reader.read()  # reads the request, answers nothing until the client gives up

    async with server(silent) as port, request(read_timeout=0.2, write_timeout=0.1) as client:
        with pytest.raises(TimedOut):
            await client.do_request(f"http://127.0.0.1:{port}/botX/getMe", "POST")


async def test_a_proxy_from_the_environment_carries_the_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readline())
        body = b'{"ok": true, "result": true}'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        writer.write(body)
        await writer.drain()
        writer.close()

    async with server(proxy) as port:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with request() as client:
            status, body = await client.do_request("http://api.telegram.invalid/botX/getMe", "POST")
    assert (status, body) == (200, b'{"ok": true, "result": true}')
    assert seen == [b"POST http://api.telegram.invalid/botX/getMe HTTP/1.1\r\n"]
