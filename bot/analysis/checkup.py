"""The checkup: every diagnosis run once, ranked by urgency, and a score from 0 to 100."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.analysis.answers import Answers
from bot.analysis.diagnoses import ALL, WITHOUT_MENTIONS
from bot.analysis.diagnoses.posting import FEW_POSTS
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


def _penalty(diagnosis: Diagnosis) -> float | None:
    """What a diagnosis costs the score, or None when it does not count.

    What we cannot judge for want of a source (a question not answered, mentions an archive lacks) does
    not count: it says nothing about the account. Too few posts to judge does count, as a problem to act
    on: it is the account being nearly silent, and a nearly empty account must not score as a good base.
    """
    if diagnosis.status is Status.UNKNOWN:
        return PENALTY[Status.ACT] if diagnosis.finding == FEW_POSTS else None
    return PENALTY[diagnosis.status]


def score(diagnoses: list[Diagnosis]) -> int:
    """100 when everything we can judge is fine; see `_penalty` for what we cannot judge."""
    counted = [(WEIGHTS[d.name], penalty) for d in diagnoses if (penalty := _penalty(d)) is not None]
    total = sum(weight for weight, _ in counted)
    if not total:
        return 100
    lost = sum(weight * penalty for weight, penalty in counted)
    return round(100 * (1 - lost / total))


def diagnose(facts: Facts, answers: Answers, limits: Thresholds, *, mentions: bool = True) -> Checkup:
    """`mentions`: whether the source has them at all (an X archive does not)."""
    found = [check(facts, answers, limits) for check in (ALL if mentions else WITHOUT_MENTIONS)]
    return Checkup(score(found), rank(found))


def run_checkup(
    account: AccountData, answers: Answers, now: datetime, base: Thresholds = DEFAULTS, *, mentions: bool = True
) -> Checkup:
    limits = for_answers(answers, base)
    return diagnose(gather(account, now, limits.window_days), answers, limits, mentions=mentions)
