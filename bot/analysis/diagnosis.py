"""What one diagnosis says: a status, the evidence in numbers, and one next step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    ACT = "act"
    WATCH = "watch"
    FINE = "fine"
    UNKNOWN = "unknown"
    """The data cannot tell (too few posts, a question not answered); the finding says why."""


Evidence = Mapping[str, "str | int | float"]


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """Text keys live in prompts/<lang>/checkup.ftl: `dx-<name>` is the title."""

    name: str
    status: Status
    finding: str
    """Text key of what was seen (or, when unknown, why it could not be judged)."""
    evidence: Evidence = field(default_factory=dict)
    """The numbers behind the finding, as values for its text."""
    step: str = "step-keep-going"
    """Text key of the one thing to do next."""
    praise: str | None = None
    """Text key of a streak worth saying out loud (uses the same evidence)."""

    @property
    def title(self) -> str:
        return f"dx-{self.name}"

    @property
    def speaks_up(self) -> bool:
        return self.status in (Status.ACT, Status.WATCH)
