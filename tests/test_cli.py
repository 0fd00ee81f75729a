"""The `nudgebird` command as operators run it: web, nudge-once, db upgrade, keys rotate."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import TEST_KEY
from tests.x.conftest import free_port


def env(tmp_path: Path, **extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "X_", "DATABASE_"))}
    return {**clean, "DATABASE_URL": f"sqlite:///{tmp_path / 'coach.db'}", "ENCRYPTION_KEYS": TEST_KEY, **extra}


def nudgebird(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], env=env(tmp_path, **extra), cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip


def test_web_serves_health_and_metrics_and_stops_on_sigterm(tmp_path: Path) -> None:
    assert nudgebird(tmp_path, "db", "upgrade").returncode == 0
    port = free_port()
    web = subprocess.Popen([sys.executable, "-m", "bot", "web"], env=env(tmp_path, PORT=str(port)), cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert web.poll() is None, web.communicate()[1][-2000:]
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert health.status_code == 200
        assert "updates_handled_total" in httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert httpx.get(f"http://127.0.0.1:{port}/x/callback?state=nope", timeout=5).status_code == 404
    finally:
        web.send_signal(signal.SIGTERM)
        _, err = web.communicate(timeout=30)
    # uvicorn shuts down cleanly, then re-raises SIGTERM so the exit status tells how the process ended.
    assert web.returncode in (0, -signal.SIGTERM), err[-2000:]
    assert "Application shutdown complete" in err and "Traceback" not in err


def test_nudge_once_with_nothing_due(tmp_path: Path) -> None:
    assert nudgebird(tmp_path, "db", "upgrade").returncode == 0
    result = nudgebird(tmp_path, "nudge-once", "--at", "2026-03-29T08:00:00+02:00")
    assert result.returncode == 0, result.stderr
    assert "nothing due" in result.stdout


def test_nudge_once_refuses_a_time_without_zone(tmp_path: Path) -> None:
    result = nudgebird(tmp_path, "nudge-once", "--at", "2026-03-29T08:00:00")
    assert result.returncode == 2 and "time zone" in result.stderr and "Traceback" not in result.stderr


def test_keys_rotate_on_an_empty_database(tmp_path: Path) -> None:
    assert nudgebird(tmp_path, "db", "upgrade").returncode == 0
    result = nudgebird(tmp_path, "keys", "rotate")
    assert result.returncode == 0 and "0 secrets" in result.stdout


def test_slack_over_http_without_its_signing_secret_says_so(tmp_path: Path) -> None:
    result = nudgebird(tmp_path, "web", SLACK_BOT_TOKEN="xoxb-test", PORT=str(free_port()))
    assert result.returncode == 2
    assert "SLACK_SIGNING_SECRET" in result.stderr and "Traceback" not in result.stderr


def test_worker_deletes_old_posts_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    import sqlite3
    from datetime import UTC, datetime, timedelta

    assert nudgebird(tmp_path, "db", "upgrade").returncode == 0
    old = (datetime.now(UTC) - timedelta(days=100)).isoformat()
    with sqlite3.connect(tmp_path / "coach.db") as db:
        db.execute(
            "insert into users (platform, workspace, platform_user_id, chat_id, display_name, created_at, last_seen_at,"
            " language, language_chosen, reachable, draft, onboarded, goals, nudges_wanted, days_off, weekly_report,"
            " weekly_day) values ('console', '', 'u', 'u', '', ?, ?, 'en', 0, 1, '[]', 1, '[]', 1, '[]', 1, 0)",
            (old, old),
        )
        db.execute("insert into x_accounts (user_id, source, status, x_user_id, username, connected_at, profile,"
                   " disconnect_told) values (1, 'archive', 'connected', '1', 'shop', ?, '{}', 0)", (old,))  # fmt: skip
        db.execute("insert into x_posts values (1, 'own', '42', ?, '{}')", (old,))
    worker = subprocess.Popen([sys.executable, "-m", "bot", "worker"], env=env(tmp_path), cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while _old_posts(tmp_path):
            assert worker.poll() is None, worker.communicate()[1][-2000:]
            assert time.monotonic() < deadline, "the worker did not delete the 100-day-old post"
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        _, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err[-2000:]
    assert "nudge worker stopped" in err


def _old_posts(folder: Path) -> int:
    import sqlite3

    with sqlite3.connect(folder / "coach.db") as db:
        return int(db.execute("select count(*) from x_posts").fetchone()[0])


def test_run_in_the_terminal_sends_the_days_nudge_while_it_is_open(tmp_path: Path) -> None:
    """`nudgebird run` is the whole product in one process: the coach in the terminal and its daily nudges."""
    from bot.i18n import translator
    from tests.adapters.test_console import ONBOARDING, run

    assert run([*ONBOARDING, "/demo"], tmp_path).returncode == 0
    asyncio.run(_due_now_and_quiet_since_yesterday(tmp_path / "coach.db"))
    coach = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env(tmp_path, LANG="en_US.UTF-8"),
                             cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    try:
        time.sleep(8)  # the terminal stays open, with nothing typed, while the scheduler's first tick runs
    finally:
        out, err = coach.communicate(input="", timeout=60)
    assert coach.returncode == 0 and "Traceback" not in err, err[-2000:]
    assert translator("en")("button-stop-nudges") in out


async def _due_now_and_quiet_since_yesterday(path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from bot.storage.db import Database
    from bot.storage.models import User

    database = Database(f"sqlite+aiosqlite:///{path}")
    now = datetime.now(UTC)
    async with database.transaction() as session:
        await session.execute(update(User).values(next_nudge_at=now - timedelta(minutes=1),
                                                  last_seen_at=now - timedelta(days=1)))  # fmt: skip
    await database.close()


def test_the_terminal_coach_stops_on_sigterm_without_waiting_for_input(tmp_path: Path) -> None:
    coach = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=env(tmp_path, LANG="en_US.UTF-8"),
                             cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True)  # fmt: skip
    try:
        time.sleep(4)  # started, waiting for a line that never comes
        coach.send_signal(signal.SIGTERM)
        assert coach.wait(timeout=20) == 0
    finally:
        if coach.poll() is None:
            coach.kill()
        _, err = coach.communicate(timeout=10)
    assert "Traceback" not in err, err[-2000:]
