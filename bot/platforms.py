"""Which platforms this process talks to, and how: the one place the CLI's commands switch them on.

"polling" receives by long polling (Telegram) or Socket Mode (Slack), for `run`; "webhook" serves
HTTP routes, for `web`; "send" only sends, for the nudge workers.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Literal

from starlette.routing import BaseRoute

from bot.coach import Coach

Mode = Literal["polling", "webhook", "send"]


def configured(coach: Coach) -> bool:
    settings = coach.services.settings
    return (
        settings.telegram_bot_token is not None
        or settings.slack_bot_token is not None
        or bool(settings.slack_client_id and settings.slack_client_secret)
    )


@contextlib.asynccontextmanager
async def platforms(coach: Coach, mode: Mode) -> AsyncIterator[list[BaseRoute]]:
    """Attaches the configured platforms' adapters to the coach; yields the HTTP routes they need."""
    settings = coach.services.settings
    routes: list[BaseRoute] = []
    async with contextlib.AsyncExitStack() as stack:
        if settings.telegram_bot_token is not None:
            from bot.adapters.telegram_app import TelegramBot, TelegramPolling
            from bot.adapters.telegram_webhook import TelegramWebhook

            if mode == "webhook":
                telegram = await stack.enter_async_context(TelegramWebhook(settings, coach))
                routes += telegram.routes
            else:
                kind = TelegramPolling if mode == "polling" else TelegramBot
                await stack.enter_async_context(kind(settings, coach))
        from bot.adapters.slack import SlackBot

        if SlackBot.configured(settings):
            slack = SlackBot(coach.services, coach)
            if mode == "webhook":
                routes += slack.routes()
            elif mode == "polling" and settings.slack_app_token is not None:
                socket = asyncio.create_task(slack.run_socket_mode(), name="slack-socket-mode")
                stack.push_async_callback(_cancel, socket)
        yield routes


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
