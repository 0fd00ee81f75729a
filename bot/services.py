"""The long-lived things a handler may need, passed explicitly (no hidden globals)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock, SystemClock
from bot.settings import Settings
from bot.storage.db import Database


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock

    @classmethod
    def create(cls, settings: Settings, *, clock: Clock | None = None) -> Services:
        return cls(settings=settings, db=Database(settings.database), clock=clock or SystemClock())
