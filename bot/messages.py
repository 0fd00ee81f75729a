"""Our own message types: the only things handlers and adapters exchange.

An adapter turns a platform event into an `Incoming`; a handler answers with `Reply`
objects (text keys and values, never finished sentences); the core renders them in the
user's language into an `Outgoing`, which the adapter sends.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

Values = Mapping[str, "str | int | float"]


class Kind(StrEnum):
    TEXT = "text"
    COMMAND = "command"
    BUTTON = "button"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class UserKey:
    """Who: a user is one person on one platform (and one workspace where there is one)."""

    platform: str
    workspace: str
    user_id: str


@dataclass(frozen=True, slots=True)
class ChatKey:
    """Where: the conversation a message came from and replies go to."""

    platform: str
    workspace: str
    chat_id: str
    private: bool = True


class FileUnavailable(Exception):
    """The platform did not hand over a file's bytes (a network failure, the file gone or refused)."""


@dataclass(frozen=True, slots=True)
class IncomingFile:
    name: str
    size: int
    """As the platform announced it, before any download."""
    download: Callable[[], Awaitable[bytes]]
    """May raise FileUnavailable."""
    mime: str = ""


@dataclass(frozen=True, slots=True)
class Incoming:
    user: UserKey
    chat: ChatKey
    kind: Kind
    text: str = ""
    command: str = ""
    args: str = ""
    button: str = ""
    file: IncomingFile | None = None
    locale: str | None = None
    display_name: str = ""
    message_id: str | None = None
    time_zone: str | None = None

    @classmethod
    def from_text(cls, user: UserKey, chat: ChatKey, text: str, **extra: object) -> Incoming:
        """A typed line: `/name args` is a command, anything else is text."""
        stripped = text.strip()
        if stripped.startswith("/") and len(stripped) > 1 and not stripped[1].isspace():
            head, _, args = stripped[1:].partition(" ")
            return cls(user, chat, Kind.COMMAND, text=text, command=head.lower(), args=args.strip(), **extra)  # type: ignore[arg-type]
        return cls(user, chat, Kind.TEXT, text=text, **extra)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Text:
    """One paragraph: a key in prompts/ and the values it needs."""

    key: str
    values: Values = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Choice:
    """A button as a handler sees it: a label key and the action it triggers."""

    label: Text
    action: str
    value: str = ""
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    data: bytes
    mime: str
    caption: Text | None = None

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


@dataclass(frozen=True, slots=True)
class Reply:
    texts: tuple[Text, ...]
    buttons: tuple[tuple[Choice, ...], ...] = ()
    attachment: Attachment | None = None
    private: bool = False
    """Holds one person's account analysis: never sent into a group unless they asked."""

    @classmethod
    def of(
        cls, key: str, /, *, buttons: tuple[tuple[Choice, ...], ...] = (), **values: str | int | float
    ) -> Reply:
        return cls((Text(key, values),), buttons)


@dataclass(frozen=True, slots=True)
class Button:
    """A rendered button: a label and either an opaque token (≤ 64 bytes) or a link."""

    label: str
    token: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Outgoing:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachment: Attachment | None = None
    attachment_caption: str = ""
