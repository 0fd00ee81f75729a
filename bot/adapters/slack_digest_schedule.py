"""When the team digest goes out: once a local day in each workspace whose admin chose a channel.

It is due at the chooser's nudge hour (09:00 when they chose none) in the channel's time zone, except
on the chooser's days off, and is not posted more than LATE_GRACE late. The day is claimed under the
primary key (workspace, local date) before X is read or anything is posted, so any number of workers
post it at most once; a worker that dies between the claim and the post leaves that day without one.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from slack_sdk.errors import SlackApiError
from sqlalchemy import and_, delete, select, update
from sqlalchemy.exc import IntegrityError

from bot.adapters.base import DeliveryError
from bot.adapters.slack_digest import DigestItem, TeamDigest
from bot.adapters.slack_keys import PLATFORM
from bot.messages import UserKey
from bot.nudges.digests import unanswered_mentions
from bot.nudges.schedule import LATE_GRACE, local_instant, parse_hhmm, zone_of
from bot.nudges.topics import post_url
from bot.services import Services
from bot.storage.models import User
from bot.storage.slack import SlackDigestChannel, SlackDigestDay
from bot.storage.x import XAccount

log = logging.getLogger(__name__)

DEFAULT_TIME = time(9, 0)
DAYS_KEPT = timedelta(days=8)
"""A workspace's older claims are deleted when it claims a new day."""


@dataclass(frozen=True, slots=True)
class DueDigest:
    workspace: str
    chooser: str
    timezone: str
    local_date: date


def due_day(timezone: str, nudge_time: str | None, days_off: list[str], now: datetime) -> date | None:
    """The local day whose digest is due at `now` (today's, or yesterday's still within the grace), if any."""
    at = parse_hhmm(nudge_time) if nudge_time else None
    zone, _ = zone_of(timezone)
    off = {int(d) for d in days_off if d.isdigit()}
    today = now.astimezone(zone).date()
    for day in (today, today - timedelta(days=1)):
        due = local_instant(day, at or DEFAULT_TIME, zone)
        if day.weekday() not in off and due <= now < due + LATE_GRACE:
            return day
    return None


class DigestSchedule:
    def __init__(self, services: Services, digest: TeamDigest) -> None:
        self.services = services
        self.digest = digest

    async def run_once(self, now: datetime) -> Counter[str]:
        """Posts every digest due at `now` that no worker has claimed yet; how each went, counted."""
        outcomes: Counter[str] = Counter()
        for due in await self._due(now):
            if not await self._claim(due, now):
                continue
            try:
                outcome = await self._post(due, now)
            except Exception as error:  # one workspace failing leaves the others their digest
                log.warning("team digest failed", extra={"workspace": due.workspace, "reason": _reason(error)})
                outcome = "failed"
            async with self.services.db.transaction() as session:
                await session.execute(
                    update(SlackDigestDay)
                    .where(SlackDigestDay.workspace == due.workspace, SlackDigestDay.local_date == due.local_date)
                    .values(status=outcome)
                )
            outcomes[outcome] += 1
        return outcomes

    async def _due(self, now: datetime) -> list[DueDigest]:
        """Workspaces whose chooser still has a connected X account and whose digest is due and unclaimed."""
        async with self.services.db.transaction() as session:
            rows = (
                await session.execute(
                    select(
                        SlackDigestChannel.workspace,
                        SlackDigestChannel.chosen_by,
                        SlackDigestChannel.timezone,
                        User.nudge_time,
                        User.days_off,
                    )
                    .join(
                        User,
                        and_(
                            User.platform == PLATFORM,
                            User.workspace == SlackDigestChannel.workspace,
                            User.platform_user_id == SlackDigestChannel.chosen_by,
                        ),
                    )
                    .join(
                        XAccount,
                        and_(XAccount.user_id == User.id, XAccount.source == "x", XAccount.status == "connected"),
                    )
                )
            ).all()
            candidates = [
                DueDigest(workspace, chooser, timezone, day)
                for workspace, chooser, timezone, nudge_time, days_off in rows
                if (day := due_day(timezone, nudge_time, list(days_off or ()), now)) is not None
            ]
            if not candidates:
                return []
            claimed = {
                (workspace, day)
                for workspace, day in await session.execute(
                    select(SlackDigestDay.workspace, SlackDigestDay.local_date).where(
                        SlackDigestDay.workspace.in_({c.workspace for c in candidates})
                    )
                )
            }
        return [c for c in candidates if (c.workspace, c.local_date) not in claimed]

    async def _claim(self, due: DueDigest, now: datetime) -> bool:
        """True for the one worker whose row for (workspace, local date) went in."""
        try:
            async with self.services.db.transaction() as session:
                await session.execute(
                    delete(SlackDigestDay).where(
                        SlackDigestDay.workspace == due.workspace,
                        SlackDigestDay.local_date < due.local_date - DAYS_KEPT,
                    )
                )
                session.add(
                    SlackDigestDay(workspace=due.workspace, local_date=due.local_date, status="claimed", claimed_at=now)
                )
        except IntegrityError:
            return False
        return True

    async def _post(self, due: DueDigest, now: datetime) -> str:
        """posted, silent (nothing unanswered), skipped (no connected account, no channel) or failed."""
        waiting = await unanswered_mentions(self.services, UserKey(PLATFORM, due.workspace, due.chooser), now)
        if waiting is None:
            return "skipped"
        if not waiting:
            return "silent"
        zone, _ = zone_of(due.timezone)
        items = [DigestItem(f"{m.created_at.astimezone(zone):%d/%m %H:%M}", m.text, post_url(m)) for m in waiting]
        try:
            posted = await self.digest.post_digest(due.workspace, len(waiting), waiting[0].created_at, items)
        except (DeliveryError, SlackApiError) as error:
            log.info("team digest not posted", extra={"workspace": due.workspace, "reason": _reason(error)})
            return "failed"
        return "posted" if posted is not None else "skipped"


def _reason(error: Exception) -> str:
    """Slack's error code, never the request: it carries the message (and the client, its token)."""
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or "slack_error")
    if isinstance(error, DeliveryError):
        return str(error)
    return type(error).__name__
