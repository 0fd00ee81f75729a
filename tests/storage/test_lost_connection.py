"""PostgreSQL connections that die: replaced without a ping, and an update caught by one is still answered once."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import coach as coach_module
from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.messages import ChatKey, Incoming, UserKey
from bot.services import Services
from bot.storage.db import Database
from bot.storage.models import User
from handlers import routes
from tests.conftest import PG_ADMIN_URL, make_settings
from tests.fakes.chat import MemoryAdapter

pytestmark = pytest.mark.postgres


@pytest.fixture
async def services(pg_url: str, clock: FixedClock) -> AsyncIterator[Services]:
    services = Services.create(make_settings(pg_url), clock=clock)
    yield services
    await services.close()


async def _terminate(pid: int) -> None:
    admin = Database(PG_ADMIN_URL)
    try:
        async with admin.transaction() as session:
            await session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        await admin.close()


async def test_a_pooled_connection_the_server_closed_is_replaced_at_checkout(services: Services) -> None:
    db = services.db
    async with db.transaction() as session:
        pid = await session.scalar(text("SELECT pg_backend_pid()"))
    await _terminate(pid)  # as a server restart or an idle timeout would
    await asyncio.sleep(0.2)  # the closed socket is noticed by the event loop
    async with db.transaction() as session:
        assert await session.scalar(text("SELECT pg_backend_pid()")) != pid


def _start(user_id: str) -> Incoming:
    return Incoming.from_text(UserKey("memory", "", user_id), ChatKey("memory", "", user_id), "/start", locale="en")


def _dying_mid_transaction(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first update's connection dies under it as it looks its user up (after noting the delivery);
    returns the server process it killed."""
    killed: list[int] = []
    real = coach_module.user_for

    async def user_for(session: AsyncSession, *args: Any) -> User:
        if not killed:
            killed.append(await session.scalar(text("SELECT pg_backend_pid()")))
            await session.execute(text("SELECT pg_terminate_backend(pg_backend_pid())"))
        return await real(session, *args)

    monkeypatch.setattr(coach_module, "user_for", user_for)
    return killed


async def test_an_update_whose_connection_dies_is_decided_again_and_answered_once(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach, adapter = Coach(services, routes()), MemoryAdapter()
    user_id, delivery = uuid.uuid4().hex[:12], uuid.uuid4().hex
    killed = _dying_mid_transaction(monkeypatch)

    assert await coach.handle(_start(user_id), adapter, delivery_id=delivery)

    t = translator("en")
    assert killed and [sent.message.text for sent in adapter.sent] == [t("welcome"), t("ask-name")]
    assert not await coach.handle(_start(user_id), adapter, delivery_id=delivery)  # Telegram's redelivery
    assert len(adapter.sent) == 2
    async with services.db.transaction() as session:
        assert await session.scalar(select(func.count()).where(User.platform_user_id == user_id)) == 1


async def test_without_a_delivery_id_a_lost_connection_is_the_callers_failure(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    coach, adapter = Coach(services, routes()), MemoryAdapter()
    killed = _dying_mid_transaction(monkeypatch)
    # Nothing would recognise a second attempt whose first one did commit: no retry, nothing sent.
    with pytest.raises(DBAPIError):
        await coach.handle(_start(uuid.uuid4().hex[:12]), adapter)
    assert killed and adapter.sent == []
