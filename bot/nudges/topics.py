"""What a nudge can be about, taken from the checkup's diagnoses, most urgent first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from bot.analysis.checkup import Checkup
from bot.analysis.classifier import detect_language
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.facts import Facts
from bot.analysis.labels import reads_as_complaint
from bot.x.models import Post

PHRASINGS = 3
"""Each topic has this many texts per language: plain, escalating, another angle."""
STEP_BACK_AFTER = 3
"""A topic said this many days in a row is left out for a day."""


@dataclass(frozen=True)
class Topic:
    name: str
    values: dict[str, str | int | float] = field(default_factory=dict)
    mentions: bool = False
    """Offers the "show the mentions" button."""


def post_url(post: Post) -> str:
    return f"https://x.com/i/web/status/{post.id}"


def sounds_unhappy(mention: Post) -> bool:
    """Whether a mention reads as a complaint, in the language it is written in (remembered once read)."""
    return reads_as_complaint(mention.text, detect_language(mention.text, mention.lang))


def waiting_mentions(facts: Facts) -> list[Post]:
    """Mentions with no answer from the account, oldest first."""
    return [m for m, answered in zip(facts.mentions, facts.answered_at, strict=True) if answered is None]


def _by_name(checkup: Checkup) -> dict[str, Diagnosis]:
    return {d.name: d for d in checkup.diagnoses}


def candidates(checkup: Checkup, facts: Facts, zone: tzinfo) -> list[Topic]:
    """Everything worth saying today, most urgent first; praise last."""
    found = _by_name(checkup)
    topics: list[Topic] = []
    answering = found.get("answering")
    if answering is not None and answering.finding == "seen-answering-late":
        late = [m for m in waiting_mentions(facts) if facts.days_since(m.created_at) > 1]
        if late:
            oldest = late[0]
            unhappy = any(sounds_unhappy(m) for m in late)
            topics.append(
                Topic(
                    "mentions-unhappy" if unhappy else "mentions",
                    {"count": len(late), "since": oldest.created_at.astimezone(zone).strftime("%d/%m")},
                    mentions=True,
                )
            )
    cadence = found.get("cadence")
    if cadence is not None and cadence.finding == "seen-cadence-silent":
        topics.append(Topic("silent", {"days": int(cadence.evidence.get("days", 0))}))
    elif cadence is not None and cadence.status is Status.ACT and cadence.finding == "seen-cadence-low":
        topics.append(Topic("cadence", {"week": cadence.evidence.get("week", 0),
                                        "target": cadence.evidence.get("target", 1)}))  # fmt: skip
    if answering is not None and answering.finding == "seen-answering-slow" and answering.status is Status.ACT:
        topics.append(Topic("slow", {"hours": answering.evidence.get("hours", 0)}))
    arguing = found.get("arguing")
    if arguing is not None and arguing.finding == "seen-arguing-thread":
        topics.append(Topic("argument", {"exchanges": arguing.evidence.get("exchanges", 0)}))
    following = found.get("following")
    if following is not None and following.finding == "seen-following-jump":
        topics.append(Topic("following", {"jump": following.evidence.get("jump", 0)}))
    for praised in checkup.praise:
        if praised.praise is not None:
            topics.append(Topic(praised.praise, dict(praised.evidence)))
    return topics


def phrasing(topic: str, history: list[list[str]]) -> int | None:
    """Which phrasing to use given the previous days' topics (newest first); None to step back today."""
    in_a_row = 0
    for day in history:
        if not any(said.split(":")[0] == topic for said in day):
            break
        in_a_row += 1
    if in_a_row >= STEP_BACK_AFTER:
        return None
    return in_a_row % PHRASINGS + 1
