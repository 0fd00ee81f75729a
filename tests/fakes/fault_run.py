"""The fault run: many users chatting and being nudged over simulated days while everything fails now and then.

The platform refuses or drops a share of messages (as a 429, a 5xx, a timeout or a dropped connection
would surface), X answers 503 now and then, and the nudge worker is killed mid-run (its task cancelled
between two messages) and started again. At the end it counts what was due, sent, lost and duplicated.
Used in short form by tests/test_fault_run.py and in full by `python -m benchmarks.fault_run`.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.adapters.base import DeliveryError
from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.messages import ChatKey, Outgoing
from bot.nudges.runner import NudgeRunner
from bot.nudges.schedule import local_instant, parse_hhmm, zone_of
from bot.services import Services
from bot.storage.models import User
from bot.storage.nudges import Nudge
from handlers import routes
from tests.fakes.chat import Chat, MemoryAdapter

START = datetime(2026, 3, 23, 0, 0, tzinfo=UTC)  # a week across the change to summer time in Europe
ZONES = ("Europe/Rome", "Europe/Paris", "Europe/Madrid", "America/Argentina/Buenos_Aires", "Pacific/Auckland")
FAULTS = (TimeoutError, ConnectionResetError, ConnectionError, OSError)


class FlakyPlatform(MemoryAdapter):
    """Fails a share of sends with the errors a real platform's client raises; a few users block us."""

    def __init__(self, rng: random.Random, failure_rate: float) -> None:
        super().__init__()
        self.rng = rng
        self.failure_rate = failure_rate
        self.faults = 0
        self.nudges: Counter[tuple[str, str]] = Counter()
        """Nudge messages delivered per (chat, UTC day)."""
        self.clock: FixedClock | None = None
        self._stop_label = translator("en")("button-stop-nudges")

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        if chat.chat_id in self.blocked:
            raise DeliveryError(chat.chat_id)
        if self.rng.random() < self.failure_rate:
            self.faults += 1
            raise self.rng.choice(FAULTS)("injected")
        await asyncio.sleep(0)
        sent = await super().send(chat, message)
        if self.clock is not None and any(b.label == self._stop_label for row in message.buttons for b in row):
            self.nudges[(chat.chat_id, self.clock.now().date().isoformat())] += 1
        return sent


@dataclass
class Report:
    users: int
    days: int
    updates: int = 0
    due: int = 0
    sent: int = 0
    silent: int = 0
    lost: int = 0
    duplicated: int = 0
    platform_faults: int = 0
    kills: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        return (
            f"{self.users} users over {self.days} days: updates handled {self.updates}, nudges due {self.due}, "
            f"sent {self.sent}, nothing to say {self.silent}, lost {self.lost}, duplicated {self.duplicated} "
            f"(platform faults injected {self.platform_faults}, workers killed {self.kills})"
        )


async def onboard(chat: Chat, rng: random.Random) -> int:
    """The whole onboarding, then the demo account; returns how many updates that took."""
    t = translator("en")
    steps = [
        ("send", "/start"), ("send", f"Bottega {chat.user_id}"), ("press", "sector-shop"), ("press", "goals-customers"),
        ("press", "button-done"), ("press", "customers-consumers"), ("press", "reach-local"), ("press", "onx-yes"),
        ("send", "15"), ("press", "autodms-no"), ("send", rng.choice(ZONES)),
        ("send", rng.choice(("08:30", "9", "12:30", "18:00", "21:45"))), ("send", "/demo"),
    ]  # fmt: skip
    for how, what in steps:
        await (chat.send(what) if how == "send" else chat.press(t(what)))
    return len(steps)


async def run(services: Services, clock: FixedClock, *, users: int, days: int, seed: int = 7,
              failure_rate: float = 0.15) -> Report:  # fmt: skip
    rng = random.Random(seed)
    platform = FlakyPlatform(rng, 0.0)
    coach = Coach(services, routes())
    coach.attach(platform)
    chats = [Chat(coach, platform, user_id=f"u{i}") for i in range(users)]
    clock.set(START - timedelta(days=1))
    report = Report(users, days)
    for chat in chats:
        report.updates += await onboard(chat, rng)
    platform.blocked.update(c.chat_id for c in rng.sample(chats, max(1, users // 50)))
    platform.failure_rate, platform.clock = failure_rate, clock
    step = timedelta(minutes=15)
    moment = START
    while moment < START + timedelta(days=days):
        clock.set(moment)
        for chat in rng.sample(chats, max(1, users // 40)):  # a few people talk to the coach
            with contextlib.suppress(FAULTS):  # the reply was lost on the way; the platform adapter logs it
                await chat.send(rng.choice(("/checkup", "/help", "/settings", "ciao 👋")))
            report.updates += 1
        runner = NudgeRunner(coach, worker=f"w{moment.isoformat()}")
        task = asyncio.create_task(runner.run_once(moment))
        if rng.random() < 0.05:  # the worker dies in the middle of its run
            await asyncio.sleep(0)
            for _ in range(rng.randint(1, 30)):
                await asyncio.sleep(0)
            task.cancel()
            report.kills += 1
        with contextlib.suppress(asyncio.CancelledError):
            report.outcomes.update((await task).outcomes)
        moment += step
    clock.set(moment + timedelta(hours=8))  # let the last claims expire and be taken up
    report.outcomes.update((await NudgeRunner(coach, worker="last").run_once(clock.now())).outcomes)
    await _count(services, platform, report, days)
    return report


async def _count(services: Services, platform: FlakyPlatform, report: Report, days: int) -> None:
    """Due: every onboarded, reachable user's local days in the week. Lost: due days with no settled nudge."""
    async with services.db.transaction() as session:
        users = (await session.scalars(select(User).where(User.onboarded))).all()
        nudges = (await session.scalars(select(Nudge))).all()
    settled = {(n.user_id, n.local_date): n.status for n in nudges}
    blocked = platform.blocked
    for user in users:
        zone, _ = zone_of(user.timezone)
        first = START.astimezone(zone).date()
        for offset in range(days):
            day = first + timedelta(days=offset)
            at = parse_hhmm(user.nudge_time or "")
            assert at is not None
            due_at = local_instant(day, at, zone)
            if not START <= due_at < START + timedelta(days=days) or user.chat_id in blocked:
                continue
            report.due += 1
            status = settled.get((user.id, day))
            if status == "sent":
                report.sent += 1
            elif status in ("silent", "quiet"):
                report.silent += 1
            else:
                report.lost += 1
    report.duplicated = sum(n - 1 for n in platform.nudges.values() if n > 1)
    report.platform_faults = platform.faults
