"""Platform deliveries already handled: a platform may deliver the same event twice, we handle it once."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Insert, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import SeenUpdate

KEY_LENGTH = 128
_TABLE = cast(Table, SeenUpdate.__table__)
# Built once per dialect (it runs for every delivery), on the table rather than the class: no ORM work.
_NOTE: dict[str, Insert] = {
    "postgresql": postgresql.insert(_TABLE).on_conflict_do_nothing(),
    "sqlite": sqlite.insert(_TABLE).on_conflict_do_nothing(),
}


async def first_time(session: AsyncSession, platform: str, key: str, now: datetime) -> bool:
    """Notes the delivery in the session's transaction; False when it was noted before.

    A delivery noted by a transaction still open elsewhere waits for it: False once it commits,
    True if it rolls back (the delivery was not handled after all).
    """
    connection = await session.connection()
    noted = await connection.execute(
        _NOTE[connection.dialect.name], {"platform": platform, "key": key[:KEY_LENGTH], "seen_at": now}
    )
    return noted.rowcount == 1
