"""Reading and writing an account's X data in our database."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import upsertable_insert
from bot.storage.models import User
from bot.storage.x import XAccount, XFollowing, XPost, XUsage
from bot.x.codec import post_from_json, post_to_json, profile_from_json, profile_to_json
from bot.x.demo import demo_account
from bot.x.models import AccountData, Post, PostKind, Profile

HISTORY_DAYS = 60
KEPT_DAYS = 90
"""Posts and mentions older than this are not kept (and are deleted by the daily clean-up)."""


@lru_cache(maxsize=4)
def _demo(hour: datetime) -> AccountData:
    """The demo account as of the hour: building it takes milliseconds, and every demo user shares it."""
    return demo_account(hour)


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
    return (await load_accounts(session, [account], now))[account.id]


async def load_accounts(session: AsyncSession, accounts: Sequence[XAccount], now: datetime) -> dict[int, AccountData]:
    """`load_account` for many accounts at once, by account id: two queries whatever their number."""
    loaded: dict[int, AccountData] = {}
    for account in accounts:
        if account.source == "demo":
            loaded[account.id] = _demo(now.replace(minute=0, second=0, microsecond=0))
        else:
            loaded[account.id] = AccountData(
                profile=profile_from_json(account.profile)
                if account.profile
                else Profile(id=account.x_user_id, username=account.username)
            )
    stored = [account.id for account in accounts if account.source != "demo"]
    if not stored:
        return loaded
    rows = await session.execute(
        select(XPost.account_id, XPost.kind, XPost.data)
        .where(XPost.account_id.in_(stored), XPost.created_at >= now - timedelta(days=HISTORY_DAYS))
        .order_by(XPost.created_at)
    )
    for account_id, kind, data in rows:
        account_data = loaded[account_id]
        (account_data.posts if kind == PostKind.OWN else account_data.mentions).append(post_from_json(data))
    history = await session.execute(
        select(XFollowing.account_id, XFollowing.day, XFollowing.following)
        .where(XFollowing.account_id.in_(stored))
        .order_by(XFollowing.day)
    )
    for account_id, day, following in history:
        loaded[account_id].following_history.append((datetime.combine(day, datetime.min.time(), now.tzinfo), following))
    return loaded


async def save_many_posts(session: AsyncSession, timelines: Sequence[tuple[int, PostKind, Sequence[Post]]]) -> None:
    """Stores the posts of several accounts, (account id, kind, posts) each; one we already hold is left as it is."""
    rows = [
        {
            "account_id": account_id,
            "kind": kind.value,
            "post_id": p.id,
            "created_at": p.created_at,
            "data": post_to_json(p),
        }
        for account_id, kind, posts in timelines
        for p in posts
    ]
    if rows:
        await session.execute(upsertable_insert(session, XPost).on_conflict_do_nothing(), rows)


async def save_profile(session: AsyncSession, account: XAccount, profile: Profile, now: datetime) -> None:
    await save_followings(session, [(account, profile)], now)


async def save_followings(session: AsyncSession, profiles: Sequence[tuple[XAccount, Profile]], now: datetime) -> None:
    """Keeps each account's fresh profile, and today's follower and following counts beside the earlier days'."""
    if not profiles:
        return
    for account, profile in profiles:
        account.profile = profile_to_json(profile)
        account.username = profile.username
        account.profile_synced_at = now
    statement = upsertable_insert(session, XFollowing)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["account_id", "day"],
            set_={"followers": statement.excluded.followers, "following": statement.excluded.following},
        ),
        [
            {
                "account_id": account.id,
                "day": now.date(),
                "followers": profile.followers_count,
                "following": profile.following_count,
            }
            for account, profile in profiles
        ],
    )


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
    await add_usage(session, day, [(account_id, requests, posts_read, users_read)])


async def add_usage(session: AsyncSession, day: date, tallies: Sequence[tuple[int, int, int, int]]) -> None:
    """Adds to several accounts' tallies of the day: (account id, requests, posts read, users read) each."""
    rows = [
        {"account_id": account_id, "day": day, "requests": requests, "posts_read": posts, "users_read": users}
        for account_id, requests, posts, users in tallies
        if requests
    ]
    if not rows:
        return
    statement = upsertable_insert(session, XUsage)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["account_id", "day"],
            set_={
                "requests": XUsage.requests + statement.excluded.requests,
                "posts_read": XUsage.posts_read + statement.excluded.posts_read,
                "users_read": XUsage.users_read + statement.excluded.users_read,
            },
        ),
        rows,
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
    timelines = ((PostKind.OWN, data.posts), (PostKind.MENTION, data.mentions))
    await save_many_posts(
        session, [(account.id, kind, [p for p in posts if p.created_at >= since]) for kind, posts in timelines]
    )
    return account
