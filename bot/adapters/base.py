"""The contract every platform adapter fulfils."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from datetime import datetime

from bot.messages import ChatKey, Outgoing


class DeliveryError(Exception):
    """The platform refused a message for good (the user blocked us, the chat is gone)."""


class Adapter(ABC):
    platform: str

    @abstractmethod
    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        """Deliver a message; returns the platform's message id when it has one.

        Raises DeliveryError when the recipient can no longer be reached.
        """

    async def retire_buttons(self, chat: ChatKey, message_id: str) -> None:
        """Take the buttons off a message whose choice was made, so it cannot be pressed twice."""
        return None

    async def post_team_digests(self, now: datetime) -> Counter[str]:
        """Posts the team digests due at `now`, on platforms with team channels; how each went, counted."""
        return Counter()


class StartError(RuntimeError):
    """A platform refused to start (a bad token, a missing secret); the message says what to fix."""
