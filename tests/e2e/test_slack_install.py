"""Installing by OAuth v2 (state single-use, ten minutes, pages in the browser's language), one workspace by token,
and uninstalling."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

import httpx
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


async def _return(world, language: str, **params: str) -> httpx.Response:
    """The browser coming back from Slack to /slack/oauth_redirect, with its state cookie and languages."""
    cookie = params.pop("cookie", params.get("state", ""))
    headers = {"Cookie": f"slack-app-oauth-state={cookie}", "Accept-Language": language}
    return await world.http.get("/slack/oauth_redirect", params=params, headers=headers)


def _shown(response: httpx.Response) -> str:
    return html.unescape(response.text)


@pytest.mark.parametrize(
    ("header", "lang", "title"),
    [
        ("fr-CH, fr;q=0.9, en;q=0.8", "fr", "Ajouter nudgebird à Slack"),
        ("de-DE, it;q=0.3, es;q=0.5", "es", "Añadir nudgebird a Slack"),
        ("de-DE", "en", "Add nudgebird to Slack"),
        ("", "en", "Add nudgebird to Slack"),
    ],
)
async def test_the_install_page_speaks_the_browsers_language(sqlite_url, clock, header, lang, title):
    async with slack_world(sqlite_url, clock) as world:
        page = await world.http.get("/slack/install", headers={"Accept-Language": header})
        assert page.status_code == 200
        assert f'<html lang="{lang}">' in page.text and f"<h1>{title}</h1>" in _shown(page)
        assert "https://slack.com/oauth/v2/authorize?" in _shown(page)


async def test_installed_says_where_in_the_browsers_language_and_opens_the_apps_dm(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        world.fake.add_workspace("T1", code="code-T1")
        state = await world.install_state()

        response = await _return(world, "it-IT,it;q=0.9", code="code-T1", state=state)

        assert response.status_code == 200
        shown = _shown(response)
        assert "<h1>nudgebird è installato</h1>" in shown
        assert "nudgebird ora è installato in Team T1. Apri Slack e scrivi a nudgebird" in shown
        assert '<a href="https://slack.com/app_redirect?app=A0NUDGE&team=T1">Apri nudgebird in Slack</a>' in shown
        assert "slack-app-oauth-state=deleted" in response.headers["set-cookie"]


async def test_a_forged_or_used_link_is_refused_in_the_browsers_language(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        world.fake.add_workspace("T1", code="code-T1")
        forged = await _return(world, "it", code="code-T1", state="forged-state")
        state = await world.install_state()
        assert (await _return(world, "en", code="code-T1", state=state)).status_code == 200
        used = await _return(world, "it", code="code-T1", state=state)

        for response in (forged, used):
            assert response.status_code == 401
            assert "Questo link di installazione è sconosciuto o è già stato usato" in _shown(response)
            assert '<a href="https://coach.example/slack/install">Ricomincia</a>' in _shown(response)


async def test_an_expired_link_says_it_expired(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        world.fake.add_workspace("T1", code="code-T1")
        state = await world.install_state()
        clock.advance(timedelta(minutes=10, seconds=1))

        response = await _return(world, "fr-FR", code="code-T1", state=state)

        assert response.status_code == 401
        assert "Ce lien d'installation a expiré (il n'est valable que 10 minutes)" in _shown(response)
        assert await _installations(world) == []


async def test_denied_access_another_browser_and_slack_errors_are_said_plainly(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        state = await world.install_state()
        denied = await _return(world, "es-ES", error="access_denied", state=state)
        other_browser = await _return(world, "es", code="code-T1", state=state, cookie="another")
        slack_error = await _return(world, "es", code="code-nobody-issued", state=state)

        assert denied.status_code == 400
        assert "No diste permiso a nudgebird para entrar en el espacio de trabajo" in _shown(denied)
        assert other_browser.status_code == 400
        assert "Esta instalación se empezó en otro navegador" in _shown(other_browser)
        assert slack_error.status_code == 400
        assert "Slack no completó la instalación" in _shown(slack_error)


async def test_a_failure_on_our_side_is_a_page_not_a_traceback(sqlite_url, clock, monkeypatch):
    async with slack_world(sqlite_url, clock) as world:
        state = await world.install_state()
        store = world.bot.app.oauth_flow.settings.state_store

        async def broken(state: str) -> bool:
            raise ConnectionError("database unreachable")

        monkeypatch.setattr(store, "async_consume", broken)
        response = await _return(world, "en", code="code-T1", state=state)

        assert response.status_code == 503
        assert "Something went wrong on our side and nothing was installed" in _shown(response)
        assert "Traceback" not in response.text
