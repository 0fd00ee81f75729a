"""The core tables: users with their answers, buttons in flight, and updates already seen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base


class User(Base):
    """One person on one platform, with what the coach has learnt about their business."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("platform", "workspace", "platform_user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    workspace: Mapped[str] = mapped_column(String(64), default="")
    platform_user_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]

    language: Mapped[str] = mapped_column(String(8), default="en")
    language_chosen: Mapped[bool] = mapped_column(default=False)
    reachable: Mapped[bool] = mapped_column(default=True)

    step: Mapped[str | None] = mapped_column(String(64), default=None)
    """The question we are waiting an answer to, if any ("onboarding:goals", "settings:timezone")."""
    draft: Mapped[list[str]] = mapped_column(default=list)
    """Choices ticked so far on a multiple-choice question."""
    onboarded: Mapped[bool] = mapped_column(default=False)

    business_name: Mapped[str | None] = mapped_column(String(200), default=None)
    sector: Mapped[str | None] = mapped_column(String(64), default=None)
    goals: Mapped[list[str]] = mapped_column(default=list)
    customers: Mapped[str | None] = mapped_column(String(32), default=None)
    reach: Mapped[str | None] = mapped_column(String(32), default=None)
    audience_on_x: Mapped[str | None] = mapped_column(String(16), default=None)
    minutes_per_day: Mapped[int | None] = mapped_column(default=None)
    auto_dms: Mapped[bool | None] = mapped_column(default=None)
    timezone: Mapped[str | None] = mapped_column(String(64), default=None)
    nudge_time: Mapped[str | None] = mapped_column(String(5), default=None)
    """Local "HH:MM", or None when no daily nudge is wanted."""
    nudges_wanted: Mapped[bool] = mapped_column(default=True)
    """False after /stop, until /resume."""
    days_off: Mapped[list[str]] = mapped_column(default=list)
    """Weekdays without a nudge, "0" (Monday) to "6" (Sunday)."""
    snoozed_until: Mapped[datetime | None] = mapped_column(default=None)
    weekly_report: Mapped[bool] = mapped_column(default=True)
    weekly_day: Mapped[int] = mapped_column(default=0)
    """Weekday of the weekly report, 0 = Monday."""
    next_nudge_at: Mapped[datetime | None] = mapped_column(default=None, index=True)
    """When the next daily nudge is due (UTC); kept in step with the settings above."""


class ButtonToken(Base):
    """A button we sent: the platform only ever carries this opaque token back to us."""

    __tablename__ = "button_tokens"
    __table_args__ = (Index("ix_button_tokens_user_created", "user_id", "created_at"),)

    token: Mapped[str] = mapped_column(String(24), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    batch: Mapped[str] = mapped_column(String(24), index=True)
    """Buttons sent together share a batch: pressing one retires the others."""
    action: Mapped[str] = mapped_column(String(64))
    value: Mapped[str] = mapped_column(String(200), default="")
    step: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(default=False)


class SeenUpdate(Base):
    """Platform deliveries already handled, so a redelivery is handled once."""

    __tablename__ = "seen_updates"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)
