"""Storage on SQLite and PostgreSQL: users per platform, conversation state kept, redeliveries seen once."""

from __future__ import annotations

import asyncio

import pytest
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


async def test_an_update_delivered_five_times_at_once_is_answered_once(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    coach = Coach(services, routes())
    try:
        adapter = MemoryAdapter()
        key = UserKey("memory", "", "u1")
        start = Incoming.from_text(key, ChatKey("memory", "", "u1"), "/start", locale="en")
        handled = await asyncio.gather(*(coach.handle(start, adapter, delivery_id="update-7") for _ in range(5)))
        assert sorted(handled) == [False, False, False, False, True]
        t = translator("en")
        assert [sent.message.text for sent in adapter.sent] == [t("welcome"), t("ask-name")]
        # Noted with the answer: the same id again is skipped, the first delivery's answer stays the only one.
        assert not await coach.handle(start, adapter, delivery_id="update-7")
        assert not await coach.first_delivery("memory", "update-7")
        assert len(adapter.sent) == 2
    finally:
        await services.db.close()


async def test_a_delivery_that_failed_is_handled_when_it_comes_again(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    coach = Coach(services, routes())
    try:
        adapter = MemoryAdapter()
        start = Incoming.from_text(UserKey("memory", "", "u1"), ChatKey("memory", "", "u1"), "/start", locale="en")
        real_render = coach._render

        async def broken(*_args: object) -> None:
            raise RuntimeError("the database went away")

        coach._render = broken  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            await coach.handle(start, adapter, delivery_id="update-8")
        coach._render = real_render  # type: ignore[method-assign]
        # Nothing of the failed attempt was kept, its delivery id included: the platform's retry is answered.
        assert await coach.handle(start, adapter, delivery_id="update-8")
        assert len(adapter.sent) == 2
        async with services.db.transaction() as session:
            assert await session.scalar(select(func.count()).select_from(User)) == 1
    finally:
        await services.db.close()


async def test_a_button_pressed_twice_at_once_counts_once(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    coach = Coach(services, routes())
    try:
        t = translator("en")
        chat = Chat(coach, MemoryAdapter())
        await chat.send("/start")
        await chat.send("Forno Rossi")
        sector = chat.adapter.sent[-1]
        food = next(b for row in sector.message.buttons for b in row if b.label == t("sector-food"))
        assert food.token is not None
        twice = (chat.press_token(food.token, sector.message_id) for _ in range(2))
        await asyncio.gather(*twice)
        texts = [sent.message.text for sent in chat.adapter.sent[-3:]]
        assert sum(t("button-expired") in text for text in texts) == 1
        async with services.db.transaction() as session:
            user = await session.scalar(select(User))
            assert user is not None and user.sector == "food" and user.step == "onboarding:goals"
    finally:
        await services.db.close()
