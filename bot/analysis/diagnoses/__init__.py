"""The twelve diagnoses of COACHING.md, in its order; each is `(facts, answers, limits) -> Diagnosis`."""

from __future__ import annotations

from collections.abc import Callable

from bot.analysis.answers import Answers
from bot.analysis.diagnoses.account import following, profile, protected
from bot.analysis.diagnoses.conversation import answering, arguing, learning
from bot.analysis.diagnoses.onboarding import audience, auto_dms, goals
from bot.analysis.diagnoses.posting import broadcasting, cadence, convictions
from bot.analysis.diagnosis import Diagnosis
from bot.analysis.facts import Facts
from bot.analysis.thresholds import Thresholds

Diagnose = Callable[[Facts, Answers, Thresholds], Diagnosis]

ALL: tuple[Diagnose, ...] = (
    broadcasting,
    cadence,
    answering,
    goals,
    audience,
    profile,
    protected,
    convictions,
    following,
    auto_dms,
    arguing,
    learning,
)
