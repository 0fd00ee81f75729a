"""Telegram's flood limits, kept on our side so a burst of nudges never floods anyone.

Three limits hold at once, each as "at most N requests in any window of S seconds": 30 a
second for the whole bot (spread evenly), about one a second in one chat (bursts of three,
so a tip and the next question go out together), and 20 a minute in one group. The last
two count new messages only; edits and the like count towards the first. When Telegram
answers 429 anyway, every request waits out its retry_after, not only the refused one, and
is then sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.constants import FloodLimit
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.metrics import metrics

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]
_MAX_WINDOWS = 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """Each limit is a count in a window of seconds; a count of 0 switches that limit off."""

    overall: int = FloodLimit.MESSAGES_PER_SECOND
    overall_seconds: float = 1
    per_chat: int = 3 * FloodLimit.MESSAGES_PER_SECOND_PER_CHAT
    chat_seconds: float = 3
    per_group: int = FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP
    group_seconds: float = 60
    max_retries: int = 5
    """How many 429s one request may meet before the error reaches the caller."""


TELEGRAM = Limits()
UNLIMITED = Limits(overall=0, per_chat=0, per_group=0)


class Window:
    """At most `count` acquisitions in any `seconds`-long window; waiters are served in order."""

    def __init__(self, count: int, seconds: float) -> None:
        self.count, self.seconds = count, seconds
        self._times: deque[float] = deque()
        self._turn = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._turn:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                while self._times and self._times[0] <= now - self.seconds:
                    self._times.popleft()
                if len(self._times) < self.count:
                    self._times.append(now)
                    return
                await asyncio.sleep(self._times[0] + self.seconds - now)

    def idle(self) -> bool:
        now = asyncio.get_running_loop().time()
        return not self._turn.locked() and (not self._times or self._times[-1] <= now - self.seconds)


class TelegramRateLimiter(BaseRateLimiter[int]):
    def __init__(self, limits: Limits = TELEGRAM) -> None:
        self.limits = limits
        # The whole bot's rate is spread evenly: a burst of 30 would reach Telegram bunched up.
        self._overall = Window(1, limits.overall_seconds / limits.overall) if limits.overall else None
        self._chats: dict[str, Window] = {}
        self._groups: dict[str, Window] = {}
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
        windows = self._windows(data.get("chat_id"), endpoint.startswith("send"))
        attempt = 0
        while True:
            await self._flood_wait()
            for window in windows:
                await window.acquire()
            if self._paused():
                continue  # a 429 came in while we queued: wait it out, then queue again
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
        metrics.platform_429("telegram")

    def _paused(self) -> bool:
        return self._resume_at > asyncio.get_running_loop().time()

    async def _flood_wait(self) -> None:
        """After a 429, nobody sends until its retry_after has passed."""
        delay = self._resume_at - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)
            await self._flood_wait()  # another 429 may have pushed the time further

    def _windows(self, chat_id: object, new_message: bool) -> list[Window]:
        """Most specific first, so waiting for a busy chat holds no share of the overall rate."""
        if chat_id is None:
            return []
        key, limits = str(chat_id), self.limits
        found: list[Window] = []
        if new_message and limits.per_group and key.startswith(("-", "@")):
            found.append(self._window(self._groups, key, limits.per_group, limits.group_seconds))
        if new_message and limits.per_chat:
            found.append(self._window(self._chats, key, limits.per_chat, limits.chat_seconds))
        if self._overall is not None:
            found.append(self._overall)
        return found

    @staticmethod
    def _window(table: dict[str, Window], key: str, count: int, seconds: float) -> Window:
        if key not in table and len(table) >= _MAX_WINDOWS:
            for idle in [k for k, window in table.items() if window.idle()]:
                del table[idle]
        window = table.get(key)
        if window is None:
            window = table[key] = Window(count, seconds)
        return window
