"""X access tokens: refreshed only when needed, once, even with many processes.

X refresh tokens are single-use: two processes refreshing the same account at once would
kill its token family. So a refresh takes a per-account lock that holds across processes
(a row lock on PostgreSQL, a process lock on SQLite where only one process runs), re-reads
the stored pair under it, and saves the new pair in the same transaction before anyone uses it.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.crypto import Vault
from bot.metrics import metrics
from bot.storage.db import Database
from bot.storage.x import XAccount
from bot.x.client import TokenPair, XClient, XInvalidGrant

log = logging.getLogger(__name__)
MARGIN = timedelta(minutes=2)
"""A token this close to expiry is refreshed before use."""


class Disconnected(Exception):
    """The account has no usable tokens: the user must sign in again."""


class TokenKeeper:
    def __init__(self, db: Database, vault: Vault, client: XClient, clock: Clock) -> None:
        self.db = db
        self.vault = vault
        self.client = client
        self.clock = clock
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.refreshes = 0

    def store(self, account: XAccount, pair: TokenPair) -> None:
        account.access_token = self.vault.encrypt(pair.access_token)
        account.refresh_token = self.vault.encrypt(pair.refresh_token)
        account.expires_at = pair.expires_at
        account.status = "connected"
        account.disconnect_told = False

    def usable_token(self, account: XAccount) -> str | None:
        """The account's stored access token if it is good for a while yet; None when it needs a refresh."""
        fresh = account.expires_at is not None and account.expires_at > self.clock.now() + MARGIN
        if account.status != "connected" or account.access_token is None or not fresh:
            return None
        return self.vault.decrypt(account.access_token)

    async def access_token(self, account_id: int, *, force_refresh: bool = False) -> str:
        """A valid access token for the account; raises Disconnected when there is none to be had."""
        async with self.db.transaction() as session:
            account = await session.get(XAccount, account_id)
            if account is None or account.status != "connected" or account.access_token is None:
                raise Disconnected(account_id)
            usable = None if force_refresh else self.usable_token(account)
            if usable is not None:
                return usable
            seen = account.access_token
        return await self._refresh(account_id, seen)

    async def _refresh(self, account_id: int, seen: str) -> str:
        """On PostgreSQL the row stays locked while X answers, so other processes wait for the new pair.
        On SQLite (one process) the process lock is enough, and the database is not held meanwhile."""
        async with self._locks[account_id]:
            if not self.db.is_sqlite:
                async with self.db.transaction() as session:
                    account = await self._current(session, account_id, lock=True)
                    if account.access_token != seen and account.access_token is not None:
                        return self.vault.decrypt(account.access_token)  # another process refreshed meanwhile
                    outcome = await self._ask_x(account.refresh_token)
                    new_token = await self._settle(session, account, outcome)
            else:
                async with self.db.transaction() as session:
                    account = await self._current(session, account_id, lock=False)
                    if account.access_token != seen and account.access_token is not None:
                        return self.vault.decrypt(account.access_token)
                outcome = await self._ask_x(account.refresh_token)
                async with self.db.transaction() as session:
                    new_token = await self._settle(
                        session, await self._current(session, account_id, lock=False), outcome
                    )
        if new_token is None:
            raise Disconnected(account_id)
        return new_token

    async def _current(self, session: AsyncSession, account_id: int, *, lock: bool) -> XAccount:
        account = await session.get(XAccount, account_id, with_for_update=lock, populate_existing=True)
        if account is None or account.status != "connected" or account.refresh_token is None:
            raise Disconnected(account_id)
        return account

    async def _ask_x(self, refresh_token: str | None) -> tuple[str | None, TokenPair | None]:
        """(the refresh token used, the new pair or None when X refused it)."""
        assert refresh_token is not None
        try:
            return refresh_token, await self.client.refresh(self.vault.decrypt(refresh_token))
        except XInvalidGrant:
            return refresh_token, None

    async def _settle(
        self, session: AsyncSession, account: XAccount, outcome: tuple[str | None, TokenPair | None]
    ) -> str | None:
        """Saves the new pair (committed before anyone uses it), or disconnects when nobody else refreshed."""
        used, pair = outcome
        if pair is not None:
            self.store(account, pair)
            self.refreshes += 1
            metrics.x_token_refreshes.inc()
            return pair.access_token
        if account.refresh_token != used and account.access_token is not None:
            return self.vault.decrypt(account.access_token)  # refused because someone else had refreshed
        log.warning("x refresh refused; account disconnected", extra={"account": account.id})
        metrics.x_disconnections.inc()
        account.status = "disconnected"
        account.access_token = account.refresh_token = None
        return None

    async def revoke(self, account: XAccount) -> None:
        """Asks X to forget our token; a failure there does not keep us from forgetting it too."""
        token = account.refresh_token or account.access_token
        if token is None:
            return
        try:
            await self.client.revoke(self.vault.decrypt(token))
        except Exception:
            log.warning("x token revocation failed", extra={"account": account.id}, exc_info=True)
