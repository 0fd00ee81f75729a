"""A nudge reads X just before it is sent; when X is down it waits up to an hour, then says how old its news is."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import FixedClock
from bot.i18n import translator
from bot.nudges.runner import NudgeRunner
from tests.handlers.test_onboarding import onboard
from tests.x.conftest import XWorld
from tests.x.test_signin import signed_in

TOMORROW_DUE = timedelta(days=1, hours=-0, minutes=-45)
"""The fixed clock starts at 09:00 UTC; the onboarding's 09:15 Rome nudge is at 08:15 UTC the next day."""


async def connected_shop(world: XWorld) -> FixedClock:
    clock = world.services.clock
    assert isinstance(clock, FixedClock)
    shop = world.fake.add_user("fornorossi")
    fan = world.fake.add_user("cliente")
    for hours in (50, 40, 30):
        world.fake.add_post(fan, "@fornorossi il pane di ieri era bruciato", mentions=[shop.username],
                            created_at=clock.now() - timedelta(hours=hours))  # fmt: skip
    world.fake.signed_in = shop.id
    await onboard(world.chat, "en")
    await signed_in(world)
    world.chat.replies()
    return clock


async def test_a_nudge_syncs_first_and_reports_what_it_just_read(world: XWorld) -> None:
    clock = await connected_shop(world)
    due = clock.now() + TOMORROW_DUE
    fan = next(u for u in world.fake.users.values() if u.username == "cliente")
    world.fake.add_post(fan, "@fornorossi a che ora aprite domani?", mentions=["fornorossi"],
                        created_at=due - timedelta(hours=30))  # fmt: skip
    clock.set(due)
    before = world.fake.posts_returned
    assert (await NudgeRunner(world.coach).run_once(due)).outcomes == {"sent": 1}
    assert world.fake.posts_returned == before + 1  # only the new mention was read
    world.chat.replies()
    assert "4 mentions" in world.chat.text()


async def test_when_x_is_down_the_nudge_waits_then_says_how_old_its_news_is(world: XWorld) -> None:
    clock = await connected_shop(world)
    due = clock.now() + TOMORROW_DUE
    clock.set(due)
    world.fake.fail_next(1000, status=503)
    runner = NudgeRunner(world.coach)
    assert (await runner.run_once(due)).outcomes == {"retry": 1}
    assert world.chat.replies() == []
    for _ in range(3):  # X is asked again every quarter of an hour
        clock.advance(timedelta(minutes=15, seconds=1))
        assert (await runner.run_once(clock.now())).outcomes == {"retry": 1}
    assert world.chat.replies() == []
    clock.advance(timedelta(minutes=15, seconds=1))  # past the hour: nudge with what we have
    assert (await runner.run_once(clock.now())).outcomes == {"sent": 1}
    world.chat.replies()
    assert translator("en")("nudge-stale", hours=24) in world.chat.text()
