"""`make bench`: every benchmark, one after the other, each printing its own table.

Run one alone with `python -m benchmarks.<name> --help`.
"""

from __future__ import annotations

import subprocess
import sys

BENCHMARKS = (
    ("classifier_eval", []),
    ("checkup_speed", []),
    ("x_sync_cost", []),
    ("nudge_throughput", ["--users", "1000"]),
    ("fault_run", []),
    ("telegram_onboarding", ["--users", "1000"]),
)


def main() -> int:
    failed = 0
    for name, args in BENCHMARKS:
        print(f"\n=== {name} ===", flush=True)
        failed += subprocess.run([sys.executable, "-m", f"benchmarks.{name}", *args], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
