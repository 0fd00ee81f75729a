"""/privacy, /export and /forget as a person sees them, and what is left in the database afterwards."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.router import Routes
from bot.services import Services
from bot.settings import LANGUAGES
from bot.storage.base import Base
from bot.storage.checkup import CheckupRecord
from bot.storage.models import User
from bot.storage.nudges import Nudge
from bot.storage.x import XAccount
from bot.x.sync import SyncStatus, sync_account
from handlers import ROUTERS, privacy
from tests.fakes.chat import Chat, MemoryAdapter
from tests.x.conftest import XWorld, make_world

ROUTES = Routes.merge(ROUTERS if privacy.router in ROUTERS else (*ROUTERS, privacy.router))
"""Every feature with /privacy, /export and /forget, whether or not handlers.ROUTERS lists them yet."""
t = translator("en")


@dataclass(frozen=True)
class Person:
    """Someone with distinctive values, so any trace of them in any table can be found."""

    user_id: str
    chat_id: str
    business: str
    username: str
    x_user_id: str
    post_text: str

    def needles(self) -> dict[str, str]:
        return {
            "platform user id": self.user_id,
            "chat id": self.chat_id,
            "business name": self.business,
            "X username": self.username,
            "X user id": self.x_user_id,
            "post text": self.post_text,
        }


ANNA = Person("anna-4417", "chat-anna-8832", "Panificio Dimenticami", "dimenticami_x", "7700123456789",
              "Focaccia segreta di Anna")  # fmt: skip
BRUNO = Person("bruno-5528", "chat-bruno-9943", "Ciclofficina Resto", "bici_resto", "7700987654321",
               "Bici riparate da Bruno")  # fmt: skip


async def onboard_as(chat: Chat, business: str) -> None:
    await chat.send("/start")
    await chat.send(business)
    await chat.press(t("sector-food"))
    await chat.press(t("goals-customers"))
    await chat.press(t("button-done"))
    await chat.press(t("customers-consumers"))
    await chat.press(t("reach-local"))
    await chat.press(t("onx-yes"))
    await chat.send("20")
    await chat.press(t("autodms-no"))
    await chat.send("Roma")
    await chat.send("9:15")
    done = "onboarding-done" if chat.coach.services.x is not None else "onboarding-done-offline"
    assert t(done, name=business) in chat.text()


def person_chat(world: XWorld, person: Person) -> Chat:
    return Chat(world.coach, world.chat.adapter, user_id=person.user_id, chat_id=person.chat_id)


async def sign_in(world: XWorld, chat: Chat, person: Person) -> int:
    """Signs in at the fake X as `person`, waits for the chat's confirmation, returns the account id."""
    world.fake.add_user(person.username, user_id=person.x_user_id)
    world.fake.signed_in = person.username
    await chat.send("/connect")
    link = next(b.url for b in chat.buttons() if b.url)
    async with httpx.AsyncClient(follow_redirects=True) as browser:
        assert (await browser.get(link)).status_code == 200
    for _ in range(100):
        if any(t("x-connected", username=person.username) in s.message.text for s in chat.adapter.sent):
            break
        await asyncio.sleep(0.02)
    chat.replies()
    async with world.services.db.transaction() as session:
        account_id = await session.scalar(
            select(XAccount.id).join(User, User.id == XAccount.user_id).where(User.platform_user_id == chat.user_id)
        )
    assert account_id is not None
    return account_id


async def full_history(world: XWorld, chat: Chat, person: Person) -> int:
    """Onboarded, signed in, posts and mentions synced, a nudge sent and a checkup given."""
    await onboard_as(chat, person.business)
    account_id = await sign_in(world, chat, person)
    now = world.services.clock.now()
    world.fake.add_user(f"cliente_of_{person.username}")
    for i in range(3):
        world.fake.add_post(person.username, f"{person.post_text} {i}", created_at=now - timedelta(hours=i + 1))
    world.fake.add_post(f"cliente_of_{person.username}", f"@{person.username} aperti domenica?",
                        mentions=[person.username], created_at=now - timedelta(hours=2))  # fmt: skip
    assert (await sync_account(world.services, account_id)).status is SyncStatus.DONE
    async with world.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == person.user_id))
        assert user is not None
        session.add(Nudge(user_id=user.id, local_date=now.date(), due_at=now, status="sent",
                          topics=["unanswered:1"], sent_at=now))  # fmt: skip
        session.add(CheckupRecord(user_id=user.id, created_at=now, score=62, top=["answering", "cadence"]))
    return account_id


async def routed_world(database_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in make_world(database_url, clock):
        w.coach.routes = ROUTES
        yield w


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    """The X world with /privacy, /export and /forget routed."""
    async for w in routed_world(sqlite_url, clock):
        yield w


@pytest.fixture
async def any_world(database_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    """The same on SQLite and on PostgreSQL."""
    async for w in routed_world(database_url, clock):
        yield w


@pytest.fixture
def coach(services: Services) -> Coach:
    return Coach(services, ROUTES)


# --- /privacy -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_privacy_says_what_why_and_how_long_in_every_language(chat: Chat, lang: str) -> None:
    chat.locale = lang
    await chat.send("/privacy")
    said = chat.text()
    for key in privacy.NOTICE:
        assert translator(lang)(key) in said
    assert "90" in said and "/export" in said and "/forget" in said and "/disconnect" in said


async def test_privacy_works_in_the_middle_of_a_question(chat: Chat) -> None:
    await chat.send("/start")
    await chat.send("/privacy")
    assert t("privacy-how-long") in chat.text()


# --- /export ------------------------------------------------------------------------------------------


async def test_export_holds_everything_about_the_user_and_no_token(world: XWorld) -> None:
    chat = person_chat(world, ANNA)
    await full_history(world, chat, ANNA)
    await chat.send("/export")
    assert t("export-ready") in chat.text()
    attachment = chat.last().attachment
    assert attachment is not None
    assert (attachment.filename, attachment.mime) == ("nudgebird-export.json", "application/json")
    raw = attachment.data.decode()
    data: dict[str, Any] = json.loads(raw)

    assert data["answers"]["business_name"] == ANNA.business
    assert data["answers"]["goals"] == ["customers"]
    assert data["settings"]["timezone"] == "Europe/Rome" and data["settings"]["nudge_time"] == "09:15"
    assert data["you"]["platform_user_id"] == ANNA.user_id
    assert data["you"]["consented_at"] == world.services.clock.now().isoformat()
    assert data["x_account"]["username"] == ANNA.username and data["x_account"]["source"] == "x"
    assert sorted(p["text"] for p in data["posts"]) == [f"{ANNA.post_text} {i}" for i in range(3)]
    assert [m["text"] for m in data["mentions"]] == [f"@{ANNA.username} aperti domenica?"]
    assert data["nudges"] == [
        {"date": "2026-11-23", "status": "sent", "topics": ["unanswered:1"],
         "due_at": "2026-11-23T09:00:00+00:00", "sent_at": "2026-11-23T09:00:00+00:00"}
    ]  # fmt: skip
    assert {"score": 62, "top": ["answering", "cadence"], "created_at": "2026-11-23T09:00:00+00:00"} in data["checkups"]

    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
    assert account is not None and account.access_token and account.refresh_token
    for secret in (account.access_token, account.refresh_token, *world.fake.access_tokens, *world.fake.refresh_tokens):
        assert secret not in raw
    assert "token" not in raw.lower()


async def test_export_in_a_group_goes_to_the_private_chat(coach: Coach) -> None:
    adapter = MemoryAdapter()
    alone = Chat(coach, adapter, user_id="carla", chat_id="dm-carla")
    await alone.send("/start")
    in_group = Chat(coach, adapter, user_id="carla", chat_id="group-1", private=False)
    before = len(adapter.sent)
    await in_group.send("/export")
    assert [s.chat.chat_id for s in adapter.sent[before:]] == ["dm-carla", "group-1"]
    assert adapter.sent[-2].message.attachment is not None and adapter.sent[-1].message.attachment is None


# --- /forget ------------------------------------------------------------------------------------------


async def traces(services: Services, person: Person, user_id: int, account_id: int | None) -> list[str]:
    """Every cell of every table that still points at the person or holds one of their values."""
    found: list[str] = []
    async with services.db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in (await connection.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    targets = {fk.column.table.name for fk in column.foreign_keys}
                    if ("users" in targets or (table.name, column.name) == ("users", "id")) and value == user_id:
                        found.append(f"{table.name}.{column.name} = user {user_id}")
                    if "x_accounts" in targets and value == account_id:
                        found.append(f"{table.name}.{column.name} = account {account_id}")
                    cell = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
                    found += [
                        f"{table.name}.{column.name} holds the {what}"
                        for what, needle in person.needles().items()
                        if needle.casefold() in cell.casefold()
                    ]
    return found


async def user_row_id(services: Services, person: Person) -> int:
    async with services.db.transaction() as session:
        found = await session.scalar(select(User.id).where(User.platform_user_id == person.user_id))
    assert found is not None
    return found


async def test_forget_asks_first_and_no_keeps_everything(world: XWorld) -> None:
    chat = person_chat(world, ANNA)
    account_id = await full_history(world, chat, ANNA)
    await chat.send("/forget")
    assert t("forget-ask") in chat.text()
    assert chat.labels() == [t("button-forget-yes"), t("button-forget-no")]
    await chat.press(t("button-forget-no"))
    assert t("forget-kept") in chat.text()
    assert world.fake.requests["revoke"] == 0
    user_id = await user_row_id(world.services, ANNA)
    left = await traces(world.services, ANNA, user_id, account_id)
    for table in ("users", "x_accounts", "x_posts", "nudges", "checkups", "x_usage", "x_following"):
        assert any(trace.startswith(f"{table}.") for trace in left), table


async def test_forget_revokes_at_x_and_leaves_no_trace_in_any_table(any_world: XWorld) -> None:
    world = any_world
    anna, bruno = person_chat(world, ANNA), Chat(world.coach, MemoryAdapter(), user_id=BRUNO.user_id,
                                                 chat_id=BRUNO.chat_id)  # fmt: skip
    anna_account = await full_history(world, anna, ANNA)
    anna_id = await user_row_id(world.services, ANNA)
    bruno_account = await full_history(world, bruno, BRUNO)
    anna_families = {r.family for r in world.fake.refresh_tokens.values() if r.user_id == ANNA.x_user_id}

    await anna.send("/forget")
    assert t("forget-ask") in anna.text()
    await anna.press(t("button-forget-yes"))

    assert t("forget-done") in anna.text()
    assert anna.last().buttons == ()
    assert world.fake.requests["revoke"] == 1
    assert anna_families and anna_families <= world.fake.revoked_families
    assert await traces(world.services, ANNA, anna_id, anna_account) == []
    # Bruno is untouched: the search does find what is still there.
    bruno_id = await user_row_id(world.services, BRUNO)
    assert len(await traces(world.services, BRUNO, bruno_id, bruno_account)) > 10
    assert await sync_account(world.services, bruno_account) is not None


async def test_after_forget_a_new_message_starts_from_scratch(world: XWorld) -> None:
    chat = person_chat(world, ANNA)
    await onboard_as(chat, ANNA.business)
    await chat.send("/forget")
    await chat.press(t("button-forget-yes"))
    old_buttons = [b.token for s in chat.adapter.sent for row in s.message.buttons for b in row if b.token]
    await chat.send("/start")
    assert t("welcome") in chat.text()
    await chat.press_token(old_buttons[0])
    assert t("button-expired") in chat.text()


async def test_forget_without_x_account_and_with_a_question_pending(coach: Coach) -> None:
    chat = Chat(coach, MemoryAdapter(), user_id="dora")
    await chat.send("/start")
    await chat.send("Dora's Deli")
    await chat.send("/forget")
    assert t("forget-ask-local") in chat.text()
    await chat.press(t("button-forget-yes"))
    # No X account: nothing was asked of X, and the reply must not say it was.
    assert t("forget-done-local") in chat.text() and t("forget-done") not in chat.text()
    async with coach.services.db.transaction() as session:
        assert (await session.scalars(select(User))).all() == []


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_forget_on_the_demo_account_does_not_claim_a_revocation(world: XWorld, lang: str) -> None:
    tr = translator(lang)
    chat = person_chat(world, ANNA)
    chat.locale = lang
    await chat.send("/demo")
    await chat.send("/forget")
    assert tr("forget-ask-local") in chat.text()
    await chat.press(tr("button-forget-yes"))
    said = chat.text()
    assert tr("forget-done-local") in said and tr("forget-done") not in said
    assert world.fake.requests["revoke"] == 0
