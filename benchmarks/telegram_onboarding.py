"""Telegram onboarding under load: many people at once, over the webhook, against the fake Bot API.

This process plays Telegram and the people: the fake Bot API (tests/e2e/fake_telegram.py)
records each sendMessage as it arrives, and updates are POSTed to the bot's webhook the way
Telegram delivers them (JSON, secret header, at most 40 connections at a time, Telegram's
default). Each person answers as soon as the reply to the previous message has arrived: 13
updates each (/start, the name, buttons and typed answers down to the daily nudge time).

The bots under test each run in a process of their own, served by uvicorn:

* ours, on SQLite (a fresh file) and on PostgreSQL (a fresh database, dropped afterwards);
* a minimal python-telegram-bot echo bot (Starlette webhook, PTB's defaults) as the yardstick.

Reported: updates handled per second, and p50/p99 of the time from an update's POST to the
first sendMessage it causes, both stamped at the fake server. Target: at least half the echo
bot's throughput, p99 under 50 ms. Our bot runs without its own flood limits here: Telegram
caps any bot at about 30 messages a second, which is not what this measures.

Run from the repository root: python -m benchmarks.telegram_onboarding [--users N] [--connections C]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import shutil
import socket
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.i18n import translator
from tests.e2e.fake_telegram import TOKEN, FakeTelegram, Sent

SECRET = "benchmark-webhook-secret"
KEY = "YmVuY2htYXJrLWtleS1mb3ItbnVkZ2ViaXJkLTMyYj0="
PG_ADMIN = os.environ.get("NUDGEBIRD_BENCH_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
LANGS = ("it", "fr", "es", "en")
STEPS: tuple[tuple[str, str], ...] = (
    ("say", "/start"),
    ("say", "Forno {n}"),
    ("press", "sector-food"),
    ("press", "goals-customers"),
    ("press", "goals-community"),
    ("press", "button-done"),
    ("press", "customers-consumers"),
    ("press", "reach-local"),
    ("press", "onx-yes"),
    ("say", "20"),
    ("press", "autodms-no"),
    ("say", "Roma"),
    ("say", "9:15"),
)
FIRST_USER = 10_000_000
WARM_UP = 10


class MeasuredTelegram(FakeTelegram):
    """The fake Bot API, with a mailbox per chat so each person waits only for their own replies."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.inboxes: dict[int, asyncio.Queue[Sent]] = defaultdict(asyncio.Queue)
        self.webhook_url = ""

    def _record(self, sent: Sent) -> dict[str, Any]:
        answer = super()._record(sent)
        self.inboxes[sent.chat_id].put_nowait(sent)
        return answer


@dataclass
class Result:
    name: str
    updates: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    cpu: float = float("nan")
    """CPU seconds the bot's process spent during the measured run."""
    note: str = ""

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


# ── the people ──────────────────────────────────────────────────────────────────────────────


class Deliveries:
    """Telegram's side of the webhook: a few persistent connections, each POSTing one update at a time."""

    def __init__(self, url: str, connections: int) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.path = parts.hostname or "127.0.0.1", parts.port or 80, parts.path
        self.connections = connections
        self.pending: asyncio.Queue[tuple[bytes, asyncio.Future[tuple[float, int]]]] = asyncio.Queue()

    async def deliver(self, update: dict[str, Any]) -> tuple[float, int]:
        """(when it was posted, the HTTP status)."""
        answer: asyncio.Future[tuple[float, int]] = asyncio.get_running_loop().create_future()
        await self.pending.put((json.dumps(update).encode(), answer))
        return await answer

    async def run(self) -> None:
        await asyncio.gather(*(self._connection() for _ in range(self.connections)))

    async def _connection(self) -> None:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
            f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n"
        )
        try:
            while True:
                body, answer = await self.pending.get()
                posted = time.monotonic()
                writer.write(f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body)
                status = int((await reader.readline()).split()[1])
                length = 0
                while (line := await reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.decode().partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                await reader.readexactly(length)
                answer.set_result((posted, status))
        finally:
            writer.close()


async def person(fake: MeasuredTelegram, telegram: Deliveries, n: int, result: Result) -> None:
    lang = LANGS[n % len(LANGS)]
    t = translator(lang)
    me = fake.person(FIRST_USER + n, f"Person {n}", lang)
    inbox = fake.inboxes[me["id"]]
    shown: Sent | None = None
    for kind, what in STEPS:
        if kind == "say" or shown is None:
            update = fake.text(me, what.format(n=n))
        else:
            labels = [b["text"] for b in shown.buttons()]
            data = shown.data_of(t(what)) if any(label.startswith(t(what)) for label in labels) else "pressed"
            update = fake.press(me, shown, data)
        posted, status = await telegram.deliver(update)
        if status != 200:
            result.errors += 1
            return
        try:
            first = await asyncio.wait_for(inbox.get(), 60)
        except TimeoutError:
            result.errors += 1
            return
        result.latencies.append(first.at - posted)
        result.updates += 1
        replies = [first]
        while not inbox.empty():
            replies.append(inbox.get_nowait())
        shown = next((r for r in reversed(replies) if r.markup), replies[-1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux; NaN elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(fake: MeasuredTelegram, name: str, users: int, connections: int, pid: int) -> Result:
    """A few people first, unmeasured (first imports, caches, connections), then everyone at once."""
    telegram = Deliveries(fake.webhook_url, connections)
    delivering = asyncio.create_task(telegram.run())
    try:
        warm = Result("warm-up")
        await asyncio.gather(*(person(fake, telegram, -1 - n, warm) for n in range(WARM_UP)))
        result = Result(name, errors=warm.errors)
        start, cpu = time.monotonic(), cpu_seconds(pid)
        await asyncio.gather(*(person(fake, telegram, n, result) for n in range(users)))
        result.seconds, result.cpu = time.monotonic() - start, cpu_seconds(pid) - cpu
    finally:
        delivering.cancel()
        await asyncio.gather(delivering, return_exceptions=True)
    return result


# ── the bots, each in a process of its own ──────────────────────────────────────────────────


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.asynccontextmanager
async def bot_process(fake: MeasuredTelegram, kind: str, api_url: str, database_url: str) -> AsyncIterator[int]:
    port = _free_port()
    fake.webhook = None
    command = [sys.executable, "-m", "benchmarks.telegram_onboarding", "--serve", kind]
    command += ["--api-url", api_url, "--port", str(port), "--database-url", database_url]
    process = await asyncio.create_subprocess_exec(*command)
    try:
        async with httpx.AsyncClient() as probe:
            deadline = time.monotonic() + 60
            while True:
                if process.returncode is not None:
                    raise RuntimeError(f"the {kind} bot stopped at start (exit {process.returncode})")
                with contextlib.suppress(httpx.HTTPError):
                    if fake.webhook and (await probe.get(f"http://127.0.0.1:{port}/")).status_code:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the {kind} bot did not start")
                await asyncio.sleep(0.1)
        fake.webhook_url = str(fake.webhook["url"])
        yield process.pid
    finally:
        if process.returncode is None:
            process.terminate()
            await process.wait()


def _settings(api_url: str, port: int, database_url: str) -> Any:
    from pydantic import SecretStr

    from bot.settings import Settings

    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        telegram_bot_token=SecretStr(TOKEN),
        telegram_api_url=api_url,
        telegram_webhook_secret=SecretStr(SECRET),
        public_url=f"http://127.0.0.1:{port}",
        encryption_keys=SecretStr(KEY),
    )


async def serve_ours(api_url: str, port: int, database_url: str) -> None:
    from bot import logs
    from bot.adapters.telegram import UNLIMITED, TelegramWebhook
    from bot.coach import Coach
    from bot.services import Services
    from bot.web.app import build_app
    from bot.web.serve import serve
    from handlers import routes

    logs.configure(logging.WARNING)
    settings = _settings(api_url, port, database_url)
    services = Services.create(settings)
    try:
        async with TelegramWebhook(settings, Coach(services, routes()), limits=UNLIMITED) as telegram:
            await serve(build_app(telegram.routes), port, host="127.0.0.1")
    finally:
        await services.close()


async def serve_echo(api_url: str, port: int) -> None:
    """The yardstick: python-telegram-bot's own custom-webhook example, reduced to an echo."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route
    from telegram import Update
    from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    from bot.adapters.telegram_app import file_url

    builder = Application.builder().token(TOKEN).base_url(api_url).base_file_url(file_url(api_url))
    application = builder.updater(None).build()

    async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text(update.message.text or "")

    async def button(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.message is not None
        await query.answer()
        await application.bot.send_message(query.message.chat.id, query.data or "")

    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.add_handler(CallbackQueryHandler(button))

    async def telegram(request: Request) -> Response:
        await application.update_queue.put(Update.de_json(await request.json(), application.bot))
        return Response()

    web = uvicorn.Server(
        uvicorn.Config(
            Starlette(routes=[Route("/telegram/webhook", telegram, methods=["POST"])]),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
        )
    )
    url = f"http://127.0.0.1:{port}/telegram/webhook"
    async with application:
        await application.bot.set_webhook(url, secret_token=SECRET)
        await application.start()
        await web.serve()
        await application.stop()


# ── databases ───────────────────────────────────────────────────────────────────────────────


@contextlib.asynccontextmanager
async def sqlite_database() -> AsyncIterator[str]:
    from bot.storage.db import upgrade_schema

    folder = tempfile.mkdtemp(prefix="nudgebird-bench-")
    url = f"sqlite+aiosqlite:///{folder}/bench.db"
    try:
        await asyncio.to_thread(upgrade_schema, url)
        yield url
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def _admin(statement: str) -> None:
    engine = create_async_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(text(statement))
    finally:
        await engine.dispose()


@contextlib.asynccontextmanager
async def postgres_database() -> AsyncIterator[str]:
    from bot.storage.db import upgrade_schema

    name = f"nudgebird_bench_{uuid.uuid4().hex[:10]}"
    await _admin(f'CREATE DATABASE "{name}"')
    try:
        url = make_url(PG_ADMIN).set(database=name).render_as_string(hide_password=False)
        await asyncio.to_thread(upgrade_schema, url)
        yield url
    finally:
        await _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# ── the run ─────────────────────────────────────────────────────────────────────────────────


async def run(users: int, connections: int) -> list[Result]:
    fake = MeasuredTelegram()
    results: list[Result] = []
    async with fake.serving() as api_url:
        async with bot_process(fake, "echo", api_url, "") as pid:
            results.append(await drive(fake, "echo bot (minimal PTB)", users, connections, pid))
        async with sqlite_database() as url, bot_process(fake, "ours", api_url, url) as pid:
            results.append(await drive(fake, "ours, SQLite", users, connections, pid))
        try:
            async with postgres_database() as url, bot_process(fake, "ours", api_url, url) as pid:
                results.append(await drive(fake, "ours, PostgreSQL", users, connections, pid))
        except (OSError, SQLAlchemyError) as unreachable:
            note = f"skipped: PostgreSQL not reachable ({type(unreachable).__name__})"
            results.append(Result("ours, PostgreSQL", note=note))
    return results


def report(results: list[Result], users: int, connections: int) -> str:
    lines = [
        f"Telegram onboarding: {users} people at once, {len(STEPS)} updates each, webhook "
        f"(≤ {connections} connections), fake Bot API on 127.0.0.1",
        f"{'bot':<26}{'updates/s':>11}{'p50 ms':>9}{'p99 ms':>9}{'CPU ms/update':>15}{'errors':>8}",
    ]
    for r in results:
        if r.note:
            lines.append(f"{r.name:<26}{r.note}")
            continue
        per_update = r.cpu / r.updates * 1000 if r.updates else float("nan")
        lines.append(
            f"{r.name:<26}{r.rate:>11.1f}{r.percentile(0.5):>9.1f}{r.percentile(0.99):>9.1f}"
            f"{per_update:>15.1f}{r.errors:>8}"
        )
    echo = results[0].rate
    for r in results[1:]:
        if not r.note:
            half = "met" if r.rate >= echo / 2 else "NOT met"
            fast = "met" if r.percentile(0.99) < 50 else "NOT met"
            lines.append(f"{r.name}: half the echo bot's throughput {half}, p99 under 50 ms {fast}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.telegram_onboarding")
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--connections", type=int, default=40, help="Telegram's webhook connections")
    parser.add_argument("--serve", choices=["ours", "echo"], help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve == "ours":
        asyncio.run(serve_ours(args.api_url, args.port, args.database_url))
        return 0
    if args.serve == "echo":
        asyncio.run(serve_echo(args.api_url, args.port))
        return 0
    results = asyncio.run(run(args.users, args.connections))
    print(report(results, args.users, args.connections))
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
