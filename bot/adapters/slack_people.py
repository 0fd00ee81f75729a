"""What Slack tells about a member (locale, time zone, name, admin) and where their DM with us is.

users.info is asked once and remembered for a while; whether someone is an admin is asked
again, fresh, whenever it decides something.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.adapters.base import DeliveryError
from bot.adapters.slack_web import SlackWeb
from bot.i18n import choose_language
from bot.messages import UserKey
from bot.services import Services
from bot.users import find_user

log = logging.getLogger(__name__)

CACHE_SECONDS = 600.0
CACHE_SIZE = 5000


@dataclass(frozen=True, slots=True)
class Member:
    locale: str | None = None
    time_zone: str | None = None
    name: str = ""
    admin: bool = False


def member_from(user: dict[str, Any]) -> Member:
    profile = user.get("profile") or {}
    return Member(
        locale=user.get("locale") or None,
        time_zone=user.get("tz") or None,
        name=str(profile.get("display_name") or profile.get("real_name") or user.get("name") or "")[:200],
        admin=bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner")),
    )


class People:
    def __init__(self, web: SlackWeb, ttl: float = CACHE_SECONDS) -> None:
        self.web = web
        self.ttl = ttl
        self._members: dict[tuple[str, str], tuple[float, Member]] = {}
        self._dms: dict[tuple[str, str], str] = {}

    async def member(self, workspace: str, user_id: str, *, fresh: bool = False) -> Member:
        key = (workspace, user_id)
        cached = self._members.get(key)
        if cached is not None and not fresh and time.monotonic() - cached[0] < self.ttl:
            return cached[1]
        client = await self.web.client(workspace)
        try:
            response = await client.users_info(user=user_id, include_locale=True)
        except SlackApiError as error:
            # Not knowing someone's locale is no reason to stay silent: defaults, and no admin rights.
            log.warning("users.info failed", extra={"error": error.response.get("error")})
            return Member()
        member = member_from(response.get("user") or {})
        if len(self._members) >= CACHE_SIZE:
            self._members.clear()
        self._members[key] = (time.monotonic(), member)
        return member

    async def dm(self, workspace: str, user_id: str) -> str:
        """The channel id of our DM with this member (conversations.open, remembered)."""
        key = (workspace, user_id)
        if key not in self._dms:
            client = await self.web.client(workspace)
            response = await client.conversations_open(users=user_id)
            channel = str((response.get("channel") or {}).get("id") or "")
            if not channel:
                raise DeliveryError("no direct message channel")
            self.remember_dm(workspace, user_id, channel)
        return self._dms[key]

    def remember_dm(self, workspace: str, user_id: str, channel: str) -> None:
        if len(self._dms) >= CACHE_SIZE:
            self._dms.clear()
        if channel:
            self._dms[(workspace, user_id)] = channel

    def forget(self, workspace: str) -> None:
        """A workspace left: nothing of it stays in memory."""
        self._members = {k: v for k, v in self._members.items() if k[0] != workspace}
        self._dms = {k: v for k, v in self._dms.items() if k[0] != workspace}


async def language_of(services: Services, key: UserKey, member: Member) -> str:
    """The language we speak to a member: their own choice if we know them, else their Slack locale."""
    async with services.db.transaction() as session:
        user = await find_user(session, key)
    if user is not None:
        return user.language
    return choose_language(None, member.locale, services.settings.default_language)
