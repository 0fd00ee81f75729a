"""The onboarding benchmark still runs end to end (five people; the real run is `make bench`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_benchmark_runs_with_five_people() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.telegram_onboarding", "--users", "5"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = done.stdout.splitlines()
    assert any(row.startswith("echo bot (minimal PTB)") for row in rows)
    assert any(row.startswith("ours, SQLite") for row in rows)
    assert any(row.startswith("ours, PostgreSQL") for row in rows)
