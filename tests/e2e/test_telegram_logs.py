"""The bot token and the webhook secret never reach a log line, at any level, whatever happens."""

from __future__ import annotations

import logging

import pytest
from telegram.error import BadRequest

from bot.adapters.telegram import TelegramStartError
from bot.logs import JsonFormatter
from bot.messages import ChatKey, Outgoing
from tests.e2e.fake_telegram import TOKEN, FakeTelegram, Fault
from tests.e2e.telegram_harness import MODES, Person, running

SECRET = "webhook-secret-that-must-stay-secret"
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")


@pytest.fixture
def everything(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every record at DEBUG, including the loggers a shipped configuration silences."""
    for name in (None, "httpx", "httpcore", "aiohttp", "telegram", "bot", "uvicorn", "starlette"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def leaks(caplog: pytest.LogCaptureFixture, output: str) -> list[str]:
    formatter = JsonFormatter()
    lines = [formatter.format(record) for record in caplog.records] + [caplog.text, output]
    return [line[:200] for line in lines if TOKEN in line or SECRET in line]


@pytest.mark.parametrize("mode", MODES)
async def test_a_busy_session_logs_no_secret(
    sqlite_url: str, mode: str, everything: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    async with running(sqlite_url, mode, telegram_webhook_secret=SECRET) as bot:
        fake = bot.fake
        ada = Person(bot, 51)
        await ada.say("/start")
        await ada.say("Forno Rossi")
        await ada.press("Food")
        await bot.deliver(fake.document(ada.me, "notes.txt", b"hi"))  # getFile: its URL holds the token
        fake.faults += [
            Fault("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1),
            Fault("sendMessage", 500, "Internal Server Error"),
        ]
        await bot.deliver(fake.text(ada.me, "/help"))  # meets a 429, then fails with a 500
        fake.blocked.add(51)
        await ada.say("/help")
        if mode == "webhook":
            await fake.post(fake.text(ada.me, "/help"), secret="wrong")
        fake.faults.append(Fault("sendMessage", 400, "Bad Request: something odd", chat_id=52))
        with pytest.raises(BadRequest) as odd:
            await bot.telegram.adapter.send(ChatKey("telegram", "", "52"), Outgoing("x" * 5000))
        shown = bot.telegram.application.bot  # its repr holds the token
        logging.getLogger("bot.adapters.telegram").error("refused by %r", shown, exc_info=odd.value)
    output = capfd.readouterr()
    assert "Bot API URL: " in everything.text and "[hidden]" in everything.text  # PTB did log its token URL
    assert leaks(everything, output.out + output.err) == []


async def test_a_rejected_token_is_reported_without_the_token(
    sqlite_url: str, everything: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    fake = FakeTelegram(token="7000001:a-different-token-than-ours")
    with pytest.raises(TelegramStartError) as refused:
        async with running(sqlite_url, "polling", fake=fake, telegram_bot_token=TOKEN):
            pass
    assert "TELEGRAM_BOT_TOKEN" in str(refused.value) and TOKEN not in str(refused.value)
    logging.getLogger("tests").error("start failed", exc_info=refused.value)
    output = capfd.readouterr()
    assert leaks(everything, output.out + output.err) == []
