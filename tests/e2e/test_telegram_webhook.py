"""The webhook: only Telegram, with the secret, gets in; a bad body is refused; a redelivery runs once, a failed
delivery runs again; a press is answered with the call that takes its keyboard off."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from bot.adapters.telegram import TelegramStartError, webhook_secret
from bot.context import Context
from bot.crypto import Vault
from bot.i18n import translator
from bot.router import Router
from bot.storage.models import SeenUpdate, User
from tests.conftest import make_settings
from tests.e2e.fake_telegram import FakeTelegram
from tests.e2e.telegram_harness import Person, Running, running, said

SECRET = "only-Telegram_knows-this-0123456789"


async def count(bot: Running, model: type[User] | type[SeenUpdate]) -> int:
    async with bot.services.db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_the_webhook_is_registered_at_the_public_url_with_its_secret(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", telegram_webhook_secret=SECRET) as bot:
        hook = bot.fake.webhook
        assert hook is not None
        assert hook["url"] == f"{bot.settings.public_url}/telegram/webhook"
        assert hook["secret_token"] == SECRET
        assert set(hook["allowed_updates"]) == {"message", "callback_query", "my_chat_member"}


async def test_without_a_configured_secret_one_is_derived_from_the_encryption_keys(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook") as bot:
        assert bot.fake.webhook is not None
        derived = Vault.from_settings(bot.settings).derive("telegram-webhook")
        assert bot.fake.webhook["secret_token"] == derived == webhook_secret(bot.settings)
        assert await bot.fake.post(bot.fake.text(bot.fake.person(1), "/start")) == 200


def test_a_secret_telegram_would_refuse_is_reported_at_start(sqlite_url: str) -> None:
    with pytest.raises(TelegramStartError, match="TELEGRAM_WEBHOOK_SECRET"):
        webhook_secret(make_settings(sqlite_url, telegram_webhook_secret="has spaces & symbols"))


BAD = {
    "no secret header": (None, b'{"update_id": 1}', 403),
    "wrong secret": ("wrong-secret", None, 403),
    "secret minus one character": (SECRET[:-1], None, 403),
    "secret plus one character": (SECRET + "x", None, 403),
    "not JSON": (SECRET, b"not json at all", 400),
    "not UTF-8": (SECRET, b"\xff\xfe\x00", 400),
    "empty body": (SECRET, b"", 400),
    "JSON but not an object": (SECRET, b"[1, 2, 3]", 400),
    "no update_id": (SECRET, b'{"message": {"text": "/start"}}', 400),
    "update_id not a number": (SECRET, b'{"update_id": "9"}', 400),
    "update_id a boolean": (SECRET, b'{"update_id": true}', 400),
    "message without chat": (SECRET, b'{"update_id": 9, "message": {"text": "/start"}}', 400),
    "message not an object": (SECRET, b'{"update_id": 9, "message": "hello"}', 400),
    "callback not an object": (SECRET, b'{"update_id": 9, "callback_query": [1]}', 400),
    "sender not an object": (
        SECRET,
        b'{"update_id": 9, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},'
        b' "from": 5, "text": "/start"}}',
        400,
    ),
}


async def test_bad_requests_are_refused_and_nothing_is_processed(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", telegram_webhook_secret=SECRET) as bot:
        fake = bot.fake
        assert fake.webhook is not None
        good = json.dumps(fake.text(fake.person(1), "/start")).encode()
        answers = {}
        for case, (secret, body, _) in BAD.items():
            headers = {"Content-Type": "application/json"}
            if secret is not None:
                headers["X-Telegram-Bot-Api-Secret-Token"] = secret
            response = await fake._client.post(
                fake.webhook["url"], content=good if body is None else body, headers=headers
            )
            answers[case] = response.status_code
        assert answers == {case: status for case, (_, _, status) in BAD.items()}
        assert fake.called("sendMessage") == []
        assert await count(bot, SeenUpdate) == 0 and await count(bot, User) == 0


async def test_only_post_is_served(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", telegram_webhook_secret=SECRET) as bot:
        response = await bot.fake._client.get(bot.fake.webhook["url"])  # type: ignore[index]
        assert response.status_code == 405


async def test_the_same_update_delivered_twice_is_handled_once(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook") as bot:
        update = bot.fake.text(bot.fake.person(1), "/start")
        assert await bot.fake.post(update) == 200
        first = len(bot.fake.to(1))
        assert await bot.fake.post(update) == 200
        assert len(bot.fake.to(1)) == first == 2
        assert await count(bot, SeenUpdate) == 1


async def test_an_update_that_is_not_for_us_is_acknowledged_and_left_alone(sqlite_url: str) -> None:
    fake = FakeTelegram()
    async with running(sqlite_url, "webhook", fake=fake) as bot:
        chatter = fake.text(fake.person(1), "see you at eight", chat=fake.group())
        assert await fake.post(chatter) == 200
        assert fake.called("sendMessage") == [] and await count(bot, SeenUpdate) == 0


async def test_a_press_is_answered_with_the_call_that_takes_its_keyboard_off(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", telegram_webhook_secret=SECRET) as bot:
        fake, ada = bot.fake, Person(bot, 1)
        await ada.say("/start")
        question = (await ada.say("Forno Rossi"))[-1]
        press = fake.press(ada.me, question, question.data_of(translator("en")("sector-food")))
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        response = await fake._client.post(f"{bot.settings.public_url}/telegram/webhook", json=press, headers=headers)
        assert response.status_code == 200
        assert response.json() == {"method": "editMessageReplyMarkup", "chat_id": 1, "message_id": question.message_id}
        assert fake.answered == [press["callback_query"]["id"]]  # the spinner stopped by a call of its own, at once
        assert translator("en")("ask-goals") in said(ada.news())


flaky = Router("flaky-for-tests")
failures: list[str] = []


@flaky.command("flaky", anytime=True, listed=False)
async def fail_once(ctx: Context) -> None:
    ctx.user.business_name = "changed by the failed attempt"
    if not failures:
        failures.append("failed")
        raise RuntimeError("the first attempt fails")
    ctx.say("timezone-option", zone="handled")


async def test_an_update_whose_handling_failed_is_handled_when_telegram_delivers_it_again(sqlite_url: str) -> None:
    failures.clear()
    async with running(sqlite_url, "webhook", extra=[flaky]) as bot:
        update = bot.fake.text(bot.fake.person(1), "/flaky")
        assert await bot.fake.post(update) == 500
        assert await count(bot, SeenUpdate) == 0 and await count(bot, User) == 0  # nothing of it was kept
        assert await bot.fake.post(update) == 200
        assert bot.fake.texts(1) == ["handled"]
        assert await bot.fake.post(update) == 200  # handled now: a third delivery is skipped
        assert bot.fake.texts(1) == ["handled"] and await count(bot, SeenUpdate) == 1
