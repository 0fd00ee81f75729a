"""A slice of the coach's life logged at DEBUG, every logger included: no key, secret or token in it,
and nothing a person typed or posted at INFO or above."""

from __future__ import annotations

import base64
import logging
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.clock import FixedClock
from bot.storage.x import XAccount
from bot.x.sync import SyncStatus, sync_account
from tests.conftest import TEST_KEY
from tests.conftest_scrub import Catcher, catching_everything, everything_in, leaks
from tests.handlers.test_privacy import routed_world
from tests.x.conftest import XWorld
from tests.x.test_signin import signed_in

TYPED = "Forno Segreto di Via Zamboni"
POSTED = "La ricetta segreta della nonna"


@pytest.fixture
async def world(sqlite_url: str, clock: FixedClock) -> AsyncIterator[XWorld]:
    async for w in routed_world(sqlite_url, clock):
        yield w


async def a_busy_day(world: XWorld) -> None:
    """Sign-in, onboarding, syncs with refreshes and X's faults, export, a failed revocation, forget."""
    chat, fake, clock = world.chat, world.fake, world.services.clock
    assert isinstance(clock, FixedClock)
    await signed_in(world)
    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
    assert account is not None
    await chat.send("/start")
    await chat.send(TYPED)
    await chat.send("not a sector at all, " * 5)
    fake.add_post("fornorossi", POSTED, created_at=clock.now() - timedelta(hours=1))
    fake.fail_next(1, status=401)
    assert (await sync_account(world.services, account.id)).status is SyncStatus.DONE
    clock.advance(timedelta(hours=3))  # the access token expired: refreshed before use
    fake.garbage_next(1, endpoint="tweets")
    await sync_account(world.services, account.id)
    fake.fail_next(1, status=429)
    assert (await sync_account(world.services, account.id)).status is SyncStatus.RATE_LIMITED
    await chat.send("/export")
    await chat.send("/cancel")
    fake.fail_next(3, status=500, endpoint="revoke")
    await chat.send("/disconnect")  # X fails to revoke: logged as a warning with its exception
    await signed_in(world)
    clock.advance(timedelta(hours=3))
    fake.revoked_families.update(t.family for t in fake.refresh_tokens.values())
    async with world.services.db.transaction() as session:
        account = await session.scalar(select(XAccount))
    assert account is not None
    assert (await sync_account(world.services, account.id)).status is SyncStatus.DISCONNECTED
    await chat.send("/forget")
    await chat.press("Yes")


async def test_a_busy_day_logs_no_secret_and_no_message_text(world: XWorld) -> None:
    with catching_everything() as catcher:
        await a_busy_day(world)
    fake = world.fake
    issued = [*fake.access_tokens, *fake.refresh_tokens, *fake.codes]
    assert len(issued) >= 6 and fake.token_refreshes >= 2
    basic = base64.b64encode(f"{fake.client_id}:{fake.client_secret}".encode()).decode()
    secrets = [TEST_KEY, fake.client_secret, basic, *issued]
    # The test's own browser follows X's redirect to /x/callback?code=…: OAuth puts the one-time code in
    # that URL by design, and httpx logs the browser's hops. Our server logs no URL (no access log).
    ours = [r for r in catcher.records if not (r.name.startswith(("httpx", "httpcore")) and
                                               "/x/callback" in everything_in(r))]  # fmt: skip
    assert len(ours) < len(catcher.records)
    assert not leaks(ours, secrets)

    loud = catcher.shown(logging.INFO)
    assert not [r.name for r in loud if TYPED in everything_in(r) or POSTED in everything_in(r)]
    assert {"bot.x.tokens", "bot.privacy"} <= {r.name for r in loud}  # the risky paths did log


def test_the_check_itself_finds_a_leak() -> None:
    """The scrubber is not blind: a token in an argument, an extra field or an exception is found."""
    log = logging.getLogger("tests.scrub")
    catcher = Catcher()
    log.addHandler(catcher)
    log.setLevel(logging.DEBUG)
    log.propagate = False  # these leaks are on purpose: kept from the suite-wide check
    try:
        log.debug("token %s", "fakeAT-" + "x" * 30)
        log.info("installed", extra={"bot": "xoxb-T1-secret"})
        try:
            raise ValueError(TEST_KEY)
        except ValueError:
            log.warning("failed", exc_info=True)
    finally:
        log.removeHandler(catcher)
        log.propagate = True
    assert len(leaks(catcher.records)) == 3
