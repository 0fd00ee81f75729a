"""Bringing accounts up to date with X, reading only what is new.

The profile is read at most once a day; posts and mentions with since_id, so each post
is read once. The first sync goes back 30 days, at most 200 of each. Every request and
every post read is counted per account and day.

Many accounts are synced together (the nudges of a batch of users): one transaction reads
their cursors, X is asked for each account concurrently, and one transaction saves all
that was read, whatever happened after it was read.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select

from bot.metrics import metrics
from bot.services import Services
from bot.storage.x import XAccount
from bot.x.client import FetchResult, XRateLimited, XUnauthorized
from bot.x.models import PostKind, Profile
from bot.x.store import add_usage, save_followings, save_many_posts
from bot.x.tokens import Disconnected

log = logging.getLogger(__name__)
FIRST_SYNC = timedelta(days=30)
FIRST_LIMIT = 200
LATER_LIMIT = 200
PROFILE_EVERY = timedelta(days=1)
CONCURRENCY = 100
"""Accounts read from X at the same time by one sync of many, each with up to three reads at once: with X's
answers taking a few hundred milliseconds, this many keep a worker's nudges from waiting for X."""


class SyncStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    """Not an account we sync (archive, demo) or X asked us to wait."""
    RATE_LIMITED = "rate_limited"
    DISCONNECTED = "disconnected"
    FAILED = "failed"


@dataclass(frozen=True)
class SyncResult:
    status: SyncStatus
    requests: int = 0
    posts_read: int = 0


@dataclass
class _Plan:
    """What to ask X for one account, decided from its stored cursors."""

    account_id: int
    x_user_id: str
    since: dict[PostKind, str | None]
    profile_due: bool
    token: str | None
    """The access token when the stored one is still good; None: ask the token keeper."""


@dataclass
class _Read:
    """What was read from X for one account, and how it ended; saved whatever the ending."""

    status: SyncStatus = SyncStatus.DONE
    profile: Profile | None = None
    timelines: dict[PostKind, FetchResult] = field(default_factory=dict)
    requests: int = 0
    retry_after: datetime | None = None

    @property
    def posts_read(self) -> int:
        return sum(len(result.posts) for result in self.timelines.values())


async def sync_account(services: Services, account_id: int) -> SyncResult:
    """Never raises for X's or the network's faults: the result says what happened."""
    return (await sync_accounts(services, [account_id]))[account_id]


async def sync_accounts(services: Services, account_ids: Sequence[int]) -> dict[int, SyncResult]:
    """Syncs many accounts with two transactions in all; never raises for X's or the network's faults."""
    results = {account_id: SyncResult(SyncStatus.SKIPPED) for account_id in account_ids}
    if services.x is None or services.tokens is None or not account_ids:
        return results
    now = services.clock.now()
    plans: list[_Plan] = []
    async with services.db.transaction() as session:
        accounts = (await session.scalars(select(XAccount).where(XAccount.id.in_(account_ids)))).all()
        for account in accounts:
            if account.source != "x":
                continue
            if account.status != "connected":
                results[account.id] = SyncResult(SyncStatus.DISCONNECTED)
                continue
            if account.retry_after is not None and account.retry_after > now:
                continue
            plans.append(
                _Plan(
                    account.id,
                    account.x_user_id,
                    {PostKind.OWN: account.posts_since_id, PostKind.MENTION: account.mentions_since_id},
                    account.profile_synced_at is None or account.profile_synced_at <= now - PROFILE_EVERY,
                    services.tokens.usable_token(account),
                )
            )
    slots = asyncio.Semaphore(CONCURRENCY)

    async def read(plan: _Plan) -> tuple[_Plan, _Read]:
        async with slots:
            return plan, await _read_account(services, plan)

    reads = await asyncio.gather(*(read(plan) for plan in plans))
    await _save(services, now, reads)
    for plan, done in reads:
        results[plan.account_id] = SyncResult(done.status, done.requests, done.posts_read)
    return results


async def _read_account(services: Services, plan: _Plan) -> _Read:
    """Asks X for what is new; a 401 refreshes the token once and asks again for what is still missing."""
    assert services.tokens is not None
    done = _Read()
    try:
        token = plan.token or await services.tokens.access_token(plan.account_id)
        try:
            await _ask(services, plan, token, done)
        except XUnauthorized:
            token = await services.tokens.access_token(plan.account_id, force_refresh=True)
            await _ask(services, plan, token, done)
    except Disconnected:
        done.status = SyncStatus.DISCONNECTED
    except XUnauthorized:
        done.status = SyncStatus.DISCONNECTED
    except XRateLimited as limited:
        done.status, done.retry_after = SyncStatus.RATE_LIMITED, limited.reset_at
    except Exception:  # X's faults, and any surprise: one account must not stop the others' sync
        log.warning("x sync failed", extra={"account": plan.account_id}, exc_info=True)
        done.status = SyncStatus.FAILED
    return done


async def _ask(services: Services, plan: _Plan, token: str, done: _Read) -> None:
    """The profile (when due) and both timelines at once, those not read yet: a read waits for X more than
    for anything else. What was read is kept when another read fails. Of the failures, X asking us to wait
    comes first (asking again with a new token would only be refused again), then the first one."""
    x = services.x
    assert x is not None
    start = services.clock.now() - FIRST_SYNC

    async def profile() -> None:
        done.profile = await x.me(token)
        done.requests += 1
        metrics.x_requests.inc()

    async def timeline(kind: PostKind, since: str | None) -> None:
        fetch = x.posts if kind is PostKind.OWN else x.mentions
        result = await fetch(
            token,
            plan.x_user_id,
            since_id=since,
            start_time=None if since else start,
            limit=LATER_LIMIT if since else FIRST_LIMIT,
        )
        done.timelines[kind] = result
        done.requests += result.requests
        metrics.x_requests.inc(result.requests)
        metrics.x_posts_read.inc(len(result.posts))

    reads = [timeline(kind, since) for kind, since in plan.since.items() if kind not in done.timelines]
    if plan.profile_due and done.profile is None:
        reads.insert(0, profile())
    failures = [outcome for outcome in await asyncio.gather(*reads, return_exceptions=True) if outcome is not None]
    limited = [failure for failure in failures if isinstance(failure, XRateLimited)]
    for _ in limited:  # an answer X counts as a request
        metrics.platform_429("x")
        metrics.x_requests.inc()
        done.requests += 1
    if failures:
        raise (limited or failures)[0]


async def _save(services: Services, now: datetime, reads: Iterable[tuple[_Plan, _Read]]) -> None:
    """One transaction for everything read: posts, cursors, profiles, usage, disconnections. An account
    deleted meanwhile (the user asked us to forget it) is left out."""
    reads = [(plan, done) for plan, done in reads if done.requests or done.status is SyncStatus.DISCONNECTED]
    if not reads:
        return
    async with services.db.transaction() as session:
        accounts = {
            account.id: account
            for account in (
                await session.scalars(
                    select(XAccount)
                    .where(XAccount.id.in_([plan.account_id for plan, _ in reads]))
                    .order_by(XAccount.id)
                    .with_for_update()
                )
            ).all()
        }
        reads = [(plan, done) for plan, done in reads if plan.account_id in accounts]
        posts = [
            (plan.account_id, kind, result.posts) for plan, done in reads for kind, result in done.timelines.items()
        ]
        await save_many_posts(session, posts)
        profiles = [(accounts[plan.account_id], done.profile) for plan, done in reads if done.profile is not None]
        await save_followings(session, profiles, now)
        await add_usage(
            session,
            now.date(),
            [(plan.account_id, done.requests, done.posts_read, int(done.profile is not None)) for plan, done in reads],
        )
        for plan, done in reads:
            _advance(accounts[plan.account_id], plan, done, now)


def _advance(account: XAccount, plan: _Plan, done: _Read, now: datetime) -> None:
    """Moves the account's cursors past what was read, or records why it could not be read."""
    own, mentions = done.timelines.get(PostKind.OWN), done.timelines.get(PostKind.MENTION)
    if own is not None:
        account.posts_since_id = own.newest_id or plan.since[PostKind.OWN]
    if mentions is not None:
        account.mentions_since_id = mentions.newest_id or plan.since[PostKind.MENTION]
    if own is not None and mentions is not None:  # up to date only when both were read
        account.synced_at = now
        account.retry_after = None
    if done.status is SyncStatus.RATE_LIMITED:
        account.retry_after = done.retry_after
    elif done.status is SyncStatus.DISCONNECTED and account.status == "connected":
        account.status = "disconnected"
        account.access_token = account.refresh_token = None
        metrics.x_disconnections.inc()
