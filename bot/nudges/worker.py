"""The scheduler loop of `nudgebird worker`: run what is due, sleep, repeat; stop cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal

from bot.coach import Coach
from bot.nudges.digests import post_team_digests
from bot.nudges.runner import NudgeRunner
from bot.privacy import purge_old_posts

log = logging.getLogger(__name__)
TICK_SECONDS = 20.0


async def run_worker(coach: Coach, *, tick: float = TICK_SECONDS, stop: asyncio.Event | None = None) -> None:
    """Until `stop` is set (by default: SIGTERM or SIGINT): the run in progress finishes, the claims still
    waiting for a retry are handed to the other workers, then it returns."""
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
    runner = NudgeRunner(coach)
    log.info("nudge worker started", extra={"worker": runner.worker, "platforms": sorted(coach.adapters)})
    if not coach.adapters:
        log.warning("no platform is configured: this worker can send no nudge, and claims none")
    purged_on = None
    while not stop.is_set():
        now = coach.services.clock.now()
        try:
            stats = await runner.run_once(now)
            if stats.outcomes:
                log.info("nudge run", extra=dict(stats.outcomes))
            await post_team_digests(coach, now)
            if purged_on != now.date():
                deleted = await purge_old_posts(coach.services, now)
                purged_on = now.date()
                log.info("old data deleted", extra={"rows": deleted})
        except Exception:
            log.exception("nudge run failed; trying again at the next tick")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=tick)
    released = await runner.release(coach.services.clock.now())
    log.info("nudge worker stopped", extra={"worker": runner.worker, "claims_released": released})
