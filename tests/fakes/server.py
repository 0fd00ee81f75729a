"""Run any ASGI app on 127.0.0.1 for a test: in the test's own event loop, or in a thread of its own.

`async with serve_asgi(app) as base_url` serves from a task of the running loop (for async clients);
`with serve_asgi_in_thread(app) as base_url` serves from a thread with its own loop (for blocking clients).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from typing import Any

import uvicorn

STARTUP_TIMEOUT = 10.0


class _QuietServer(uvicorn.Server):
    """A uvicorn server that leaves signal handlers alone (pytest owns Ctrl+C)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield

    async def main_loop(self) -> None:
        # uvicorn looks at should_exit every 0.1 s; tests start and stop servers often, so look more often.
        ticks = 0
        should_exit = await self.on_tick(0)
        while not should_exit:
            await asyncio.sleep(0.01)
            ticks += 1
            should_exit = self.should_exit or (ticks % 10 == 0 and await self.on_tick(ticks // 10))


def _make_server(app: Callable[..., Any], port: int) -> _QuietServer:
    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        access_log=False,
        timeout_graceful_shutdown=2,
    )
    return _QuietServer(config)


def _base_url(server: uvicorn.Server) -> str:
    sockets = server.servers[0].sockets
    port = sockets[0].getsockname()[1]
    return f"http://127.0.0.1:{port}"


@contextlib.asynccontextmanager
async def serve_asgi(app: Callable[..., Any], *, port: int = 0) -> AsyncIterator[str]:
    """Serve `app` as a task in the running loop; yields its base URL, shuts down cleanly after."""
    server = _make_server(app, port)
    task = asyncio.create_task(server.serve(), name="serve_asgi")
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if task.done():
                task.result()  # raises what stopped it
                raise RuntimeError("the test server stopped before it started")
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start in time")
            await asyncio.sleep(0.005)
        yield _base_url(server)
    finally:
        server.should_exit = True
        done, _ = await asyncio.wait({task}, timeout=STARTUP_TIMEOUT)
        if not done:
            task.cancel()
            await asyncio.wait({task})
        if not task.cancelled():
            task.exception()  # mark it retrieved; a start-up failure was raised above already


@contextlib.contextmanager
def serve_asgi_in_thread(app: Callable[..., Any], *, port: int = 0) -> Iterator[str]:
    """Serve `app` from a thread with its own event loop, for tests of blocking clients."""
    server = _make_server(app, port)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve())
        except BaseException as exc:  # reported to the caller below
            failure.append(exc)

    thread = threading.Thread(target=run, name="serve_asgi_in_thread", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("the test server stopped before it started") from (
                    failure[0] if failure else None
                )
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start in time")
            time.sleep(0.005)
        yield _base_url(server)
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)
