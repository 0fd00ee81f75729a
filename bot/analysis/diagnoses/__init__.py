"""The twelve diagnoses of COACHING.md, in its order; each is `(facts, answers, limits) -> Diagnosis`."""

from __future__ import annotations

from collections.abc import Callable

from bot.analysis.answers import Answers
from bot.analysis.diagnoses.account import following, profile, protected
from bot.analysis.diagnoses.conversation import (
    answering,
    answering_without_mentions,
    arguing,
    arguing_without_mentions,
    learning,
    learning_without_mentions,
)
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

_NO_MENTIONS: dict[Diagnose, Diagnose] = {
    answering: answering_without_mentions,
    arguing: arguing_without_mentions,
    learning: learning_without_mentions,
}
WITHOUT_MENTIONS: tuple[Diagnose, ...] = tuple(_NO_MENTIONS.get(check, check) for check in ALL)
"""The same, for a source without mentions (an X archive): what needs them is not judged, and says why."""
