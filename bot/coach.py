"""Where a message enters and the answer leaves: dispatch, render, persist, send.

The adapter hands us an `Incoming`; one transaction finds the user, lets the one handler
that matches decide, stores the buttons it offered, and commits; only then are the
replies rendered in the user's language and given back to the adapter to send.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.adapters.base import Adapter, DeliveryError
from bot.context import Context
from bot.i18n import load_all, translator
from bot.messages import Button, ChatKey, Incoming, Kind, Outgoing, Reply, UserKey
from bot.metrics import metrics
from bot.nudges.schedule import reschedule, schedule_key
from bot.router import Handler, Routes
from bot.services import Services
from bot.storage.db import connection_lost
from bot.storage.models import ButtonToken, User
from bot.storage.seen import first_time
from bot.users import user_and_button, user_for

log = logging.getLogger(__name__)
_BUTTONS = cast(Table, ButtonToken.__table__)
_RETIRE_BATCH = update(_BUTTONS).where(_BUTTONS.c.batch == bindparam("pressed")).values(used=True)
"""Pressing a button uses up its whole batch (built once, run on the connection: no ORM work for each press)."""
_ADD_BUTTONS = insert(_BUTTONS)
"""A reply's buttons, stored in one statement (nothing reads them back in the transaction: no ORM objects)."""


class Pushed(StrEnum):
    SENT = "sent"
    NOTHING = "nothing"
    GONE = "gone"
    UNREACHABLE = "unreachable"
    NO_ADAPTER = "no_adapter"


@dataclass(frozen=True, slots=True)
class Delivery:
    chat: ChatKey
    message: Outgoing


class Coach:
    def __init__(self, services: Services, routes: Routes) -> None:
        self.services = services
        self.routes = routes
        self.adapters: dict[str, Adapter] = {}
        load_all()

    def attach(self, adapter: Adapter) -> None:
        """Makes a platform reachable for messages nobody asked for just now (nudges, sign-in done)."""
        self.adapters[adapter.platform] = adapter

    async def act_for(self, user_id: int, action: Handler) -> Pushed:
        """Runs a handler on the coach's own initiative and sends its replies to the user's private chat.

        A platform failure other than the user being unreachable propagates to the caller.
        """
        async with self.services.db.transaction() as session:
            user = await session.get(User, user_id)
            refusal = self.refusal(user)
            if refusal is not None:
                return refusal
            assert user is not None
            ctx = self.private_context(session, user)
            await action(ctx)
            deliveries = await self.render_all(ctx)
        return await self.deliver(ctx.incoming.user, deliveries)

    def refusal(self, user: User | None) -> Pushed | None:
        """Why nothing can be pushed to this user now, or None when something can."""
        if user is None:
            return Pushed.GONE
        if not user.reachable:
            return Pushed.UNREACHABLE
        if user.platform not in self.adapters:
            return Pushed.NO_ADAPTER
        return None

    def private_context(self, session: AsyncSession, user: User) -> Context:
        """A handler's context for a message the coach sends of its own accord, to the user's private chat."""
        chat = ChatKey(user.platform, user.workspace, user.chat_id, private=True)
        key = UserKey(user.platform, user.workspace, user.platform_user_id)
        return Context(Incoming(key, chat, Kind.TEXT), user, session, self.services)

    async def render_all(self, ctx: Context, buttons: list[dict[str, object]] | None = None) -> list[Delivery]:
        """The handler's replies in the user's language, their buttons stored in the context's transaction; or,
        when `buttons` is given, added to it for the caller to store with `store_buttons` (one statement for
        the messages of many users)."""
        return [delivery for reply in ctx.replies for delivery in await self._render(ctx, reply, buttons)]

    @staticmethod
    async def store_buttons(session: AsyncSession, buttons: list[dict[str, object]]) -> None:
        if buttons:
            await (await session.connection()).execute(_ADD_BUTTONS, buttons)

    async def deliver(self, key: UserKey, deliveries: list[Delivery]) -> Pushed:
        """Sends what the coach decided to say of its own accord; a user who blocked us is marked."""
        if not deliveries:
            return Pushed.NOTHING
        adapter = self.adapters[key.platform]
        for delivery in deliveries:
            try:
                await adapter.send(delivery.chat, delivery.message)
            except DeliveryError:
                await self.set_reachable(key, reachable=False)
                return Pushed.UNREACHABLE
        return Pushed.SENT

    async def first_delivery(self, platform: str, key: str) -> bool:
        """True the first time a platform delivery is seen; redeliveries are skipped.

        For a delivery that `handle` answers, pass its key to `handle` instead: one transaction then.
        """
        async with self.services.db.transaction() as session:
            return await first_time(session, platform, key, self.services.clock.now())

    async def handle(self, incoming: Incoming, adapter: Adapter, *, delivery_id: str | None = None) -> bool:
        """Decides the answer in one transaction, then sends it; False for a delivery handled before.

        `delivery_id` is the platform's id for this delivery when the platform may deliver it again.
        It is noted in the transaction that decides the answer (one commit): a failure before the
        commit leaves the delivery to be handled when it comes again. When the database connection
        turns out to be dead, the answer is decided again at once on a new one: the delivery id makes
        that safe (had the commit gone through, the id is noted and the update found handled).
        """
        try:
            decided = await self._decide(incoming, delivery_id)
        except DBAPIError as error:
            if delivery_id is None or not connection_lost(error):
                raise
            log.warning("database connection lost, deciding the update again", extra={"kind": str(incoming.kind)})
            decided = await self._decide(incoming, delivery_id)
        if decided is None:
            return False
        deliveries, pressed = decided
        metrics.updates_handled.labels(platform=incoming.chat.platform).inc()
        if pressed is not None and pressed.action not in self.routes.lasting and incoming.message_id:
            try:
                await adapter.retire_buttons(incoming.chat, incoming.message_id)
            except DeliveryError:
                log.info("could not retire buttons", extra={"platform": incoming.chat.platform})
        for delivery in deliveries:
            try:
                await adapter.send(delivery.chat, delivery.message)
            except DeliveryError:
                if delivery.chat.private:  # a group we were removed from says nothing about the person
                    await self.set_reachable(incoming.user, reachable=False)
                break
        return True

    async def set_reachable(self, key: UserKey, *, reachable: bool) -> None:
        """Marks a user who blocked us (no more nudges) or came back."""
        async with self.services.db.transaction() as session:
            await session.execute(
                update(User)
                .where(
                    User.platform == key.platform,
                    User.workspace == key.workspace,
                    User.platform_user_id == key.user_id,
                )
                .values(reachable=reachable)
            )

    async def _decide(
        self, incoming: Incoming, delivery_id: str | None
    ) -> tuple[list[Delivery], ButtonToken | None] | None:
        services = self.services
        async with services.db.transaction() as session:
            now = services.clock.now()
            if delivery_id is not None and not await first_time(session, incoming.chat.platform, delivery_id, now):
                return None
            language = services.settings.default_language
            if incoming.kind is Kind.BUTTON:
                user, pressed = await user_and_button(session, incoming, now, language)
            else:
                user, pressed = await user_for(session, incoming, now, language), None
            user.reachable = True
            ctx = Context(incoming=incoming, user=user, session=session, services=services)
            schedule = schedule_key(user), user.onboarded
            await self._dispatch(ctx, pressed)
            if (schedule_key(user), user.onboarded) != schedule:
                reschedule(user, ctx.now)
            deliveries = [await self._render(ctx, reply) for reply in ctx.replies]
        return [d for batch in deliveries for d in batch], ctx.button

    async def _dispatch(self, ctx: Context, pressed: ButtonToken | None) -> None:
        """`pressed`: for a button, its token if the user's (loaded with the user), else None."""
        incoming, routes, user = ctx.incoming, self.routes, ctx.user
        if incoming.kind is Kind.BUTTON:
            token = await self._live_button(ctx, pressed)
            if token is None:
                ctx.say("button-expired")
                await self.ask_again(ctx)
                return
            ctx.button = token
            await routes.actions[token.action](ctx)
        elif incoming.kind is Kind.COMMAND:
            command = routes.commands.get(incoming.command.split("@", 1)[0])
            if command is None:
                ctx.say("unknown-command", command=incoming.command[:40])
                await self.ask_again(ctx)
            elif user.step and not command.anytime:
                ctx.say("finish-question-first")
                await self.ask_again(ctx)
            else:
                await command.handler(ctx)
        elif incoming.kind is Kind.FILE:
            if routes.file_handler is None:
                ctx.say("file-not-expected")
            else:
                await routes.file_handler(ctx)
        else:
            handler = routes.step_handler(user.step)
            if handler is not None:
                await handler(ctx)
            elif not user.onboarded and "start" in routes.commands:
                await routes.commands["start"].handler(ctx)
            else:
                ctx.say("not-understood")

    async def ask_again(self, ctx: Context) -> None:
        asker = self.routes.asker_for(ctx.user.step)
        if ctx.user.step and asker is not None:
            await asker(ctx)

    async def _live_button(self, ctx: Context, token: ButtonToken | None) -> ButtonToken | None:
        """The pressed button if it still stands for a choice; a one-shot button uses up its whole batch."""
        if (
            token is None
            or token.used
            or token.user_id != ctx.user.id
            or token.action not in self.routes.actions
            or (token.step is not None and token.step != ctx.user.step)
        ):
            return None
        if token.action not in self.routes.lasting:
            await (await ctx.session.connection()).execute(_RETIRE_BATCH, {"pressed": token.batch})
        return token

    async def _render(
        self, ctx: Context, reply: Reply, buttons: list[dict[str, object]] | None = None
    ) -> list[Delivery]:
        user = ctx.user
        t = translator(user.language)
        batch = secrets.token_urlsafe(12)
        rows: list[tuple[Button, ...]] = []
        stored: list[dict[str, object]] = []
        for row in reply.buttons:
            rendered: list[Button] = []
            for choice in row:
                label = t(choice.label.key, choice.label.values)
                if choice.url:
                    rendered.append(Button(label, url=choice.url))
                    continue
                token = secrets.token_urlsafe(12)
                stored.append(
                    {
                        "token": token,
                        "user_id": user.id,
                        "batch": batch,
                        "action": choice.action,
                        "value": choice.value,
                        "step": user.step,
                        "created_at": ctx.now,
                        "used": False,
                    }
                )
                rendered.append(Button(label, token=token))
            rows.append(tuple(rendered))
        if buttons is not None:
            buttons.extend(stored)
        else:
            await self.store_buttons(ctx.session, stored)
        message = Outgoing(
            text="\n\n".join(t(text.key, text.values) for text in reply.texts),
            buttons=tuple(rows),
            attachment=reply.attachment,
            attachment_caption=t(reply.attachment.caption.key, reply.attachment.caption.values)
            if reply.attachment and reply.attachment.caption
            else "",
        )
        chat = ctx.incoming.chat
        if reply.private and not chat.private:
            private_chat = ChatKey(chat.platform, chat.workspace, user.chat_id, private=True)
            notice = Outgoing(t("sent-in-private"))
            return [Delivery(private_chat, message), Delivery(chat, notice)]
        return [Delivery(chat, message)]
