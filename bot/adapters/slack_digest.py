"""The team digest: one channel an admin chose, a daily "N mentions unanswered — who takes them?".

Nothing about the account is posted in a channel nobody chose. slack_digest_schedule.py decides
when, and calls `TeamDigest.post_digest`.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from bot.adapters.base import DeliveryError
from bot.adapters.slack_blocks import (
    LINK_ACTION,
    Block,
    button,
    context,
    escape,
    mrkdwn,
    section,
    without_actions,
)
from bot.adapters.slack_people import People, language_of
from bot.adapters.slack_web import SlackWeb
from bot.i18n import Translator, translator
from bot.messages import UserKey
from bot.services import Services
from bot.storage.slack import SlackDigest, SlackDigestChannel, SlackDigestTaker

TAKE_ACTION = "nb-digest-take"
SHOWN_ITEMS = 5
SHOWN_CHARS = 300
"""A mention is cut to this length: a long post must not take the message past Slack's limits."""
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,30}$")
_CHANNEL_MENTION = re.compile(r"^<#([CG][A-Z0-9]{2,30})(?:\|[^>]*)?>$")


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One mention waiting for an answer: who wrote it or when (shown in bold), what it says, a link to it on X."""

    byline: str
    text: str
    url: str | None = None


def mention(user_id: str) -> str:
    return f"<@{user_id}>" if re.fullmatch(r"[UW][A-Z0-9]{2,30}", user_id) else escape(user_id)


def channel_from(text: str) -> str | None:
    """The channel named in "/nudgebird digest #channel" (Slack sends it as <#C123|name>)."""
    text = text.strip()
    found = _CHANNEL_MENTION.match(text)
    if found:
        return found.group(1)
    return text if CHANNEL_ID.match(text) else None


def since_text(t: Translator, since: datetime, now: datetime, zone_name: str) -> str:
    """Since when, in words: today, a weekday within the week, else a date (in the channel's time zone)."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = since.astimezone(zone)
    days = (now.astimezone(zone).date() - local.date()).days
    weekday = "today" if days <= 0 else WEEKDAYS[local.weekday()] if days < 7 else "other"
    return t("slack-digest-since", weekday=weekday, date=local.date())


def digest_blocks(t: Translator, digest_id: str, heading: str, items: Sequence[DigestItem]) -> list[Block]:
    """Heading, the first mentions (escaped: they come from X), and the "I'll take it" button."""
    blocks: list[Block] = [section(escape(heading))]
    for number, item in enumerate(items[:SHOWN_ITEMS]):
        text = item.text if len(item.text) <= SHOWN_CHARS else item.text[: SHOWN_CHARS - 1] + "…"
        block = section(f"*{escape(item.byline)}* {escape(text)}")
        if item.url and item.url.startswith("https://"):
            block["accessory"] = button(t("slack-digest-open"), f"{LINK_ACTION}digest-{number}", url=item.url)
        blocks.append(block)
    if len(items) > SHOWN_ITEMS:
        blocks.append(context(mrkdwn(t, "slack-digest-more", count=len(items) - SHOWN_ITEMS)))
    take = button(t("slack-digest-take"), TAKE_ACTION, digest_id)
    take["style"] = "primary"
    blocks.append({"type": "actions", "block_id": "nb-digest", "elements": [take]})
    return blocks


class TeamDigest:
    def __init__(self, services: Services, web: SlackWeb, people: People) -> None:
        self.services = services
        self.web = web
        self.people = people

    async def command(self, key: UserKey, args: str) -> str:
        """`/nudgebird digest [#channel|off]`: the answer to show the admin (mrkdwn)."""
        word = args.strip()
        if not word:
            return await self._current(key)
        if word.lower() == "off":
            return await self.choose(key, None)
        channel = channel_from(word)
        if channel is None:
            t = translator(await language_of(self.services, key, await self.people.member(*_ids(key))))
            return mrkdwn(t, "slack-digest-usage")
        return await self.choose(key, channel)

    async def choose(self, key: UserKey, channel: str | None) -> str:
        """An admin picks the digest channel (None: no digest); everyone else is told who can."""
        member = await self.people.member(*_ids(key), fresh=True)
        t = translator(await language_of(self.services, key, member))
        if not member.admin:
            return mrkdwn(t, "slack-digest-admins-only")
        if channel is None or not CHANNEL_ID.match(channel):
            async with self.services.db.transaction() as session:
                await session.execute(delete(SlackDigestChannel).where(SlackDigestChannel.workspace == key.workspace))
            return mrkdwn(t, "slack-digest-off")
        hello = mrkdwn(t, "slack-digest-hello", raw={"who": mention(key.user_id)})
        try:
            await self.web.post(key.workspace, channel, text=hello, blocks=[section(hello)])
        except DeliveryError:
            return mrkdwn(t, "slack-digest-cannot-post")
        async with self.services.db.transaction() as session:
            row = await session.get(SlackDigestChannel, key.workspace) or SlackDigestChannel(workspace=key.workspace)
            row.channel_id = channel
            row.language = t.language
            row.timezone = member.time_zone or "UTC"
            row.chosen_by = key.user_id
            row.chosen_at = self.services.clock.now()
            session.add(row)
        return mrkdwn(t, "slack-digest-chosen", raw={"channel": f"<#{channel}>"})

    async def _current(self, key: UserKey) -> str:
        t = translator(await language_of(self.services, key, await self.people.member(*_ids(key))))
        async with self.services.db.transaction() as session:
            row = await session.get(SlackDigestChannel, key.workspace)
        if row is None:
            return mrkdwn(t, "slack-digest-usage")
        return mrkdwn(t, "slack-digest-current", raw={"channel": f"<#{row.channel_id}>"})

    async def post_digest(
        self, workspace: str, unanswered_count: int, since: datetime, items: Sequence[DigestItem]
    ) -> str | None:
        """Posts the digest in the workspace's chosen channel; its id, or None when no channel was chosen."""
        async with self.services.db.transaction() as session:
            chosen = await session.get(SlackDigestChannel, workspace)
            if chosen is None:
                return None
            digest_id = secrets.token_urlsafe(12)
            session.add(
                SlackDigest(
                    digest_id=digest_id,
                    workspace=workspace,
                    channel_id=chosen.channel_id,
                    posted_at=self.services.clock.now(),
                )
            )
        t = translator(chosen.language)
        since_words = since_text(t, since, self.services.clock.now(), chosen.timezone)
        heading = t("slack-digest-unanswered", count=unanswered_count, since=since_words)
        ts = await self.web.post(
            workspace,
            chosen.channel_id,
            text=escape(heading),
            blocks=digest_blocks(t, digest_id, heading, items),
            unfurl_links=False,
        )
        async with self.services.db.transaction() as session:
            posted = await session.get(SlackDigest, digest_id)
            if posted is not None:
                posted.message_ts = ts
        return digest_id

    async def take(self, key: UserKey | None, digest_id: str, message: Mapping[str, Any]) -> str | None:
        """The "I'll take it" button: the first member to press gets it; None, or what to tell the presser."""
        if key is None:
            return mrkdwn(translator(self.services.settings.default_language), "slack-digest-not-yours")
        now = self.services.clock.now()
        async with self.services.db.transaction() as session:
            digest = await session.get(SlackDigest, digest_id[:24])
            chosen = await session.get(SlackDigestChannel, key.workspace)
        t = translator(chosen.language if chosen is not None else self.services.settings.default_language)
        if digest is None or digest.workspace != key.workspace:
            return mrkdwn(t, "slack-digest-not-yours")
        try:
            async with self.services.db.transaction() as session:
                session.add(
                    SlackDigestTaker(
                        workspace=key.workspace, digest_id=digest.digest_id, user_id=key.user_id, taken_at=now
                    )
                )
        except IntegrityError:
            async with self.services.db.transaction() as session:
                taker = await session.get(SlackDigestTaker, (key.workspace, digest.digest_id))
            who = mention(taker.user_id) if taker is not None else ""
            return mrkdwn(t, "slack-digest-already-taken", raw={"who": who})
        note = mrkdwn(t, "slack-digest-taken", raw={"who": mention(key.user_id)})
        blocks = message.get("blocks")
        await self.web.update(
            key.workspace,
            digest.channel_id,
            digest.message_ts,
            text=str(message.get("text") or ""),
            blocks=without_actions(blocks if isinstance(blocks, list) else [], note),
        )
        return None


def _ids(key: UserKey) -> tuple[str, str]:
    return key.workspace, key.user_id
