"""The database handle: a connection goes back to the pool with nothing of an unfinished transaction."""

from __future__ import annotations

from sqlalchemy import Connection, func, select, text

from bot.storage.db import Database
from bot.storage.models import SeenUpdate


def _insert_and_leave_open(connection: Connection) -> None:
    # Straight to the driver, behind SQLAlchemy's back: only the pool can notice the open transaction.
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    if connection.dialect.name == "sqlite":  # our SQLite connections leave BEGIN to us (bot/storage/db.py)
        cursor.execute("BEGIN IMMEDIATE")
    cursor.execute("INSERT INTO seen_updates (platform, key, seen_at) VALUES ('telegram', '1', '2026-01-01')")
    cursor.close()


async def test_a_transaction_left_open_is_rolled_back_when_its_connection_returns_to_the_pool(
    database_url: str,
) -> None:
    db = Database(database_url)
    try:
        async with db.engine.connect() as connection:
            await connection.run_sync(_insert_and_leave_open)
        async with db.transaction() as session:
            assert await session.scalar(select(func.count()).select_from(SeenUpdate)) == 0
            assert await session.scalar(text("SELECT 1")) == 1
    finally:
        await db.close()
