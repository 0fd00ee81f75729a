"""CPU time from Linux's /proc, for benchmarks that must say how busy the machine was (0 elsewhere)."""

from __future__ import annotations

import contextlib
import os

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
"""Clock ticks a second, the unit of the figures below."""


def process_ticks(pid: int) -> int:
    """User + system CPU time of a process, all its threads, in clock ticks; 0 once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def machine_ticks() -> int:
    """CPU time every core spent busy since boot, in clock ticks."""
    try:
        with open("/proc/stat") as stat:
            user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    except (OSError, ValueError):
        return 0
    return user + nice + system + irq + softirq + steal


def postgres_backends(database: str) -> list[int]:
    """PostgreSQL's server processes connected to `database` (their title names it)."""
    if not database:
        return []
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry.name}/cmdline", "rb") as cmdline:
                title = cmdline.read()
                if title.startswith(b"postgres: ") and f" {database} ".encode() in title:
                    found.append(int(entry.name))
    return found
