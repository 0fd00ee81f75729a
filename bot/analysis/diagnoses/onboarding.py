"""What only the user can tell us: goals (4), whether customers are on X (5), automatic DMs (10)."""

from __future__ import annotations

from bot.analysis.answers import Answers
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.facts import Facts
from bot.analysis.thresholds import Thresholds

NOT_ANSWERED = "seen-not-answered"
ANSWER_IT = "step-answer-question"


def goals(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    chosen = answers.goals
    if chosen is None:
        return Diagnosis("goals", Status.UNKNOWN, NOT_ANSWERED, step=ANSWER_IT)
    if not chosen:
        return Diagnosis("goals", Status.ACT, "seen-goals-none", step="step-goals")
    if set(chosen) == {"followers"}:
        return Diagnosis("goals", Status.ACT, "seen-goals-followers-only", step="step-goals")
    return Diagnosis("goals", Status.FINE, "seen-goals-fine", {"goals": len(chosen)})


def audience(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    match answers.audience_on_x:
        case None:
            return Diagnosis("audience", Status.UNKNOWN, NOT_ANSWERED, step=ANSWER_IT)
        case "yes":
            return Diagnosis("audience", Status.FINE, "seen-audience-yes")
        case "no":
            return Diagnosis("audience", Status.ACT, "seen-audience-no", step="step-audience-elsewhere")
        case _:
            return Diagnosis("audience", Status.WATCH, "seen-audience-unsure", step="step-audience-check")


def auto_dms(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    if answers.auto_dms is None:
        return Diagnosis("autodms", Status.UNKNOWN, NOT_ANSWERED, step=ANSWER_IT)
    if answers.auto_dms:
        return Diagnosis("autodms", Status.ACT, "seen-autodms-yes", step="step-autodms")
    return Diagnosis("autodms", Status.FINE, "seen-autodms-no")
