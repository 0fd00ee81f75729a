"""Signing in with X end to end: chat → our link → X's consent → our callback → chat."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from html import escape
from urllib.parse import parse_qs, urlparse

import httpx
from sqlalchemy import func, select

from bot.i18n import translator
from bot.storage.x import XAccount, XSignIn
from tests.x.conftest import XWorld


def shown(key: str, lang: str = "en", **values: str) -> str:
    """A text as it appears in an HTML page."""
    return escape(translator(lang)(key, **values))


async def connect_link(world: XWorld) -> str:
    await world.chat.send("/connect")
    links = [b.url for b in world.chat.buttons() if b.url]
    assert links, world.chat.text()
    return links[0]


async def signed_in(world: XWorld, username: str = "fornorossi") -> httpx.Response:
    """Signs in through the browser, and waits for the chat to hear about it (the first sync done)."""
    if username not in {u.username for u in world.fake.users.values()}:
        world.fake.add_user(username)
    link = await connect_link(world)
    async with httpx.AsyncClient(follow_redirects=True) as browser:
        page = await browser.get(link)
    if page.status_code == 200:
        for _ in range(250):
            if any(
                m.text.startswith(translator(world.chat.locale or "en")("x-connected", username=username)[:12])
                for m in (s.message for s in world.chat.adapter.sent[world.chat.read :])
            ):
                break
            await asyncio.sleep(0.02)
    return page


async def account(world: XWorld) -> XAccount | None:
    async with world.services.db.transaction() as session:
        return await session.scalar(select(XAccount))


async def test_the_whole_sign_in(world: XWorld) -> None:
    page = await signed_in(world)
    assert page.status_code == 200
    assert "@fornorossi" in page.text
    stored = await account(world)
    assert stored is not None and stored.status == "connected" and stored.username == "fornorossi"
    assert stored.access_token and "fornorossi" not in stored.access_token
    tokens = set(world.fake.access_tokens)
    assert world.services.vault.decrypt(stored.access_token) in tokens  # encrypted at rest, usable after
    world.chat.replies()
    assert translator("en")("x-connected", username="fornorossi") in world.chat.text()
    assert translator("en")("checkup-button-full") in world.chat.labels()  # the first checkup follows


async def test_the_browser_page_speaks_the_users_language(world: XWorld) -> None:
    world.chat.locale = "it"
    page = await signed_in(world)
    assert shown("web-title-connected", "it") in page.text


async def test_the_authorize_request_carries_pkce_and_scopes(world: XWorld) -> None:
    link = await connect_link(world)
    async with httpx.AsyncClient() as browser:
        hop = await browser.get(link)
    assert hop.status_code == 302
    query = parse_qs(urlparse(hop.headers["location"]).query)
    assert query["code_challenge_method"] == ["S256"]
    assert query["scope"] == ["tweet.read users.read offline.access"]
    assert query["redirect_uri"] == [f"{world.services.settings.public_url}/x/callback"]


async def _callback(world: XWorld, browser: httpx.AsyncClient, **params: str) -> httpx.Response:
    return await browser.get(f"{world.base_url}/x/callback", params=params)


async def test_unknown_state_gets_a_clear_page_and_nothing_is_stored(world: XWorld) -> None:
    async with httpx.AsyncClient() as browser:
        page = await _callback(world, browser, state="made-up", code="x")
    assert page.status_code == 400 and shown("web-signin-unknown", "en") in page.text
    assert await account(world) is None


async def test_a_reused_state_is_refused(world: XWorld) -> None:
    world.fake.add_user("fornorossi")
    link = await connect_link(world)
    async with httpx.AsyncClient() as browser:
        to_x = await browser.get(link)
        back = await browser.get(to_x.headers["location"])
        callback = back.headers["location"]
        first = await browser.get(callback)
        second = await browser.get(callback)
    assert first.status_code == 200
    assert second.status_code == 400 and shown("web-signin-unknown", "en") in second.text


async def test_an_expired_state_is_refused(world: XWorld) -> None:
    world.fake.add_user("fornorossi")
    link = await connect_link(world)
    async with httpx.AsyncClient() as browser:
        to_x = await browser.get(link)
        back = await browser.get(to_x.headers["location"])
        world.services.clock.advance(timedelta(minutes=11))  # type: ignore[attr-defined]
        page = await browser.get(back.headers["location"])
    assert page.status_code == 400 and shown("web-signin-expired", "en") in page.text
    assert await account(world) is None


async def test_a_callback_in_another_browser_is_refused(world: XWorld) -> None:
    world.fake.add_user("fornorossi")
    link = await connect_link(world)
    async with httpx.AsyncClient() as victim:
        to_x = await victim.get(link)
        back = await victim.get(to_x.headers["location"])
    async with httpx.AsyncClient() as stranger:
        page = await stranger.get(back.headers["location"])
    assert page.status_code == 400 and shown("web-signin-mismatch", "en") in page.text
    assert await account(world) is None


async def test_access_denied_at_x(world: XWorld) -> None:
    world.fake.add_user("fornorossi")
    link = await connect_link(world)
    async with httpx.AsyncClient() as browser:
        to_x = await browser.get(link)
        state = parse_qs(urlparse(to_x.headers["location"]).query)["state"][0]
        page = await _callback(world, browser, state=state, error="access_denied")
    assert page.status_code == 400 and shown("web-signin-denied", "en") in page.text
    assert await account(world) is None


async def test_a_new_connect_replaces_the_pending_one(world: XWorld) -> None:
    await connect_link(world)
    await connect_link(world)
    async with world.services.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(XSignIn)) == 1


async def test_disconnect_revokes_at_x_and_forgets(world: XWorld) -> None:
    await signed_in(world)
    await world.chat.send("/disconnect")
    assert translator("en")("disconnect-done") in world.chat.text()
    assert world.fake.requests["revoke"] == 1
    assert await account(world) is None
