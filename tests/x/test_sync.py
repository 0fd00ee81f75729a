"""Incremental sync: each post read once over a month, cheap on requests, calm under X's faults."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from bot.storage.x import XAccount, XPost, XUsage
from bot.x.sync import SyncStatus, sync_account
from tests.x.conftest import XWorld
from tests.x.test_signin import signed_in


async def connected(world: XWorld) -> int:
    """@fornorossi signed in, with its first sync (done on sign-in) over; @cliente talks to it."""
    if not world.fake.users:
        world.fake.add_user("fornorossi")
    world.fake.signed_in = next(u for u in world.fake.users.values() if u.username == "fornorossi").id
    world.fake.add_user("cliente")
    await signed_in(world, "fornorossi")
    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
        assert account is not None
        return account.id


def a_day_of_activity(world: XWorld, rng: random.Random, posts: int = 3, mentions: int = 5) -> None:
    """A day passes, with posts and mentions spread over it."""
    world.services.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    now = world.services.clock.now()
    for i in range(posts):
        world.fake.add_post("fornorossi", f"Pane caldo {i} 🥖", created_at=now - timedelta(hours=rng.uniform(0, 20)))
    for i in range(mentions):
        world.fake.add_post("cliente", f"@fornorossi domanda {i}?", mentions=["fornorossi"],
                            created_at=now - timedelta(hours=rng.uniform(0, 20)))  # fmt: skip


async def stored_posts(world: XWorld) -> int:
    async with world.services.db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(XPost)) or 0)


async def test_a_month_of_daily_syncs_reads_each_post_once(world: XWorld) -> None:
    rng = random.Random(7)
    clock = world.services.clock
    world.fake.add_user("fornorossi")
    # Forty days of history before the sign-in's first sync: only the last 30 are read.
    for day in range(40, 0, -1):
        world.fake.add_post("fornorossi", f"Vecchio post {day}", created_at=clock.now() - timedelta(days=day))
    account_id = await connected(world)
    assert world.fake.posts_returned == 30
    for _ in range(30):
        a_day_of_activity(world, rng)
        result = await sync_account(world.services, account_id)
        assert result.status is SyncStatus.DONE
        assert result.posts_read == 8
        assert result.requests <= 3
    assert world.fake.posts_returned == 30 + 30 * 8
    assert await stored_posts(world) == 30 + 30 * 8
    async with world.services.db.transaction() as session:
        usage = (await session.execute(select(func.sum(XUsage.requests), func.sum(XUsage.posts_read)))).one()
    assert usage[1] == 30 + 30 * 8
    assert usage[0] <= 3 * 31


async def test_the_profile_is_read_at_most_once_a_day(world: XWorld) -> None:
    account_id = await connected(world)
    me_before = world.fake.requests["me"]
    for _ in range(3):
        await sync_account(world.services, account_id)
    assert world.fake.requests["me"] == me_before  # read at sign-in, not again the same day
    world.services.clock.advance(timedelta(days=1, minutes=1))  # type: ignore[attr-defined]
    await sync_account(world.services, account_id)
    assert world.fake.requests["me"] == me_before + 1


async def test_a_429_waits_for_the_reset_without_asking_again(world: XWorld) -> None:
    account_id = await connected(world)
    reset = world.services.clock.now() + timedelta(minutes=15)
    world.fake.fail_next(1, status=429, reset_at=reset)
    assert (await sync_account(world.services, account_id)).status is SyncStatus.RATE_LIMITED
    asked = sum(world.fake.requests.values())
    assert (await sync_account(world.services, account_id)).status is SyncStatus.SKIPPED
    assert sum(world.fake.requests.values()) == asked
    world.services.clock.advance(timedelta(minutes=16))  # type: ignore[attr-defined]
    assert (await sync_account(world.services, account_id)).status is SyncStatus.DONE


async def test_a_timeline_read_while_the_other_waits_is_kept_but_not_called_up_to_date(world: XWorld) -> None:
    account_id = await connected(world)
    async with world.services.db.transaction() as session:
        synced_at = (await session.get_one(XAccount, account_id)).synced_at
    a_day_of_activity(world, random.Random(3))
    world.fake.fail_next(1, status=429, endpoint="tweets")
    result = await sync_account(world.services, account_id)
    assert result.status is SyncStatus.RATE_LIMITED and result.posts_read == 5  # the mentions
    async with world.services.db.transaction() as session:
        account = await session.get_one(XAccount, account_id)
        assert account.synced_at == synced_at and account.retry_after is not None  # its own posts are not read yet
        usage = await session.scalar(select(func.sum(XUsage.requests)))
    world.fake.fail_next(1, status=429, endpoint="tweets")
    world.fake.fail_next(1, status=429, endpoint="mentions")
    world.services.clock.advance(timedelta(minutes=16))  # type: ignore[attr-defined]
    assert (await sync_account(world.services, account_id)).requests == 2  # both refusals count as requests
    async with world.services.db.transaction() as session:
        assert await session.scalar(select(func.sum(XUsage.requests))) == (usage or 0) + 2


async def test_a_401_beside_a_429_waits_instead_of_refreshing(world: XWorld) -> None:
    account_id = await connected(world)
    refreshes = world.fake.token_refreshes
    world.fake.fail_next(1, status=401, endpoint="tweets")
    world.fake.fail_next(1, status=429, endpoint="mentions")
    assert (await sync_account(world.services, account_id)).status is SyncStatus.RATE_LIMITED
    assert world.fake.token_refreshes == refreshes


async def test_server_errors_are_retried(world: XWorld) -> None:
    account_id = await connected(world)
    a_day_of_activity(world, random.Random(1))
    world.fake.fail_next(2, status=503)
    result = await sync_account(world.services, account_id)
    assert result.status is SyncStatus.DONE and result.posts_read == 8


async def test_a_401_refreshes_once_then_disconnects(world: XWorld) -> None:
    account_id = await connected(world)
    world.fake.fail_next(1, status=401)
    assert (await sync_account(world.services, account_id)).status is SyncStatus.DONE
    assert world.fake.token_refreshes == 1
    for timeline in ("tweets", "mentions"):  # refused before the refresh, and again with the new token
        world.fake.fail_next(2, status=401, endpoint=timeline)
    assert (await sync_account(world.services, account_id)).status is SyncStatus.DISCONNECTED
    assert world.fake.token_refreshes == 2
    async with world.services.db.transaction() as session:
        account = await session.get(XAccount, account_id)
    assert account is not None and account.status == "disconnected" and account.access_token is None


async def test_garbage_from_x_is_skipped_not_fatal(world: XWorld) -> None:
    account_id = await connected(world)
    world.fake.garbage_next(1)
    result = await sync_account(world.services, account_id)
    assert result.status in (SyncStatus.FAILED, SyncStatus.DONE)
    a_day_of_activity(world, random.Random(2))
    assert (await sync_account(world.services, account_id)).status is SyncStatus.DONE
