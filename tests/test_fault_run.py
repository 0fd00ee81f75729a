"""The fault run, short form: users chatting and nudged over simulated days under injected faults lose nothing."""

from __future__ import annotations

from bot.clock import FixedClock
from bot.services import Services
from tests.fakes.fault_run import run

CONCURRENCY = 20
"""NudgeRunner's default number of deliveries in flight."""


async def test_nothing_is_lost_under_faults_and_a_killed_worker(services: Services, clock: FixedClock) -> None:
    report = await run(services, clock, users=30, days=3)
    print(report)
    assert report.due >= 30 * 2
    assert report.lost == 0, report
    assert report.sent > report.due // 2
    assert report.platform_faults > 0 and report.kills > 0
    # Only a message the platform accepted just before a kill, whose "sent" was not committed, can come
    # twice: at most one per delivery slot in flight when the worker died.
    assert report.duplicated <= report.kills * CONCURRENCY
