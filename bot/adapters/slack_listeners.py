"""Bolt listeners: each turns one kind of Slack request into our own message, or into a Home/digest step.

Every listener acknowledges first (Slack wants an answer within 3 seconds) and works after.
Who acts comes from the verified request only (slack_keys.member_key).
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.async_context import AsyncBoltContext
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.response import BoltResponse

from bot import privacy
from bot.adapters.slack_blocks import BUTTON_ACTION, LINK_ACTION, SLASH_COMMAND, Pressed, section, unescape
from bot.adapters.slack_digest import TAKE_ACTION
from bot.adapters.slack_files import first_file, shared_file
from bot.adapters.slack_home import DIGEST_CHANNEL_ACTION, HOME_ACTION, HOME_COMMANDS
from bot.adapters.slack_install import forget_workspace
from bot.adapters.slack_keys import PLATFORM, member_key, workspace_key
from bot.adapters.slack_people import Member, language_of
from bot.i18n import translator
from bot.messages import ChatKey, Incoming, Kind, UserKey

if TYPE_CHECKING:
    from bot.adapters.slack import SlackBot

COMMAND = SLASH_COMMAND
DIGEST_WORD = "digest"
Body = dict[str, Any]


def _text(mapping: object, key: str) -> str:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    return value if isinstance(value, str) else ""


def _dict(mapping: object, key: str) -> Mapping[str, Any]:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    return value if isinstance(value, Mapping) else {}


def _member(body: Body, context: AsyncBoltContext) -> UserKey | None:
    return member_key(body, context.enterprise_id, context.team_id, context.user_id)


def _extra(member: Member) -> dict[str, Any]:
    return {"locale": member.locale, "time_zone": member.time_zone, "display_name": member.name}


def register(app: AsyncApp, bot: SlackBot) -> None:
    """Attaches every listener of the coach to the bolt app."""

    async def once(body: Body, next_: Callable[[], Awaitable[None]]) -> BoltResponse | None:
        """An event Slack delivers again (a retry, or twice) is handled once."""
        event_id = _text(body, "event_id")
        if (
            _text(body, "type") == "event_callback"
            and event_id
            and not await bot.coach.first_delivery(PLATFORM, event_id)
        ):
            return BoltResponse(status=200, body="")
        await next_()
        return None

    async def on_message(body: Body, event: Body, context: AsyncBoltContext) -> None:
        """What a member writes in the app's DM, or a file they share there (subtype file_share)."""
        key = _member(body, context)
        text = _text(event, "text")
        subtype = event.get("subtype")
        file = first_file(event) if subtype == "file_share" else None
        if (
            key is None
            or event.get("channel_type") != "im"
            or event.get("bot_id")
            or (file is None and (subtype or not text.strip()))
        ):
            return
        channel = _text(event, "channel")
        bot.people.remember_dm(key.workspace, key.user_id, channel)
        member = await bot.people.member(key.workspace, key.user_id)
        chat = ChatKey(PLATFORM, key.workspace, channel, private=True)
        message_id = _text(event, "ts") or None
        if file is not None:
            shared = await shared_file(bot.web, key.workspace, file)
            incoming = Incoming(key, chat, Kind.FILE, file=shared, message_id=message_id, **_extra(member))
        else:
            incoming = Incoming.from_text(key, chat, unescape(text), message_id=message_id, **_extra(member))
        await bot.coach.handle(incoming, bot.adapter)

    async def on_command(ack: AsyncAck, body: Body, context: AsyncBoltContext, respond: AsyncRespond) -> None:
        await ack()
        key = _member(body, context)
        if key is None:
            await respond(text=_guest_text(bot), response_type="ephemeral")
            return
        word, _, rest = unescape(_text(body, "text")).strip().partition(" ")
        word = word.lower().lstrip("/") or "help"
        if word == DIGEST_WORD:
            await respond(text=await bot.digest.command(key, rest), response_type="ephemeral")
            return
        await _command(bot, key, word, rest.strip())
        if _text(body, "channel_id") != await bot.people.dm(key.workspace, key.user_id):
            member = await bot.people.member(key.workspace, key.user_id)
            t = translator(await language_of(bot.services, key, member))
            await respond(text=t("slack-answered-in-dm"), response_type="ephemeral")

    async def on_button(ack: AsyncAck, body: Body, action: Body, context: AsyncBoltContext) -> None:
        await ack()
        key = _member(body, context)
        container = _dict(body, "container")
        channel, ts = _text(container, "channel_id"), _text(container, "message_ts")
        if key is None or not channel or not ts:
            return
        message = _dict(body, "message")
        blocks = message.get("blocks")
        label = _text(_dict(action, "text"), "text")
        pressed = Pressed(ts, blocks if isinstance(blocks, list) else [], _text(message, "text"), label)
        member = await bot.people.member(key.workspace, key.user_id)
        incoming = Incoming(
            key,
            ChatKey(PLATFORM, key.workspace, channel, private=True),
            Kind.BUTTON,
            text=label,
            button=_text(action, "value"),
            message_id=ts,
            **_extra(member),
        )
        await bot.coach.handle(incoming, bot.adapter.pressing(pressed))

    async def on_link(ack: AsyncAck) -> None:
        await ack()

    async def on_home_button(ack: AsyncAck, body: Body, action: Body, context: AsyncBoltContext) -> None:
        await ack()
        key = _member(body, context)
        command = _text(action, "action_id").removeprefix(HOME_ACTION)
        if key is None or command not in HOME_COMMANDS:
            return
        await _command(bot, key, command, "")
        await bot.home.publish(key)

    async def on_digest_channel(ack: AsyncAck, body: Body, action: Body, context: AsyncBoltContext) -> None:
        await ack()
        key = _member(body, context)
        if key is None:
            return
        answer = await bot.digest.choose(key, _text(action, "selected_channel") or None)
        dm = await bot.people.dm(key.workspace, key.user_id)
        await bot.web.post(key.workspace, dm, text=answer, blocks=[section(answer)])
        await bot.home.publish(key)

    async def on_digest_take(
        ack: AsyncAck, body: Body, action: Body, context: AsyncBoltContext, respond: AsyncRespond
    ) -> None:
        await ack()
        problem = await bot.digest.take(_member(body, context), _text(action, "value"), _dict(body, "message"))
        if problem is not None:
            await respond(text=problem, response_type="ephemeral", replace_original=False)

    async def on_home_opened(body: Body, event: Body, context: AsyncBoltContext) -> None:
        key = _member(body, context)
        if key is None or event.get("tab") != "home":
            return
        bot.people.remember_dm(key.workspace, key.user_id, _text(event, "channel"))
        await bot.home.publish(key)

    async def on_uninstalled(context: AsyncBoltContext) -> None:
        await _forget(bot, context)

    async def on_tokens_revoked(event: Body, context: AsyncBoltContext) -> None:
        # We keep no user tokens: only a revoked bot token takes the workspace away.
        if _dict(event, "tokens").get("bot"):
            await _forget(bot, context)

    app.middleware(once)
    app.event("message")(on_message)
    app.event("app_home_opened")(on_home_opened)
    app.event("app_uninstalled")(on_uninstalled)
    app.event("tokens_revoked")(on_tokens_revoked)
    app.command(COMMAND)(on_command)
    app.action(re.compile(f"^{re.escape(BUTTON_ACTION)}"))(on_button)
    app.action(re.compile(f"^{re.escape(LINK_ACTION)}"))(on_link)
    app.action(re.compile(f"^{re.escape(HOME_ACTION)}"))(on_home_button)
    app.action(DIGEST_CHANNEL_ACTION)(on_digest_channel)
    app.action(TAKE_ACTION)(on_digest_take)


async def _command(bot: SlackBot, key: UserKey, command: str, args: str) -> None:
    """A command from the slash command or the Home tab; the coach answers in the member's DM."""
    member = await bot.people.member(key.workspace, key.user_id)
    dm = await bot.people.dm(key.workspace, key.user_id)
    incoming = Incoming(
        key,
        ChatKey(PLATFORM, key.workspace, dm, private=True),
        Kind.COMMAND,
        text=f"/{command} {args}".strip(),
        command=command,
        args=args,
        **_extra(member),
    )
    await bot.coach.handle(incoming, bot.adapter)


async def _forget(bot: SlackBot, context: AsyncBoltContext) -> None:
    if context.team_id:
        workspace = workspace_key(context.enterprise_id, context.team_id)
        await privacy.forget_workspace(bot.services, PLATFORM, workspace)  # members first: X access revoked
        await forget_workspace(bot.services.db, workspace)
        bot.people.forget(workspace)


def _guest_text(bot: SlackBot) -> str:
    return translator(bot.services.settings.default_language)("slack-guest")
