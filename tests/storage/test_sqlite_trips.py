"""SQLite with statements run in the event loop once the write lock is held: still safe when another
process writes, when a transaction fails, and when a task is cancelled while waiting for the lock."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text

from bot.storage.db import Database
from bot.storage.models import SeenUpdate
from bot.storage.seen import first_time

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _path(sqlite_url: str) -> str:
    return sqlite_url.removeprefix("sqlite+aiosqlite:///")


def _hold_write_lock(path: str, seconds: float, holding: threading.Event) -> threading.Thread:
    """Another process's writer: takes SQLite's write lock for a while, then commits a row."""

    def writer() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO seen_updates (platform, key, seen_at) VALUES ('other', 'x', '2026-01-01')")
        holding.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=writer)
    thread.start()
    return thread


async def _opened(sqlite_url: str) -> Database:
    """The database as the bot has it once running (its first connection puts the file in WAL mode)."""
    db = Database(sqlite_url)
    await _count(db)
    return db


async def _count(db: Database) -> int:
    async with db.transaction() as session:
        return int(await session.scalar(select(func.count()).select_from(SeenUpdate)) or 0)


async def test_a_writer_in_another_process_is_waited_for_without_holding_up_the_event_loop(sqlite_url: str) -> None:
    db = await _opened(sqlite_url)
    holding = threading.Event()
    try:
        writer = _hold_write_lock(_path(sqlite_url), 0.5, holding)
        await asyncio.to_thread(holding.wait)
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticking = asyncio.create_task(tick())
        async with db.transaction() as session:
            assert await first_time(session, "telegram", "1", NOW)
        ticking.cancel()
        writer.join()
        assert ticks >= 20  # the loop went on while this transaction waited for the other's lock
        assert await _count(db) == 2
    finally:
        await db.close()


async def test_a_transaction_that_fails_keeps_nothing(sqlite_url: str) -> None:
    db = await _opened(sqlite_url)
    try:
        with pytest.raises(RuntimeError):
            async with db.transaction() as session:
                assert await first_time(session, "telegram", "1", NOW)
                raise RuntimeError("a handler failed")
        with pytest.raises(Exception, match="UNIQUE"):
            async with db.transaction() as session:
                await session.execute(
                    text("INSERT INTO seen_updates (platform, key, seen_at) VALUES ('t', 'k', '2026-01-01')")
                )
                await session.execute(
                    text("INSERT INTO seen_updates (platform, key, seen_at) VALUES ('t', 'k', '2026-01-01')")
                )
        assert await _count(db) == 0
        async with db.transaction() as session:
            assert await first_time(session, "telegram", "1", NOW)
        assert await _count(db) == 1
    finally:
        await db.close()


async def test_a_transaction_cancelled_while_waiting_for_the_lock_leaves_nothing_locked(sqlite_url: str) -> None:
    db = await _opened(sqlite_url)
    holding = threading.Event()
    try:
        writer = _hold_write_lock(_path(sqlite_url), 0.3, holding)
        await asyncio.to_thread(holding.wait)

        async def note() -> None:
            async with db.transaction() as session:
                await first_time(session, "telegram", "cancelled", NOW)

        waiting = asyncio.create_task(note())
        await asyncio.sleep(0.1)  # its BEGIN IMMEDIATE waits in the connection's thread
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        writer.join()
        # The cancelled transaction's lock, taken in the thread after all, must not block what comes next.
        async with asyncio.timeout(5):
            async with db.transaction() as session:
                assert await first_time(session, "telegram", "next", NOW)
            async with db.transaction() as session:
                keys = set(await session.scalars(select(SeenUpdate.key)))
        assert keys == {"x", "next"}
    finally:
        await db.close()
