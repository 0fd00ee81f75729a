"""The checkups a user was given: the latest one feeds the Slack Home tab and the daily nudge."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base

if TYPE_CHECKING:
    from bot.analysis.checkup import Checkup


class CheckupRecord(Base):
    __tablename__ = "checkups"
    __table_args__ = (Index("ix_checkups_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[datetime]
    score: Mapped[int]
    top: Mapped[list[str]] = mapped_column(default=list)
    """Names of the (up to three) most urgent diagnoses, most urgent first, e.g. ["answering", "cadence"]."""


async def save_checkup(session: AsyncSession, user_id: int, checkup: Checkup, now: datetime) -> CheckupRecord:
    record = CheckupRecord(user_id=user_id, created_at=now, score=checkup.score, top=[d.name for d in checkup.top])
    session.add(record)
    await session.flush()
    return record


async def last_checkup(session: AsyncSession, user_id: int) -> CheckupRecord | None:
    return await session.scalar(
        select(CheckupRecord)
        .where(CheckupRecord.user_id == user_id)
        .order_by(CheckupRecord.created_at.desc(), CheckupRecord.id.desc())
        .limit(1)
    )
