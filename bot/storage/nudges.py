"""Daily nudges: one row per user and local date, claimed before it is sent."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base


class Nudge(Base):
    """The unique (user, local date) is what makes a nudge go out at most once a day.

    Status: "claimed" (a worker holds it until claim_expires_at), then "sent", "silent"
    (nothing worth saying), "quiet" (the user had just talked to us), "unreachable",
    "late" (every worker was down past the grace period) or "failed" (the platform kept failing).
    """

    __tablename__ = "nudges"
    __table_args__ = (
        UniqueConstraint("user_id", "local_date"),
        Index("ix_nudges_status_claim", "status", "claim_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date]
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16))
    claimed_by: Mapped[str] = mapped_column(String(64), default="")
    claim_expires_at: Mapped[datetime | None] = mapped_column(default=None)
    attempts: Mapped[int] = mapped_column(default=0)
    topics: Mapped[list[str]] = mapped_column(default=list)
    """What was said ("unanswered:2" = topic and phrasing), so tomorrow says it differently."""
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
