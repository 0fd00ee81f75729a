"""Key rotation: after `keys rotate`, the old key can go and every secret still reads."""

from __future__ import annotations

from cryptography.fernet import Fernet
from sqlalchemy import select

from bot.clock import FixedClock
from bot.keys import rotate_keys
from bot.services import Services
from bot.storage.models import User
from bot.storage.x import XAccount
from tests.conftest import make_settings


async def test_rotation_lets_the_old_key_go(sqlite_url: str, clock: FixedClock) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    before = Services.create(make_settings(sqlite_url, encryption_keys=old), clock=clock)
    async with before.db.transaction() as session:
        user = User(
            platform="t",
            workspace="",
            platform_user_id="1",
            chat_id="1",
            created_at=clock.now(),
            last_seen_at=clock.now(),
            draft=[],
            goals=[],
            days_off=[],
        )
        session.add(user)
        await session.flush()
        session.add(
            XAccount(
                user_id=user.id,
                source="x",
                connected_at=clock.now(),
                profile={},
                access_token=before.vault.encrypt("access-1"),
                refresh_token=before.vault.encrypt("refresh-1"),
            )
        )
    await before.close()

    both = Services.create(make_settings(sqlite_url, encryption_keys=f"{new},{old}"), clock=clock)
    assert await rotate_keys(both) == 2
    await both.close()

    after = Services.create(make_settings(sqlite_url, encryption_keys=new), clock=clock)
    async with after.db.transaction() as session:
        account = await session.scalar(select(XAccount))
        assert account is not None and account.access_token and account.refresh_token
        assert after.vault.decrypt(account.access_token) == "access-1"
        assert after.vault.decrypt(account.refresh_token) == "refresh-1"
    await after.close()
