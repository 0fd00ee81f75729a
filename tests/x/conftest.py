"""An X account world for tests: the fake X API and our coach configured to use it."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from tenacity import wait_none

from bot.clock import FixedClock
from bot.coach import Coach
from bot.services import Services
from bot.web.app import build_app
from bot.web.x_routes import x_routes
from bot.x.client import XClient
from handlers import routes
from handlers.connect import connected
from tests.conftest import make_settings
from tests.fakes.chat import Chat, MemoryAdapter
from tests.fakes.fake_x import FakeX
from tests.fakes.server import serve_asgi


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class XWorld:
    fake: FakeX
    services: Services
    coach: Coach
    chat: Chat
    base_url: str
    """Our web app."""


async def make_world(database_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    fake = FakeX(clock=clock)
    async with serve_asgi(fake.app) as x_url:
        port = free_port()
        settings = make_settings(
            database_url,
            public_url=f"http://127.0.0.1:{port}",
            x_client_id=fake.client_id,
            x_client_secret=fake.client_secret,
            x_api_url=x_url,
            x_authorize_url=f"{x_url}/i/oauth2/authorize",
        )
        client = XClient(x_url, fake.client_id, fake.client_secret, retry_wait=wait_none(), clock=clock)
        services = Services.create(settings, clock=clock, x_client=client)
        coach = Coach(services, routes())
        adapter = MemoryAdapter()
        coach.attach(adapter)
        async with serve_asgi(build_app(x_routes(coach, connected)), port=port) as base_url:
            yield XWorld(fake, services, coach, Chat(coach, adapter), base_url)
        await services.close()


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in make_world(sqlite_url, clock):
        yield w
