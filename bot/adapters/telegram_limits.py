"""Telegram's flood limits, kept on our side so a burst of nudges never floods a chat.

Three limits apply at once: about 30 messages a second for the whole bot, one a second in
one chat (short bursts are tolerated), and 20 a minute in one group. When Telegram answers
429 anyway, every request waits out its retry_after, not only the one that was refused.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.constants import FloodLimit
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]
_MAX_LIMITERS = 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Rates are per second (per minute for groups); 0 switches a limit off."""

    overall: float = FloodLimit.MESSAGES_PER_SECOND
    per_chat: float = FloodLimit.MESSAGES_PER_SECOND_PER_CHAT
    chat_burst: int = 3
    """A reply is often two or three messages at once (a tip, then the question)."""
    per_group_minute: float = FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP
    max_retries: int = 5
    """How many 429s one request may meet before its error reaches the caller."""


TELEGRAM = Limits()
UNLIMITED = Limits(overall=0, per_chat=0, per_group_minute=0)


class TelegramRateLimiter(BaseRateLimiter[int]):
    def __init__(self, limits: Limits = TELEGRAM) -> None:
        self.limits = limits
        self._overall = AsyncLimiter(limits.overall, 1) if limits.overall else None
        self._chats: dict[str, AsyncLimiter] = {}
        self._groups: dict[str, AsyncLimiter] = {}
        self._resume_at = 0.0

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Result:
        retries = self.limits.max_retries if rate_limit_args is None else rate_limit_args
        chat_id = data.get("chat_id")
        attempt = 0
        while True:
            async with contextlib.AsyncExitStack() as throttled:
                for limiter in self._limiters(chat_id):
                    await throttled.enter_async_context(limiter)
                await self._flood_wait()
                try:
                    return await callback(*args, **kwargs)
                except RetryAfter as refused:
                    if attempt >= retries:
                        raise
                    self._pause(refused, endpoint)
            attempt += 1

    def _pause(self, refused: RetryAfter, endpoint: str) -> None:
        # PTB's own limiter reads it so; the public property warns of a deprecation.
        wait = refused._retry_after.total_seconds()
        self._resume_at = max(self._resume_at, asyncio.get_running_loop().time() + wait)
        log.info("telegram asked to slow down", extra={"method": endpoint, "retry_after": wait})

    async def _flood_wait(self) -> None:
        """After a 429, nobody sends until its retry_after has passed."""
        delay = self._resume_at - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)
            await self._flood_wait()  # another 429 may have pushed the time further

    def _limiters(self, chat_id: object) -> list[AsyncLimiter]:
        """Most specific first, so waiting for a busy chat holds no share of the overall rate."""
        if chat_id is None:
            return []
        key = str(chat_id)
        found = []
        if self.limits.per_group_minute and (key.startswith(("-", "@"))):
            found.append(self._limiter(self._groups, key, self.limits.per_group_minute, 60))
        if self.limits.per_chat:
            burst = max(1, self.limits.chat_burst)
            found.append(self._limiter(self._chats, key, burst, burst / self.limits.per_chat))
        if self._overall is not None:
            found.append(self._overall)
        return found

    @staticmethod
    def _limiter(table: dict[str, AsyncLimiter], key: str, rate: float, period: float) -> AsyncLimiter:
        if key not in table and len(table) >= _MAX_LIMITERS:
            for idle in [k for k, limiter in table.items() if limiter.has_capacity(limiter.max_rate)]:
                del table[idle]
        limiter = table.get(key)
        if limiter is None:
            limiter = table[key] = AsyncLimiter(rate, period)
        return limiter
