"""What one small business costs on X's API over a month: our incremental sync next to a naive poller.

A typical account posts 3 times and is mentioned 5 times a day. Each simulated day, ours syncs
once (as the daily nudge does); the naive poller reads the last 100 posts and 100 mentions.
Both talk HTTP to the local fake X API, which counts what it returns.

    python -m benchmarks.x_sync_cost [--days 30]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from tenacity import wait_none

from bot.clock import FixedClock
from bot.services import Services
from bot.settings import Settings
from bot.storage.db import upgrade_schema
from bot.storage.models import User
from bot.storage.x import XAccount
from bot.x.client import TokenPair, XClient
from bot.x.sync import sync_account
from tests.fakes.fake_x import FakeX
from tests.fakes.server import serve_asgi

POSTS_A_DAY, MENTIONS_A_DAY = 3, 5
PRICE_PER_POST = 0.005
PRICE_PER_USER = 0.01
KEY = "YmVuY2htYXJrLWtleS1mb3ItbnVkZ2ViaXJkLTMyYiE="


def activity(fake: FakeX, now: datetime, rng: random.Random) -> None:
    for i in range(POSTS_A_DAY):
        fake.add_post("shop", f"Oggi in negozio {i}", created_at=now - timedelta(hours=rng.uniform(0, 23)))
    for i in range(MENTIONS_A_DAY):
        fake.add_post("fan", f"@shop ciao {i}", mentions=["shop"], created_at=now - timedelta(hours=rng.uniform(0, 23)))


async def connect(services: Services, fake: FakeX, clock: FixedClock) -> tuple[int, TokenPair]:
    """A signed-in account, the way /x/callback leaves it."""
    assert services.x is not None and services.tokens is not None
    code = fake.authorize(
        {"response_type": "code", "client_id": fake.client_id, "redirect_uri": "http://127.0.0.1/x/callback",
         "scope": "tweet.read users.read offline.access", "state": "s", "code_challenge_method": "S256",
         "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"},
        user="shop",
    )  # fmt: skip
    pair = await services.x.exchange_code(
        code, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "http://127.0.0.1/x/callback"
    )
    profile = await services.x.me(pair.access_token)
    async with services.db.transaction() as session:
        user = User(platform="bench", workspace="", platform_user_id="1", chat_id="1", created_at=clock.now(),
                    last_seen_at=clock.now(), draft=[], goals=[], days_off=[])  # fmt: skip
        session.add(user)
        await session.flush()
        account = XAccount(user_id=user.id, source="x", x_user_id=profile.id, username=profile.username,
                           connected_at=clock.now(), profile={})  # fmt: skip
        services.tokens.store(account, pair)
        session.add(account)
        await session.flush()
        return account.id, pair


async def ours(days: int, folder: Path) -> tuple[int, int, int]:
    clock = FixedClock(datetime(2026, 10, 1, 9, tzinfo=UTC))
    fake = FakeX(clock=clock)
    fake.add_user("shop", user_id="100")
    fake.add_user("fan", user_id="200")
    rng = random.Random(1)
    async with serve_asgi(fake.app) as url:
        db = f"sqlite+aiosqlite:///{folder / 'ours.db'}"
        await asyncio.to_thread(upgrade_schema, db)
        settings = Settings(_env_file=None, database_url=db, encryption_keys=KEY)  # type: ignore[call-arg]
        client = XClient(url, fake.client_id, fake.client_secret, retry_wait=wait_none(), clock=clock)
        services = Services.create(settings, clock=clock, x_client=client)
        account_id, _ = await connect(services, fake, clock)
        fake.requests.clear()
        fake.posts_returned = 0
        users_read = 0
        for _ in range(days):
            clock.advance(timedelta(days=1))
            activity(fake, clock.now(), rng)
            me_before = fake.requests["me"]
            await sync_account(services, account_id)
            users_read += fake.requests["me"] - me_before
        async with services.db.transaction() as session:
            assert (await session.scalar(select(XAccount.status))) == "connected"
        await services.close()
    timelines = fake.requests["tweets"] + fake.requests["mentions"]
    return timelines + users_read, fake.posts_returned, users_read


async def naive(days: int) -> tuple[int, int, int]:
    clock = FixedClock(datetime(2026, 10, 1, 9, tzinfo=UTC))
    fake = FakeX(clock=clock)
    fake.add_user("shop", user_id="100")
    fake.add_user("fan", user_id="200")
    rng = random.Random(1)
    async with serve_asgi(fake.app) as url:
        client = XClient(url, fake.client_id, fake.client_secret, retry_wait=wait_none(), clock=clock)
        token = fake.issue_tokens("100")["access_token"]
        fake.posts_returned = 0
        fake.requests.clear()
        for _ in range(days):
            clock.advance(timedelta(days=1))
            fake.access_tokens[token].expires_at = clock.now() + timedelta(hours=2)
            activity(fake, clock.now(), rng)
            await client.me(token)
            await client.posts(token, "100", since_id=None, start_time=None, limit=100)
            await client.mentions(token, "100", since_id=None, start_time=None, limit=100)
        await client.aclose()
    return sum(fake.requests.values()), fake.posts_returned, days


def row(name: str, days: int, requests: int, posts: int, users: int) -> str:
    cost = posts * PRICE_PER_POST + users * PRICE_PER_USER
    return f"{name:<22}{requests / days:>14.2f}{posts / days:>16.1f}{posts:>12}{cost:>10.2f}{cost / days * 30:>14.2f}"


async def main(days: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        mine = await ours(days, Path(folder))
    theirs = await naive(days)
    created = days * (POSTS_A_DAY + MENTIONS_A_DAY)
    print(f"{days} days, {POSTS_A_DAY} posts and {MENTIONS_A_DAY} mentions a day ({created} new posts in all)")
    print(f"{'':<22}{'requests/day':>14}{'posts read/day':>16}{'posts read':>12}{'cost $':>10}{'$ per month':>14}")
    print(row("nudgebird (since_id)", days, *mine))
    print(row("naive (last 100)", days, *theirs))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=30)
    asyncio.run(main(parser.parse_args().days))
