"""Reading and writing an account's X data in our database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import User
from bot.storage.x import XAccount, XFollowing, XPost, XUsage
from bot.x.codec import post_from_json, post_to_json, profile_from_json, profile_to_json
from bot.x.demo import demo_account
from bot.x.models import AccountData, Post, PostKind, Profile

HISTORY_DAYS = 60
KEPT_DAYS = 90
"""Posts and mentions older than this are not kept (and are deleted by the daily clean-up)."""
CHUNK = 500


@lru_cache(maxsize=4)
def _demo(hour: datetime) -> AccountData:
    """The demo account as of the hour: building it takes milliseconds, and every demo user shares it."""
    return demo_account(hour)


def _insert(session: AsyncSession, table: Any) -> Any:
    """An INSERT that the dialect lets us turn into an upsert."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


async def account_of(session: AsyncSession, user_id: int) -> XAccount | None:
    return await session.scalar(select(XAccount).where(XAccount.user_id == user_id))


async def load_account(
    session: AsyncSession, user: User, now: datetime, account: XAccount | None = None
) -> AccountData | None:
    """Everything the analysis needs about the user's account (its row may be passed if already loaded),
    or None when there is no account."""
    account = account or await account_of(session, user.id)
    if account is None:
        return None
    if account.source == "demo":
        return _demo(now.replace(minute=0, second=0, microsecond=0))
    since = now - timedelta(days=HISTORY_DAYS)
    rows = (
        await session.execute(
            select(XPost.kind, XPost.data)
            .where(XPost.account_id == account.id, XPost.created_at >= since)
            .order_by(XPost.created_at)
        )
    ).all()
    history = (
        await session.execute(
            select(XFollowing.day, XFollowing.following)
            .where(XFollowing.account_id == account.id)
            .order_by(XFollowing.day)
        )
    ).all()
    data = AccountData(
        profile=profile_from_json(account.profile)
        if account.profile
        else Profile(id=account.x_user_id, username=account.username),
        following_history=[(datetime.combine(day, datetime.min.time(), now.tzinfo), n) for day, n in history],
    )
    for kind, stored in rows:
        (data.posts if kind == PostKind.OWN else data.mentions).append(post_from_json(stored))
    return data


async def save_posts(session: AsyncSession, account_id: int, kind: PostKind, posts: Sequence[Post]) -> None:
    """Stores posts; one we already hold is left as it is."""
    for start in range(0, len(posts), CHUNK):
        await _save_chunk(session, account_id, kind, posts[start : start + CHUNK])


async def _save_chunk(session: AsyncSession, account_id: int, kind: PostKind, posts: Sequence[Post]) -> None:
    rows = [
        {
            "account_id": account_id,
            "kind": kind.value,
            "post_id": p.id,
            "created_at": p.created_at,
            "data": post_to_json(p),
        }
        for p in posts
    ]
    await session.execute(_insert(session, XPost).values(rows).on_conflict_do_nothing())


async def save_profile(session: AsyncSession, account: XAccount, profile: Profile, now: datetime) -> None:
    account.profile = profile_to_json(profile)
    account.username = profile.username
    account.profile_synced_at = now
    values = {"followers": profile.followers_count, "following": profile.following_count}
    statement = _insert(session, XFollowing).values(account_id=account.id, day=now.date(), **values)
    await session.execute(statement.on_conflict_do_update(index_elements=["account_id", "day"], set_=values))


async def count_usage(
    session: AsyncSession,
    account_id: int,
    day: date,
    *,
    requests: int,
    posts_read: int = 0,
    users_read: int = 0,
) -> None:
    """Adds to the day's tally of what we asked X for."""
    if not requests:
        return
    statement = _insert(session, XUsage).values(
        account_id=account_id, day=day, requests=requests, posts_read=posts_read, users_read=users_read
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["account_id", "day"],
            set_={
                "requests": XUsage.requests + requests,
                "posts_read": XUsage.posts_read + posts_read,
                "users_read": XUsage.users_read + users_read,
            },
        )
    )


async def replace_account(session: AsyncSession, user: User, source: str, now: datetime) -> XAccount:
    """A fresh account row of this source for the user, dropping whatever account they had."""
    await session.execute(delete(XAccount).where(XAccount.user_id == user.id))
    account = XAccount(user_id=user.id, source=source, status="connected", connected_at=now, profile={})
    session.add(account)
    await session.flush()
    return account


async def import_archive(session: AsyncSession, user: User, data: AccountData, now: datetime) -> XAccount:
    account = await replace_account(session, user, "archive", now)
    account.x_user_id = data.profile.id
    await save_profile(session, account, data.profile, now)
    since = now - timedelta(days=KEPT_DAYS)
    await save_posts(session, account.id, PostKind.OWN, [p for p in data.posts if p.created_at >= since])
    await save_posts(
        session, account.id, PostKind.MENTION, [p for p in data.mentions if p.created_at >= since]
    )
    return account
