"""The onboarding benchmark still runs end to end, both phases and three bots (a handful of people; the real run
is `make bench`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOTS = ("echo bot (minimal PTB)", "ours, SQLite", "ours, PostgreSQL")


def test_the_benchmark_runs_both_phases_for_the_three_bots() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.telegram_onboarding", "--users", "5", "--steady-people", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = done.stdout.splitlines()
    assert any(row.startswith("saturation: 5 people at once") for row in rows)
    assert any(row.startswith("steady load: 2 other people") and "50% of the bot's own" in row for row in rows)
    for bot in BOTS:
        measured = [row for row in rows if row.startswith(bot) and re.search(r"\d+\.\d+\s+\d+$", row)]
        assert len(measured) == 1, f"no figures for {bot}:\n{done.stdout}"
    verdicts = [row for row in rows if row.startswith(BOTS[1:]) and "throughput" in row]
    assert len(verdicts) == 2 and all(re.search(r"(PASS|MISS).*(PASS|MISS)", row) for row in verdicts)
