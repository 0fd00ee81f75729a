"""A nudge worker in its own process, sending to the fake HTTP platform (run by the scale-out tests).

python -m tests.nudges.worker_proc DATABASE_URL PLATFORM_URL ISO_INSTANT WORKER_NAME [--on-go]

With --on-go it prints "ready" once started and waits for a line on stdin before running (benchmarks start
their workers together, after their start-up).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from datetime import datetime

import aiohttp

from bot.adapters.base import Adapter
from bot.cli import start_up_frozen
from bot.clock import FixedClock
from bot.coach import Coach
from bot.messages import ChatKey, Outgoing
from bot.nudges.runner import NudgeRunner
from bot.services import Services
from handlers import routes
from tests.conftest import make_settings


class HttpPlatform(Adapter):
    """Sends over aiohttp, as the Telegram adapter does (PTB's requests go through aiohttp)."""

    platform = "memory"

    def __init__(self, base_url: str) -> None:
        self.url = f"{base_url}/send"
        self.http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        async with self.http.post(self.url, json={"chat_id": chat.chat_id, "text": message.text}) as response:
            response.raise_for_status()
            return str((await response.json())["id"])


async def main(database_url: str, platform_url: str, at: str, name: str, *flags: str) -> None:
    """X_API_URL, X_CLIENT_ID and X_CLIENT_SECRET in the environment let the worker sync accounts first."""
    moment = datetime.fromisoformat(at)
    x = {k.lower(): os.environ[k] for k in ("X_API_URL", "X_CLIENT_ID", "X_CLIENT_SECRET") if k in os.environ}
    services = Services.create(make_settings(database_url, **x), clock=FixedClock(moment))
    coach = Coach(services, routes())
    platform = HttpPlatform(platform_url)
    coach.attach(platform)
    with start_up_frozen():  # as `nudgebird worker` does
        if "--on-go" in flags:
            print("ready", flush=True)
            if not sys.stdin.readline():  # blocking: nothing else runs yet
                raise SystemExit("no go: the benchmark is gone")
        started, cpu = time.perf_counter(), time.process_time()
        stats = await NudgeRunner(coach, worker=name).run_once(moment)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"outcomes": dict(stats.outcomes), "seconds": seconds, "cpu": cpu}), flush=True)
    await platform.http.close()
    await services.close()


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
