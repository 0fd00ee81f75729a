"""Engine, sessions and schema upgrades."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from importlib.resources import files
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, Connection
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from bot.storage.sqlite_trips import OneTripConnection
from bot.storage.sqlite_trips import connect as one_trip_connection

_in_turn: ContextVar[bool] = ContextVar("nudgebird_sqlite_turn", default=False)
_NESTED_IN_TURN = "nudgebird_nested_in_turn"


def _sqlite_pragmas(dbapi_connection: object, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable with WAL; a commit no longer waits for an fsync
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    dbapi_connection.isolation_level = None  # type: ignore[attr-defined]  # we emit BEGIN ourselves, below


def _sqlite_begin_immediate(connection: Connection) -> None:
    """Take SQLite's write lock when a transaction begins, not at its first write.

    A deferred transaction that reads, then writes, fails at once with "database is locked" when
    another connection committed in between (its snapshot is stale; SQLite does not wait then). That
    happens when a cancelled task's statement still finishes in aiosqlite's thread after the task let go
    of its turn. BEGIN IMMEDIATE waits for the lock (busy_timeout) instead, so it never sees a stale
    snapshot. This is SQLAlchemy's documented recipe for the pysqlite driver family. A transaction opened
    inside another one's turn begins deferred: the outer one holds the write lock, so it may only read."""
    deferred = connection.get_execution_options().get(_NESTED_IN_TURN, False)
    connection.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")


def _sqlite_engine(url: URL | str) -> AsyncEngine:
    """SQLAlchemy's aiosqlite dialect on our connections (sqlite_trips.py): a statement takes one trip to their
    thread at most, and none once its transaction holds the write lock."""

    def connection() -> OneTripConnection:
        args, kwargs = engine.sync_engine.dialect.create_connect_args(engine.url)
        return one_trip_connection(*args, **kwargs)

    engine = create_async_engine(url, async_creator=connection)
    return engine


def _postgres_engine(url: URL | str, pool_size: int) -> AsyncEngine:
    """No round trip to ping a connection at each checkout (SQLAlchemy's pool_pre_ping): one the server
    closed (a restart, an idle timeout, pg_terminate_backend) is known closed without asking, as asyncpg
    noticed its socket close, and is replaced at checkout. One that dies while in use fails its
    transaction; `Coach` decides an update again, once, when that happened (`connection_lost`)."""
    engine = create_async_engine(url, pool_size=pool_size, max_overflow=pool_size)
    event.listen(engine.sync_engine, "checkout", _replace_closed)
    return engine


def _replace_closed(_dbapi_connection: object, record: ConnectionPoolEntry, _proxy: object) -> None:
    driver = record.driver_connection
    if driver is None or driver.is_closed():
        raise DisconnectionError("the server closed this connection")  # the pool connects anew


def connection_lost(error: BaseException) -> bool:
    """The database connection turned out to be dead (the pool has replaced it since)."""
    return isinstance(error, DBAPIError) and error.connection_invalidated


class Database:
    """One engine and its session factory; passed explicitly to whoever needs it."""

    def __init__(self, url: URL | str, *, pool_size: int = 10) -> None:
        self.engine: AsyncEngine = (
            _sqlite_engine(url) if str(url).startswith("sqlite") else _postgres_engine(url, pool_size)
        )
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            event.listen(self.engine.sync_engine, "begin", _sqlite_begin_immediate)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._nested_sessions = async_sessionmaker(
            self.engine.execution_options(**{_NESTED_IN_TURN: True}), expire_on_commit=False
        )
        self._turns = asyncio.Lock() if self.engine.dialect.name == "sqlite" else None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One transaction. On SQLite, which has a single writer, transactions of this process take turns
        (SQLite's own busy wait would sleep and retry instead); a transaction opened inside another one of
        the same task goes ahead, as it would have to wait for itself. The turn ends with the commit (or
        rollback): closing the session comes after, as SQLAlchemy closes it in a task of its own, which lets
        every other ready task run first; inside the turn, they all ran while it was held."""
        if self._turns is None:
            async with self.sessions() as session, session.begin():
                yield session
            return
        if _in_turn.get():
            async with self._nested_sessions() as session, session.begin():
                yield session
            return
        async with self.sessions() as session, self._turns:
            token = _in_turn.set(True)
            try:
                async with session.begin():
                    yield session
            finally:
                _in_turn.reset(token)

    async def upgrade(self) -> None:
        """Bring the schema to the newest migration (Alembic runs in a worker thread)."""
        url = self.engine.url.render_as_string(hide_password=False)
        await asyncio.to_thread(upgrade_schema, url)

    async def close(self) -> None:
        await self.engine.dispose()


def upsertable_insert(session: AsyncSession, table: Any) -> Any:
    """An INSERT that the session's dialect lets us turn into an upsert (on_conflict_do_nothing/update)."""
    dialect = session.get_bind().dialect.name
    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("bot") / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade_schema(url: str) -> None:
    command.upgrade(alembic_config(url), "head")
