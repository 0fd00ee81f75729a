"""Installing in many workspaces: slack_sdk's installation and OAuth-state stores, on our database.

Bot tokens are kept encrypted with the Vault. An OAuth state is good once, for ten minutes.
Removing a workspace (uninstall, revoked tokens) takes its members' rows with it.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta
from typing import Any

from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.error import BoltError
from slack_sdk.oauth.installation_store import Bot, Installation
from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy import CursorResult, delete

from bot.adapters.slack_keys import PLATFORM, workspace_key
from bot.clock import Clock
from bot.crypto import Vault
from bot.storage.db import Database
from bot.storage.models import User
from bot.storage.slack import SlackDigest, SlackDigestChannel, SlackDigestDay, SlackInstallation, SlackOAuthState

log = logging.getLogger(__name__)

BOT_SCOPES = (
    "chat:write",
    "chat:write.public",
    "commands",
    "files:read",
    "files:write",
    "im:history",
    "im:write",
    "users:read",
)
"""Exactly what the code calls; slack/manifest.yaml lists the same (a test compares them)."""
STATE_LIFETIME = timedelta(minutes=10)
EXPIRED_KEPT = timedelta(days=1)
"""An expired state is kept this long, so a late browser is told it came too late."""


class DbInstallationStore(AsyncInstallationStore):
    """One row per workspace: the latest installation, its bot token encrypted."""

    def __init__(self, db: Database, vault: Vault, clock: Clock) -> None:
        self.db = db
        self.vault = vault
        self.clock = clock

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_save(self, installation: Installation) -> None:
        if installation.is_enterprise_install or not installation.team_id or not installation.bot_token:
            raise BoltError("only workspace installations with a bot token are supported")
        async with self.db.transaction() as session:
            workspace = workspace_key(installation.enterprise_id, installation.team_id)
            row = await session.get(SlackInstallation, workspace) or SlackInstallation(workspace=workspace)
            row.enterprise_id = installation.enterprise_id
            row.team_id = installation.team_id
            row.team_name = (installation.team_name or "")[:200]
            row.app_id = installation.app_id or ""
            row.bot_id = installation.bot_id or ""
            row.bot_user_id = installation.bot_user_id or ""
            row.bot_scopes = ",".join(installation.bot_scopes or [])[:1000]
            row.bot_token = self.vault.encrypt(installation.bot_token)
            row.installer_user_id = installation.user_id or ""
            row.installed_at = self.clock.now()
            session.add(row)
        log.info("slack workspace installed", extra={"workspace": workspace})

    async def async_find_bot(
        self, *, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None = False
    ) -> Bot | None:
        installation = await self.async_find_installation(
            enterprise_id=enterprise_id, team_id=team_id, is_enterprise_install=is_enterprise_install
        )
        return installation.to_bot() if installation is not None else None

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        row = await self._row(enterprise_id, team_id, is_enterprise_install)
        if row is None or (user_id is not None and user_id != row.installer_user_id):
            return None
        return Installation(
            app_id=row.app_id,
            enterprise_id=row.enterprise_id,
            team_id=row.team_id,
            team_name=row.team_name,
            bot_token=self.vault.decrypt(row.bot_token),
            bot_id=row.bot_id,
            bot_user_id=row.bot_user_id,
            bot_scopes=row.bot_scopes,
            user_id=row.installer_user_id,
            installed_at=row.installed_at.timestamp(),
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        if team_id:
            await forget_workspace(self.db, workspace_key(enterprise_id, team_id))

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        if team_id and user_id is None:
            await forget_workspace(self.db, workspace_key(enterprise_id, team_id))

    async def bot_token(self, workspace: str) -> str | None:
        async with self.db.transaction() as session:
            row = await session.get(SlackInstallation, workspace)
        return None if row is None else self.vault.decrypt(row.bot_token)

    async def _row(
        self, enterprise_id: str | None, team_id: str | None, is_enterprise_install: bool | None
    ) -> SlackInstallation | None:
        if is_enterprise_install or not team_id:
            return None
        async with self.db.transaction() as session:
            return await session.get(SlackInstallation, workspace_key(enterprise_id, team_id))


class DbAuthorize(AsyncAuthorize):
    """Bolt's authorize from our rows, without an auth.test round trip on every request."""

    def __init__(self, store: DbInstallationStore) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store = store

    async def __call__(
        self,
        *,
        context: Any,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        **_actor: Any,
    ) -> AuthorizeResult | None:
        bot = await self.store.async_find_bot(enterprise_id=enterprise_id, team_id=team_id)
        if bot is None:
            return None
        return AuthorizeResult(
            enterprise_id=enterprise_id,
            team_id=team_id,
            bot_user_id=bot.bot_user_id,
            bot_id=bot.bot_id,
            bot_token=bot.bot_token,
            bot_scopes=bot.bot_scopes,
            user_id=user_id,
        )


class DbOAuthStateStore(AsyncOAuthStateStore):
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    @property
    def logger(self) -> logging.Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(32)
        now = self.clock.now()
        async with self.db.transaction() as session:
            await session.execute(delete(SlackOAuthState).where(SlackOAuthState.expires_at <= now - EXPIRED_KEPT))
            session.add(SlackOAuthState(state=state, expires_at=now + STATE_LIFETIME))
        return state

    async def async_consume(self, state: str) -> bool:
        """True once for a state we issued less than ten minutes ago; the state is gone afterwards."""
        now = self.clock.now()
        async with self.db.transaction() as session:
            fresh: CursorResult[Any] = await session.execute(  # type: ignore[assignment]
                delete(SlackOAuthState).where(SlackOAuthState.state == state[:64], SlackOAuthState.expires_at > now)
            )
        return fresh.rowcount == 1

    async def expired(self, state: str) -> bool:
        """A state we issued whose ten minutes are over (rather than one we never issued, or used)."""
        async with self.db.transaction() as session:
            row = await session.get(SlackOAuthState, state[:64])
        return row is not None and row.expires_at <= self.clock.now()


async def forget_workspace(db: Database, workspace: str) -> None:
    """Uninstalled or tokens revoked: the installation, the digest and every member's row go."""
    async with db.transaction() as session:
        await session.execute(delete(SlackInstallation).where(SlackInstallation.workspace == workspace))
        await session.execute(delete(SlackDigest).where(SlackDigest.workspace == workspace))
        await session.execute(delete(SlackDigestChannel).where(SlackDigestChannel.workspace == workspace))
        await session.execute(delete(SlackDigestDay).where(SlackDigestDay.workspace == workspace))
        await session.execute(delete(User).where(User.platform == PLATFORM, User.workspace == workspace))
    log.info("slack workspace forgotten", extra={"workspace": workspace})
