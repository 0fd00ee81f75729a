"""Our Telegram bot running against the fake Bot API, by polling or by webhook through our ASGI app.

async with running(database_url, mode) as bot:
    await bot.deliver(bot.fake.text(ada, "/start"))   # returns once the bot has handled it
    bot.fake.last(ada["id"]).text
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from bot.adapters.telegram import UNLIMITED, Limits, TelegramBot, TelegramPolling, TelegramWebhook
from bot.clock import FixedClock
from bot.coach import Coach
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
    """The whole bot, from getMe to shutdown; `extra` routers join the real handlers."""
    fake = fake or FakeTelegram()
    async with fake.serving() as api_url:
        port = _free_port()
        settings = make_settings(
            database_url,
            telegram_bot_token=fake.token,
            telegram_api_url=api_url,
            public_url=f"http://127.0.0.1:{port}",
            **overrides,
        )
        services = Services.create(settings, clock=FixedClock(START))
        coach = Coach(services, Routes.merge([*ROUTERS, *extra]))
        try:
            if mode == "polling":
                async with TelegramPolling(settings, coach, limits=limits) as telegram:
                    yield Running(fake, mode, telegram, settings, services)
            else:
                async with (
                    TelegramWebhook(settings, coach, limits=limits) as telegram,
                    serve_asgi(build_app(telegram.routes), port=port),
                ):
                    yield Running(fake, mode, telegram, settings, services)
        finally:
            await services.close()
