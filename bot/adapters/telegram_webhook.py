"""Telegram by webhook, served from our own ASGI app (PTB's web server is not used).

The route answers 403 without the right secret header and 400 for a body that is not an
update, before anything is processed; a good update is processed before the answer, so a
500 (our failure) makes Telegram deliver it again; the update id, noted with the answer's
transaction, keeps it from running twice. A 200 may carry a Bot API call for Telegram to run
(taking a pressed keyboard off).
"""

from __future__ import annotations

import hmac
import json
import logging
import re

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from telegram import Bot, Update
from telegram.error import TelegramError

from bot.adapters.telegram_app import ALLOWED_UPDATES, TelegramBot, TelegramStartError
from bot.adapters.telegram_limits import TELEGRAM, Limits
from bot.adapters.telegram_redact import hide_in_logs
from bot.adapters.telegram_updates import TelegramUpdates
from bot.coach import Coach
from bot.crypto import Vault
from bot.settings import Settings

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_SECRET_FORMAT = re.compile(r"[A-Za-z0-9_-]{1,256}")


def webhook_secret(settings: Settings) -> str:
    """TELEGRAM_WEBHOOK_SECRET, else a stable secret derived from ENCRYPTION_KEYS."""
    if settings.telegram_webhook_secret is None:
        return Vault.from_settings(settings).derive("telegram-webhook")
    secret = settings.telegram_webhook_secret.get_secret_value()
    if not _SECRET_FORMAT.fullmatch(secret):
        raise TelegramStartError("TELEGRAM_WEBHOOK_SECRET: use 1 to 256 of A-Z, a-z, 0-9, _ and -")
    return secret


def telegram_routes(updates: TelegramUpdates, secret: str) -> list[BaseRoute]:
    """POST /telegram/webhook, for Telegram only."""
    expected = secret.encode()

    async def receive(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not given or not hmac.compare_digest(given, expected):
            return Response(status_code=403)
        update = _parse(await request.body(), updates.bot)
        try:
            work = updates.work_for(update, answer_by_webhook=True) if update is not None else None
        except Exception:  # parseable, yet not an update we can make sense of
            update = None
        if update is None:
            return Response(status_code=400)
        if work is not None:
            try:
                answer = await updates.run(update, work)
            except Exception:
                log.exception("telegram update failed", extra={"update_id": update.update_id})
                return Response(status_code=500)
            if answer is not None:
                return JSONResponse(answer)
        return Response(status_code=200)

    return [Route(WEBHOOK_PATH, receive, methods=["POST"])]


def _parse(body: bytes, bot: Bot) -> Update | None:
    try:
        data = json.loads(body)
    except ValueError:  # UnicodeDecodeError included
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        update = Update.de_json(data, bot)
        chat, sender = update.effective_chat, update.effective_user
    except Exception:  # PTB raises KeyError, TypeError, AttributeError… on malformed objects
        return None
    if (chat is not None and type(chat.id) is not int) or (sender is not None and type(sender.id) is not int):
        return None  # Telegram's ids are integers; anything else is not Telegram speaking
    return update


class TelegramWebhook(TelegramBot):
    """`async with TelegramWebhook(settings, coach) as telegram:` serve `telegram.routes` meanwhile.

    Entering registers PUBLIC_URL/telegram/webhook and its secret with setWebhook.
    """

    def __init__(self, settings: Settings, coach: Coach, *, limits: Limits = TELEGRAM) -> None:
        self.secret = webhook_secret(settings)
        hide_in_logs(self.secret)
        self.url = settings.public_url.rstrip("/") + WEBHOOK_PATH
        super().__init__(settings, coach, limits=limits)
        self.routes = telegram_routes(self.updates, self.secret)

    async def _receive(self) -> None:
        try:
            await self.application.bot.set_webhook(self.url, secret_token=self.secret, allowed_updates=ALLOWED_UPDATES)
        except TelegramError as error:
            raise TelegramStartError(f"Telegram refused the webhook {self.url}: {error.message}") from None
        log.info("telegram webhook set", extra={"url": self.url})
