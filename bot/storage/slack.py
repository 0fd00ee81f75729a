"""Slack's own tables: installations per workspace, OAuth states, and the team digest.

A workspace is always our key "<enterprise id or ->:<team id>", the same string the users
table holds in `workspace` for Slack members, so removing a workspace is one WHERE clause.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base


class SlackInstallation(Base):
    """The app as installed in one workspace; the tokens are encrypted with the Vault."""

    __tablename__ = "slack_installations"

    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    enterprise_id: Mapped[str | None] = mapped_column(String(32), default=None)
    team_id: Mapped[str] = mapped_column(String(32))
    team_name: Mapped[str] = mapped_column(String(200), default="")
    app_id: Mapped[str] = mapped_column(String(32), default="")
    bot_id: Mapped[str] = mapped_column(String(32), default="")
    bot_user_id: Mapped[str] = mapped_column(String(32), default="")
    bot_scopes: Mapped[str] = mapped_column(String(1000), default="")
    bot_token: Mapped[str] = mapped_column(Text)
    installer_user_id: Mapped[str] = mapped_column(String(32), default="")
    installed_at: Mapped[datetime]


class SlackOAuthState(Base):
    """An install link handed out: good once, for ten minutes."""

    __tablename__ = "slack_oauth_states"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(index=True)


class SlackDigestChannel(Base):
    """The one channel a workspace admin chose for the daily team digest, and how to word it."""

    __tablename__ = "slack_digest_channels"

    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel_id: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(8))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    chosen_by: Mapped[str] = mapped_column(String(32))
    chosen_at: Mapped[datetime]


class SlackDigest(Base):
    """A digest posted in a channel, so a press of "I'll take it" can be checked against it."""

    __tablename__ = "slack_digests"

    digest_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    workspace: Mapped[str] = mapped_column(String(64), index=True)
    channel_id: Mapped[str] = mapped_column(String(32))
    message_ts: Mapped[str] = mapped_column(String(32), default="")
    posted_at: Mapped[datetime]


class SlackDigestTaker(Base):
    """Who took a digest's mentions; the primary key lets only the first press win."""

    __tablename__ = "slack_digest_takers"

    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    digest_id: Mapped[str] = mapped_column(ForeignKey("slack_digests.digest_id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32))
    taken_at: Mapped[datetime]


class SlackDigestDay(Base):
    """A workspace's team digest for one local day, claimed before anything is read or posted.

    The primary key lets one worker only take the day. Status: "claimed", then "posted", "silent"
    (nothing unanswered), "skipped" (no connected X account, or the channel was turned off) or "failed"
    (Slack refused the post).
    """

    __tablename__ = "slack_digest_days"

    workspace: Mapped[str] = mapped_column(String(64), primary_key=True)
    local_date: Mapped[date] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    claimed_at: Mapped[datetime]
