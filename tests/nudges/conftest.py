"""The X world of tests/x, for nudges that read X before they are sent."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.clock import FixedClock
from tests.x.conftest import XWorld, make_world


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in make_world(sqlite_url, clock):
        yield w
