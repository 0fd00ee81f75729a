"""The team digest posted by the nudge workers: once a local day, at the chooser's hour, about the shared account."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.adapters.slack import SlackBot
from bot.adapters.slack_web import ChannelPace
from bot.clock import FixedClock
from bot.coach import Coach
from bot.nudges.digests import post_team_digests
from bot.services import Services
from bot.storage.models import User
from bot.storage.slack import SlackDigestDay
from bot.storage.x import XAccount
from handlers import routes
from tests.e2e.slack_harness import SlackWorld, slack_world
from tests.fakes.fake_x import FakeX
from tests.fakes.server import serve_asgi

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
"""The clock's start: 10:00 in Rome, where the chooser and the channel are."""


@asynccontextmanager
async def digest_world(database_url: str, clock: FixedClock) -> AsyncIterator[tuple[SlackWorld, FakeX]]:
    fake_x = FakeX(clock=clock)
    async with serve_asgi(fake_x.app) as x_url:
        x = {"x_api_url": x_url, "x_client_id": fake_x.client_id, "x_client_secret": fake_x.client_secret}
        async with slack_world(database_url, clock, settings=x) as world:
            yield world, fake_x


async def team(
    world: SlackWorld, fake_x: FakeX, team_id: str = "T1", *, locale: str = "en-GB", **chooser: object
) -> str:
    """A workspace whose admin chose #team-<id> for the digest and signed in with the shop's X account;
    the admin's own answers (nudge_time, days_off) are set from `chooser`. Returns the shop's username."""
    await world.install(team_id)
    boss = f"UBOSS{team_id}"
    world.fake.add_user(team_id, boss, admin=True, tz="Europe/Rome", locale=locale)
    await world.dm(team_id, boss, "hello")
    channel = f"CTEAM{team_id}"
    await world.command(team_id, boss, f"digest <#{channel}|team>", channel=channel)
    shop = fake_x.add_user(f"shop{team_id.lower()}")
    tokens = fake_x.issue_tokens(shop)
    vault = world.services.vault
    async with world.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == boss))
        assert user is not None
        for name, value in chooser.items():
            setattr(user, name, value)
        session.add(
            XAccount(
                user_id=user.id, source="x", status="connected", x_user_id=shop.id, username=shop.username,
                connected_at=world.clock.now(), profile={}, access_token=vault.encrypt(tokens["access_token"]),
                refresh_token=vault.encrypt(tokens["refresh_token"]), expires_at=world.clock.now() + timedelta(days=30),
            )
        )  # fmt: skip
    fake_x.access_tokens[tokens["access_token"]].expires_at = world.clock.now() + timedelta(days=30)
    return shop.username


def mention(fake_x: FakeX, shop: str, text: str, at: datetime) -> str:
    fan = fake_x.add_user(f"fan{len(fake_x.users)}")
    return fake_x.add_post(fan, f"@{shop} {text}", mentions=[shop], created_at=at)


def digests(world: SlackWorld, team_id: str = "T1") -> list[str]:
    """What the digest channel shows, message by message, the hello when it was chosen left out."""
    return [p.sections() for p in world.fake.messages(f"CTEAM{team_id}")[1:]]


async def run(world: SlackWorld, at: datetime) -> dict[str, int]:
    world.clock.set(at)
    return dict(await post_team_digests(world.bot.coach, at))


async def test_posted_once_on_the_due_day_at_the_chosen_hour_and_not_before(sqlite_url, clock):
    async with digest_world(sqlite_url, clock) as (world, fake_x):
        shop = await team(world, fake_x, nudge_time="10:30")
        mention(fake_x, shop, "il pane di ieri era bruciato", MONDAY - timedelta(hours=30))
        mention(fake_x, shop, "a che ora aprite?", MONDAY - timedelta(hours=2))

        assert await run(world, MONDAY + timedelta(minutes=29, seconds=59)) == {}
        assert digests(world) == []

        assert await run(world, MONDAY + timedelta(minutes=30)) == {"posted": 1}
        (posted,) = digests(world)
        assert posted.startswith("2 mentions unanswered since Sunday — who takes them?")
        assert "*22/11 04:00* @shopt1 il pane di ieri era bruciato" in posted
        assert "*23/11 08:00* @shopt1 a che ora aprite?" in posted
        links = [b["accessory"]["url"] for b in world.fake.messages("CTEAMT1")[-1].blocks if "accessory" in b]
        assert all(link.startswith("https://x.com/i/web/status/") for link in links) and len(links) == 2

        assert await run(world, MONDAY + timedelta(hours=2)) == {}
        mention(fake_x, shop, "siete aperti domani?", MONDAY + timedelta(hours=20))
        assert await run(world, MONDAY + timedelta(days=1, minutes=29)) == {}
        assert await run(world, MONDAY + timedelta(days=1, minutes=30)) == {"posted": 1}
        assert digests(world)[-1].startswith("3 mentions unanswered since Sunday")
        assert len(digests(world)) == 2


async def test_nine_by_default_never_on_a_day_off_and_not_hours_late(sqlite_url, clock):
    async with digest_world(sqlite_url, clock) as (world, fake_x):
        shop = await team(world, fake_x, days_off=["1"])  # no nudge hour; Tuesdays off
        mention(fake_x, shop, "ciao!", MONDAY - timedelta(days=1))

        assert await run(world, MONDAY - timedelta(hours=1, seconds=1)) == {}  # 08:59:59 in Rome
        assert await run(world, MONDAY - timedelta(hours=1)) == {"posted": 1}
        assert await run(world, MONDAY + timedelta(days=1)) == {}  # Tuesday
        assert await run(world, MONDAY + timedelta(days=2, hours=5)) == {}  # Wednesday, 15:00: too late
        assert len(digests(world)) == 1


async def test_nothing_is_posted_when_every_mention_is_answered_or_no_channel_is_chosen(sqlite_url, clock):
    async with digest_world(sqlite_url, clock) as (world, fake_x):
        shop = await team(world, fake_x)
        asked = mention(fake_x, shop, "avete il pane senza glutine?", MONDAY - timedelta(hours=5))
        fake_x.add_post(shop, "Sì, il giovedì!", reply_to=asked, created_at=MONDAY - timedelta(hours=4))
        assert await run(world, MONDAY) == {"silent": 1}

        await team(world, fake_x, "T2")
        await world.command("T2", "UBOSST2", "digest off")
        await team(world, fake_x, "T3")
        async with world.services.db.transaction() as session:
            await session.delete(await session.scalar(select(XAccount).where(XAccount.username == "shopt3")))
        assert await run(world, MONDAY + timedelta(days=1)) == {"silent": 1}
        assert digests(world, "T1") == digests(world, "T2") == digests(world, "T3") == []


async def test_the_digest_speaks_the_channels_language(sqlite_url, clock):
    async with digest_world(sqlite_url, clock) as (world, fake_x):
        shop = await team(world, fake_x, locale="it-IT")
        mention(fake_x, shop, "buongiorno", MONDAY - timedelta(hours=3))
        assert await run(world, MONDAY) == {"posted": 1}
        (posted,) = digests(world)
        assert posted.startswith("Una menzione senza risposta da oggi")
        assert world.fake.messages("CTEAMT1")[-1].labels()[-1] == "Me ne occupo io"


async def test_a_channel_that_refuses_does_not_stop_the_others(sqlite_url, clock, caplog):
    async with digest_world(sqlite_url, clock) as (world, fake_x):
        for team_id in ("T1", "T2"):
            shop = await team(world, fake_x, team_id)
            mention(fake_x, shop, "ciao", MONDAY - timedelta(hours=3))
        world.fake.refuse_channel("CTEAMT1", "is_archived")

        with caplog.at_level(logging.INFO):
            assert await run(world, MONDAY) == {"failed": 1, "posted": 1}
        assert digests(world, "T2") and not world.fake.messages("CTEAMT1")[1:]
        (refused,) = [r for r in caplog.records if r.getMessage() == "team digest not posted"]
        assert (refused.levelno, refused.workspace, refused.reason) == (logging.INFO, "-:T1", "is_archived")
        ours = [str(vars(r)) for r in caplog.records if r.name.startswith("bot.") and r.levelno >= logging.INFO]
        assert not [line for line in ours if "xoxb-" in line or "ciao" in line]
        assert await run(world, MONDAY + timedelta(minutes=5)) == {}, "a failed day is not tried again"


async def test_two_workers_at_once_post_it_once(database_url, clock):
    async with digest_world(database_url, clock) as (world, fake_x):
        shop = await team(world, fake_x)
        mention(fake_x, shop, "ciao", MONDAY - timedelta(hours=3))
        other = Services.create(world.services.settings, clock=clock)
        try:
            second = SlackBot(other, Coach(other, routes()), pace=ChannelPace(0.01))
            outcomes = await asyncio.gather(
                post_team_digests(world.bot.coach, MONDAY), post_team_digests(second.coach, MONDAY)
            )
        finally:
            await other.close()
        assert sorted(sum(o.values()) for o in outcomes) == [0, 1]
        assert len(digests(world)) == 1
        async with world.services.db.transaction() as session:
            (day,) = (await session.scalars(select(SlackDigestDay))).all()
        assert (day.workspace, day.local_date.isoformat(), day.status) == ("-:T1", "2026-11-23", "posted")


async def test_nudge_once_posts_the_digests_due(sqlite_url, clock, monkeypatch):
    from bot.cli import _nudge_once

    async with digest_world(sqlite_url, clock) as (world, fake_x):
        shop = await team(world, fake_x)
        mention(fake_x, shop, "ciao", MONDAY - timedelta(hours=3))
        monkeypatch.setattr("bot.services.SystemClock", lambda: clock)
        await _nudge_once(world.services.settings, MONDAY)
        assert len(digests(world)) == 1
