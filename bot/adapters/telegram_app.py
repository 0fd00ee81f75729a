"""The Telegram side running: python-telegram-bot's Application and its lifecycle, by long polling.

`TelegramBot` holds the Application (HTTP client, rate limiter), our adapter and our update
processing; `TelegramPolling` receives by getUpdates, `TelegramWebhook` (telegram_webhook.py)
behind our own Starlette route.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from telegram import Bot, BotCommand, Update
from telegram.error import InvalidToken
from telegram.ext import Application, ApplicationBuilder, CallbackContext, TypeHandler

from bot.adapters.base import StartError
from bot.adapters.telegram_http import AiohttpRequest
from bot.adapters.telegram_limits import TELEGRAM, Limits, TelegramRateLimiter
from bot.adapters.telegram_outgoing import TelegramAdapter
from bot.adapters.telegram_redact import hide_in_logs
from bot.adapters.telegram_updates import TelegramUpdates
from bot.coach import Coach
from bot.i18n import FALLBACK, translator
from bot.settings import LANGUAGES, Settings
from handlers.menu import MENU

log = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
TelegramApplication = Application[Any, Any, Any, Any, Any, Any]
CONNECTIONS = 32
"""To the Bot API: plenty at 30 messages a second (PTB's default is 256)."""


class TelegramStartError(StartError):
    """Telegram refused to start (a bad token, a bad webhook); the message says what to fix."""


def file_url(api_url: str) -> str:
    """Where files are downloaded: the Bot API URL with its trailing /bot made /file/bot."""
    base = api_url.rstrip("/")
    return f"{base.removesuffix('/bot')}/file/bot"


def build_application(settings: Settings, *, polling: bool, limits: Limits = TELEGRAM) -> TelegramApplication:
    if settings.telegram_bot_token is None:
        raise TelegramStartError("TELEGRAM_BOT_TOKEN is not set")
    token = settings.telegram_bot_token.get_secret_value()
    hide_in_logs(token)
    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_url)
        .base_file_url(file_url(settings.telegram_api_url))
        .rate_limiter(TelegramRateLimiter(limits))
        .concurrent_updates(256)
        .request(AiohttpRequest(CONNECTIONS, pool_timeout=10.0))
        .get_updates_request(AiohttpRequest(1))
    )
    if not polling:
        builder = builder.updater(None)
    return builder.build()


async def publish_commands(bot: Bot) -> None:
    """The command menu in each language we speak, and in English for everyone else."""
    for language in (*LANGUAGES, None):
        t = translator(language or FALLBACK)
        commands = [BotCommand(name, t(f"command-{name}")) for name in MENU]
        await bot.set_my_commands(commands, language_code=language)


class TelegramBot:
    """The Application around our update processing; `async with` runs its whole lifecycle.

    Entering: initialize (getMe: the token is checked), the command menu, start, then the
    coach may push messages through our adapter. Leaving: stop, then shutdown.
    """

    polling = False

    def __init__(self, settings: Settings, coach: Coach, *, limits: Limits = TELEGRAM) -> None:
        self.coach = coach
        self.application = build_application(settings, polling=self.polling, limits=limits)
        self.adapter = TelegramAdapter(self.application.bot)
        self.updates = TelegramUpdates(coach, self.adapter)
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(_on_error)

    async def _on_update(self, update: Update, _context: CallbackContext[Any, Any, Any, Any]) -> None:
        await self.updates.process(update)

    async def __aenter__(self) -> Self:
        try:
            await self.application.initialize()
            await publish_commands(self.application.bot)
            await self.application.start()
            await self._receive()
        except InvalidToken:
            await self._stop()
            raise TelegramStartError("Telegram rejected TELEGRAM_BOT_TOKEN: check it with @BotFather") from None
        except BaseException:
            await self._stop()
            raise
        self.coach.attach(self.adapter)
        return self

    async def _receive(self) -> None:
        """How updates will reach us; a subclass decides."""

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self._stop()

    async def _stop(self) -> None:
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()


class TelegramPolling(TelegramBot):
    """Long polling: no public address needed (getUpdates; PTB removes any webhook first)."""

    polling = True

    async def _receive(self) -> None:
        updater = self.application.updater
        assert updater is not None
        await updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        log.info("telegram polling", extra={"bot": self.application.bot.username})


async def _on_error(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("telegram update failed", exc_info=context.error, extra={"update_id": update_id})


async def run_polling(
    settings: Settings, coach: Coach, *, limits: Limits = TELEGRAM, stop: asyncio.Event | None = None
) -> None:
    """The coach on Telegram by long polling, until `stop` is set (by default: SIGTERM, or Ctrl+C)."""
    on_signal = stop is None
    stop = stop or asyncio.Event()
    if on_signal:
        _on_sigterm(stop.set)
    try:
        async with TelegramPolling(settings, coach, limits=limits):
            await stop.wait()
    finally:
        if on_signal:
            _on_sigterm(None)


def _on_sigterm(callback: Callable[[], None] | None) -> None:
    loop = asyncio.get_running_loop()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # not on this platform or thread
        if callback is None:
            loop.remove_signal_handler(signal.SIGTERM)
        else:
            loop.add_signal_handler(signal.SIGTERM, callback)
