"""Our `Outgoing` out to Telegram: escaped HTML, inline keyboards, long texts split in parts."""

from __future__ import annotations

import html
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Message
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, Forbidden

from bot.adapters.base import Adapter, DeliveryError
from bot.adapters.telegram_incoming import PLATFORM
from bot.messages import Attachment, Button, ChatKey, Outgoing

log = logging.getLogger(__name__)

TEXT_LIMIT: int = MessageLimit.MAX_TEXT_LENGTH
CAPTION_LIMIT: int = MessageLimit.CAPTION_LENGTH
_SEPARATORS = ("\n\n", "\n")
_GONE = ("chat not found", "user not found", "chat_id is empty", "peer_id_invalid")
_ALREADY_DONE = ("message is not modified", "message to edit not found", "message can't be edited")


def units(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji is often two)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts of at most `limit` units, cut at paragraphs, then at lines, then anywhere."""
    return [part for part in _split(text, limit, 0) if part.strip()]


def _split(text: str, limit: int, level: int) -> list[str]:
    if units(text) <= limit:
        return [text]
    if level == len(_SEPARATORS):
        return _hard_cut(text, limit)
    separator = _SEPARATORS[level]
    pieces = [piece for chunk in text.split(separator) for piece in _split(chunk, limit, level + 1)]
    parts: list[str] = []
    for piece in pieces:
        if parts and units(parts[-1]) + units(separator) + units(piece) <= limit:
            parts[-1] += separator + piece
        else:
            parts.append(piece)
    return parts


def _hard_cut(text: str, limit: int) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in text:
        width = units(char)
        if size + width > limit:
            parts.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    parts.append("".join(current))
    return parts


def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    """Choices as an inline keyboard; callback_data is the core's opaque token."""
    markup = [
        [
            InlineKeyboardButton(button.label, url=button.url)
            if button.url
            else InlineKeyboardButton(button.label, callback_data=button.token)
            for button in row
            if button.url or button.token
        ]
        for row in rows
    ]
    markup = [row for row in markup if row]
    return InlineKeyboardMarkup(markup) if markup else None


class TelegramAdapter(Adapter):
    platform = PLATFORM

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        """Sends the text in parts, then the attachment; the buttons ride on the last text part."""
        chat_id = int(chat.chat_id)
        buttons = keyboard(message.buttons)
        parts = split_text(message.text)
        caption = message.attachment_caption
        if message.attachment is not None and units(caption) > CAPTION_LIMIT:
            parts, caption = [*parts, *split_text(caption)], ""
        carrier: int | None = None
        try:
            for index, part in enumerate(parts):
                on_last = index == len(parts) - 1
                sent = await self._send_text(chat_id, html.escape(part), buttons if on_last else None)
                carrier = sent if on_last else carrier
            if message.attachment is not None:
                attached = await self._attach(chat_id, message.attachment, caption, None if parts else buttons)
                carrier = carrier or attached.message_id
        except (Forbidden, BadRequest) as error:
            if _gone(error):
                raise DeliveryError(f"telegram chat {chat_id}: {error.message}") from error
            raise
        return str(carrier) if carrier is not None else None

    async def _send_text(self, chat_id: int, text: str, buttons: InlineKeyboardMarkup | None) -> int:
        """sendMessage as `Bot.send_message` sends it (through the same request path, rate limiter included),
        without making a `Message` of Telegram's answer: building it, keyboard and all, cost more CPU than the
        request itself, and only its message_id is used."""
        data: dict[str, object] = {"chat_id": chat_id, "text": text, "parse_mode": ParseMode.HTML}
        if buttons is not None:
            data["reply_markup"] = buttons
        sent = await self.bot._post("sendMessage", data)
        return int(sent["message_id"])

    async def _attach(
        self, chat_id: int, attachment: Attachment, caption: str, buttons: InlineKeyboardMarkup | None
    ) -> Message:
        upload = InputFile(attachment.data, filename=attachment.filename)
        escaped = html.escape(caption) or None
        if attachment.is_image:
            return await self.bot.send_photo(
                chat_id, upload, caption=escaped, parse_mode=ParseMode.HTML, reply_markup=buttons
            )
        return await self.bot.send_document(
            chat_id, upload, caption=escaped, parse_mode=ParseMode.HTML, reply_markup=buttons
        )

    async def retire_buttons(self, chat: ChatKey, message_id: str) -> None:
        """Removes the keyboard, so a choice already made cannot be pressed again."""
        try:
            await self.bot.edit_message_reply_markup(int(chat.chat_id), int(message_id), reply_markup=None)
        except (Forbidden, BadRequest) as error:
            if _gone(error):
                raise DeliveryError(f"telegram chat {chat.chat_id}: {error.message}") from error
            if not _mentions(error, _ALREADY_DONE):
                raise
            log.debug("buttons already gone", extra={"chat_id": chat.chat_id})


def _mentions(error: BadRequest | Forbidden, reasons: tuple[str, ...]) -> bool:
    return any(reason in error.message.lower() for reason in reasons)


def _gone(error: BadRequest | Forbidden) -> bool:
    """Blocked, never started, kicked out, or the chat vanished: the recipient is out of reach for good."""
    return isinstance(error, Forbidden) or _mentions(error, _GONE)
