"""Nudges prepared and handed to a fake platform per second, sync with the fake X API and database writes included.

Every user has a connected X account with fresh posts and mentions, so each nudge syncs (3 requests
to the local fake X: profile, posts and mentions since the last read), runs the checkup, writes its rows
and posts to a local fake platform. Workers are separate processes, started first and then set going
together; the figure is users ÷ the slowest worker's run time. Beside it, the CPU time a nudge costs its
worker (measured inside the worker over its run: first connections included, the process's start, imports
and texts loaded, not): what one worker can do on a core of its own. This process plays X and the
platform for every worker. The machine line says how many cores were busy during the run and the CPU a
nudge cost in all (workers, PostgreSQL, the fakes, anything else running), hence the most this machine
could do: when every core is busy, more workers only share the same time. A last run has the fake X take
200 ms over each answer, as a distant API does: what the worker's reads in flight hide of it.

    python -m benchmarks.nudge_throughput [--users 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import create_async_engine

from benchmarks.machine import TICK, machine_ticks
from bot.clock import FixedClock
from bot.crypto import Vault
from bot.storage.db import Database, upgrade_schema
from bot.storage.x import XAccount
from tests.conftest import PG_ADMIN_URL, TEST_KEY
from tests.fakes.due_users import DUE, add_due_users
from tests.fakes.fake_platform import FakePlatform
from tests.fakes.fake_x import FakeX
from tests.fakes.server import serve_asgi

ROOT = Path(__file__).resolve().parents[1]
TARGET = 300
START_TIMEOUT = 60.0
"""Seconds a worker may take to start (imports, texts) before the run is given up."""
SLOW_X = 0.2
"""Seconds each answer of the fake X takes in the last run: the local fake answers at once, X does not."""


async def seed(url: str, fake: FakeX, users: int) -> None:
    vault = Vault([TEST_KEY])
    database = Database(url)
    fan = fake.add_user("fan")
    async with database.transaction() as session:
        ids = await add_due_users(session, users, language="it")
        accounts = []
        for n, user_id in enumerate(ids):
            shop = fake.add_user(f"shop{n}")
            for hour in (30, 20, 10):
                fake.add_post(shop, "Pane caldo e focaccia, ordina ora!", created_at=DUE - timedelta(hours=hour))
            for hour in (40, 30, 26, 5, 2):
                fake.add_post(fan, f"@{shop.username} a che ora aprite?", mentions=[shop.username],
                              created_at=DUE - timedelta(hours=hour))  # fmt: skip
            issued = fake.issue_tokens(shop)
            accounts.append({
                "user_id": user_id, "source": "x", "status": "connected", "x_user_id": shop.id,
                "username": shop.username, "connected_at": DUE - timedelta(days=1), "profile": {},
                "access_token": vault.encrypt(issued["access_token"]),
                "refresh_token": vault.encrypt(issued["refresh_token"]), "expires_at": DUE + timedelta(hours=2),
            })  # fmt: skip
        await session.execute(insert(XAccount), accounts)
    await database.close()
    for token in fake.access_tokens.values():
        token.expires_at = DUE + timedelta(days=1)


@dataclass(frozen=True)
class Measured:
    rate: float
    """Nudges a second: users ÷ the slowest worker's run time."""
    worker_ms: float
    """CPU milliseconds a nudge costs its worker."""
    fakes_ms: float
    """CPU milliseconds a nudge costs this process (the fake X and platform)."""
    machine_ms: float
    """CPU milliseconds a nudge costs the whole machine: workers, PostgreSQL, fakes and anything else running."""
    cores_busy: float


async def run(url: str, workers: int, users: int, x_latency: float = 0.0) -> Measured:
    fake_x = FakeX(clock=FixedClock(DUE), latency=x_latency)
    fake = FakePlatform()
    async with serve_asgi(fake_x.app) as x_url, serve_asgi(fake.app) as platform:
        await seed(url, fake_x, users)
        gc.collect()
        gc.freeze()  # the fakes' users and posts, made once, kept out of the collector's passes as the worker does
        env = {**os.environ, "PYTHONPATH": str(ROOT), "X_API_URL": x_url, "X_CLIENT_ID": fake_x.client_id,
               "X_CLIENT_SECRET": fake_x.client_secret}  # fmt: skip
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.nudges.worker_proc", url, platform,
                (DUE + timedelta(minutes=1)).isoformat(), f"w{i}", "--on-go", env=env,
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            )
            for i in range(workers)
        ]  # fmt: skip
        try:
            for proc in procs:  # every worker started (imports, texts), then all go at once
                assert proc.stdout is not None
                if await asyncio.wait_for(proc.stdout.readline(), START_TIMEOUT) != b"ready\n":
                    raise SystemExit((await proc.communicate(b""))[1].decode()[-2000:])
            fakes_cpu, machine, started = time.process_time(), machine_ticks(), time.perf_counter()
            results = await asyncio.gather(*(p.communicate(b"go\n") for p in procs))
            fakes_cpu, machine = time.process_time() - fakes_cpu, (machine_ticks() - machine) / TICK
            elapsed = time.perf_counter() - started
        finally:
            gc.unfreeze()
            for proc in procs:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()
    for proc, (_, err) in zip(procs, results, strict=True):
        if proc.returncode:
            raise SystemExit(err.decode()[-2000:])
    reports = [json.loads(out) for out, _ in results]
    if len(fake.received) != users:
        raise SystemExit(f"only {len(fake.received)} of {users} users were nudged")
    return Measured(
        rate=users / max(r["seconds"] for r in reports),
        worker_ms=1000 * sum(r["cpu"] for r in reports) / users,
        fakes_ms=1000 * fakes_cpu / users,
        machine_ms=1000 * machine / users,
        cores_busy=machine / elapsed,
    )


async def pg_database() -> tuple[str, str]:
    name = f"nudgebird_bench_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    await asyncio.to_thread(upgrade_schema, url)
    return url, name


async def drop(name: str) -> None:
    engine = create_async_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await engine.dispose()


async def main(users: int) -> None:
    print(f"{users} users due at once; nudges per second, and the CPU time a nudge costs its worker")
    print(f"(target: {TARGET}/s per worker; this process plays X and the platform for all workers, on the same cores)")
    await on_sqlite("SQLite, 1 worker", users)
    for workers in (1, 2, 4):
        url, name = await pg_database()
        try:
            measured = await run(url, workers, users)
        finally:
            await drop(name)
        report(f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}", workers, measured)
    print(f"With X answering each read in {1000 * SLOW_X:.0f} ms, as a distant API does, instead of at once:")
    await on_sqlite("SQLite, 1 worker", users, SLOW_X)


async def on_sqlite(label: str, users: int, x_latency: float = 0.0) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{folder}/bench.db"
        await asyncio.to_thread(upgrade_schema, url)
        report(label, 1, await run(url, 1, users, x_latency))


def report(label: str, workers: int, measured: Measured) -> None:
    per_worker = measured.rate / workers
    verdict = "PASS" if per_worker >= TARGET else "MISS"
    cores = os.cpu_count() or 1
    ceiling = 1000 * cores / measured.machine_ms
    rest = measured.machine_ms - measured.worker_ms - measured.fakes_ms
    print(
        f"{label:<24}{measured.rate:8.0f}/s  ({per_worker:.0f}/s per worker, {verdict})   "
        f"worker CPU {measured.worker_ms:4.1f} ms a nudge = at most {1000 / measured.worker_ms:.0f}/s on a free core\n"
        f"{'':<24}the machine: {measured.cores_busy:.1f} of {cores} cores busy, {measured.machine_ms:.1f} ms of CPU a "
        f"nudge in all (fake X and platform {measured.fakes_ms:.1f}, the database and the rest {rest:.1f}) "
        f"= at most {ceiling:.0f}/s on {cores} cores"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=3000, help="30 batches of 100: start and end weigh little")
    asyncio.run(main(parser.parse_args().users))
