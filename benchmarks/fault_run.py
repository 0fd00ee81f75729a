"""The fault run in full: 200 users chatting and nudged over a simulated week under injected faults.

    python -m benchmarks.fault_run [--users 200] [--days 7]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile

from bot.clock import FixedClock
from bot.services import Services
from bot.storage.db import upgrade_schema
from tests.conftest import make_settings
from tests.fakes.fault_run import START, run


async def main(users: int, days: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/fault.db"
        await asyncio.to_thread(upgrade_schema, url)
        clock = FixedClock(START)
        services = Services.create(make_settings(url), clock=clock)
        try:
            report = await run(services, clock, users=users, days=days)
        finally:
            await services.close()
    print(report)
    print("outcomes of the nudge runs:", dict(report.outcomes))
    if report.lost:
        raise SystemExit(f"{report.lost} nudges lost")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--days", type=int, default=7)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.users, arguments.days))
