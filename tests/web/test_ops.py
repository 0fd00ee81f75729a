"""/healthz and /metrics as an operator's tools see them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client import CONTENT_TYPE_LATEST
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select

from bot.clock import FixedClock
from bot.i18n import translator
from bot.nudges.runner import NudgeRunner
from bot.services import Services
from bot.storage.x import XAccount
from bot.web.app import build_app
from bot.web.ops import ops_routes
from bot.x.sync import SyncStatus, sync_account
from tests.conftest import make_settings
from tests.handlers.test_onboarding import onboard
from tests.x.conftest import XWorld, free_port, make_world
from tests.x.test_signin import signed_in


def client(services: Services) -> httpx.AsyncClient:
    app = build_app(ops_routes(services))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ops.test")


async def test_healthz_says_ok_when_the_database_answers(database_url: str, clock: FixedClock) -> None:
    services = Services.create(make_settings(database_url), clock=clock)
    try:
        async with client(services) as http:
            answer = await http.get("/healthz")
    finally:
        await services.close()
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "database": "ok"}


@pytest.fixture(params=["postgresql", "sqlite"])
async def unreachable(request: pytest.FixtureRequest, tmp_path: Path, clock: FixedClock) -> AsyncIterator[Services]:
    """A database that cannot answer: nobody listening on the port, or a file that is not a database.

    (Not a missing folder: aiosqlite then finishes closing in its thread after the test's loop is gone.)
    """
    broken = tmp_path / "nudgebird.db"
    broken.write_bytes(b"this is not an SQLite database, whatever its name says\n" * 100)
    url = (
        f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nudgebird"
        if request.param == "postgresql"
        else f"sqlite+aiosqlite:///{broken}"
    )
    services = Services.create(make_settings(url), clock=clock)
    yield services
    await services.close()


async def test_healthz_is_503_when_the_database_is_unreachable(unreachable: Services) -> None:
    async with client(unreachable) as http:
        answer = await http.get("/healthz")
    assert answer.status_code == 503
    assert answer.json() == {"status": "unavailable", "database": "unreachable"}


async def connected(world: XWorld) -> None:
    said = translator("en")("x-connected", username="fornorossi")
    for _ in range(200):
        if any(said in sent.message.text for sent in world.chat.adapter.sent):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the sign-in was never confirmed in the chat")


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in make_world(sqlite_url, clock):
        yield w


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def scrape(services: Services) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    async with client(services) as http:
        answer = await http.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == CONTENT_TYPE_LATEST and CONTENT_TYPE_LATEST.startswith("text/plain")
    return samples(answer.text)


def grew(before: dict[tuple[str, frozenset[tuple[str, str]]], float],
         after: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:  # fmt: skip
    key = (name, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_metrics_count_what_happened(world: XWorld) -> None:
    services, clock = world.services, world.services.clock
    assert isinstance(clock, FixedClock)
    await signed_in(world)
    await connected(world)  # the first sync and checkup after sign-in run in the background
    before = await scrape(services)

    async with services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
    assert account is not None
    world.fake.add_user("cliente")
    world.fake.add_post("fornorossi", "Pane caldo", created_at=clock.now() - timedelta(hours=1))
    world.fake.add_post("cliente", "@fornorossi aperti?", mentions=["fornorossi"],
                        created_at=clock.now() - timedelta(hours=1))  # fmt: skip
    world.fake.fail_next(1, status=401)
    assert (await sync_account(services, account.id)).status is SyncStatus.DONE  # after one refresh
    world.fake.fail_next(1, status=429)
    assert (await sync_account(services, account.id)).status is SyncStatus.RATE_LIMITED
    synced = await scrape(services)

    await world.chat.send("/cancel")
    await onboard(world.chat, "en")  # nudge at 09:15 Rome
    clock.set(datetime(2026, 11, 26, 8, 20, tzinfo=UTC))
    outcomes = (await NudgeRunner(world.coach).run_once(clock.now())).outcomes
    after = await scrape(services)

    assert grew(before, after, "updates_handled_total", platform="memory") >= 13
    # Tweets and mentions (the one refused with 401 asked again after the refresh), then one answered 429 beside the
    # other read.
    assert grew(before, synced, "x_requests_total") == 4
    assert grew(before, synced, "x_posts_read_total") == 2
    assert grew(before, synced, "x_token_refreshes_total") == 1
    assert grew(before, synced, "platform_429_total", platform="x") == 1
    assert sum(outcomes.values()) == 1
    for outcome, count in outcomes.items():
        assert grew(before, after, "nudges_total", outcome=outcome) == count


async def test_metrics_count_a_disconnection(world: XWorld) -> None:
    await signed_in(world)
    await connected(world)
    before = await scrape(world.services)
    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
    assert account is not None
    for timeline in ("tweets", "mentions"):  # refused before the refresh, and again with the new token
        world.fake.fail_next(2, status=401, endpoint=timeline)
    assert (await sync_account(world.services, account.id)).status is SyncStatus.DISCONNECTED
    world.services.clock.advance(timedelta(hours=3))  # type: ignore[attr-defined]
    after = await scrape(world.services)
    assert grew(before, after, "x_disconnections_total") == 1
