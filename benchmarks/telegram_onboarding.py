"""Telegram onboarding under load, over the webhook, against the fake Bot API: throughput and latency.

This process plays Telegram and the people: the fake Bot API (tests/e2e/fake_telegram.py)
records each sendMessage as it arrives, and updates are POSTed to the bot's webhook the way
Telegram delivers them (JSON, secret header, at most 40 connections at a time, Telegram's
default). A person goes through the whole onboarding: 13 updates (/start, the name, buttons and
typed answers down to the daily nudge time), each sent once the replies to the previous one
have arrived.

The bots under test each run in a process of their own, served by uvicorn:

* ours, on SQLite (a fresh file) and on PostgreSQL (a fresh database, dropped afterwards);
* a minimal python-telegram-bot echo bot (Starlette webhook, PTB's defaults) as the yardstick,
  against the same fake server in the same run.

Each bot is measured in two phases, one after the other in the same process:

1. **Saturation → throughput.** `--users` people (1,000) start at once and each answers as
   soon as the reply arrives (a closed loop). Reported: updates handled per second, and the
   CPU time the bot's process spent per update. Latency is not read here: in a closed loop at
   saturation it is just people ÷ throughput.
2. **Steady load → latency.** Updates arrive at random (a Poisson process, seeded) at a fixed
   rate the bot carries: by default half (`--load 0.5`) of the throughput *that same bot* reached
   in phase 1 of this run, or `--rate R` updates/s for every bot. An arrival is the next step of
   a person picked at random among those not waiting for a reply (`--steady-people`, 150, go
   through the whole onboarding, so every step is in the mix). This is an open loop: arrivals
   do not wait for earlier replies. Reported: p50/p99/max of the time from an update's arrival
   (its POST to the webhook, or its wait for a free connection) to the first sendMessage it
   causes, both stamped here, in the fake Bot API's process.

Targets (issue #3): ours reaches at least half the echo bot's saturation throughput (it writes
to a database and renders translated texts; the echo bot does neither) and a p99 under 50 ms
at the steady load. Our bot runs without its own flood limits here: Telegram caps any bot at
about 30 messages a second, which is not what this measures.

Run from the repository root:

    python -m benchmarks.telegram_onboarding [--users N] [--load F | --rate R] [--bots echo,sqlite,postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import logging
import os
import random
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
STEADY_FIRST = 1_000_000
"""People of the steady phase are numbered from here: new to the bot, like those of the saturation."""
WARM_UP = 10
REPLY_TIMEOUT = 60.0
P99_TARGET_MS = 50.0
BOTS = ("echo", "sqlite", "postgres")
NAMES = {"echo": "echo bot (minimal PTB)", "sqlite": "ours, SQLite", "postgres": "ours, PostgreSQL"}


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

    def forget(self) -> None:
        """Between phases: drops the record of every call and message, so this process stays small and its
        garbage collector's pauses (which would stall the fake server, and show as the bot's latency) short."""
        self.calls.clear()
        self.sent.clear()
        self._messages.clear()
        self.inboxes.clear()
        gc.collect()
        gc.freeze()


@dataclass
class Phase:
    updates: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    cpu: float = float("nan")
    """CPU seconds the bot's process spent during the phase."""
    offered: float = 0.0
    """Steady phase: the arrival rate asked for, updates/s."""

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    @property
    def cpu_per_update(self) -> float:
        return self.cpu / self.updates * 1000 if self.updates else float("nan")

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


@dataclass
class Result:
    name: str
    saturation: Phase = field(default_factory=Phase)
    steady: Phase = field(default_factory=Phase)
    note: str = ""

    @property
    def errors(self) -> int:
        return self.saturation.errors + self.steady.errors


# ── the people ──────────────────────────────────────────────────────────────────────────────


class Deliveries:
    """Telegram's side of the webhook: a few persistent connections, each POSTing one update at a time.

    A Bot API call given as the webhook's answer is run by the fake, as Telegram would.
    """

    def __init__(self, fake: MeasuredTelegram, connections: int) -> None:
        parts = urlsplit(fake.webhook_url)
        self.fake = fake
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
        head = (
            f"POST {self.path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Type: application/json\r\n"
            f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n"
        )
        streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                body, answer = await self.pending.get()
                request = f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
                for attempt in range(2):
                    streams = streams or await asyncio.open_connection(self.host, self.port)
                    try:
                        posted = time.monotonic()
                        status = await self._exchange(*streams, request)
                        answer.set_result((posted, status))
                        break
                    except (ConnectionError, asyncio.IncompleteReadError) as closed:
                        # The server closed a connection idle for too long: Telegram opens another one.
                        streams[1].close()
                        streams = None
                        if attempt:
                            answer.set_exception(closed)
        finally:
            if streams is not None:
                streams[1].close()

    async def _exchange(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> int:
        """One request on an open connection; the HTTP status (a Bot API call in the answer is run)."""
        writer.write(request)
        line = await reader.readline()
        if not line:
            raise ConnectionResetError("closed before answering")
        status = int(line.split()[1])
        length, kind = 0, ""
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
            elif name.strip().lower() == "content-type":
                kind = value.strip()
        reply = await reader.readexactly(length)
        if status == 200:
            await self.fake.answer_in_response(reply, kind)
        return status


class Person:
    """Someone going through the onboarding, one update at a time."""

    def __init__(self, fake: MeasuredTelegram, n: int) -> None:
        self.fake, self.n = fake, n
        self.t = translator(LANGS[n % len(LANGS)])
        self.me = fake.person(FIRST_USER + n, f"Person {n}", LANGS[n % len(LANGS)])
        self.inbox = fake.inboxes[self.me["id"]]
        self.shown: Sent | None = None
        self.step = 0
        self.off_script = 0
        """Buttons we meant to press but were not shown: the bot did not answer as expected."""

    @property
    def done(self) -> bool:
        return self.step >= len(STEPS)

    def next_update(self) -> dict[str, Any]:
        kind, what = STEPS[self.step]
        self.step += 1
        if kind == "say" or self.shown is None:
            return self.fake.text(self.me, what.format(n=self.n))
        label = self.t(what)
        if any(button.startswith(label) for button in self.shown.labels()):
            return self.fake.press(self.me, self.shown, self.shown.data_of(label))
        self.off_script += bool(self.shown.labels())  # the echo bot shows no buttons at all
        return self.fake.press(self.me, self.shown, "pressed")

    async def take_step(self, telegram: Deliveries, phase: Phase, arrived: float | None = None) -> bool:
        """Sends the next update; once its replies are in, notes the latency. False on a failure."""
        try:
            posted, status = await telegram.deliver(self.next_update())
        except (OSError, EOFError):  # the connection failed twice
            status = 0
        if status != 200:
            phase.errors += 1
            return False
        try:
            first = await asyncio.wait_for(self.inbox.get(), REPLY_TIMEOUT)
        except TimeoutError:
            phase.errors += 1
            return False
        phase.latencies.append(first.at - (posted if arrived is None else arrived))
        phase.updates += 1
        replies = [first]
        while not self.inbox.empty():  # ours answers the webhook once every reply is sent
            replies.append(self.inbox.get_nowait())
        self.shown = next((r for r in reversed(replies) if r.markup), replies[-1])
        return True

    async def onboard(self, telegram: Deliveries, phase: Phase) -> None:
        """Closed loop: each step as soon as the previous one is answered."""
        while not self.done and await self.take_step(telegram, phase):
            pass


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux; NaN elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def saturate(fake: MeasuredTelegram, telegram: Deliveries, users: int, pid: int) -> Phase:
    """Everyone at once, each answering as soon as the reply arrives: the most the bot can handle."""
    phase = Phase()
    people = [Person(fake, n) for n in range(users)]
    start, cpu = time.monotonic(), cpu_seconds(pid)
    await asyncio.gather(*(person.onboard(telegram, phase) for person in people))
    phase.seconds, phase.cpu = time.monotonic() - start, cpu_seconds(pid) - cpu
    phase.errors += sum(person.off_script for person in people)
    return phase


async def steady(fake: MeasuredTelegram, telegram: Deliveries, people: int, rate: float, pid: int) -> Phase:
    """Updates arriving at random at `rate` a second, whatever happens to the earlier ones (an open loop).

    Each arrival is the next step of someone picked at random among those not waiting for a reply;
    its latency runs from the arrival, so a wait for a free webhook connection counts too.
    """
    phase = Phase(offered=rate)
    everyone = [Person(fake, STEADY_FIRST + n) for n in range(people)]
    ready, woken = list(everyone), asyncio.Event()
    chance = random.Random(3)
    steps: set[asyncio.Task[None]] = set()

    async def step(person: Person, arrived: float) -> None:
        if await person.take_step(telegram, phase, arrived) and not person.done:
            ready.append(person)
            woken.set()

    loop = asyncio.get_running_loop()
    start, cpu = time.monotonic(), cpu_seconds(pid)
    due = loop.time()
    for _ in range(people * len(STEPS)):
        due += chance.expovariate(rate)
        await asyncio.sleep(max(0.0, due - loop.time()))
        while not ready:  # everyone is waiting for a reply: the bot is not keeping up
            woken.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(woken.wait(), REPLY_TIMEOUT)
            if not ready and not steps:
                break
        if not ready:
            break
        task = asyncio.create_task(step(ready.pop(chance.randrange(len(ready))), time.monotonic()))
        steps.add(task)
        task.add_done_callback(steps.discard)
    await asyncio.gather(*list(steps))
    phase.seconds, phase.cpu = time.monotonic() - start, cpu_seconds(pid) - cpu
    phase.errors += sum(person.off_script for person in everyone)
    return phase


async def measure(fake: MeasuredTelegram, name: str, pid: int, args: argparse.Namespace) -> Result:
    """A few people first, unmeasured (first imports, caches, connections), then the two phases."""
    telegram = Deliveries(fake, args.connections)
    delivering = asyncio.create_task(telegram.run())
    try:
        warm = Phase()
        await asyncio.gather(*(Person(fake, -1 - n).onboard(telegram, warm) for n in range(WARM_UP)))
        fake.forget()
        result = Result(name, saturation=await saturate(fake, telegram, args.users, pid))
        result.saturation.errors += warm.errors
        rate = args.rate or args.load * result.saturation.rate
        if rate > 0:
            fake.forget()
            result.steady = await steady(fake, telegram, args.steady_people, rate, pid)
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


async def run(args: argparse.Namespace) -> list[Result]:
    fake = MeasuredTelegram()
    results: list[Result] = []
    async with fake.serving() as api_url:
        for bot in args.bots:
            name = NAMES[bot]
            if bot == "echo":
                async with bot_process(fake, "echo", api_url, "") as pid:
                    results.append(await measure(fake, name, pid, args))
            elif bot == "sqlite":
                async with sqlite_database() as url, bot_process(fake, "ours", api_url, url) as pid:
                    results.append(await measure(fake, name, pid, args))
            else:
                try:
                    async with postgres_database() as url, bot_process(fake, "ours", api_url, url) as pid:
                        results.append(await measure(fake, name, pid, args))
                except (OSError, SQLAlchemyError) as unreachable:
                    note = f"skipped: PostgreSQL not reachable ({type(unreachable).__name__})"
                    results.append(Result(name, note=note))
    return results


def report(results: list[Result], args: argparse.Namespace) -> str:
    steps = len(STEPS)
    load = (
        f"{args.rate:g} updates/s for every bot"
        if args.rate
        else f"{args.load:.0%} of the bot's own saturation throughput"
    )
    lines = [
        f"Telegram onboarding over the webhook (≤ {args.connections} connections), fake Bot API on 127.0.0.1, "
        f"{steps} updates a person",
        f"saturation: {args.users} people at once, each answering as soon as the reply arrives (closed loop) "
        "→ throughput",
        f"steady load: {args.steady_people} other people, {args.steady_people * steps} updates arriving at random "
        f"(Poisson) at {load} (open loop) → latency, arrival to first sendMessage",
        "",
        f"{'':<24}{'── saturation ──':>28}   {'── steady load ─────────────────────────────':<45}",
        f"{'bot':<24}{'updates/s':>12}{'CPU ms/update':>16}   {'offered/s':>9}{'handled/s':>11}"
        f"{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}",
    ]
    for r in results:
        if r.note:
            lines.append(f"{r.name:<24}{r.note}")
            continue
        high, low = r.saturation, r.steady
        lines.append(
            f"{r.name:<24}{high.rate:>12.1f}{high.cpu_per_update:>16.1f}   {low.offered:>9.1f}{low.rate:>11.1f}"
            f"{low.percentile(0.5):>9.1f}{low.percentile(0.99):>9.1f}{low.percentile(1.0):>9.1f}{r.errors:>8}"
        )
    echo = next((r for r in results if r.name == NAMES["echo"] and not r.note), None)
    lines += [
        "",
        f"targets (issue #3): ≥ half the echo bot's throughput; p99 < {P99_TARGET_MS:g} ms at the steady load",
    ]
    for r in results:
        if r.note or r.name == NAMES["echo"]:
            continue
        if echo is None:
            half = "no echo bot in this run"
        else:
            floor = echo.saturation.rate / 2
            verdict = "PASS" if r.saturation.rate >= floor else "MISS"
            half = f"{r.saturation.rate:.1f} vs ≥ {floor:.1f} updates/s {verdict}"
        p99 = r.steady.percentile(0.99)
        fast = f"p99 {p99:.1f} ms {'PASS' if p99 < P99_TARGET_MS else 'MISS'}"
        lines.append(f"{r.name:<24}throughput {half};  {fast}")
    return "\n".join(lines)


def _bots(value: str) -> list[str]:
    chosen = [bot.strip() for bot in value.split(",") if bot.strip()]
    unknown = set(chosen) - set(BOTS)
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose among {', '.join(BOTS)}")
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.telegram_onboarding")
    parser.add_argument("--users", type=int, default=1000, help="people at once in the saturation phase")
    parser.add_argument("--connections", type=int, default=40, help="Telegram's webhook connections")
    steady_rate = parser.add_mutually_exclusive_group()
    steady_rate.add_argument(
        "--load", type=float, default=0.5, help="steady rate as a share of the bot's own saturation throughput"
    )
    steady_rate.add_argument("--rate", type=float, default=0.0, help="steady rate in updates/s, the same for every bot")
    parser.add_argument("--steady-people", type=int, default=150, help="people onboarding in the steady phase")
    parser.add_argument("--bots", type=_bots, default=list(BOTS), help="which bots, e.g. echo,sqlite")
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
    results = asyncio.run(run(args))
    print(report(results, args))
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
