"""The App Home tab: a member's state at a glance, and buttons for the main actions.

Later features add their part (the connected X account, the last checkup score) through
an optional provider; a part they leave out is simply not shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.adapters.slack_blocks import Block, button, context, mrkdwn, plain, section
from bot.adapters.slack_people import Member, People
from bot.adapters.slack_web import SlackWeb
from bot.i18n import Translator, choose_language, translator
from bot.messages import UserKey
from bot.nudges.schedule import next_due, zone_of
from bot.services import Services
from bot.storage.checkup import last_checkup
from bot.storage.models import User
from bot.storage.slack import SlackDigestChannel
from bot.users import find_user
from bot.x.store import account_of

HOME_ACTION = "nb-home-"
HOME_COMMANDS = ("start", "settings", "language")
"""The Home tab's buttons, each the command of the same name: action_id "nb-home-<command>"."""
DIGEST_CHANNEL_ACTION = "nb-digest-channel"


@dataclass(frozen=True, slots=True)
class HomeExtras:
    """What later features show in the Home tab; None leaves their line out."""

    x_account: str | None = None
    """The connected X account's handle, without the @."""
    checkup_score: int | None = None
    """The last checkup's score out of 100."""


async def home_extras(session: AsyncSession, user: User) -> HomeExtras:
    """The connected X account and the last checkup's score, when there are."""
    account = await account_of(session, user.id)
    checkup = await last_checkup(session, user.id)
    return HomeExtras(
        x_account=account.username if account is not None and account.source == "x" and account.username else None,
        checkup_score=checkup.score if checkup is not None else None,
    )


@dataclass(frozen=True, slots=True)
class NextNudge:
    day: str
    """"today", "tomorrow" or "later" (then `date` says when), in the member's time zone."""
    date: str
    time: str
    zone: str


def next_nudge(user: User, now: datetime) -> NextNudge | None:
    """When the next daily nudge is due, as the scheduler will send it (days off and snoozes included)."""
    due = next_due(user, now)
    if due is None:
        return None
    zone, _ = zone_of(user.timezone)
    local = due.at.astimezone(zone)
    ahead = (local.date() - now.astimezone(zone).date()).days
    day = {0: "today", 1: "tomorrow"}.get(ahead, "later")
    return NextNudge(day, local.strftime("%d/%m"), local.strftime("%H:%M"), str(zone))


def onboarding_state(user: User | None) -> str:
    if user is None or (not user.onboarded and user.business_name is None and user.step is None):
        return "new"
    return "done" if user.onboarded else "progress"


def home_view(
    t: Translator,
    user: User | None,
    now: datetime,
    extras: HomeExtras,
    *,
    digest_channel: str | None,
    admin: bool,
) -> dict[str, Any]:
    """The whole Home tab; every value that came from a person is escaped."""
    state = onboarding_state(user)
    lines = []
    if user is not None and user.business_name:
        lines.append(mrkdwn(t, "slack-home-business", name=user.business_name))
    lines.append(mrkdwn(t, "slack-home-onboarding", state=state))
    language = user.language if user is not None else t.language
    lines.append(mrkdwn(t, "slack-home-language", language=t(f"language-{language}")))
    nudge = next_nudge(user, now) if user is not None else None
    if nudge is not None:
        lines.append(
            mrkdwn(t, "slack-home-next-nudge", day=nudge.day, date=nudge.date, time=nudge.time, zone=nudge.zone)
        )
    elif user is not None and user.onboarded:
        lines.append(mrkdwn(t, "slack-home-no-nudge"))
    if extras.x_account is not None:
        lines.append(mrkdwn(t, "slack-home-x-account", handle=extras.x_account))
    if extras.checkup_score is not None:
        lines.append(mrkdwn(t, "slack-home-checkup", score=extras.checkup_score))
    blocks: list[Block] = [
        {"type": "header", "text": plain(t("slack-home-title"), 150)},
        section("\n".join(lines)),
        {
            "type": "actions",
            "block_id": "nb-home",
            "elements": [
                button(t(f"slack-home-button-{name}", state=state), f"{HOME_ACTION}{name}", name)
                for name in HOME_COMMANDS
            ],
        },
    ]
    blocks += _digest_blocks(t, digest_channel, admin)
    return {"type": "home", "blocks": blocks}


def _digest_blocks(t: Translator, channel: str | None, admin: bool) -> list[Block]:
    if not admin:
        if channel is None:
            return []
        return [
            {"type": "divider"},
            context(mrkdwn(t, "slack-digest-current", raw={"channel": f"<#{channel}>"})),
        ]
    picker: dict[str, Any] = {
        "type": "channels_select",
        "action_id": DIGEST_CHANNEL_ACTION,
        "placeholder": plain(t("slack-home-digest-placeholder")),
    }
    if channel is not None:
        picker["initial_channel"] = channel
    return [
        {"type": "divider"},
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": mrkdwn(t, "slack-home-digest")},
            "accessory": picker,
        },
    ]


class Home:
    def __init__(self, services: Services, web: SlackWeb, people: People) -> None:
        self.services = services
        self.web = web
        self.people = people

    async def publish(self, key: UserKey, member: Member | None = None) -> None:
        """views.publish of the member's Home tab, from what we know now."""
        member = member or await self.people.member(key.workspace, key.user_id)
        async with self.services.db.transaction() as session:
            user = await find_user(session, key)
            extras = await home_extras(session, user) if user is not None else HomeExtras()
            chosen = await session.get(SlackDigestChannel, key.workspace)
        language = (
            user.language
            if user is not None
            else choose_language(None, member.locale, self.services.settings.default_language)
        )
        view = home_view(
            translator(language),
            user,
            self.services.clock.now(),
            extras,
            digest_channel=chosen.channel_id if chosen is not None else None,
            admin=member.admin,
        )
        client = await self.web.client(key.workspace)
        await client.views_publish(user_id=key.user_id, view=view)
