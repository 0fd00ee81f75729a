"""Telegram updates in, our `Incoming` out: a pure conversion, no network and no database.

What a group says is ours only when it is a command for this bot or a reply to one of its
messages; everything else in a group is other people's conversation and is ignored.
"""

from __future__ import annotations

from telegram import CallbackQuery, Chat, Document, Message, MessageEntity, Update, User
from telegram.error import TelegramError

from bot.messages import ChatKey, FileUnavailable, Incoming, IncomingFile, Kind, UserKey

PLATFORM = "telegram"


def user_key(user: User) -> UserKey:
    return UserKey(PLATFORM, "", str(user.id))


def chat_key(chat: Chat) -> ChatKey:
    return ChatKey(PLATFORM, "", str(chat.id), private=chat.type == Chat.PRIVATE)


def to_incoming(update: Update, bot_username: str) -> Incoming | None:
    """What the coach should handle in this update, or None when it is not for us."""
    if update.callback_query is not None:
        return _pressed(update.callback_query)
    message = update.message
    if message is None or message.from_user is None or message.from_user.is_bot:
        return None
    return _said(message, message.from_user, bot_username)


def _incoming(
    user: User,
    chat: Chat,
    message_id: int,
    kind: Kind,
    *,
    text: str = "",
    command: str = "",
    args: str = "",
    button: str = "",
    file: IncomingFile | None = None,
) -> Incoming:
    return Incoming(
        user_key(user),
        chat_key(chat),
        kind,
        text=text,
        command=command,
        args=args,
        button=button,
        file=file,
        locale=user.language_code,
        display_name=user.full_name,
        message_id=str(message_id),
    )


def _pressed(query: CallbackQuery) -> Incoming | None:
    """A button: its callback_data is our opaque token, looked up (never trusted) by the core."""
    message = query.message
    if message is None or query.from_user.is_bot:
        return None
    return _incoming(query.from_user, message.chat, message.message_id, Kind.BUTTON, button=query.data or "")


def _said(message: Message, user: User, bot_username: str) -> Incoming | None:
    command = _command(message, bot_username)
    if command is not None:
        name, args = command
        if not name:
            return None  # addressed to another bot
        return _incoming(
            user,
            message.chat,
            message.message_id,
            Kind.COMMAND,
            text=message.text or "",
            command=name,
            args=args,
        )
    if message.chat.type != Chat.PRIVATE and not _replies_to_us(message, bot_username):
        return None
    if message.document is not None:
        file = _file(message.document)
        return _incoming(user, message.chat, message.message_id, Kind.FILE, file=file)
    if message.text is not None or message.effective_attachment is not None:
        # A photo or a sticker still deserves an answer: the coach treats it as text it can't use.
        return _incoming(user, message.chat, message.message_id, Kind.TEXT, text=message.text or "")
    return None  # service messages: pinned, joined, title changed…


def _command(message: Message, bot_username: str) -> tuple[str, str] | None:
    """(name, args) of the message's first bot command; name is "" when it is for another bot.

    Entity offsets count UTF-16 code units, so a command after an emoji is found with PTB's
    entity parsing, and the arguments are cut from the UTF-16 text after it.
    """
    found = message.parse_entities([MessageEntity.BOT_COMMAND])
    if not found:
        return None
    entity = min(found, key=lambda e: e.offset)
    name, _, target = found[entity].removeprefix("/").partition("@")
    if target and target.casefold() != bot_username.casefold():
        return "", ""
    units = (message.text or "").encode("utf-16-le")
    args = units[(entity.offset + entity.length) * 2 :].decode("utf-16-le", errors="replace")
    return name.lower(), args.strip()


def _replies_to_us(message: Message, bot_username: str) -> bool:
    replied = message.reply_to_message
    author = replied.from_user if replied is not None else None
    return bool(author and author.is_bot and (author.username or "").casefold() == bot_username.casefold())


def _file(document: Document) -> IncomingFile:
    async def download() -> bytes:
        try:
            file = await document.get_file()
            return bytes(await file.download_as_bytearray())
        except TelegramError as error:
            raise FileUnavailable(type(error).__name__) from None

    return IncomingFile(
        name=document.file_name or "document",
        size=document.file_size or 0,
        download=download,
        mime=document.mime_type or "",
    )
