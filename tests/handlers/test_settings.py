"""/settings shows every answer and changes one at a time; /language sticks."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.i18n import translator
from bot.services import Services
from bot.storage.models import User
from tests.fakes.chat import Chat
from tests.handlers.test_onboarding import onboard


async def test_settings_show_every_answer(chat: Chat) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send("/settings")
    said = chat.text()
    for label, value in [
        ("label-name", "Forno Rossi"),
        ("label-goals", f"{t('goals-customers')}, {t('goals-community')}"),
        ("label-minutes", t("settings-minutes", minutes=20)),
        ("label-timezone", "Europe/Rome"),
        ("label-nudgetime", "09:15"),
        ("label-language", "English"),
    ]:
        assert t("settings-line", label=t(label), value=value) in said
    assert t("label-timezone") in chat.labels()


@pytest.mark.parametrize(
    ("lang", "pick", "expected"),
    [("it", "minutes-15", "15 min"), ("es", "minutes-60", "1 hora"), ("fr", "90", "90 minutes"),
     ("en", "2 hours", "2 hours"), ("en", "1", "1 minute")],
)  # fmt: skip
async def test_the_time_a_day_reads_as_chosen_and_says_a_day_once(
    chat: Chat, lang: str, pick: str, expected: str
) -> None:
    t = translator(lang)
    chat.locale = lang
    await onboard(chat, lang)
    await chat.send("/settings")
    await chat.press(t("label-minutes"))
    if pick.startswith("minutes-"):
        await chat.press(t(pick))
    else:
        await chat.send(pick)
    assert t("settings-saved") in chat.text()
    line = t("settings-line", label=t("label-minutes"), value=expected)
    assert line in chat.text(), chat.text()
    assert sum(line.count(day) for day in ("giorno", "día", "jour", "day")) == 1, line


async def test_change_one_answer(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send("/settings")
    await chat.press(t("label-timezone"))
    assert t("ask-timezone") in chat.text()
    await chat.send("Buenos Aires")
    assert t("settings-saved") in chat.text()
    assert (
        t("settings-line", label=t("label-timezone"), value="America/Argentina/Buenos_Aires") in chat.text()
    )
    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
    assert (
        user is not None
        and user.timezone == "America/Argentina/Buenos_Aires"
        and user.business_name == "Forno Rossi"
    )


async def test_a_bad_change_repeats_the_question_and_keeps_the_old_answer(
    chat: Chat, services: Services
) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send("/settings")
    await chat.press(t("label-nudgetime"))
    await chat.send("half past never")
    assert t("expected-nudgetime") in chat.text() and t("ask-nudgetime") in chat.text()
    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
    assert user is not None and user.nudge_time == "09:15"


async def test_language_chosen_beats_the_platform_locale(chat: Chat, services: Services) -> None:
    chat.locale = "fr-FR"
    await chat.send("/language")
    assert translator("fr")("language-choose") in chat.text()
    await chat.press("Italiano")
    assert translator("it")("language-set") in chat.text()
    await chat.send("/help")
    assert translator("it")("help-intro") in chat.text()
    await chat.send("/language es")
    assert translator("es")("language-set") in chat.text()


async def test_locale_follows_the_platform_until_chosen(chat: Chat) -> None:
    chat.locale = "es-AR"
    await chat.send("/help")
    assert translator("es")("help-intro") in chat.text()
    chat.locale = "de-DE"
    await chat.send("/help")
    assert translator("es")("help-intro") in chat.text()


async def test_unknown_locale_means_english(chat: Chat) -> None:
    chat.locale = "ja"
    await chat.send("/help")
    assert translator("en")("help-intro") in chat.text()


async def test_help_lists_every_menu_command(chat: Chat) -> None:
    from handlers.menu import MENU

    await chat.send("/help")
    for name in MENU:
        assert f"/{name}" in chat.text()


async def test_cancel_with_nothing_to_cancel(chat: Chat) -> None:
    await chat.send("/cancel")
    assert translator("en")("cancel-nothing") in chat.text()


async def test_a_file_that_is_not_an_x_archive(chat: Chat) -> None:
    await chat.send_file("photo.jpg", b"\xff\xd8")
    assert translator("en")("archive-not_zip") in chat.text()


async def test_a_weekly_report_day_that_is_a_day_off_says_when_the_report_comes(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard(chat, "en")
    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        user.weekly_report, user.weekly_day, user.days_off = True, 0, ["0"]  # Monday, and Monday is off
    await chat.send("/settings")
    moved = t("weekly-moved", chosen=t("weekly-0"), actual=t("weekly-1"))
    assert t("settings-line", label=t("label-weekly"), value=moved) in chat.text()
