"""/disconnect says it asked X to revoke our access only when it did."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clock import FixedClock
from bot.i18n import translator
from bot.settings import LANGUAGES
from tests.fakes.chat import Chat
from tests.x.conftest import XWorld, make_world


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in make_world(sqlite_url, clock):
        yield w


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_disconnecting_the_demo_account_asks_nothing_of_x(world: XWorld, lang: str) -> None:
    t = translator(lang)
    chat: Chat = world.chat
    chat.locale = lang
    await chat.send("/demo")
    await chat.send("/disconnect")
    said = chat.text()
    assert t("disconnect-done-local") in said and t("disconnect-done") not in said
    assert world.fake.requests["revoke"] == 0
    await chat.send("/disconnect")
    assert t("disconnect-nothing") in chat.text()


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_the_demo_shows_its_checkup_without_asking_for_it(world: XWorld, lang: str) -> None:
    t = translator(lang)
    chat: Chat = world.chat
    chat.locale = lang
    await chat.send("/demo")
    said = chat.text()
    assert t("demo-attached") in said and t("checkup-button-full") in chat.labels()
    assert not any(f"{verb} /checkup" in said for verb in ("Type", "Scrivi", "Tapez", "Escribe"))
