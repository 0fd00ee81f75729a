"""/checkup in a chat: no account yet, the demo account's score and top three, the full report, the chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

import handlers
from bot.analysis.answers import Answers
from bot.analysis.checkup import run_checkup
from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.router import Routes
from bot.services import Services
from bot.storage.checkup import CheckupRecord, last_checkup
from bot.storage.models import User
from bot.x.demo import demo_account
from handlers import checkup
from tests.fakes.chat import Chat, MemoryAdapter
from tests.handlers.test_onboarding import onboard
from tests.test_audit import archive


@pytest.fixture
def chat(services: Services) -> Chat:
    routers = list(handlers.ROUTERS)
    if checkup.router not in routers:  # until the router is wired into handlers.ROUTERS
        routers.append(checkup.router)
    return Chat(Coach(services, Routes.merge(routers)), MemoryAdapter())


@pytest.mark.parametrize("lang", ["en", "fr"])
async def test_without_an_account_it_says_how_to_get_one(chat: Chat, lang: str) -> None:
    chat.locale = lang
    await chat.send("/checkup")
    assert chat.text() == translator(lang)("checkup-no-account")
    assert chat.labels() == []


async def test_the_demo_account_gets_a_score_three_issues_and_two_buttons(
    chat: Chat, services: Services, clock: FixedClock
) -> None:
    t = translator("it")
    chat.locale = "it-IT"
    await chat.send("/demo")
    await chat.send("/checkup")
    expected = demo_checkup(clock)
    said = chat.text()
    assert said.startswith(t("checkup-score", score=expected.score, band="low"))
    assert t("checkup-top-title", count=3) in said
    for number, diagnosis in enumerate(expected.top, start=1):
        assert f"{number}. {t(diagnosis.title)}: {t(diagnosis.finding, diagnosis.evidence)}" in said
        assert f"→ {t(diagnosis.step, diagnosis.evidence)}" in said
    assert t("checkup-unknown-note", count=3) in said
    assert chat.labels() == [t("checkup-button-full"), t("checkup-button-chart")]

    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        record = await last_checkup(session, user.id)
    assert record is not None
    assert (record.score, record.top, record.created_at) == (
        expected.score,
        [d.name for d in expected.top],
        clock.now(),
    )


def demo_checkup(clock: FixedClock):
    return run_checkup(demo_account(clock.now()), Answers(), clock.now())


async def test_the_full_report_lists_every_diagnosis(chat: Chat, clock: FixedClock) -> None:
    t = translator("en")
    await chat.send("/demo")
    await chat.send("/checkup")
    await chat.press(t("checkup-button-full"))
    said = chat.text()
    assert said.startswith(t("checkup-full-title", score=demo_checkup(clock).score))
    for name in ("broadcasting", "cadence", "answering", "goals", "audience", "profile", "protected",
                 "convictions", "following", "autodms", "arguing", "learning"):  # fmt: skip
        assert t(f"dx-{name}") in said
    assert said.count(t("seen-not-answered")) == 3
    assert t("status-act") in said and t("status-fine") in said and t("status-unknown") in said
    assert chat.labels() == [t("checkup-button-chart")]


async def test_the_answers_given_in_onboarding_are_used(chat: Chat) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send("/demo")
    await chat.send("/checkup")
    assert t("checkup-unknown-note", count=1) not in chat.text()
    await chat.press(t("checkup-button-full"))
    said = chat.text()
    assert t("seen-goals-fine", goals=2) in said and t("seen-not-answered") not in said
    assert t("seen-audience-yes") in said and t("seen-autodms-no") in said


async def test_the_progress_chart(chat: Chat) -> None:
    t = translator("es")
    chat.locale = "es"
    await chat.send("/demo")
    await chat.send("/checkup")
    await chat.press(t("checkup-button-chart"))
    sent = chat.last()
    assert sent.attachment is not None and sent.attachment.mime == "image/png"
    assert sent.attachment.data.startswith(b"\x89PNG")
    assert sent.attachment_caption == t("chart-caption")
    assert sent.text.startswith(t("weekly-title"))


async def test_in_a_group_the_checkup_goes_to_the_private_chat(
    chat: Chat, services: Services, clock: FixedClock
) -> None:
    t = translator("en")
    await chat.send("/demo")  # which gives a first checkup in the private chat
    chat.chat_id, chat.private = "group-1", False
    await chat.send("/checkup")
    private, notice = chat.adapter.sent[-2], chat.adapter.sent[-1]
    assert private.chat.private and private.chat.chat_id == "u1"
    assert private.message.text.startswith(t("checkup-score", score=demo_checkup(clock).score, band="low"))
    assert notice.chat.chat_id == "group-1" and notice.message.text == t("sent-in-private")
    async with services.db.transaction() as session:
        assert len((await session.scalars(select(CheckupRecord))).all()) == 2


async def test_an_archive_sent_in_the_chat_does_not_judge_mentions(chat: Chat, tmp_path: Path) -> None:
    t = translator("en")
    await chat.send_file("twitter-archive.zip", archive(tmp_path).read_bytes())
    await chat.press(t("checkup-button-full"))
    said = " ".join(chat.text().split())
    assert t("seen-answering-no-source") in said and t("seen-arguing-no-source") in said
    assert t("seen-arguing-fine") not in said
    await chat.press(t("checkup-button-chart"))
    assert t("weekly-mentions-none") in chat.text()
