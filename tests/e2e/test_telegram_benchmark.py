"""The onboarding benchmark still runs end to end: every phase, for the harness's floor and the three bots (a
handful of people; the real run is `make bench`)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BOTS = ("echo bot (minimal PTB)", "ours, SQLite", "ours, PostgreSQL")
PHASES = ("saturation", "steady 50%", "steady 25/s")
FLOOR = "harness floor (aiohttp)"


def test_the_benchmark_runs_every_phase_for_every_bot() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.telegram_onboarding", "--users", "5", "--steady-updates", "26"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    rows = done.stdout.splitlines()
    assert any(row.startswith("saturation: 5 people at once") for row in rows)
    assert any(row.startswith("steady load: 26 updates") and "then at 25 updates/s" in row for row in rows)
    table = [row for row in rows if re.search(r"\s\d+\.\d+\s+\d+$", row)]
    for index, bot in enumerate(BOTS):
        mine = table[index * len(PHASES) : (index + 1) * len(PHASES)]
        assert mine[0].startswith(bot), done.stdout
        assert [phase for row in mine for phase in PHASES if f" {phase} " in row] == list(PHASES), done.stdout
    floor = table[len(BOTS) * len(PHASES) :]  # at the saturation, then at each rate a bot was measured at
    assert floor[0].startswith(FLOOR) and " saturation " in floor[0], done.stdout
    assert 2 <= len(floor) <= 1 + 2 * len(BOTS) and all(re.search(r" steady \d+/s ", row) for row in floor[1:])
    verdicts = [row for row in rows if row.startswith(BOTS[1:]) and "throughput" in row]
    assert len(verdicts) == 2 and all(len(re.findall(r"PASS|MISS", row)) == 3 for row in verdicts)
