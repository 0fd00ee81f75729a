"""The coach on Telegram (python-telegram-bot 22), as an adapter of the core.

    telegram_incoming  an update → our Incoming (pure; groups: commands for us and replies to us only)
    telegram_outgoing  our Outgoing → escaped HTML, inline keyboards, parts of ≤ 4,096 characters
    telegram_updates   one update's fate: once only, in order per chat, membership, files too big
    telegram_limits    Telegram's flood limits and its 429s
    telegram_http      PTB's Bot API requests over aiohttp (a fraction of httpx's CPU per call)
    telegram_app       the Application's lifecycle; long polling
    telegram_webhook   the webhook: setWebhook, and our Starlette route for it
    telegram_redact    the bot token never reaches a log line

`nudgebird run` calls `run_polling`; `nudgebird web` serves the routes of a `TelegramWebhook`.
"""

from bot.adapters.telegram_app import (
    TelegramBot,
    TelegramPolling,
    TelegramStartError,
    build_application,
    run_polling,
)
from bot.adapters.telegram_incoming import PLATFORM, to_incoming
from bot.adapters.telegram_limits import TELEGRAM, UNLIMITED, Limits
from bot.adapters.telegram_outgoing import TelegramAdapter, split_text
from bot.adapters.telegram_webhook import TelegramWebhook, telegram_routes, webhook_secret

__all__ = [
    "PLATFORM",
    "TELEGRAM",
    "UNLIMITED",
    "Limits",
    "TelegramAdapter",
    "TelegramBot",
    "TelegramPolling",
    "TelegramStartError",
    "TelegramWebhook",
    "build_application",
    "run_polling",
    "split_text",
    "telegram_routes",
    "to_incoming",
    "webhook_secret",
]
