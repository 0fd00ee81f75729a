"""Tokens: encrypted at rest, refreshed once even by racing processes, disconnected only for good reason."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.storage.x import XAccount
from bot.x.tokens import Disconnected
from tests.x.conftest import XWorld, make_world
from tests.x.test_signin import signed_in


async def stored_account(world: XWorld) -> XAccount:
    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
        assert account is not None
        return account


async def expire(world: XWorld) -> None:
    world.services.clock.advance(timedelta(hours=3))  # type: ignore[attr-defined]


async def test_a_fresh_token_is_used_without_refreshing(world: XWorld) -> None:
    await signed_in(world)
    account = await stored_account(world)
    assert world.services.tokens is not None
    token = await world.services.tokens.access_token(account.id)
    assert token in world.fake.access_tokens and world.fake.token_refreshes == 0


async def test_concurrent_callers_in_one_process_refresh_once(world: XWorld) -> None:
    await signed_in(world)
    account = await stored_account(world)
    await expire(world)
    assert world.services.tokens is not None
    tokens = await asyncio.gather(*(world.services.tokens.access_token(account.id) for _ in range(8)))
    assert world.fake.token_refreshes == 1
    assert len(set(tokens)) == 1
    stored = await stored_account(world)
    assert stored.access_token is not None and world.services.vault.decrypt(stored.access_token) == tokens[0]


async def test_a_refused_refresh_disconnects_and_is_told_once(world: XWorld) -> None:
    await signed_in(world)
    account = await stored_account(world)
    await expire(world)
    world.fake.revoked_families.update(t.family for t in world.fake.refresh_tokens.values())
    assert world.services.tokens is not None
    with pytest.raises(Disconnected):
        await world.services.tokens.access_token(account.id)
    stored = await stored_account(world)
    assert stored.status == "disconnected" and stored.access_token is None


RACE = """
import asyncio, sys
from bot.clock import FixedClock
from bot.services import Services
from bot.settings import Settings
from datetime import datetime

async def main():
    clock = FixedClock(datetime.fromisoformat(sys.argv[2]))
    services = Services.create(Settings(_env_file=None), clock=clock)
    token = await services.tokens.access_token(int(sys.argv[1]))
    print(token)
    await services.close()

asyncio.run(main())
"""


@pytest.mark.postgres
async def test_two_processes_racing_on_postgresql_refresh_once(pg_url: str, clock: FixedClock) -> None:
    from tests.conftest import _truncate

    await _truncate(pg_url)
    async for world in make_world(pg_url, clock):
        await signed_in(world)
        account = await stored_account(world)
        await expire(world)
        settings = world.services.settings
        env = {
            **os.environ,
            "DATABASE_URL": pg_url,
            "ENCRYPTION_KEYS": settings.encryption_keys.get_secret_value()
            if settings.encryption_keys
            else "",
            "X_CLIENT_ID": world.fake.client_id,
            "X_CLIENT_SECRET": world.fake.client_secret,
            "X_API_URL": settings.x_api_url,
        }
        racers = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", RACE, str(account.id), clock.now().isoformat(),
                env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            for _ in range(2)
        ]  # fmt: skip
        outputs = [await r.communicate() for r in racers]
        assert [r.returncode for r in racers] == [0, 0], [o[1].decode()[-500:] for o in outputs]
        tokens = {o[0].decode().strip() for o in outputs}
        assert world.fake.token_refreshes == 1
        assert len(tokens) == 1 and tokens <= set(world.fake.access_tokens)
