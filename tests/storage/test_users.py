"""Storage on SQLite and PostgreSQL: users per platform, conversation state kept, redeliveries seen once."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.messages import ChatKey, Incoming, UserKey
from bot.services import Services
from bot.storage.models import User
from bot.users import user_for
from handlers import routes
from tests.conftest import make_settings
from tests.fakes.chat import Chat, MemoryAdapter


async def test_same_person_on_two_platforms_is_two_users(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    try:
        incoming = [
            Incoming.from_text(UserKey(p, ws, "42"), ChatKey(p, ws, "42"), "hi")
            for p, ws in (("telegram", ""), ("slack", "T1"), ("slack", "T2"))
        ]
        async with services.db.transaction() as session:
            for message in incoming:
                await user_for(session, message, clock.now(), "en")
        async with services.db.transaction() as session:
            await user_for(session, incoming[0], clock.now(), "en")
            assert await session.scalar(select(func.count()).select_from(User)) == 3
    finally:
        await services.db.close()


async def test_answers_survive_a_new_process(database_url: str, clock: FixedClock) -> None:
    t = translator("it")
    for step in range(2):
        services = Services.create(make_settings(database_url), clock=clock)
        chat = Chat(Coach(services, routes()), MemoryAdapter(), locale="it")
        try:
            if step == 0:
                await chat.send("/start")
                await chat.send("Pasticceria Dolce Vita")
            else:
                await chat.send("/start")
                assert t("ask-sector") in chat.text()
                async with services.db.transaction() as session:
                    user = await session.scalar(select(User))
                assert user is not None and user.business_name == "Pasticceria Dolce Vita"
                assert user.created_at.tzinfo is not None
        finally:
            await services.db.close()


async def test_a_redelivery_is_handled_once(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    coach = Coach(services, routes())
    try:
        results = await asyncio.gather(*(coach.first_delivery("telegram", "update-7") for _ in range(5)))
        assert sorted(results) == [False, False, False, False, True]
        assert await coach.first_delivery("slack", "update-7")
    finally:
        await services.db.close()


async def test_concurrent_first_contact_creates_one_user(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    coach = Coach(services, routes())
    try:
        adapter = MemoryAdapter()
        chats = [Chat(coach, adapter, user_id="same") for _ in range(4)]
        await asyncio.gather(*(c.send("/help") for c in chats), return_exceptions=False)
        async with services.db.transaction() as session:
            assert await session.scalar(select(func.count()).select_from(User)) == 1
    finally:
        await services.db.close()
