"""The daily clean-up: what is past its time goes, what is recent stays (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.clock import FixedClock
from bot.privacy import purge_old_posts
from bot.services import Services
from bot.storage.models import ButtonToken, SeenUpdate, User
from bot.storage.x import XAccount, XFollowing, XPost, XSignIn, XUsage
from tests.conftest import make_settings

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
async def services(database_url: str) -> AsyncIterator[Services]:
    services = Services.create(make_settings(database_url), clock=FixedClock(NOW))
    yield services
    await services.close()


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


async def seed(services: Services) -> None:
    async with services.db.transaction() as session:
        user = User(platform="memory", workspace="", platform_user_id="u1", chat_id="u1",
                    created_at=ago(400), last_seen_at=NOW)  # fmt: skip
        session.add(user)
        await session.flush()
        account = XAccount(user_id=user.id, source="archive", connected_at=ago(400), profile={})
        session.add(account)
        await session.flush()
        for n, (kind, days) in enumerate([("own", 91), ("own", 89), ("mention", 120), ("mention", 1), ("own", 90.01)]):
            session.add(XPost(account_id=account.id, kind=kind, post_id=str(n), created_at=ago(days),
                              data={"id": str(n), "days": days}))  # fmt: skip
        for days in (95, 3):
            day = ago(days).date()
            session.add(XFollowing(account_id=account.id, day=day, followers=10, following=20))
            session.add(XUsage(account_id=account.id, day=day, requests=2, posts_read=5, users_read=1))
        for token, days in (("old-button", 31), ("new-button", 29)):
            session.add(ButtonToken(token=token, user_id=user.id, batch="b", action="a", created_at=ago(days)))
        for key, days in (("old-update", 8), ("new-update", 6)):
            session.add(SeenUpdate(platform="telegram", key=key, seen_at=ago(days)))
        for state, minutes in (("expired", -1), ("pending", 5)):
            session.add(XSignIn(state=state, user_id=user.id, verifier="v",
                                expires_at=NOW + timedelta(minutes=minutes)))  # fmt: skip


async def test_posts_and_mentions_older_than_90_days_are_deleted_newer_kept(services: Services) -> None:
    await seed(services)

    deleted = await purge_old_posts(services, NOW)

    async with services.db.transaction() as session:
        posts = (await session.execute(select(XPost.kind, XPost.post_id).order_by(XPost.post_id))).all()
        following = (await session.scalars(select(XFollowing.day))).all()
        usage = (await session.scalars(select(XUsage.day))).all()
        buttons = (await session.scalars(select(ButtonToken.token))).all()
        updates = (await session.scalars(select(SeenUpdate.key))).all()
        sign_ins = (await session.scalars(select(XSignIn.state))).all()
        users = await session.scalar(select(func.count()).select_from(User))
    assert [tuple(p) for p in posts] == [("own", "1"), ("mention", "3")]
    assert following == [ago(3).date()] and usage == [ago(3).date()]
    assert buttons == ["new-button"] and updates == ["new-update"] and sign_ins == ["pending"]
    assert users == 1
    assert deleted == 3 + 1 + 1 + 1 + 1 + 1


async def test_a_second_run_finds_nothing_more(services: Services) -> None:
    await seed(services)
    await purge_old_posts(services, NOW)
    assert await purge_old_posts(services, NOW) == 0
