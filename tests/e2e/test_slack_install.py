"""Installing by OAuth v2 (state single-use, ten minutes), one workspace by token, and uninstalling."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.adapters.slack_install import BOT_SCOPES
from bot.storage.models import User
from bot.storage.slack import SlackDigestChannel, SlackInstallation
from tests.e2e.slack_harness import slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
MANIFEST = Path(__file__).resolve().parents[2] / "slack" / "manifest.yaml"


async def _installations(world) -> list[SlackInstallation]:
    async with world.services.db.transaction() as session:
        return list(await session.scalars(select(SlackInstallation)))


async def _users(world, workspace: str) -> int:
    async with world.services.db.transaction() as session:
        return await session.scalar(select(func.count()).select_from(User).where(User.workspace == workspace))


async def test_installing_by_oauth_keeps_the_token_encrypted_and_the_coach_answers(database_url, clock):
    async with slack_world(database_url, clock) as world:
        await world.install("T1", enterprise="E1")

        (row,) = await _installations(world)
        token = world.fake.workspace("T1").token
        assert row.workspace == "E1:T1"
        assert token not in row.bot_token
        assert world.bot.store is not None
        assert await world.bot.store.bot_token("E1:T1") == token

        world.fake.add_user("T1", "U1")
        await world.dm("T1", "U1", "hello", enterprise="E1")
        assert "What's the name of your business?" in world.said("T1", "U1")


async def test_the_install_link_asks_slack_for_exactly_our_scopes(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        page = await world.http.get("/slack/install")
        scopes = re.search(r"[?;]scope=([^&\"]+)", page.text).group(1)
        assert sorted(scopes.split(",")) == sorted(BOT_SCOPES)
        assert "redirect_uri=https://coach.example/slack/oauth_redirect" in page.text


async def test_the_installation_store_answers_slack_sdk_as_slack_sdk_expects(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1", enterprise="E1")
        store = world.bot.store
        found = await store.async_find_installation(enterprise_id="E1", team_id="T1")
        assert (found.team_id, found.bot_user_id, found.bot_token) == ("T1", "UBOTT1", "xoxb-T1-secret")
        assert await store.async_find_installation(enterprise_id="E1", team_id="T1", user_id="UX") is None
        assert await store.async_find_bot(enterprise_id=None, team_id="T1") is None, "another org's T1"
        org_wide = await store.async_find_bot(enterprise_id="E1", team_id="T1", is_enterprise_install=True)
        assert org_wide is None

        await store.async_delete_all(enterprise_id="E1", team_id="T1")
        assert await store.async_find_bot(enterprise_id="E1", team_id="T1") is None


async def test_a_state_is_good_once_for_ten_minutes_in_the_browser_that_asked(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        for team in ("T1", "T2", "T3"):
            world.fake.add_workspace(team, code=f"code-{team}")

        refused = [await world.callback("code-T1", "forged-state")]
        state = await world.install_state()
        refused.append(await world.callback("code-T1", state, cookie="someone-elses-state"))
        clock.advance(timedelta(minutes=9, seconds=59))
        assert (await world.callback("code-T2", state)).status_code == 200
        refused.append(await world.callback("code-T1", state))  # used already
        late = await world.install_state()
        clock.advance(timedelta(minutes=10, seconds=1))
        refused.append(await world.callback("code-T3", late))

        assert [r.status_code for r in refused] == [401, 400, 401, 401]
        assert [row.workspace for row in await _installations(world)] == ["-:T2"]


async def test_uninstalling_forgets_that_workspace_and_only_that_one(database_url, clock):
    async with slack_world(database_url, clock) as world:
        for team in ("T1", "T2", "T3"):
            await world.install(team)
            world.fake.add_user(team, "U1", admin=True)
            await world.dm(team, "U1", "hello")
            await world.command(team, "U1", "digest <#CTEAM|team>", channel="CTEAM")

        await world.event("T3", {"type": "tokens_revoked", "tokens": {"oauth": ["U1"], "bot": []}})
        world.fake.revoke("T1")
        await world.event("T1", {"type": "app_uninstalled"})
        world.fake.revoke("T2")
        await world.event("T2", {"type": "tokens_revoked", "tokens": {"oauth": [], "bot": ["UBOTT2"]}})

        assert [row.workspace for row in await _installations(world)] == ["-:T3"]
        assert [await _users(world, f"-:{team}") for team in ("T1", "T2", "T3")] == [0, 0, 1]
        async with world.services.db.transaction() as session:
            assert await session.get(SlackDigestChannel, "-:T1") is None
            assert await session.get(SlackDigestChannel, "-:T3") is not None
        assert await world.bot.digest.post_digest("-:T1", 1, clock.now(), []) is None


async def test_one_workspace_by_token_without_oauth(sqlite_url, clock):
    async with slack_world(sqlite_url, clock, single_workspace=True) as world:
        assert (await world.http.get("/slack/install")).status_code == 404
        world.fake.add_user("T1", "U1", locale="fr-FR")
        await world.dm("T1", "U1", "bonjour")
        assert "Comment s'appelle votre entreprise" in world.said("T1", "U1")

        await world.event("T1", {"type": "app_uninstalled"})
        assert await _users(world, "-:T1") == 0


def test_the_manifest_asks_for_exactly_the_scopes_the_code_uses():
    text = MANIFEST.read_text()
    scopes = text.split("    bot:\n", 1)[1].split("\nsettings:", 1)[0]
    assert sorted(re.findall(r"^ +- ([a-z:.]+)$", scopes, re.M)) == sorted(BOT_SCOPES)
    assert "/slack/events" in text and "/nudgebird" in text and "should_escape: true" in text
    for event in ("message.im", "app_home_opened", "app_uninstalled", "tokens_revoked"):
        assert f"- {event}" in text
