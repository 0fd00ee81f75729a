"""A minimal chat platform over HTTP, for tests where messages leave other processes.

`POST /send` with {"chat_id", "text"} records the message and answers {"ok": true, "id": n}.
"""

from __future__ import annotations

import asyncio
from collections import Counter

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


class FakePlatform:
    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.received: Counter[str] = Counter()
        self.app = Starlette(routes=[Route("/send", self._send, methods=["POST"])])

    @property
    def total(self) -> int:
        return sum(self.received.values())

    async def _send(self, request: Request) -> JSONResponse:
        body = await request.json()
        if self.delay:
            await asyncio.sleep(self.delay)
        self.received[str(body["chat_id"])] += 1
        return JSONResponse({"ok": True, "id": self.total})
