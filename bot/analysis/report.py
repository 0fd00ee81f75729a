"""A checkup put into words: the short summary and the full report, as text keys and values.

Findings and steps are rendered first (they carry their own evidence), then placed into the
frame texts, so the chat handler and the terminal audit say exactly the same thing.
"""

from __future__ import annotations

from bot.analysis.checkup import Checkup
from bot.analysis.diagnosis import Diagnosis, Status
from bot.i18n import Translator
from bot.messages import Text

GOOD, FAIR = 80, 50


def band(score: int) -> str:
    return "good" if score >= GOOD else "fair" if score >= FAIR else "low"


def finding(t: Translator, diagnosis: Diagnosis) -> str:
    return t(diagnosis.finding, diagnosis.evidence)


def step(t: Translator, diagnosis: Diagnosis) -> str:
    return t(diagnosis.step, diagnosis.evidence)


def praise(t: Translator, checkup: Checkup) -> list[Text]:
    return [Text("checkup-praise", {"praise": t(d.praise, d.evidence)}) for d in checkup.praise if d.praise]


def summary(checkup: Checkup, t: Translator) -> tuple[Text, ...]:
    """The score, the top three issues with their numbers and one thing to do now, and praise."""
    texts = [Text("checkup-score", {"score": checkup.score, "band": band(checkup.score)})]
    top = checkup.top
    if top:
        texts.append(Text("checkup-top-title", {"count": len(top)}))
        texts += [
            Text(
                "checkup-issue",
                {"number": n, "title": t(d.title), "finding": finding(t, d), "step": step(t, d)},
            )
            for n, d in enumerate(top, start=1)
        ]
    else:
        texts.append(Text("checkup-nothing-urgent"))
    texts += praise(t, checkup)
    if checkup.unknown:
        texts.append(Text("checkup-unknown-note", {"count": len(checkup.unknown)}))
    return tuple(texts)


def full_line(t: Translator, diagnosis: Diagnosis) -> Text:
    values = {
        "mark": t(f"status-mark-{diagnosis.status}"),
        "status": t(f"status-{diagnosis.status}"),
        "title": t(diagnosis.title),
        "finding": finding(t, diagnosis),
    }
    if diagnosis.status is Status.FINE:
        return Text("checkup-full-line-fine", values)
    return Text("checkup-full-line", {**values, "step": step(t, diagnosis)})


def full(checkup: Checkup, t: Translator) -> tuple[Text, ...]:
    """Every diagnosis, most urgent first, with its status; what could not be judged says why."""
    texts = [Text("checkup-full-title", {"score": checkup.score, "band": band(checkup.score)})]
    texts += [full_line(t, d) for d in checkup.diagnoses]
    texts += praise(t, checkup)
    return tuple(texts)
