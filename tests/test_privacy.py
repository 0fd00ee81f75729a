"""Forgetting beyond one chat: a Slack member's rows keyed by their Slack id, and a whole workspace."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.privacy import forget_workspace
from bot.services import Services
from bot.storage.base import Base
from bot.storage.models import User
from bot.storage.slack import SlackDigest, SlackDigestChannel, SlackDigestTaker, SlackInstallation
from tests.fakes.chat import Chat, MemoryAdapter
from tests.handlers.test_privacy import ROUTES, Person, routed_world, sign_in
from tests.x.conftest import XWorld

WORKSPACE = "-:T0ACME"
t = translator("en")


class SlackLike(MemoryAdapter):
    """The memory chat, but its users are Slack members of a workspace."""

    platform = "slack"


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in routed_world(sqlite_url, clock):
        yield w


async def cells_holding(services: Services, needle: str) -> list[str]:
    found = []
    async with services.db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in (await connection.execute(select(table))).mappings():
                for column in table.columns:
                    value = row[column.name]
                    cell = value if isinstance(value, str) else json.dumps(value, default=str)
                    if needle in cell:
                        found.append(f"{table.name}.{column.name}")
    return found


async def test_forget_clears_a_slack_members_rows_kept_under_their_slack_id(services: Services) -> None:
    adapter = SlackLike()
    ada = Chat(Coach(services, ROUTES), adapter, user_id="U0ADA4411", workspace=WORKSPACE)
    await ada.send("/start")
    now = services.clock.now()
    async with services.db.transaction() as session:
        session.add(SlackInstallation(workspace=WORKSPACE, team_id="T0ACME", bot_token=services.vault.encrypt("x"),
                                      installer_user_id="U0ADA4411", installed_at=now))  # fmt: skip
        session.add(SlackDigestChannel(workspace=WORKSPACE, channel_id="C0TEAM", language="en",
                                       chosen_by="U0ADA4411", chosen_at=now))  # fmt: skip
        session.add(SlackDigest(digest_id="dg1", workspace=WORKSPACE, channel_id="C0TEAM", posted_at=now))
        await session.flush()
        session.add(SlackDigestTaker(workspace=WORKSPACE, digest_id="dg1", user_id="U0ADA4411", taken_at=now))

    await ada.send("/export")
    attachment = ada.last().attachment
    assert attachment is not None
    assert json.loads(attachment.data)["team_digests_taken"] == [{"digest": "dg1", "taken_at": now.isoformat()}]

    await ada.send("/forget")
    await ada.press(t("button-forget-yes"))
    assert t("forget-done-local") in ada.text()  # no X account: nothing was asked of X
    assert await cells_holding(services, "U0ADA4411") == []
    async with services.db.transaction() as session:
        assert await session.get(SlackInstallation, WORKSPACE) is not None  # the workspace itself stays


async def test_forget_workspace_forgets_every_member_and_revokes_their_x_access(world: XWorld) -> None:
    adapter = SlackLike()
    world.coach.attach(adapter)
    ada, ben = (Chat(world.coach, adapter, user_id=u, workspace=WORKSPACE) for u in ("U0ADA", "U0BEN"))
    elsewhere = Chat(world.coach, adapter, user_id="U0CEL", workspace="-:T0OTHER")
    for chat in (ada, ben, elsewhere):
        await chat.send("/privacy")
    await sign_in(world, ada, Person("U0ADA", "U0ADA", "Ada's", "ada_shop", "7711", "hello"))
    await ben.send("/demo")

    assert await forget_workspace(world.services, "slack", WORKSPACE) == 2

    assert world.fake.requests["revoke"] == 1
    assert world.fake.revoked_families
    async with world.services.db.transaction() as session:
        left = (await session.scalars(select(User.platform_user_id))).all()
    assert left == ["U0CEL"]
    assert await cells_holding(world.services, "ada_shop") == []
