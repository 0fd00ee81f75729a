"""A chat with the coach and no platform at all: push a message in, read the answers out."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.adapters.base import Adapter, DeliveryError
from bot.coach import Coach
from bot.messages import Button, ChatKey, Incoming, IncomingFile, Kind, Outgoing, UserKey


@dataclass
class Sent:
    chat: ChatKey
    message: Outgoing
    message_id: str


class MemoryAdapter(Adapter):
    """Keeps what the coach sends; can pretend the user blocked us."""

    platform = "memory"

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.retired: list[str] = []
        self.blocked: set[str] = set()

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        if chat.chat_id in self.blocked:
            raise DeliveryError(chat.chat_id)
        message_id = str(len(self.sent) + 1)
        self.sent.append(Sent(chat, message, message_id))
        return message_id

    async def retire_buttons(self, chat: ChatKey, message_id: str) -> None:
        self.retired.append(message_id)


@dataclass
class Chat:
    """One person talking to the coach, as a test sees it."""

    coach: Coach
    adapter: MemoryAdapter
    user_id: str = "u1"
    locale: str | None = "en"
    workspace: str = ""
    chat_id: str | None = None
    private: bool = True
    read: int = field(default=0)
    batch: list[Outgoing] = field(default_factory=list)

    @property
    def user(self) -> UserKey:
        return UserKey(self.adapter.platform, self.workspace, self.user_id)

    @property
    def chat(self) -> ChatKey:
        return ChatKey(self.adapter.platform, self.workspace, self.chat_id or self.user_id, self.private)

    async def send(self, text: str) -> list[Outgoing]:
        await self.coach.handle(
            Incoming.from_text(self.user, self.chat, text, locale=self.locale), self.adapter
        )
        return self.replies()

    async def send_file(self, name: str, data: bytes) -> list[Outgoing]:
        async def download() -> bytes:
            return data

        file = IncomingFile(name=name, size=len(data), download=download)
        await self.coach.handle(
            Incoming(self.user, self.chat, Kind.FILE, file=file, locale=self.locale), self.adapter
        )
        return self.replies()

    async def press(self, label: str) -> list[Outgoing]:
        """Presses the button with this label (or starting with it) on the newest message offering it."""
        for sent in reversed(self.adapter.sent):
            for button in (b for row in sent.message.buttons for b in row):
                if button.token and (button.label == label or button.label.startswith(label)):
                    return await self.press_token(button.token, sent.message_id)
        raise AssertionError(f"no button {label!r} in {self.buttons()}")

    async def press_token(self, token: str, message_id: str | None = None) -> list[Outgoing]:
        incoming = Incoming(
            self.user, self.chat, Kind.BUTTON, button=token, locale=self.locale, message_id=message_id
        )
        await self.coach.handle(incoming, self.adapter)
        return self.replies()

    def replies(self) -> list[Outgoing]:
        self.batch = [s.message for s in self.adapter.sent[self.read :]]
        self.read = len(self.adapter.sent)
        return self.batch

    def last(self) -> Outgoing:
        return self.adapter.sent[-1].message

    def text(self) -> str:
        """Everything said in answer to the last message."""
        return "\n\n".join(message.text for message in self.batch)

    def buttons(self) -> list[Button]:
        return [b for row in self.last().buttons for b in row]

    def labels(self) -> list[str]:
        return [b.label for b in self.buttons()]
