"""/language: the user's choice of language, and the question it interrupted asked again in it."""

from __future__ import annotations

from bot.i18n import translator
from bot.services import Services
from tests.fakes.chat import Chat
from tests.handlers.test_onboarding import onboard_until, stored


async def test_choosing_a_language_mid_onboarding_asks_the_pending_question_again_in_it(chat: Chat) -> None:
    en, es = translator("en"), translator("es")
    await chat.send("/start")
    await chat.send("/language")
    assert en("language-choose") in chat.text()
    await chat.press(en("language-es"))
    assert es("language-set") in chat.text()
    assert es("ask-name") in chat.text()
    await chat.send("Forno Rossi")
    assert es("ask-sector") in chat.text()


async def test_the_language_command_with_its_code_keeps_the_ticks_of_a_multiple_choice(
    chat: Chat, services: Services
) -> None:
    en, fr = translator("en"), translator("fr")
    await onboard_until(chat, "ask-goals")
    await chat.press(en("goals-care"))
    await chat.send("/language fr")
    assert fr("ask-goals") in chat.text()
    assert fr("ticked-option", option=fr("goals-care")) in chat.labels()
    await chat.press(fr("button-done"))
    assert fr("ask-customers") in chat.text()
    assert (await stored(services)).goals == ["care"]


async def test_choosing_a_language_with_no_question_waiting_just_says_so(chat: Chat) -> None:
    it = translator("it")
    await chat.send("/language it")
    assert chat.text() == it("language-set")
