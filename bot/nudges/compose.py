"""Deciding what today's nudge says: fresh data, the checkup, two topics at most, new words each day."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from bot.analysis.answers import Answers
from bot.analysis.checkup import diagnose
from bot.analysis.facts import gather
from bot.analysis.thresholds import for_answers
from bot.analysis.weekly import weekly_report
from bot.context import Context
from bot.messages import Choice, Reply, Text
from bot.nudges.schedule import zone_of
from bot.nudges.topics import candidates, phrasing
from bot.services import Services
from bot.storage.nudges import Nudge
from bot.storage.x import XAccount
from bot.x.store import account_of, load_account
from bot.x.sync import SyncStatus, sync_account

log = logging.getLogger(__name__)
MOST_TOPICS = 2
WAIT_FOR_X = timedelta(hours=1)
"""When X does not answer, wait this long for it before nudging from older data."""
HISTORY_DAYS = 7
"""How far back the nudge looks at what it said: praise once a week at most, no repeats in a row."""


class TryLater(Exception):
    """X could not be read just now: come back to this nudge in a little while."""


@dataclass(frozen=True)
class Freshness:
    stale_hours: int | None = None
    """How old the data is when today's sync failed; None when fresh."""


async def prepare(services: Services, account_id: int | None, due_at: datetime) -> Freshness:
    """Syncs the X account (if there is one to sync) just before nudging; waits up to an hour for X,
    then uses what we have."""
    if account_id is None:
        return Freshness()
    result = await sync_account(services, account_id)
    if result.status in (SyncStatus.DONE, SyncStatus.DISCONNECTED):
        return Freshness()
    now = services.clock.now()
    if now < due_at + WAIT_FOR_X:
        raise TryLater(result.status)
    async with services.db.transaction() as session:
        stored = await session.get(XAccount, account_id)
        synced = stored.synced_at if stored else None
    return Freshness(int((now - synced).total_seconds() // 3600) if synced else None)


async def _history(ctx: Context, today: date) -> list[list[str]]:
    """Topics of the previous days' nudges, newest first, a list a day (empty for a day without one)."""
    rows = (
        await ctx.session.execute(
            select(Nudge.local_date, Nudge.topics).where(
                Nudge.user_id == ctx.user.id,
                Nudge.local_date < today,
                Nudge.local_date >= today - timedelta(days=HISTORY_DAYS),
            )
        )
    ).all()
    by_day = {day: list(topics) for day, topics in rows}
    return [by_day.get(today - timedelta(days=n), []) for n in range(1, HISTORY_DAYS + 1)]


async def compose(ctx: Context, nudge: Nudge, freshness: Freshness) -> None:
    """Says today's one message, or nothing; records the topics on the nudge."""
    user = ctx.user
    zone, zone_known = zone_of(user.timezone)
    texts: list[Text] = []
    said: list[str] = []
    buttons: list[Choice] = []
    account_row = await account_of(ctx.session, user.id)
    if account_row is not None and account_row.status == "disconnected" and not account_row.disconnect_told:
        account_row.disconnect_told = True
        texts.append(Text("nudge-disconnected", {"username": account_row.username}))
        buttons.append(Choice(Text("button-reconnect"), "connect-again"))
        said.append("disconnected")
    account = await load_account(ctx.session, user, ctx.now, account_row)
    attachment = None
    if account is not None:
        answers = Answers.from_user(user)
        limits = for_answers(answers)
        facts = gather(account, ctx.now, limits.window_days)
        checkup = diagnose(facts, answers, limits)
        history = await _history(ctx, nudge.local_date)
        praised = any(t.startswith("praise") for day in history for t in day)
        for topic in candidates(checkup, facts, zone):
            if len([s for s in said if s != "disconnected"]) >= MOST_TOPICS:
                break
            is_praise = topic.name.startswith("praise")
            if is_praise and (said or praised):
                continue
            variant = 1 if is_praise else phrasing(topic.name, history)
            if variant is None:
                continue
            key = topic.name if is_praise else f"nudge-{topic.name}-{variant}"
            texts.append(Text(key, topic.values))
            said.append(f"{topic.name}:{variant}")
            if topic.mentions:
                buttons.insert(0, Choice(Text("button-show-mentions"), "nudge-mentions"))
        if user.weekly_report and nudge.local_date.weekday() == user.weekly_day:
            weekly = await asyncio.to_thread(weekly_report, account, answers, ctx.now, user.language)
            texts.extend(weekly.texts)
            attachment = weekly.attachment
            said.append("weekly")
    nudge.topics = said
    if not texts:
        return
    if freshness.stale_hours is not None:
        texts.append(Text("nudge-stale", {"hours": freshness.stale_hours}))
    if not zone_known:
        texts.append(Text("nudge-unknown-zone", {"zone": user.timezone or ""}))
    actions = (
        Choice(Text("button-done"), "nudge-done"),
        Choice(Text("button-snooze"), "nudge-snooze", "day"),
        Choice(Text("button-stop-nudges"), "nudge-stop"),
    )
    rows = ((*buttons,), actions) if buttons else (actions,)
    ctx.send(Reply(tuple(texts), rows, attachment=attachment, private=True))
