"""/disconnect says it asked X to revoke our access only when it did."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import FixedClock
from bot.i18n import translator
from bot.settings import LANGUAGES
from tests.fakes.chat import Chat
from tests.test_audit import archive
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


async def test_an_archive_sent_in_the_middle_of_a_question_asks_it_again(world: XWorld, tmp_path: Path) -> None:
    t = translator("en")
    chat: Chat = world.chat
    await chat.send("/start")
    await chat.send("Forno Rossi")  # the next question, the sector, is waiting
    await chat.send_file("twitter-archive.zip", archive(tmp_path).read_bytes())
    last = chat.last()
    assert last.text.startswith(t("ask-sector")) and t("sector-food") in [b.label for row in last.buttons for b in row]
    await chat.press(t("sector-food"))
    assert t("ask-sector") not in chat.text()
