"""SQLite through aiosqlite, with as few trips to the connection's thread as is safe.

aiosqlite runs every sqlite3 call in the connection's own thread and wakes the event loop with its
result. SQLAlchemy's adapter makes three or four such calls per statement (open a cursor, execute,
fetch, close), and on our small statements a trip costs far more than SQLite's own work: two thread
hand-overs, the GIL passed back and forth, a write to the event loop's wake-up pipe. A transaction also
holds the process's turn (bot/storage/db.py) while it waits for them. So:

* a statement that goes to the thread goes in one trip: its cursor opened, run, read to the end and
  closed there; what SQLAlchemy asks afterwards (description, rowcount, lastrowid, rows) is answered
  from what came back;
* `BEGIN IMMEDIATE` is tried right here, without waiting: it takes SQLite's write lock at once unless
  another connection (another process) holds it, and only then goes to the thread to wait for it;
* once the connection holds the write lock, its statements, commit and rollback run right here in the
  event loop's thread: none of them can wait for a lock any more, and ours take tens of microseconds.
  A write transaction then runs from BEGIN to COMMIT without letting the event loop run anything else
  in between (unless its own code awaits something else), so the process's turn is held only for the
  transaction's own work, and other updates queue for it far less. The price: a statement that runs
  long (a purge of many rows) holds up the event loop for that long, where it would only have held up
  the other transactions;
* a rollback with nothing to undo (the pool's, when a connection comes back after its commit) costs
  nothing. A trip still running in the thread (its task was cancelled meanwhile) is waited for first:
  such a connection goes to the thread for everything until the trip is over.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from types import TracebackType
from typing import Any, NamedTuple, Self, TypeVar

import aiosqlite

ITER_CHUNK_SIZE = 64
"""aiosqlite's default."""
_WRITE_LOCK = "BEGIN IMMEDIATE"
T = TypeVar("T")


class _Ran(NamedTuple):
    description: Any
    rows: list[Any]
    rowcount: int
    lastrowid: int | None


class OneTripConnection(aiosqlite.Connection):
    _writing = False
    """`BEGIN IMMEDIATE` went through: this connection holds SQLite's write lock until its commit or rollback."""
    _sent = 0
    """Trips handed to the thread (counted here)."""
    _back = 0
    """Trips the thread finished, their task cancelled or not (counted there: each count has one writer)."""

    def cursor(self) -> _OneTripCursor:  # type: ignore[override]
        """Opening the cursor costs no trip: it is opened with its statement."""
        return _OneTripCursor(self)

    async def run(self, sql: str, parameters: Any, *, many: bool) -> _Ran:
        """One statement, here when this connection holds the write lock, else in one trip to the thread."""
        if self._holds_write_lock():
            return _run(self._conn, sql, parameters, many)
        if sql == _WRITE_LOCK and self._sent == self._back and _lock_if_free(self._conn):
            self._writing = True
            return _Ran(None, [], -1, None)
        ran = await self._trip(_run, self._conn, sql, parameters, many)
        self._writing = sql == _WRITE_LOCK
        return ran

    async def commit(self) -> None:
        await self._end(self._conn.commit)

    async def rollback(self) -> None:
        if self._sent == self._back and not self._conn.in_transaction:
            self._writing = False
            return  # nothing to undo
        await self._end(self._conn.rollback)

    async def _end(self, end: Callable[[], None]) -> None:
        try:
            if self._holds_write_lock():
                end()
            else:
                await self._trip(end)
        finally:
            self._writing = False

    def _holds_write_lock(self) -> bool:
        return self._writing and self._sent == self._back and self._conn.in_transaction

    async def _trip(self, work: Callable[..., T], *args: Any) -> T:
        if not self._running or self._connection is None:
            raise ValueError("Connection closed")  # as aiosqlite says it, before anything is handed over
        self._sent += 1
        result: T = await self._execute(self._counted, work, *args)  # type: ignore[no-untyped-call]
        return result

    def _counted(self, work: Callable[..., T], *args: Any) -> T:
        """In the thread."""
        try:
            return work(*args)
        finally:
            self._back += 1


def connect(database: str, **kwargs: Any) -> OneTripConnection:
    """Like `aiosqlite.connect` (await it); `kwargs` go to `sqlite3.connect`.

    The connection is used from two threads, never at once (see above): sqlite3 must not refuse that.
    """
    kwargs["check_same_thread"] = False
    return OneTripConnection(partial(sqlite3.connect, database, **kwargs), ITER_CHUNK_SIZE)


class _OneTripCursor:
    """The part of aiosqlite's Cursor that SQLAlchemy uses."""

    arraysize = 1

    def __init__(self, connection: OneTripConnection) -> None:
        self._connection = connection
        self._rows: deque[Any] = deque()
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> Self:
        return self._took(await self._connection.run(sql, parameters or (), many=False))

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Self:
        return self._took(await self._connection.run(sql, parameters, many=True))

    def _took(self, ran: _Ran) -> Self:
        self.description, self.rowcount, self.lastrowid = ran.description, ran.rowcount, ran.lastrowid
        self._rows = deque(ran.rows)
        return self

    async def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        count = min(len(self._rows), self.arraysize if size is None else size)
        return [self._rows.popleft() for _ in range(count)]

    async def fetchall(self) -> list[Any]:
        rows, self._rows = list(self._rows), deque()
        return rows

    async def close(self) -> None:
        self._rows.clear()


def _lock_if_free(connection: sqlite3.Connection) -> bool:
    """BEGIN IMMEDIATE, here and now, if no other connection holds the write lock; False (nothing begun) if one
    does: then it is waited for in the thread, as long as the connection's busy timeout says."""
    (waits,) = connection.execute("PRAGMA busy_timeout").fetchone()
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        connection.execute(_WRITE_LOCK)
    except sqlite3.OperationalError as error:
        if error.sqlite_errorcode != sqlite3.SQLITE_BUSY:
            raise
        return False
    finally:
        connection.execute(f"PRAGMA busy_timeout = {int(waits)}")
    return True


def _run(connection: sqlite3.Connection, sql: str, parameters: Any, many: bool) -> _Ran:
    """A whole statement: cursor opened, run, read to the end, closed."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(sql, parameters)
        else:
            cursor.execute(sql, parameters)
        rows = cursor.fetchall() if cursor.description else []
        return _Ran(cursor.description, rows, cursor.rowcount, cursor.lastrowid)
    finally:
        cursor.close()
