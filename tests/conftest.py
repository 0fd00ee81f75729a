"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL where asked), a fixed clock, a chat."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TypeVar

import pytest
from hypothesis import settings
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.clock import FixedClock
from bot.coach import Coach
from bot.services import Services
from bot.settings import Settings
from bot.storage.base import Base
from bot.storage.db import upgrade_schema
from handlers import routes
from tests.fakes.chat import Chat, MemoryAdapter

pytest_plugins = ("tests.conftest_scrub",)

# In CI the property tests replay the same examples every run, so a red build always names a real, repeatable
# failure; on developers' machines they keep exploring new inputs.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
"""Every test's log output is checked for tokens, secrets and keys."""

PG_ADMIN_URL = os.environ.get("NUDGEBIRD_TEST_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")
T = TypeVar("T")
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def _pg_available() -> bool:
    engine = create_async_engine(PG_ADMIN_URL)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("select 1"))
        return True
    except Exception:
        return False
    finally:
        await engine.dispose()


def _in_thread(work: Callable[[], T]) -> T:
    """Runs blocking set-up (its own event loop included) outside the test's running loop."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(work).result()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated; dropped at the end."""
    if not _in_thread(lambda: asyncio.run(_pg_available())):
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI and is not reachable at {PG_ADMIN_URL}")
        pytest.skip("PostgreSQL not reachable (outside CI only)")
    name = f"nudgebird_test_{uuid.uuid4().hex[:10]}"

    async def admin(statement: str) -> None:
        engine = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        async with engine.connect() as conn:
            await conn.execute(text(statement))
        await engine.dispose()

    _in_thread(lambda: asyncio.run(admin(f'CREATE DATABASE "{name}"')))
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    _in_thread(lambda: upgrade_schema(url))
    yield url
    _in_thread(lambda: asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')))


async def _truncate(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        await conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One migrated SQLite file, copied for each test (migrating every time would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade_schema(f"sqlite+aiosqlite:///{path}")
    return str(path)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def database_url(request: pytest.FixtureRequest, tmp_path, sqlite_template: str) -> AsyncIterator[str]:
    """Runs a test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "nudgebird.db"
        shutil.copy(sqlite_template, path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url = request.getfixturevalue("pg_url")
    await _truncate(url)
    yield url


@pytest.fixture
async def sqlite_url(tmp_path, sqlite_template: str) -> str:
    import shutil

    path = tmp_path / "nudgebird.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


TEST_KEY = "dGVzdC1rZXktZm9yLW51ZGdlYmlyZC10ZXN0cy0zMmI="


def make_settings(database_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {"encryption_keys": TEST_KEY, **overrides}
    return Settings(_env_file=None, database_url=database_url, **values)  # type: ignore[call-arg]


@pytest.fixture
async def services(sqlite_url: str, clock: FixedClock) -> AsyncIterator[Services]:
    services = Services.create(make_settings(sqlite_url), clock=clock)
    yield services
    await services.close()


@pytest.fixture
def coach(services: Services) -> Coach:
    return Coach(services, routes())


@pytest.fixture
def chat(coach: Coach) -> Chat:
    return Chat(coach, MemoryAdapter())


@pytest.fixture(autouse=True)
def _every_text_exists(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails any test during which the coach tried to say a text that is missing from prompts/."""
    yield
    missing = [
        r for r in caplog.records if r.name == "bot.i18n" and r.getMessage().startswith("text missing")
    ]
    assert not missing, [getattr(r, "key", "?") for r in missing]
