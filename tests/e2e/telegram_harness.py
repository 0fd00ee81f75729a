"""Our Telegram bot running against the fake Bot API, by polling or by webhook through our ASGI app.

async with running(database_url, "webhook") as bot:
    ada = Person(bot, 42, "Ada", "it")
    said(await ada.say("/start"))            # returns once the bot has handled it
    said(await ada.press("Cibo e bevande"))
"""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

from bot.adapters.telegram import (
    UNLIMITED,
    Limits,
    TelegramBot,
    TelegramPolling,
    TelegramWebhook,
    webhook_secret,
)
from bot.clock import FixedClock
from bot.coach import Coach
from bot.logs import JsonFormatter
from bot.router import Router, Routes
from bot.services import Services
from bot.settings import Settings
from bot.web.app import build_app
from handlers import ROUTERS
from tests.conftest import START, make_settings
from tests.e2e.fake_telegram import FakeTelegram, Sent
from tests.fakes.server import serve_asgi

MODES = ("polling", "webhook")


@dataclass
class Running:
    fake: FakeTelegram
    mode: str
    telegram: TelegramBot
    settings: Settings
    services: Services

    async def deliver(self, update: dict[str, Any]) -> int:
        """Hands an update to the bot the way Telegram would; returns when it has been handled."""
        if self.mode == "webhook":
            return await self.fake.post(update)
        self.fake.queue(update)
        await self.fake.wait_for(lambda: self.fake.confirmed >= update["update_id"])
        await self.telegram.application.update_queue.join()
        return 200


@dataclass
class Person:
    """Someone using Telegram: types, presses buttons, reads what the bot sent back."""

    bot: Running
    user_id: int
    name: str = "Ada"
    language: str | None = "en"
    chat: dict[str, Any] | None = None
    seen: int = 0

    @property
    def me(self) -> dict[str, Any]:
        return self.bot.fake.person(self.user_id, self.name, self.language)

    @property
    def chat_id(self) -> int:
        return int(self.chat["id"]) if self.chat else self.user_id

    async def say(self, text: str, **extra: Any) -> list[Sent]:
        status = await self.bot.deliver(self.bot.fake.text(self.me, text, chat=self.chat, **extra))
        assert status == 200
        return self.news()

    async def press(self, label: str) -> list[Sent]:
        """Presses the button with this label on the newest message that shows it."""
        for sent in reversed(self.bot.fake.to(self.chat_id)):
            if any(b["text"] == label or b["text"].startswith(label) for b in sent.buttons()):
                return await self.press_on(sent, sent.data_of(label))
        raise AssertionError(f"no button {label!r} in chat {self.chat_id}")

    async def press_on(self, sent: Sent, data: str) -> list[Sent]:
        assert await self.bot.deliver(self.bot.fake.press(self.me, sent, data)) == 200
        return self.news()

    def news(self) -> list[Sent]:
        """What the bot sent to this chat since the last look."""
        mine = self.bot.fake.to(self.chat_id)
        new, self.seen = mine[self.seen :], len(mine)
        return new


def said(messages: list[Sent]) -> str:
    return "\n\n".join(m.text for m in messages)


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter())
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextmanager
def no_secret_in_logs(*secrets: str) -> Iterator[None]:
    """Every log record at DEBUG, formatted as we ship them; fails if one shows a secret."""
    collected = _Lines()
    loggers = [logging.getLogger(name) for name in ("", "httpx", "httpcore", "telegram", "bot")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    logging.getLogger().addHandler(collected)
    try:
        yield
    finally:
        logging.getLogger().removeHandler(collected)
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    leaked = [line[:300] for line in collected.lines if any(secret in line for secret in secrets)]
    assert leaked == [], "a secret reached the logs"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@asynccontextmanager
async def running(
    database_url: str,
    mode: str,
    *,
    fake: FakeTelegram | None = None,
    limits: Limits = UNLIMITED,
    extra: Sequence[Router] = (),
    **overrides: Any,
) -> AsyncIterator[Running]:
    """The whole bot, from getMe to shutdown; `extra` routers join the real handlers.

    Meanwhile every log record, DEBUG included, is checked for the token and the webhook secret.
    """
    fake = fake or FakeTelegram()
    async with fake.serving() as api_url:
        port = _free_port()
        values: dict[str, Any] = {
            "telegram_bot_token": fake.token,
            "telegram_api_url": api_url,
            "public_url": f"http://127.0.0.1:{port}",
            **overrides,
        }
        settings = make_settings(database_url, **values)
        services = Services.create(settings, clock=FixedClock(START))
        coach = Coach(services, Routes.merge([*ROUTERS, *extra]))
        try:
            token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
            with no_secret_in_logs(token, webhook_secret(settings)):
                async with _started(mode, settings, coach, limits, port) as telegram:
                    yield Running(fake, mode, telegram, settings, services)
        finally:
            await services.close()


@asynccontextmanager
async def _started(
    mode: str, settings: Settings, coach: Coach, limits: Limits, port: int
) -> AsyncIterator[TelegramBot]:
    if mode == "polling":
        async with TelegramPolling(settings, coach, limits=limits) as polling:
            yield polling
    else:
        async with (
            TelegramWebhook(settings, coach, limits=limits) as webhook,
            serve_asgi(build_app(webhook.routes), port=port),
        ):
            yield webhook
