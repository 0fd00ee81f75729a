"""Groups and reachability: speaks in a group when spoken to, never posts one person's analysis there."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.context import Context
from bot.i18n import translator
from bot.messages import Reply, Text
from bot.router import Router
from bot.storage.models import User
from tests.e2e.fake_telegram import USERNAME
from tests.e2e.telegram_harness import MODES, Person, Running, running, said

# Stands in for a feature (the checkup) whose answer is one person's account analysis.
analysis = Router("analysis-for-tests")


@analysis.command("myreport", listed=False)
async def my_report(ctx: Context) -> None:
    ctx.send(Reply((Text("help-intro"),), private=True))


async def reachable(bot: Running, user_id: int) -> bool | None:
    async with bot.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == str(user_id)))
        return None if user is None else user.reachable


async def test_added_to_a_group_it_introduces_itself_in_the_adders_language(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook") as bot:
        fake, group = bot.fake, bot.fake.group()
        marco = fake.person(11, "Marco", "it")
        assert await fake.post(fake.membership(marco, group, "left", "member")) == 200
        hello = translator("it")("telegram-group-hello", bot=USERNAME)
        assert fake.texts(group["id"]) == [hello]
        assert await fake.post(fake.membership(marco, group, "member", "left")) == 200
        assert await fake.post(fake.membership(marco, group, "left", "administrator")) == 200
        assert fake.texts(group["id"]) == [hello, hello]


@pytest.mark.parametrize("mode", MODES)
async def test_in_a_group_it_answers_only_what_is_addressed_to_it(sqlite_url: str, mode: str) -> None:
    t = translator("fr")
    async with running(sqlite_url, mode) as bot:
        claire = Person(bot, 12, "Claire", "fr", chat=bot.fake.group())
        assert t("help-intro") in said(await claire.say(f"/help@{USERNAME}"))
        assert await claire.say("/help@some_other_bot") == []
        assert await claire.say("who's bringing the croissants?") == []
        question = await claire.say("/start")
        assert t("ask-name") in said(question)
        # Answering the bot's question by replying to it works; the same words unreplied do not.
        assert t("ask-sector") in said(await claire.say("Boulangerie Claire", reply_to=question[-1]))
        assert await claire.say("Boulangerie Claire") == []


async def test_a_private_answer_asked_in_a_group_goes_to_the_private_chat(sqlite_url: str) -> None:
    t = translator("es")
    async with running(sqlite_url, "polling", extra=[analysis]) as bot:
        lucia = Person(bot, 13, "Lucía", "es", chat=bot.fake.group())
        in_group = await lucia.say(f"/myreport@{USERNAME}")
        assert said(in_group) == t("sent-in-private")
        assert bot.fake.texts(13) == [t("help-intro")]


@pytest.mark.parametrize("mode", MODES)
async def test_if_they_never_opened_a_private_chat_the_group_is_told_how(sqlite_url: str, mode: str) -> None:
    t = translator("es")
    async with running(sqlite_url, mode, extra=[analysis]) as bot:
        bot.fake.never_started.add(14)
        pablo = Person(bot, 14, "Pablo", "es", chat=bot.fake.group())
        in_group = await pablo.say(f"/myreport@{USERNAME}")
        assert said(in_group) == t("telegram-open-private-chat")
        assert in_group[-1].buttons() == [
            {"text": t("telegram-button-private-chat"), "url": f"https://t.me/{USERNAME}"}
        ]
        assert bot.fake.to(14) == []
        # Once they open the chat, they are coached there.
        bot.fake.never_started.clear()
        private = Person(bot, 14, "Pablo", "es")
        assert t("ask-name") in said(await private.say("/start"))
        assert await reachable(bot, 14) is True


@pytest.mark.parametrize("mode", MODES)
async def test_a_user_who_blocks_the_bot_is_unreachable_until_they_come_back(sqlite_url: str, mode: str) -> None:
    async with running(sqlite_url, mode) as bot:
        fake = bot.fake
        ada = Person(bot, 15)
        await ada.say("/start")
        assert await bot.deliver(fake.membership(ada.me, None, "member", "kicked")) == 200
        assert await reachable(bot, 15) is False
        assert await bot.deliver(fake.membership(ada.me, None, "kicked", "member")) == 200
        assert await reachable(bot, 15) is True


@pytest.mark.parametrize("mode", MODES)
async def test_a_refused_delivery_marks_the_user_and_the_bot_carries_on(sqlite_url: str, mode: str) -> None:
    async with running(sqlite_url, mode) as bot:
        fake = bot.fake
        ada, bob = Person(bot, 16), Person(bot, 17, "Bob")
        fake.blocked.add(16)
        assert await ada.say("/start") == []
        assert await reachable(bot, 16) is False
        fake.vanished.add(17)
        assert await bob.say("/start") == []
        assert await reachable(bot, 17) is False
        # Nothing crashed: the next person is answered as usual.
        assert translator("en")("ask-name") in said(await Person(bot, 18, "Cleo").say("/start"))
