"""The whole onboarding in a Telegram chat, by polling and by webhook, with PTB against the fake Bot API."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from bot.adapters.telegram import TelegramAdapter, run_polling
from bot.coach import Coach
from bot.i18n import translator
from bot.services import Services
from bot.storage.models import User
from handlers import routes
from handlers.menu import MENU
from tests.conftest import make_settings
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.telegram_harness import MODES, Person, Running, running, said


async def stored(bot: Running, user_id: int) -> User:
    async with bot.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == str(user_id)))
        assert user is not None
        return user


@pytest.mark.parametrize(("mode", "lang"), [("polling", "it"), ("webhook", "fr"), ("polling", "es"), ("webhook", "en")])
async def test_whole_onboarding_by_buttons_and_text(sqlite_url: str, mode: str, lang: str) -> None:
    t = translator(lang)
    async with running(sqlite_url, mode) as bot:
        ada = Person(bot, 4242, "Ada", f"{lang}-XX" if lang != "en" else "en")
        assert t("ask-name") in said(await ada.say("/start"))
        assert t("ask-sector") in said(await ada.say("Forno Rossi"))
        assert t("ask-goals") in said(await ada.press(t("sector-food")))
        ticked = await ada.press(t("goals-customers"))
        assert t("ticked-option", option=t("goals-customers")) in ticked[-1].labels()
        await ada.press(t("goals-community"))
        assert t("ask-customers") in said(await ada.press(t("button-done")))
        await ada.press(t("customers-consumers"))
        await ada.press(t("reach-local"))
        assert t("ask-minutes") in said(await ada.press(t("onx-yes")))
        assert t("ask-autodms") in said(await ada.say("20"))
        assert t("ask-timezone") in said(await ada.press(t("autodms-no")))
        assert t("ask-nudgetime") in said(await ada.say("Roma"))
        done = "onboarding-done" if bot.services.x is not None else "onboarding-done-offline"
        assert t(done, name="Forno Rossi") in said(await ada.say("9:15"))

        user = await stored(bot, 4242)
        assert (user.onboarded, user.language, user.chat_id) == (True, lang, "4242")
        assert (user.sector, user.goals, user.timezone, user.nudge_time) == (
            "food",
            ["customers", "community"],
            "Europe/Rome",
            "09:15",
        )
        fake = bot.fake
        # Every press was acknowledged and its keyboard taken off: old buttons can't be pressed twice.
        presses = [c for c in fake.calls if c.method == "answerCallbackQuery"]
        assert len(presses) == 8 and len(set(fake.answered)) == 8
        pressed_on = {int(c.params["message_id"]) for c in fake.called("editMessageReplyMarkup")}
        assert len(pressed_on) == 8 and all(fake.message(4242, m).markup is None for m in pressed_on)
        # Replies are HTML with everything escaped; the fake parsed them as Telegram would.
        assert {c.params.get("parse_mode") for c in fake.called("sendMessage")} == {"HTML"}


async def test_the_command_menu_is_set_in_every_language(sqlite_url: str) -> None:
    async with running(sqlite_url, "polling") as bot:
        menus = bot.fake.commands
    assert set(menus) == {"en", "it", "fr", "es", None}
    for lang in ("en", "it", "fr", "es"):
        t = translator(lang)
        assert menus[lang] == [{"command": name, "description": t(f"command-{name}")} for name in MENU]
    assert menus[None] == menus["en"]


@pytest.mark.parametrize("mode", MODES)
async def test_a_restart_in_the_middle_resumes_and_old_buttons_still_answer(sqlite_url: str, mode: str) -> None:
    t = translator("it")
    async with running(sqlite_url, mode) as bot:
        ada = Person(bot, 7, "Ada", "it")
        await ada.say("/start")
        sector_question = (await ada.say("Studio Verde"))[-1]
        food = sector_question.data_of(t("sector-food"))
        await ada.press(t("sector-agency"))
        await ada.press(t("goals-expertise"))
        fake = bot.fake
    goals_question = fake.last(7)

    async with running(sqlite_url, mode, fake=fake) as bot:  # the same Telegram, a new process
        ada = Person(bot, 7, "Ada", "it", seen=len(fake.to(7)))
        # A button from before the restart, on the current question, still works…
        after = await ada.press_on(goals_question, goals_question.data_of(t("goals-awareness")))
        assert t("ticked-option", option=t("goals-expertise")) in after[-1].labels()
        assert t("ticked-option", option=t("goals-awareness")) in after[-1].labels()
        # …one from a question already answered says it expired and asks the current one again.
        stale = await ada.press_on(sector_question, food)
        assert t("button-expired") in said(stale) and t("ask-goals") in said(stale)
        # A tampered token is no different from an expired one.
        tampered = await ada.press_on(after[-1], "A" * 64)
        assert t("button-expired") in said(tampered) and t("ask-goals") in said(tampered)
        assert t("ask-customers") in said(await ada.press(t("button-done")))
        user = await stored(bot, 7)
        assert user.goals == ["awareness", "expertise"] and user.sector == "agency"


async def test_run_polling_answers_until_stopped_and_lets_the_coach_push(sqlite_url: str) -> None:
    fake = FakeTelegram()
    async with fake.serving() as api_url:
        settings = make_settings(sqlite_url, telegram_bot_token=fake.token, telegram_api_url=api_url)
        services = Services.create(settings)
        coach = Coach(services, routes())
        stop = asyncio.Event()
        polling = asyncio.create_task(run_polling(settings, coach, stop=stop))
        try:
            fake.queue(fake.text(fake.person(61), "/start"))
            await fake.wait_for(lambda: len(fake.to(61)) == 2)
            assert isinstance(coach.adapters.get("telegram"), TelegramAdapter)
        finally:
            stop.set()
            await polling
            await services.close()
    assert translator("en")("ask-name") == fake.texts(61)[-1]
    assert fake.webhook is None and fake.called("getMe")
