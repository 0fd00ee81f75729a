"""What a handler gets: the message, the user, a transaction, the services, and a way to answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import Translator, translator
from bot.messages import Choice, Incoming, Reply, Text
from bot.storage.models import ButtonToken, User

if TYPE_CHECKING:
    from bot.services import Services


@dataclass
class Context:
    incoming: Incoming
    user: User
    session: AsyncSession
    services: Services
    button: ButtonToken | None = None
    replies: list[Reply] = field(default_factory=list)

    @property
    def now(self) -> datetime:
        return self.services.clock.now()

    @property
    def t(self) -> Translator:
        return translator(self.user.language)

    def say(
        self, key: str, /, *, buttons: tuple[tuple[Choice, ...], ...] = (), **values: str | int | float
    ) -> None:
        self.replies.append(Reply((Text(key, values),), buttons))

    def send(self, reply: Reply) -> None:
        self.replies.append(reply)
