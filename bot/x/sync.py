"""Bringing an account up to date with X, reading only what is new.

The profile is read at most once a day; posts and mentions with since_id, so each post
is read once. The first sync goes back 30 days, at most 200 of each. Every request and
every post read is counted per account and day.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from bot.metrics import metrics
from bot.services import Services
from bot.storage.x import XAccount
from bot.x.client import FetchResult, XError, XRateLimited, XUnauthorized
from bot.x.models import PostKind
from bot.x.store import count_usage, save_posts, save_profile
from bot.x.tokens import Disconnected

log = logging.getLogger(__name__)
FIRST_SYNC = timedelta(days=30)
FIRST_LIMIT = 200
LATER_LIMIT = 200
PROFILE_EVERY = timedelta(days=1)


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


async def sync_account(services: Services, account_id: int) -> SyncResult:
    """Never raises for X's or the network's faults: the result says what happened."""
    if services.x is None or services.tokens is None:
        return SyncResult(SyncStatus.SKIPPED)
    now = services.clock.now()
    async with services.db.transaction() as session:
        account = await session.get(XAccount, account_id)
        if account is None or account.source != "x":
            return SyncResult(SyncStatus.SKIPPED)
        if account.status != "connected":
            return SyncResult(SyncStatus.DISCONNECTED)
        if account.retry_after is not None and account.retry_after > now:
            return SyncResult(SyncStatus.SKIPPED)
        x_user_id, posts_since, mentions_since = (
            account.x_user_id,
            account.posts_since_id,
            account.mentions_since_id,
        )
        profile_due = account.profile_synced_at is None or account.profile_synced_at <= now - PROFILE_EVERY
    tally = _Tally()
    try:
        token = await services.tokens.access_token(account_id)
        try:
            return await _read(
                services, account_id, token, x_user_id, posts_since, mentions_since, profile_due, tally
            )
        except XUnauthorized:
            token = await services.tokens.access_token(account_id, force_refresh=True)
            return await _read(
                services, account_id, token, x_user_id, posts_since, mentions_since, profile_due, tally
            )
    except Disconnected:
        return SyncResult(SyncStatus.DISCONNECTED, tally.requests, tally.posts)
    except XUnauthorized:
        await _disconnect(services, account_id)
        return SyncResult(SyncStatus.DISCONNECTED, tally.requests, tally.posts)
    except XRateLimited as limited:
        metrics.platform_429("x")
        metrics.x_requests.inc()
        async with services.db.transaction() as session:
            account = await session.get(XAccount, account_id)
            if account is not None:
                account.retry_after = limited.reset_at
            await count_usage(session, account_id, now.date(), requests=1)
        return SyncResult(SyncStatus.RATE_LIMITED, tally.requests, tally.posts)
    except XError:
        log.warning("x sync failed", extra={"account": account_id}, exc_info=True)
        return SyncResult(SyncStatus.FAILED, tally.requests, tally.posts)


@dataclass
class _Tally:
    requests: int = 0
    posts: int = 0


async def _read(
    services: Services,
    account_id: int,
    token: str,
    x_user_id: str,
    posts_since: str | None,
    mentions_since: str | None,
    profile_due: bool,
    tally: _Tally,
) -> SyncResult:
    assert services.x is not None
    now = services.clock.now()
    start = now - FIRST_SYNC
    if profile_due:
        profile = await services.x.me(token)
        tally.requests += 1
        metrics.x_requests.inc()
        async with services.db.transaction() as session:
            account = await session.get(XAccount, account_id)
            if account is None:
                return SyncResult(SyncStatus.SKIPPED, tally.requests, tally.posts)
            await save_profile(session, account, profile, now)
            await count_usage(session, account_id, now.date(), requests=1, users_read=1)
    for kind, since in ((PostKind.OWN, posts_since), (PostKind.MENTION, mentions_since)):
        fetch = services.x.posts if kind is PostKind.OWN else services.x.mentions
        result = await fetch(
            token,
            x_user_id,
            since_id=since,
            start_time=None if since else start,
            limit=LATER_LIMIT if since else FIRST_LIMIT,
        )
        _add(tally, result)
        async with services.db.transaction() as session:
            account = await session.get(XAccount, account_id)
            if account is None:
                return SyncResult(SyncStatus.SKIPPED, tally.requests, tally.posts)
            await save_posts(session, account_id, kind, result.posts)
            newest = result.newest_id or since
            if kind is PostKind.OWN:
                account.posts_since_id = newest
            else:
                account.mentions_since_id = newest
                account.synced_at = now
                account.retry_after = None
            await count_usage(
                session, account_id, now.date(), requests=result.requests, posts_read=len(result.posts)
            )
    return SyncResult(SyncStatus.DONE, tally.requests, tally.posts)


def _add(tally: _Tally, result: FetchResult) -> None:
    tally.requests += result.requests
    tally.posts += len(result.posts)
    metrics.x_requests.inc(result.requests)
    metrics.x_posts_read.inc(len(result.posts))


async def _disconnect(services: Services, account_id: int) -> None:
    async with services.db.transaction() as session:
        account = await session.get(XAccount, account_id)
        if account is not None:
            account.status = "disconnected"
            account.access_token = account.refresh_token = None
            metrics.x_disconnections.inc()
