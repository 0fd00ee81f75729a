"""`nudgebird keys rotate`: every secret we store re-encrypted with the first key of ENCRYPTION_KEYS.

Put the new key first, keep the old ones after it, rotate, then drop the old keys.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from bot.services import Services
from bot.storage.slack import SlackInstallation
from bot.storage.x import XAccount, XSignIn

ENCRYPTED: tuple[InstrumentedAttribute[Any], ...] = (
    XAccount.access_token,
    XAccount.refresh_token,
    XSignIn.verifier,
    SlackInstallation.bot_token,
)
"""Every column that holds a Fernet ciphertext."""


async def rotate_keys(services: Services) -> int:
    """Re-encrypts every stored secret; returns how many were rewritten. Raises InvalidToken if one
    cannot be read with any of the keys (nothing is changed then)."""
    rewritten = 0
    async with services.db.transaction() as session:
        for column in ENCRYPTED:
            model = column.class_
            for row in (await session.scalars(select(model).where(column.is_not(None)))).all():
                setattr(row, column.key, services.vault.rotate(getattr(row, column.key)))
                rewritten += 1
    return rewritten
