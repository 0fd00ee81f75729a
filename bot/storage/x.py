"""What we keep of each business's X account: tokens (encrypted), sync cursors, posts and usage."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.base import Base


class XAccount(Base):
    """One user's X account: connected by sign-in, imported from an archive, or the demo."""

    __tablename__ = "x_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    source: Mapped[str] = mapped_column(String(16))
    """"x" (signed in), "archive" (imported) or "demo"."""
    status: Mapped[str] = mapped_column(String(16), default="connected")
    """"connected", or "disconnected" when X no longer accepts our tokens."""
    x_user_id: Mapped[str] = mapped_column(String(32), default="")
    username: Mapped[str] = mapped_column(String(64), default="")
    access_token: Mapped[str | None] = mapped_column(Text, default=None)
    refresh_token: Mapped[str | None] = mapped_column(Text, default=None)
    """Both tokens are Fernet ciphertexts, never plain."""
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    connected_at: Mapped[datetime]
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    profile_synced_at: Mapped[datetime | None] = mapped_column(default=None)
    posts_since_id: Mapped[str | None] = mapped_column(String(32), default=None)
    mentions_since_id: Mapped[str | None] = mapped_column(String(32), default=None)
    synced_at: Mapped[datetime | None] = mapped_column(default=None)
    retry_after: Mapped[datetime | None] = mapped_column(default=None)
    """X asked us to wait (429) until then; sync skips the account meanwhile."""
    disconnect_told: Mapped[bool] = mapped_column(default=False)

    @property
    def has_mentions(self) -> bool:
        """Whether the source gives the account's mentions: an X archive does not, so what needs them is not judged."""
        return self.source != "archive"


class XPost(Base):
    """A post of the account (kind "own") or a mention of it ("mention"), as the analysis needs it."""

    __tablename__ = "x_posts"
    __table_args__ = (Index("ix_x_posts_account_created", "account_id", "created_at"),)

    account_id: Mapped[int] = mapped_column(ForeignKey("x_accounts.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    post_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_at: Mapped[datetime]
    data: Mapped[dict[str, Any]]


class XUsage(Base):
    """What we asked X for, per account and day: X bills every post and user read."""

    __tablename__ = "x_usage"

    account_id: Mapped[int] = mapped_column(ForeignKey("x_accounts.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    requests: Mapped[int] = mapped_column(default=0)
    posts_read: Mapped[int] = mapped_column(default=0)
    users_read: Mapped[int] = mapped_column(default=0)


class XFollowing(Base):
    """Followers and following once a day, to see sudden jumps in following."""

    __tablename__ = "x_following"

    account_id: Mapped[int] = mapped_column(ForeignKey("x_accounts.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    followers: Mapped[int]
    following: Mapped[int]


class XSignIn(Base):
    """A sign-in under way: single-use, bound to the chat user who asked, expiring after ten minutes."""

    __tablename__ = "x_sign_ins"

    state: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    verifier: Mapped[str] = mapped_column(Text)
    """The PKCE verifier, encrypted like a token."""
    expires_at: Mapped[datetime]
