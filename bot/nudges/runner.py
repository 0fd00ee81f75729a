"""Running the daily nudges: claim what is due, decide, send, record — on one process or many.

A nudge row is inserted for (user, local date) under a unique constraint before anything is
sent, then marked with its outcome. A worker that dies leaves rows "claimed" whose claim
expires; any worker takes them up again. The only duplicate possible is a message the platform
accepted just before the worker died, before "sent" was committed.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from bot.coach import Coach, Pushed
from bot.context import Context
from bot.metrics import metrics
from bot.nudges.compose import TryLater, compose, prepare
from bot.nudges.schedule import LATE_GRACE, QUIET_AFTER_CHAT, next_due, zone_of
from bot.storage.models import User
from bot.storage.nudges import Nudge
from bot.x.store import account_of

log = logging.getLogger(__name__)

CLAIM_TTL = timedelta(minutes=5)
RETRY_AFTER = timedelta(minutes=2)
WAIT_FOR_X_RETRY = timedelta(minutes=15)
MAX_ATTEMPTS = 8


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class RunStats:
    outcomes: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in sorted(self.outcomes.items())) or "nothing due"


class NudgeRunner:
    def __init__(
        self,
        coach: Coach,
        *,
        worker: str | None = None,
        batch: int = 100,
        concurrency: int = 20,
    ) -> None:
        self.coach = coach
        self.db = coach.services.db
        self.worker = worker or worker_name()
        self.batch = batch
        self._slots = asyncio.Semaphore(concurrency)

    async def run_once(self, now: datetime) -> RunStats:
        """Everything due at `now`: new claims first, then claims other workers left behind."""
        stats = RunStats()
        while claimed := await self._claim_due(now):
            await self._process_all(claimed, now, stats)
        while reclaimed := await self._reclaim_expired(now):
            await self._process_all(reclaimed, now, stats)
        return stats

    async def _process_all(self, nudge_ids: list[int], now: datetime, stats: RunStats) -> None:
        async def one(nudge_id: int) -> None:
            async with self._slots:
                outcome = await self._process(nudge_id, now)
            stats.outcomes[outcome] += 1
            metrics.nudges.labels(outcome=outcome).inc()

        await asyncio.gather(*(one(n) for n in nudge_ids))

    async def release(self, now: datetime) -> int:
        """Hands this worker's waiting claims (retries) to the others at once; for a clean shutdown."""
        async with self.db.transaction() as session:
            result = await session.execute(
                update(Nudge)
                .where(Nudge.status == "claimed", Nudge.claimed_by == self.worker)
                .values(claim_expires_at=now)
            )
            return int(getattr(result, "rowcount", 0) or 0)

    async def _claim_due(self, now: datetime) -> list[int]:
        """Takes a batch of users whose nudge is due, inserting their nudge rows; other workers skip them."""
        claimed: list[int] = []
        async with self.db.transaction() as session:
            users = (
                await session.scalars(
                    select(User)
                    .where(User.next_nudge_at <= now)
                    .order_by(User.next_nudge_at)
                    .limit(self.batch)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for user in users:
                due = user.next_nudge_at
                assert due is not None
                zone, _ = zone_of(user.timezone)
                nudge = Nudge(
                    user_id=user.id,
                    local_date=due.astimezone(zone).date(),
                    due_at=due,
                    status="claimed",
                    claimed_by=self.worker,
                    claim_expires_at=now + CLAIM_TTL,
                    attempts=0,
                    topics=[],
                )
                try:
                    async with session.begin_nested():
                        session.add(nudge)
                    claimed.append(nudge.id)
                except IntegrityError:
                    pass  # already claimed for that day (a clock jumped back, say)
                following = next_due(user, max(due, now))
                user.next_nudge_at = following.at if following else None
        return claimed

    async def _reclaim_expired(self, now: datetime) -> list[int]:
        async with self.db.transaction() as session:
            stale = (
                await session.scalars(
                    select(Nudge)
                    .where(Nudge.status == "claimed", Nudge.claim_expires_at < now)
                    .limit(self.batch)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            for nudge in stale:
                nudge.claimed_by = self.worker
                nudge.claim_expires_at = now + CLAIM_TTL
            return [n.id for n in stale]

    async def _process(self, nudge_id: int, now: datetime) -> str:
        verdict = await self._verdict(nudge_id, now)
        if isinstance(verdict, str):
            return verdict
        user_id, due_at, x_account_id = verdict
        try:
            freshness = await prepare(self.coach.services, x_account_id, due_at)
        except TryLater:
            return await self._later(nudge_id, now, WAIT_FOR_X_RETRY)

        async def say(ctx: Context) -> None:
            nudge = await ctx.session.get(Nudge, nudge_id)
            if nudge is not None:
                await compose(ctx, nudge, freshness)

        try:
            pushed = await self.coach.act_for(user_id, say)
        except Exception:
            log.warning("nudge delivery failed", extra={"nudge": nudge_id}, exc_info=True)
            return await self._later(nudge_id, now, RETRY_AFTER)
        status = {
            Pushed.SENT: "sent",
            Pushed.NOTHING: "silent",
            Pushed.UNREACHABLE: "unreachable",
            Pushed.NO_ADAPTER: "failed",
            Pushed.GONE: "gone",
        }[pushed]
        await self._finish(nudge_id, status, now)
        return status

    async def _verdict(self, nudge_id: int, now: datetime) -> str | tuple[int, datetime, int | None]:
        """An outcome decided without saying anything, or what going ahead needs:
        (user id, due instant, id of the account to sync from X or None)."""
        async with self.db.transaction() as session:
            nudge = await session.get(Nudge, nudge_id, with_for_update=True)
            if nudge is None or nudge.status != "claimed" or nudge.claimed_by != self.worker:
                return "taken"
            user = await session.get(User, nudge.user_id)
            verdict = None
            if user is None:
                verdict = "gone"
            elif not user.reachable:
                verdict = "unreachable"
            elif now > nudge.due_at + LATE_GRACE:
                verdict = "late"
            elif user.last_seen_at > nudge.due_at - QUIET_AFTER_CHAT:
                verdict = "quiet"
            if verdict is not None:
                nudge.status = verdict
                nudge.claim_expires_at = None
                return verdict
            account = await account_of(session, nudge.user_id)
            syncable = account.id if account is not None and account.source == "x" else None
            return nudge.user_id, nudge.due_at, syncable

    async def _finish(self, nudge_id: int, status: str, now: datetime) -> None:
        async with self.db.transaction() as session:
            nudge = await session.get(Nudge, nudge_id)
            if nudge is not None:
                nudge.status = status
                nudge.claim_expires_at = None
                nudge.sent_at = now if status == "sent" else None

    async def _later(self, nudge_id: int, now: datetime, wait: timedelta) -> str:
        """A platform or X failure: try again a little later, a few times, within the grace period."""
        async with self.db.transaction() as session:
            nudge = await session.get(Nudge, nudge_id)
            if nudge is None:
                return "gone"
            nudge.attempts += 1
            if nudge.attempts >= MAX_ATTEMPTS or now + wait > nudge.due_at + LATE_GRACE:
                nudge.status = "failed"
                nudge.claim_expires_at = None
                return "failed"
            nudge.claim_expires_at = now + wait
            return "retry"
