"""What happens to one Telegram update, the same whether it came by polling or by webhook.

Each update is handled at most once (Telegram redelivers), updates of one chat in the order
they came and different chats side by side. Some answers are Telegram's own business and
never reach the core: a group's welcome, a file too big to download, the membership changes.

By webhook, the keyboard of a pressed button is taken off in the webhook's answer (Telegram
runs a Bot API call given as the answer to an update): one request fewer per press.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from telegram import Bot, CallbackQuery, ChatMember, ChatMemberUpdated, Update
from telegram.constants import FileSizeLimit
from telegram.error import TelegramError

from bot.adapters.base import Adapter, DeliveryError
from bot.adapters.telegram_incoming import PLATFORM, chat_key, to_incoming, user_key
from bot.adapters.telegram_outgoing import TelegramAdapter
from bot.coach import Coach
from bot.i18n import choose_language, translator
from bot.messages import Button, ChatKey, Incoming, Kind, Outgoing, UserKey
from bot.users import find_user

log = logging.getLogger(__name__)

MAX_DOWNLOAD: int = FileSizeLimit.FILESIZE_DOWNLOAD
_PRESENT = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)

WebhookAnswer = dict[str, Any]
"""A Bot API call as the answer to a webhook delivery: {"method": …, its parameters}."""
Work = Callable[[], Awaitable[WebhookAnswer | None]]


class TelegramUpdates:
    def __init__(self, coach: Coach, adapter: TelegramAdapter, *, concurrency: int = 128) -> None:
        self.coach = coach
        self.adapter = adapter
        self._slots = asyncio.Semaphore(concurrency)
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}

    @property
    def bot(self) -> Bot:
        return self.adapter.bot

    def work_for(self, update: Update, *, answer_by_webhook: bool = False) -> Work | None:
        """What to do with an update, or None when it is not for us (decided without I/O).

        With `answer_by_webhook`, the work may give back a Bot API call for the webhook's answer.
        """
        key = str(update.update_id)
        if update.my_chat_member is not None:
            changed = update.my_chat_member
            if changed.old_chat_member is None or changed.new_chat_member is None:
                return None  # no change to read: Telegram never sends one, a forged delivery might
            return lambda: self._membership(changed, key)
        incoming = to_incoming(update, self.bot.username)
        if incoming is None:
            return None
        query = update.callback_query
        return lambda: self._incoming(incoming, query, key, answer_by_webhook)

    async def process(self, update: Update) -> None:
        work = self.work_for(update)
        if work is not None:
            await self.run(update, work)

    async def run(self, update: Update, work: Work) -> WebhookAnswer | None:
        """Runs the work after the chat's earlier updates; the work skips an update already handled."""
        chat = update.effective_chat
        async with self._in_order(chat.id if chat is not None else 0), self._slots:
            return await work()

    @asynccontextmanager
    async def _in_order(self, chat_id: int) -> AsyncIterator[None]:
        """One update of a chat at a time; the lock is forgotten when nobody waits on it."""
        lock, waiting = self._chats.get(chat_id) or (asyncio.Lock(), 0)
        self._chats[chat_id] = (lock, waiting + 1)
        try:
            async with lock:
                yield
        finally:
            lock, waiting = self._chats[chat_id]
            if waiting == 1:
                del self._chats[chat_id]
            else:
                self._chats[chat_id] = (lock, waiting - 1)

    async def _incoming(
        self, incoming: Incoming, query: CallbackQuery | None, key: str, answer_by_webhook: bool
    ) -> WebhookAnswer | None:
        # The press is acknowledged while the coach decides: the spinner stops sooner.
        acknowledged = asyncio.create_task(self._acknowledge(query)) if query is not None else None
        try:
            return await self._answer(incoming, key, answer_by_webhook)
        finally:
            if acknowledged is not None:
                await acknowledged

    async def _answer(self, incoming: Incoming, key: str, answer_by_webhook: bool) -> WebhookAnswer | None:
        if incoming.kind is Kind.FILE and incoming.file is not None and incoming.file.size > MAX_DOWNLOAD:
            if await self.coach.first_delivery(PLATFORM, key):
                megabytes = MAX_DOWNLOAD // 1_000_000
                await self._say(
                    incoming.user, incoming.locale, incoming.chat, "telegram-file-too-big", megabytes=megabytes
                )
            return None
        watched = _Watched(self.adapter, answer_by_webhook=answer_by_webhook)
        handled = await self.coach.handle(incoming, watched, delivery_id=key)
        if handled and watched.refused_private and not incoming.chat.private:
            await self._ask_for_private_chat(incoming)
        return watched.webhook_answer

    async def _acknowledge(self, query: CallbackQuery) -> None:
        """Stops the button's spinner; a query too old to answer is no reason to drop the press."""
        try:
            await query.answer()
        except TelegramError as error:
            log.debug("callback query not answered", extra={"reason": error.message})

    async def _membership(self, changed: ChatMemberUpdated, key: str) -> None:
        """Blocked or unblocked in a private chat; added to a group (we say hello)."""
        if not await self.coach.first_delivery(PLATFORM, key):
            return
        chat, who = changed.chat, changed.from_user
        before, after = changed.old_chat_member.status, changed.new_chat_member.status
        if chat.type == chat.PRIVATE:
            if after == ChatMember.BANNED:
                log.info("telegram user blocked the bot")
                await self.coach.set_reachable(user_key(who), reachable=False)
            elif before == ChatMember.BANNED:
                log.info("telegram user unblocked the bot")
                await self.coach.set_reachable(user_key(who), reachable=True)
        elif chat.type in (chat.GROUP, chat.SUPERGROUP) and after in _PRESENT and before not in _PRESENT:
            log.info("telegram bot added to a group", extra={"chat_id": chat.id})
            await self._say(
                user_key(who),
                who.language_code,
                chat_key(chat),
                "telegram-group-hello",
                bot=self.bot.username,
            )

    async def _ask_for_private_chat(self, incoming: Incoming) -> None:
        """A private answer could not be delivered: the person never opened a chat with us."""
        link = Button(
            await self._text(incoming.user, incoming.locale, "telegram-button-private-chat"),
            url=f"https://t.me/{self.bot.username}",
        )
        text = await self._text(incoming.user, incoming.locale, "telegram-open-private-chat")
        await self._deliver(incoming.chat, Outgoing(text, buttons=((link,),)))

    async def _say(self, user: UserKey, locale: str | None, chat: ChatKey, key: str, **values: str | int) -> None:
        await self._deliver(chat, Outgoing(await self._text(user, locale, key, **values)))

    async def _deliver(self, chat: ChatKey, message: Outgoing) -> None:
        try:
            await self.adapter.send(chat, message)
        except DeliveryError:
            log.info("telegram chat out of reach", extra={"chat_id": chat.chat_id})

    async def _text(self, user: UserKey, locale: str | None, key: str, **values: str | int) -> str:
        """A text of ours in the person's language: the one they chose, else their Telegram locale."""
        async with self.coach.services.db.transaction() as session:
            known = await find_user(session, user)
            language = known.language if known is not None else None
        default = self.coach.services.settings.default_language
        return translator(language or choose_language(None, locale, default))(key, values)


class _Watched(Adapter):
    """The adapter as one update sees it: notes when a private message was refused (from a group),
    and by webhook leaves the pressed keyboard to the webhook's answer."""

    platform = PLATFORM

    def __init__(self, inner: Adapter, *, answer_by_webhook: bool) -> None:
        self.inner = inner
        self.refused_private = False
        self.answer_by_webhook = answer_by_webhook
        self.webhook_answer: WebhookAnswer | None = None

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        try:
            return await self.inner.send(chat, message)
        except DeliveryError:
            self.refused_private = self.refused_private or chat.private
            raise

    async def retire_buttons(self, chat: ChatKey, message_id: str) -> None:
        if self.answer_by_webhook and self.webhook_answer is None:
            # Without a reply_markup, the keyboard goes. Telegram does not say whether it worked: a keyboard
            # left on would be harmless, its buttons expired with this press.
            self.webhook_answer = {
                "method": "editMessageReplyMarkup",
                "chat_id": int(chat.chat_id),
                "message_id": int(message_id),
            }
            return
        await self.inner.retire_buttons(chat, message_id)
