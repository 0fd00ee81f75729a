"""Deciding what today's nudge says: fresh data, the checkup, two topics at most, new words each day."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.analysis.answers import Answers
from bot.analysis.checkup import diagnose
from bot.analysis.facts import gather
from bot.analysis.thresholds import for_answers
from bot.analysis.weekly import weekly_report
from bot.context import Context
from bot.messages import Choice, Reply, Text
from bot.nudges.schedule import weekly_report_weekday, zone_of
from bot.nudges.topics import candidates, phrasing
from bot.storage.nudges import Nudge
from bot.storage.x import XAccount
from bot.x.models import AccountData
from bot.x.store import load_accounts
from bot.x.sync import SyncStatus

log = logging.getLogger(__name__)
MOST_TOPICS = 2
WAIT_FOR_X = timedelta(hours=1)
"""When X does not answer, wait this long for it before nudging from older data."""
HISTORY_DAYS = 7
"""How far back the nudge looks at what it said: praise once a week at most, no repeats in a row."""


@dataclass(frozen=True)
class Freshness:
    stale_hours: int | None = None
    """How old the data is when today's sync failed; None when fresh."""


@dataclass(frozen=True)
class Inputs:
    """What today's nudge looks at besides the user: their account (row and data) and what was said lately."""

    account_row: XAccount | None
    account: AccountData | None
    history: list[list[str]]
    """Topics of the previous days' nudges, newest first, a list a day (empty for a day without one)."""


def freshness(account: XAccount | None, synced: bool, now: datetime) -> Freshness:
    """How fresh the account's data is when today's sync succeeded (`synced`) or failed."""
    if synced or account is None:
        return Freshness()
    return Freshness(int((now - account.synced_at).total_seconds() // 3600) if account.synced_at else None)


def may_wait_for_x(status: SyncStatus, due_at: datetime, now: datetime) -> bool:
    """True when the sync failed and the nudge should rather wait for X a while than use older data."""
    return not synced(status) and now < due_at + WAIT_FOR_X


def synced(status: SyncStatus) -> bool:
    """The account's data is as fresh as X has it (or will not get fresher: the account is disconnected)."""
    return status in (SyncStatus.DONE, SyncStatus.DISCONNECTED)


async def load_inputs(session: AsyncSession, nudges: Sequence[Nudge], now: datetime) -> dict[int, Inputs]:
    """The inputs of many users' nudges, by user id, in four queries whatever their number."""
    user_ids = [nudge.user_id for nudge in nudges]
    rows = (await session.scalars(select(XAccount).where(XAccount.user_id.in_(user_ids)))).all()
    accounts = await load_accounts(session, rows, now)
    by_user = {row.user_id: row for row in rows}
    days = [nudge.local_date for nudge in nudges] or [now.date()]
    said = await session.execute(
        select(Nudge.user_id, Nudge.local_date, Nudge.topics).where(
            Nudge.user_id.in_(user_ids),
            Nudge.local_date < max(days),
            Nudge.local_date >= min(days) - timedelta(days=HISTORY_DAYS),
        )
    )
    topics: dict[tuple[int, date], list[str]] = {(user_id, day): list(t) for user_id, day, t in said}
    inputs = {}
    for nudge in nudges:
        row = by_user.get(nudge.user_id)
        history = [
            topics.get((nudge.user_id, nudge.local_date - timedelta(days=n)), []) for n in range(1, HISTORY_DAYS + 1)
        ]
        inputs[nudge.user_id] = Inputs(row, accounts[row.id] if row is not None else None, history)
    return inputs


async def compose(ctx: Context, nudge: Nudge, inputs: Inputs, fresh: Freshness) -> None:
    """Says today's one message, or nothing; records the topics on the nudge."""
    user = ctx.user
    zone, zone_known = zone_of(user.timezone)
    texts: list[Text] = []
    said: list[str] = []
    buttons: list[Choice] = []
    account_row = inputs.account_row
    if account_row is not None and account_row.status == "disconnected" and not account_row.disconnect_told:
        account_row.disconnect_told = True
        texts.append(Text("nudge-disconnected", {"username": account_row.username}))
        buttons.append(Choice(Text("button-reconnect"), "connect-again"))
        said.append("disconnected")
    account = inputs.account
    attachment = None
    if account is not None:
        answers = Answers.from_user(user)
        limits = for_answers(answers)
        facts = gather(account, ctx.now, limits.window_days)
        mentions = account_row is None or account_row.has_mentions
        checkup = diagnose(facts, answers, limits, mentions=mentions)
        history = inputs.history
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
        if user.weekly_report and nudge.local_date.weekday() == weekly_report_weekday(user):
            weekly = await asyncio.to_thread(weekly_report, account, answers, ctx.now, user.language, mentions=mentions)
            texts.extend(weekly.texts)
            attachment = weekly.attachment
            said.append("weekly")
    nudge.topics = said
    if not texts:
        return
    if fresh.stale_hours is not None:
        texts.append(Text("nudge-stale", {"hours": fresh.stale_hours}))
    if not zone_known:
        texts.append(Text("nudge-unknown-zone", {"zone": user.timezone or ""}))
    actions = (
        Choice(Text("button-done"), "nudge-done"),
        Choice(Text("button-snooze"), "nudge-snooze", "day"),
        Choice(Text("button-stop-nudges"), "nudge-stop"),
    )
    rows = ((*buttons,), actions) if buttons else (actions,)
    ctx.send(Reply(tuple(texts), rows, attachment=attachment, private=True))
