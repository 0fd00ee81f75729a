"""The onboarding conversation, driven through the core with no platform, in every language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.coach import Coach
from bot.i18n import translator
from bot.services import Services
from bot.settings import LANGUAGES
from bot.storage.models import User
from handlers import routes
from tests.fakes.chat import Chat, MemoryAdapter


async def stored(services: Services) -> User:
    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        return user


async def onboard(chat: Chat, lang: str) -> None:
    t = translator(lang)
    await chat.send("/start")
    assert t("ask-name") in chat.text()
    await chat.send("Forno Rossi")
    assert t("ask-sector") in chat.text()
    await chat.press(t("sector-food"))
    await chat.press(t("goals-customers"))
    await chat.press(t("goals-community"))
    await chat.press(t("button-done"))
    assert t("ask-customers") in chat.text()
    await chat.press(t("customers-consumers"))
    await chat.press(t("reach-local"))
    await chat.press(t("onx-yes"))
    await chat.send("20")
    assert t("ask-autodms") in chat.text()
    await chat.press(t("autodms-no"))
    await chat.send("Roma")
    assert t("ask-nudgetime") in chat.text()
    await chat.send("9:15")
    done = "onboarding-done" if chat.coach.services.x is not None else "onboarding-done-offline"
    assert t(done, name="Forno Rossi") in chat.text()


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_whole_onboarding_in_each_language(chat: Chat, services: Services, lang: str) -> None:
    chat.locale = f"{lang}-XX"
    await onboard(chat, lang)
    user = await stored(services)
    assert user.onboarded and user.step is None
    assert (user.business_name, user.sector, user.goals) == (
        "Forno Rossi",
        "food",
        ["customers", "community"],
    )
    assert (user.customers, user.reach, user.audience_on_x) == ("consumers", "local", "yes")
    assert (user.minutes_per_day, user.auto_dms, user.timezone, user.nudge_time) == (
        20,
        False,
        "Europe/Rome",
        "09:15",
    )
    assert user.language == lang


async def test_a_restart_in_the_middle_resumes_at_the_same_question(services: Services) -> None:
    first = Chat(Coach(services, routes()), MemoryAdapter())
    t = translator("en")
    await first.send("/start")
    await first.send("Studio Verde")
    await first.press(t("sector-agency"))
    await first.press(t("goals-expertise"))
    # A new coach over the same database: the process restarted.
    second = Chat(Coach(services, routes()), MemoryAdapter())
    await second.send("/start")
    assert t("onboarding-resume") in second.text()
    assert t("ask-goals") in second.text()
    assert t("ticked-option", option=t("goals-expertise")) in second.labels()
    await second.press(t("button-done"))
    assert t("ask-customers") in second.text()
    user = await stored(services)
    assert (user.business_name, user.sector, user.goals) == ("Studio Verde", "agency", ["expertise"])


async def test_a_button_from_an_old_question_has_expired(chat: Chat) -> None:
    t = translator("en")
    await chat.send("/start")
    await chat.send("Forno Rossi")
    old = chat.buttons()[0].token
    assert old is not None
    await chat.press(t("sector-shop"))
    await chat.press_token(old)
    assert t("button-expired") in chat.text()
    assert t("ask-goals") in chat.text()


async def test_a_tampered_button_token_has_expired(chat: Chat) -> None:
    t = translator("en")
    await chat.send("/start")
    await chat.send("Forno Rossi")
    await chat.press_token("forged-token-123")
    assert t("button-expired") in chat.text() and t("ask-sector") in chat.text()


async def test_another_users_button_is_refused(services: Services) -> None:
    t = translator("en")
    coach = Coach(services, routes())
    alice, bob = Chat(coach, MemoryAdapter(), user_id="alice"), Chat(coach, MemoryAdapter(), user_id="bob")
    await alice.send("/start")
    await alice.send("Forno Rossi")
    token = alice.buttons()[0].token
    await bob.send("/start")
    await bob.send("Bici Bella")
    assert token is not None
    await bob.press_token(token)
    assert t("button-expired") in bob.text()


BAD_NAMES = ["", "   ", "x" * 10_000, "🥐🥐🥐", "!!!"]


@pytest.mark.parametrize("bad", BAD_NAMES)
async def test_bad_names_get_what_is_expected_and_the_question_again(chat: Chat, bad: str) -> None:
    t = translator("en")
    await chat.send("/start")
    await chat.send(bad)
    said = chat.text()
    assert t("ask-name") in said
    assert t("expected-name") in said or t("expected-name-too-long") in said


async def test_names_with_emoji_and_right_to_left_text_are_kept(chat: Chat, services: Services) -> None:
    await chat.send("/start")
    await chat.send("مخبز السلام 🥐")
    assert (await stored(services)).business_name == "مخبز السلام 🥐"


@pytest.mark.parametrize(
    ("question_text", "bad", "expected"),
    [
        ("ask-timezone", "Atlantis", "expected-timezone"),
        ("ask-nudgetime", "25:00", "expected-nudgetime"),
        ("ask-nudgetime", "9:75", "expected-nudgetime"),
    ],
)
async def test_a_time_zone_or_hour_that_does_not_exist(
    chat: Chat, question_text: str, bad: str, expected: str
) -> None:
    t = translator("en")
    await onboard_until(chat, question_text)
    await chat.send(bad)
    assert t(expected) in chat.text() and t(question_text) in chat.text()


async def onboard_until(chat: Chat, question_text: str) -> None:
    t = translator("en")
    script = [
        ("send", "/start"),
        ("send", "Forno"),
        ("press", "sector-food"),
        ("press", "goals-care"),
        ("press", "button-done"),
        ("press", "customers-both"),
        ("press", "reach-national"),
        ("press", "onx-yes"),
        ("press", "minutes-15"),
        ("press", "autodms-no"),
        ("send", "Paris"),
        ("send", "18"),
    ]
    for how, what in script:
        if t(question_text) in chat.text():
            return
        await (chat.send(what) if how == "send" else chat.press(t(what)))
    raise AssertionError(f"never asked {question_text}")


async def test_an_answer_out_of_the_offered_choices(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-customers")
    await chat.send("aliens")
    assert t("expected-customers") in chat.text() and t("ask-customers") in chat.text()
    await chat.send("2")
    assert (await stored(services)).customers == "businesses"


async def test_a_command_in_the_middle_of_a_question(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-reach")
    await chat.send("/settings")
    assert t("finish-question-first") in chat.text() and t("ask-reach") in chat.text()
    await chat.send("/nonsense")
    assert t("unknown-command", command="nonsense") in chat.text() and t("ask-reach") in chat.text()
    await chat.send("/help")
    assert t("help-pending-question") in chat.text()
    user = await stored(services)
    assert (user.business_name, user.goals, user.customers) == ("Forno", ["care"], "both")


async def test_cancel_keeps_the_answers_and_start_resumes(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-minutes")
    await chat.send("/cancel")
    assert t("cancel-done") in chat.text()
    await chat.send("/start")
    assert t("ask-minutes") in chat.text()
    assert (await stored(services)).reach == "national"


async def test_an_audience_not_on_x_gets_an_honest_answer_and_a_choice(
    chat: Chat, services: Services
) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-onx")
    await chat.press(t("onx-no"))
    assert t("tip-audience-elsewhere") in chat.text()
    await chat.press(t("button-stop-here"))
    assert t("onboarding-paused-offx") in chat.text()
    assert not (await stored(services)).onboarded
    await chat.send("/start")
    assert t("ask-minutes") in chat.text()


async def test_continuing_anyway_after_the_audience_warning(chat: Chat) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-onx")
    await chat.press(t("onx-unsure"))
    await chat.send("whatever")
    assert t("expected-choice") in chat.text()
    await chat.press(t("button-continue-anyway"))
    assert t("ask-minutes") in chat.text()


async def test_followers_as_the_only_goal_gets_advice(chat: Chat) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-goals")
    await chat.press(t("goals-followers"))
    await chat.press(t("button-done"))
    assert t("tip-goals-followers") in chat.text()


async def test_at_most_three_goals_and_at_least_one(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-goals")
    await chat.press(t("button-done"))
    assert t("expected-goals") in chat.text()
    for goal in ("awareness", "customers", "partners", "care"):
        await chat.press(t(f"goals-{goal}"))
    assert t("expected-goals-most") in chat.text()
    await chat.press(t("button-done"))
    assert (await stored(services)).goals == ["awareness", "customers", "partners"]


async def test_goals_can_be_typed(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-goals")
    await chat.send(f"{t('goals-care')}, {t('goals-community')}")
    assert t("ask-customers") in chat.text()
    assert (await stored(services)).goals == ["care", "community"]


async def test_automatic_dms_get_a_word_of_advice(chat: Chat) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-autodms")
    await chat.press(t("autodms-yes"))
    assert t("tip-autodms") in chat.text()


async def test_no_daily_nudge_is_a_valid_answer(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-nudgetime")
    await chat.press(t("nudgetime-none"))
    user = await stored(services)
    assert user.onboarded and user.nudge_time is None and not user.nudges_wanted


async def test_hello_from_a_new_user_starts_onboarding(chat: Chat) -> None:
    await chat.send("hello")
    assert translator("en")("ask-name") in chat.text()


async def test_start_again_after_onboarding(chat: Chat) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send("/start")
    assert t("welcome-back", name="Forno Rossi") in chat.text()
    await chat.press(t("button-start-over"))
    assert t("ask-name") in chat.text()


async def test_without_x_sign_in_the_end_offers_the_demo_account(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.press(t("button-demo"))
    assert t("demo-attached") in chat.text()
    assert t("checkup-button-full") in chat.labels()


async def test_after_stopping_a_message_gets_a_short_offer_to_carry_on_not_the_welcome(
    chat: Chat, services: Services
) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-onx")
    await chat.press(t("onx-no"))
    await chat.press(t("button-stop-here"))
    await chat.send("hello")
    assert t("welcome") not in chat.text() and t("ask-name") not in chat.text()
    assert chat.text() == t("onboarding-paused-reminder")
    assert chat.labels() == [t("button-carry-on")]
    await chat.press(t("button-carry-on"))
    assert t("onboarding-resume") in chat.text() and t("ask-minutes") in chat.text()
    user = await stored(services)
    assert (user.step, user.business_name, user.audience_on_x) == ("onboarding:minutes", "Forno", "no")


async def test_start_after_a_cancel_resumes_without_the_welcome(chat: Chat) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-customers")
    await chat.send("/cancel")
    await chat.send("/start")
    assert t("welcome") not in chat.text()
    assert t("onboarding-resume") in chat.text() and t("ask-customers") in chat.text()


async def test_a_fixed_utc_offset_is_refused_with_a_word_on_why(chat: Chat, services: Services) -> None:
    t = translator("en")
    await onboard_until(chat, "ask-timezone")
    await chat.send("Etc/GMT+5")
    assert t("expected-timezone-offset") in chat.text() and t("ask-timezone") in chat.text()
    await chat.send("Milan, Italy")
    assert t("ask-nudgetime") in chat.text()
    assert (await stored(services)).timezone == "Europe/Rome"
