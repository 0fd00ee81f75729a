"""Many onboarded users whose nudge is due at the same instant, written straight to the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import User

DUE = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
"""09:00 in Rome, the users' chosen hour."""
BATCH = 1000


async def add_due_users(session: AsyncSession, count: int, language: str = "en") -> list[int]:
    """Inserts `count` users of the test platform "memory", due at DUE; returns their ids in order."""
    common = {
        "platform": "memory", "workspace": "", "display_name": "", "created_at": DUE - timedelta(days=3),
        "last_seen_at": DUE - timedelta(days=2), "language": language, "language_chosen": True, "reachable": True,
        "draft": [], "onboarded": True, "business_name": "Forno", "goals": ["customers"], "minutes_per_day": 15,
        "timezone": "Europe/Rome", "nudge_time": "09:00", "nudges_wanted": True, "days_off": [],
        "weekly_report": True, "weekly_day": 6, "next_nudge_at": DUE,
    }  # fmt: skip
    for start in range(0, count, BATCH):
        rows = [
            {**common, "platform_user_id": str(i), "chat_id": str(i)} for i in range(start, min(count, start + BATCH))
        ]
        await session.execute(insert(User), rows)
    return list((await session.scalars(select(User.id).order_by(User.id))).all())
