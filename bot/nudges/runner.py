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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select, update

from bot.coach import Coach, Delivery, Pushed
from bot.messages import UserKey
from bot.metrics import metrics
from bot.nudges.compose import compose, freshness, load_inputs, may_wait_for_x, synced
from bot.nudges.schedule import LATE_GRACE, QUIET_AFTER_CHAT, latest_due, next_due, zone_of
from bot.storage.db import Database, upsertable_insert
from bot.storage.models import User
from bot.storage.nudges import Nudge
from bot.storage.x import XAccount
from bot.x.sync import sync_accounts

log = logging.getLogger(__name__)

CLAIM_TTL = timedelta(minutes=5)
RETRY_AFTER = timedelta(minutes=2)
WAIT_FOR_X_RETRY = timedelta(minutes=15)
MAX_ATTEMPTS = 8
DECIDE_GROUP = 20
"""Nudges decided in one transaction; their sending starts while the next group is decided."""
BATCHES_AHEAD = 3
"""Batches claimed and not yet delivered: one being decided and sent, the next ones being read from X."""


PUSHED_STATUS = {
    Pushed.SENT: "sent",
    Pushed.NOTHING: "silent",
    Pushed.UNREACHABLE: "unreachable",
    Pushed.NO_ADAPTER: "failed",
    Pushed.GONE: "gone",
}


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class RunStats:
    outcomes: Counter[str] = field(default_factory=Counter)

    def __str__(self) -> str:
        return ", ".join(f"{k}={v}" for k, v in sorted(self.outcomes.items())) or "nothing due"


@dataclass(frozen=True, slots=True)
class _Due:
    """A claimed nudge that goes ahead: its id, when it was due, and the X account to read first, if any."""

    nudge_id: int
    due_at: datetime
    account_id: int | None


class _Outcomes:
    """Commits the outcomes of sends in groups, without making any wait: an outcome is committed at once when no
    commit is under way, else with every outcome that came meanwhile, in the next commit; `record` returns once
    its outcome is committed, so a message the platform accepted stays uncommitted only as long as a commit.
    A failed commit fails every `record` of its group. Only this worker's claims are settled; a nudge deleted
    meanwhile (the user asked us to forget them) is simply no longer there."""

    def __init__(self, db: Database, worker: str, now: datetime) -> None:
        self.db = db
        self.worker = worker
        self.now = now
        self._waiting: list[tuple[int, str, asyncio.Future[None]]] = []
        self._turn = asyncio.Lock()
        self._commits: set[asyncio.Task[None]] = set()

    async def record(self, nudge_id: int, status: str) -> None:
        committed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((nudge_id, status, committed))
        if len(self._waiting) == 1:
            task = asyncio.create_task(self._commit_soon())
            self._commits.add(task)
            task.add_done_callback(self._commits.discard)
        await committed

    async def _commit_soon(self) -> None:
        async with self._turn:
            group, self._waiting = self._waiting, []
            try:
                await self._commit(group)
            except Exception as error:
                for *_, future in group:
                    if not future.done():
                        future.set_exception(error)
            except BaseException:
                for *_, future in group:
                    future.cancel()
                raise
            else:
                for *_, future in group:
                    if not future.done():
                        future.set_result(None)

    def cancel(self) -> None:
        """Drops the commits not yet made, as a worker killed before them would."""
        for task in self._commits:
            task.cancel()

    async def _commit(self, group: list[tuple[int, str, asyncio.Future[None]]]) -> None:
        by_status: dict[str, list[int]] = {}
        for nudge_id, status, _ in group:
            by_status.setdefault(status, []).append(nudge_id)
        async with self.db.transaction() as session:
            for status, ids in by_status.items():
                await session.execute(
                    update(Nudge)
                    .where(Nudge.id.in_(ids), Nudge.status == "claimed", Nudge.claimed_by == self.worker)
                    .values(status=status, claim_expires_at=None, sent_at=self.now if status == "sent" else None)
                    .execution_options(synchronize_session=False)
                )


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
        await self._batches(self._claim_due, now, stats)
        await self._batches(self._reclaim_expired, now, stats)
        return stats

    async def _batches(self, claim: Callable[[datetime], Awaitable[list[int]]], now: datetime, stats: RunStats) -> None:
        """Batch after batch until nothing is left to claim. While one batch is decided and sent, the next ones
        (up to `BATCHES_AHEAD` in all) are claimed and their X accounts read: reading X is mostly waiting for X.
        A failure never stops a delivery under way: a claim or a batch's preparing that fails ends the claiming,
        the batches already prepared are still delivered, and then the first failure is raised (the claims left
        behind expire and are taken up again)."""
        ready: asyncio.Queue[dict[int, bool] | Exception | None] = asyncio.Queue()
        room = asyncio.Semaphore(BATCHES_AHEAD)
        failed = asyncio.Event()

        async def prepare(claimed: list[int]) -> None:
            try:
                going = await self._prepare(claimed, now, stats)
            except Exception as error:
                failed.set()
                room.release()
                ready.put_nowait(error)
            else:
                ready.put_nowait(going or {})

        async def claim_all() -> None:
            preparing: list[asyncio.Task[None]] = []
            try:
                while True:
                    await room.acquire()
                    if failed.is_set():  # the database or X is failing: claim nothing more this run
                        break
                    claimed = await claim(now)
                    if not claimed:
                        break
                    preparing.append(asyncio.create_task(prepare(claimed)))
            except Exception as error:
                ready.put_nowait(error)
            finally:
                await asyncio.gather(*preparing)
                ready.put_nowait(None)

        claiming = asyncio.create_task(claim_all())
        failure: Exception | None = None
        try:
            while (item := await ready.get()) is not None:
                if isinstance(item, Exception):
                    failure = failure or item
                    continue
                try:
                    await self._deliver(item, now, stats)
                finally:
                    room.release()
        finally:
            if not claiming.done():  # this delivery failed or was cancelled: claim nothing more
                claiming.cancel()
            await asyncio.gather(claiming, return_exceptions=True)
        if failure is not None:
            raise failure

    async def _process_all(self, nudge_ids: list[int], now: datetime, stats: RunStats) -> None:
        """A claimed batch, prepared then delivered."""
        going = await self._prepare(nudge_ids, now, stats)
        if going is not None:
            await self._deliver(going, now, stats)

    async def _prepare(self, nudge_ids: list[int], now: datetime, stats: RunStats) -> dict[int, bool] | None:
        """Verdicts in one transaction, then X read for all the accounts still concerned. Returns the nudges
        that go ahead, each with whether its account's data is fresh; None for an empty batch."""
        if not nudge_ids:
            return None
        due = await self._verdicts(nudge_ids, now, stats)
        syncs = await sync_accounts(self.coach.services, [d.account_id for d in due if d.account_id is not None])
        going: dict[int, bool] = {}
        for d in due:
            status = syncs[d.account_id] if d.account_id is not None else None
            if status is not None and may_wait_for_x(status.status, d.due_at, now):
                self._count(stats, await self._later(d.nudge_id, now, WAIT_FOR_X_RETRY))
            else:
                going[d.nudge_id] = status is None or synced(status.status)
        return going

    async def _deliver(self, going: dict[int, bool], now: datetime, stats: RunStats) -> None:
        """Messages decided twenty at a time, each group's sending overlapping the next group's deciding; each
        outcome committed as soon as it is known (in groups)."""
        outcomes = _Outcomes(self.db, self.worker, now)

        async def push(nudge_id: int, key: UserKey, deliveries: list[Delivery]) -> None:
            async with self._slots:
                try:
                    pushed = await self.coach.deliver(key, deliveries)
                except Exception:
                    log.warning("nudge delivery failed", extra={"nudge": nudge_id}, exc_info=True)
                    self._count(stats, await self._later(nudge_id, now, RETRY_AFTER))
                    return
                status = PUSHED_STATUS[pushed]
                await outcomes.record(nudge_id, status)  # in the slot: one uncommitted sent message a slot
            self._count(stats, status)

        async def decide(group: dict[int, bool]) -> list[tuple[int, UserKey, list[Delivery]]]:
            """A group that could not be decided (a deadlock with a /forget, one account's unreadable data, a
            message that cannot be made) is decided again one nudge at a time, so that only the nudge at fault
            waits for a retry."""
            try:
                return await self._decide(group, now, stats)
            except Exception:
                log.warning("nudges could not be decided", extra={"nudges": sorted(group)}, exc_info=True)
            if len(group) > 1:
                return [push for item in group.items() for push in await decide(dict([item]))]
            for nudge_id in group:
                self._count(stats, await self._later(nudge_id, now, RETRY_AFTER))
            return []

        # Messages are decided a group at a time, and each group's sending overlaps the next group's deciding.
        sending: list[asyncio.Task[None]] = []
        waiting = list(going.items())
        try:
            for start in range(0, len(waiting), DECIDE_GROUP):
                pushes = await decide(dict(waiting[start : start + DECIDE_GROUP]))
                sending.extend(asyncio.create_task(push(*p)) for p in pushes)
        finally:
            try:
                for failed in await asyncio.gather(*sending, return_exceptions=True):
                    if isinstance(failed, BaseException):
                        log.error("a nudge's outcome was not recorded; its claim will expire", exc_info=failed)
                        self._count(stats, "unrecorded")
            finally:
                outcomes.cancel()

    @staticmethod
    def _count(stats: RunStats, outcome: str) -> None:
        stats.outcomes[outcome] += 1
        metrics.nudges.labels(outcome=outcome).inc()

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
        """Takes a batch of users whose nudge is due, inserting their nudge rows; other workers skip them. Only the
        users of platforms this worker can send to: the others are left for a worker that can (the console's
        users, for one, are nudged by `nudgebird run` while it is open). A nudge missed by days (every worker
        down) gives way to the day's own when its hour has come. A user who already has that day's row (a
        clock jumped back, say) gets no second one."""
        async with self.db.transaction() as session:
            users = (
                await session.scalars(
                    select(User)
                    .where(User.next_nudge_at <= now, User.platform.in_(self.coach.adapters))
                    .order_by(User.next_nudge_at)
                    .limit(self.batch)
                    .with_for_update(skip_locked=True)
                )
            ).all()
            rows: dict[tuple[int, date], dict[str, object]] = {}
            for user in users:
                due = user.next_nudge_at
                assert due is not None
                if now - due > LATE_GRACE:  # every worker was down: today's nudge may still be on time
                    latest = latest_due(user, now)
                    if latest is not None and latest.at > due:
                        due = latest.at
                zone, _ = zone_of(user.timezone)
                local_date = due.astimezone(zone).date()
                rows[(user.id, local_date)] = {
                    "user_id": user.id,
                    "local_date": local_date,
                    "due_at": due,
                    "status": "claimed",
                    "claimed_by": self.worker,
                    "claim_expires_at": now + CLAIM_TTL,
                    "attempts": 0,
                    "topics": [],
                }
                following = next_due(user, max(due, now))
                user.next_nudge_at = following.at if following else None
            if not rows:
                return []
            claimed = await session.scalars(
                upsertable_insert(session, Nudge)
                .values(list(rows.values()))
                .on_conflict_do_nothing(index_elements=["user_id", "local_date"])
                .returning(Nudge.id)
            )
            return sorted(claimed.all())

    async def _reclaim_expired(self, now: datetime) -> list[int]:
        async with self.db.transaction() as session:
            stale = (
                await session.scalars(
                    select(Nudge)
                    .join(User, User.id == Nudge.user_id)
                    .where(
                        Nudge.status == "claimed",
                        Nudge.claim_expires_at < now,
                        User.platform.in_(self.coach.adapters),
                    )
                    .limit(self.batch)
                    .with_for_update(of=Nudge, skip_locked=True)
                )
            ).all()
            for nudge in stale:
                nudge.claimed_by = self.worker
                nudge.claim_expires_at = now + CLAIM_TTL
            return [n.id for n in stale]

    async def _verdicts(self, nudge_ids: list[int], now: datetime, stats: RunStats) -> list[_Due]:
        """Settles the nudges decided without saying anything (user gone, unreachable, too late, just talked
        to us); the others are returned with what going ahead needs."""
        going: list[_Due] = []
        async with self.db.transaction() as session:
            rows = (
                await session.execute(
                    select(Nudge, User.reachable, User.last_seen_at, XAccount.id, XAccount.source)
                    .outerjoin(User, User.id == Nudge.user_id)
                    .outerjoin(XAccount, XAccount.user_id == Nudge.user_id)
                    .where(Nudge.id.in_(nudge_ids))
                    .order_by(Nudge.id)
                    .with_for_update(of=Nudge)
                )
            ).all()
            found = {nudge.id for nudge, *_ in rows}
            for nudge_id in nudge_ids:
                if nudge_id not in found:
                    self._count(stats, "taken")
            for nudge, reachable, last_seen_at, account_id, source in rows:
                verdict = None
                if nudge.status != "claimed" or nudge.claimed_by != self.worker:
                    self._count(stats, "taken")
                    continue
                if reachable is None:
                    verdict = "gone"
                elif not reachable:
                    verdict = "unreachable"
                elif now > nudge.due_at + LATE_GRACE:
                    verdict = "late"
                elif last_seen_at > nudge.due_at - QUIET_AFTER_CHAT:
                    verdict = "quiet"
                if verdict is None:
                    going.append(_Due(nudge.id, nudge.due_at, account_id if source == "x" else None))
                    continue
                nudge.status = verdict
                nudge.claim_expires_at = None
                self._count(stats, verdict)
        return going

    async def _decide(
        self, going: dict[int, bool], now: datetime, stats: RunStats
    ) -> list[tuple[int, UserKey, list[Delivery]]]:
        """One transaction decides the group's messages and stores their buttons; a nudge with nothing worth
        saying is settled here. Returns what to send: (nudge id, user, deliveries). Nothing is written before
        the commit (no savepoint per nudge): a nudge whose message cannot be made fails the whole group."""
        if not going:
            return []
        pushes = []
        buttons: list[dict[str, object]] = []
        settled = RunStats()
        async with self.db.transaction() as session:
            nudges = (
                await session.scalars(
                    select(Nudge)
                    .where(Nudge.id.in_(going), Nudge.status == "claimed", Nudge.claimed_by == self.worker)
                    .order_by(Nudge.id)
                    .with_for_update()
                )
            ).all()
            settled.outcomes["taken"] += len(going) - len(nudges)
            users = {
                user.id: user
                for user in (await session.scalars(select(User).where(User.id.in_([n.user_id for n in nudges])))).all()
            }
            inputs = await load_inputs(session, nudges, now)
            for nudge in nudges:
                user = users.get(nudge.user_id)
                refusal = self.coach.refusal(user)
                if refusal is not None:
                    _settle(nudge, PUSHED_STATUS[refusal], settled)
                    continue
                assert user is not None
                ctx = self.coach.private_context(session, user)
                mine = inputs[user.id]
                await compose(ctx, nudge, mine, freshness(mine.account_row, going[nudge.id], now))
                deliveries = await self.coach.render_all(ctx, buttons)
                if deliveries:
                    nudge.claim_expires_at = self.coach.services.clock.now() + CLAIM_TTL
                    pushes.append((nudge.id, ctx.incoming.user, deliveries))
                else:
                    _settle(nudge, "silent", settled)
            await self.coach.store_buttons(session, buttons)
        for outcome, count in settled.outcomes.items():
            for _ in range(count):
                self._count(stats, outcome)
        return pushes

    async def _later(self, nudge_id: int, now: datetime, wait: timedelta) -> str:
        """A platform or X failure: try again a little later, a few times, within the grace period."""
        async with self.db.transaction() as session:
            nudge = await session.get(Nudge, nudge_id, with_for_update=True)
            if nudge is None:
                return "gone"
            if nudge.status != "claimed" or nudge.claimed_by != self.worker:
                return "taken"
            return _postpone(nudge, now, wait)


def _settle(nudge: Nudge, status: str, settled: RunStats) -> None:
    nudge.status = status
    nudge.claim_expires_at = None
    settled.outcomes[status] += 1


def _postpone(nudge: Nudge, now: datetime, wait: timedelta) -> str:
    nudge.attempts += 1
    if nudge.attempts >= MAX_ATTEMPTS or now + wait > nudge.due_at + LATE_GRACE:
        nudge.status = "failed"
        nudge.claim_expires_at = None
        return "failed"
    nudge.claim_expires_at = now + wait
    return "retry"
