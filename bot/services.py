"""The long-lived things a handler may need, passed explicitly (no hidden globals)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import bot.storage.all_models  # noqa: F401  (every table known before the first query)
from bot.clock import Clock, SystemClock
from bot.crypto import Vault
from bot.settings import Settings
from bot.storage.db import Database
from bot.x.client import XClient
from bot.x.tokens import TokenKeeper


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    vault: Vault
    x: XClient | None
    """None when X sign-in is not configured (the demo and archive import still work)."""
    tokens: TokenKeeper | None

    @classmethod
    def create(
        cls,
        settings: Settings,
        *,
        clock: Clock | None = None,
        key_dir: Path | None = None,
        x_client: XClient | None = None,
    ) -> Services:
        clock = clock or SystemClock()
        x = x_client
        if x is None and settings.x_client_id and settings.x_client_secret:
            x = XClient(settings.x_api_url, settings.x_client_id, settings.x_client_secret.get_secret_value(),
                        clock=clock)
        db, vault = Database(settings.database), Vault.from_settings(settings, key_dir)
        tokens = TokenKeeper(db, vault, x, clock) if x is not None else None
        return cls(settings, db, clock, vault, x, tokens)

    async def close(self) -> None:
        if self.x is not None:
            await self.x.aclose()
        await self.db.close()
