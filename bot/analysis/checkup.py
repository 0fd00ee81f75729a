"""The checkup: every diagnosis run once, ranked by urgency, and a score from 0 to 100."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.analysis.answers import Answers
from bot.analysis.diagnoses import ALL
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.facts import Facts, gather
from bot.analysis.thresholds import DEFAULTS, Thresholds, for_answers
from bot.x.models import AccountData

WEIGHTS: dict[str, int] = {
    "answering": 5,
    "broadcasting": 5,
    "cadence": 5,
    "protected": 4,
    "audience": 3,
    "goals": 2,
    "profile": 2,
    "autodms": 2,
    "arguing": 2,
    "following": 2,
    "convictions": 2,
    "learning": 1,
}
"""How much each diagnosis weighs in the score, and which comes first among equals."""
PENALTY = {Status.ACT: 1.0, Status.WATCH: 0.4, Status.FINE: 0.0}
RANK = {Status.ACT: 0, Status.WATCH: 1, Status.FINE: 2, Status.UNKNOWN: 3}
TOP = 3


@dataclass(frozen=True, slots=True)
class Checkup:
    score: int
    diagnoses: tuple[Diagnosis, ...]
    """All twelve, most urgent first."""

    @property
    def top(self) -> tuple[Diagnosis, ...]:
        return tuple(d for d in self.diagnoses if d.speaks_up)[:TOP]

    @property
    def praise(self) -> tuple[Diagnosis, ...]:
        return tuple(d for d in self.diagnoses if d.praise)

    @property
    def unknown(self) -> tuple[Diagnosis, ...]:
        return tuple(d for d in self.diagnoses if d.status is Status.UNKNOWN)


def rank(diagnoses: list[Diagnosis]) -> tuple[Diagnosis, ...]:
    return tuple(sorted(diagnoses, key=lambda d: (RANK[d.status], -WEIGHTS[d.name])))


def score(diagnoses: list[Diagnosis]) -> int:
    """100 when everything we can judge is fine; what we cannot judge does not count."""
    judged = [d for d in diagnoses if d.status is not Status.UNKNOWN]
    total = sum(WEIGHTS[d.name] for d in judged)
    if not total:
        return 100
    lost = sum(WEIGHTS[d.name] * PENALTY[d.status] for d in judged)
    return round(100 * (1 - lost / total))


def diagnose(facts: Facts, answers: Answers, limits: Thresholds) -> Checkup:
    found = [check(facts, answers, limits) for check in ALL]
    return Checkup(score(found), rank(found))


def run_checkup(account: AccountData, answers: Answers, now: datetime, base: Thresholds = DEFAULTS) -> Checkup:
    limits = for_answers(answers, base)
    return diagnose(gather(account, now, limits.window_days), answers, limits)
