"""The last four weeks in numbers: posts a day against the target, replies, mentions answered or not.

`weekly_report` is what the nudges feature sends once a week: three lines on what changed and a chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.analysis.answers import Answers
from bot.analysis.chart import render_png
from bot.analysis.facts import gather
from bot.analysis.thresholds import for_answers
from bot.i18n import translator
from bot.messages import Attachment, Reply, Text
from bot.x.models import AccountData

WEEKS = 4
DAYS = 7


@dataclass(frozen=True, slots=True)
class Week:
    start: datetime
    posts: int
    """Posts of its own (reposts left out)."""
    replies: int
    answered: int
    unanswered: int
    """Mentions received that week, answered by now or not."""

    @property
    def posts_per_day(self) -> float:
        return self.posts / DAYS


@dataclass(frozen=True, slots=True)
class Weekly:
    username: str
    target: float
    weeks: tuple[Week, ...]
    """Oldest first; the last one ends now."""
    mentions: bool = True
    """Whether the source has mentions at all: an X archive has none, which is not zero mentions."""


def weekly_series(account: AccountData, answers: Answers, now: datetime, *, mentions: bool = True) -> Weekly:
    limits = for_answers(answers)
    facts = gather(account, now, WEEKS * DAYS)
    starts = [now - timedelta(days=DAYS * (WEEKS - i)) for i in range(WEEKS)]

    def week_of(moment: datetime) -> int:
        return min(WEEKS - 1, int((moment - facts.since).total_seconds() // (DAYS * 86400)))

    posts, replies, answered, unanswered = ([0] * WEEKS for _ in range(4))
    for post, labels in zip(facts.posts, facts.labels, strict=True):
        if not labels.repost:
            posts[week_of(post.created_at)] += 1
            replies[week_of(post.created_at)] += 1 if labels.reply else 0
    for mention, answer in zip(facts.mentions, facts.answered_at, strict=True):
        (unanswered if answer is None else answered)[week_of(mention.created_at)] += 1
    weeks = tuple(Week(starts[i], posts[i], replies[i], answered[i], unanswered[i]) for i in range(WEEKS))
    return Weekly(account.profile.username, limits.target_posts_per_day, weeks, mentions)


def _trend(now: float, before: float) -> str:
    return "up" if now > before else "down" if now < before else "same"


def summary(weekly: Weekly) -> tuple[Text, ...]:
    """Three lines: this week against the one before."""
    last, before = weekly.weeks[-1], weekly.weeks[-2]
    return (
        Text(
            "weekly-posts",
            {
                "now": round(last.posts_per_day, 1),
                "before": round(before.posts_per_day, 1),
                "target": weekly.target,
                "trend": _trend(last.posts, before.posts),
                "met": "yes" if last.posts_per_day >= weekly.target else "no",
            },
        ),
        Text(
            "weekly-replies",
            {"now": last.replies, "before": before.replies, "trend": _trend(last.replies, before.replies)},
        ),
        Text("weekly-mentions", {"answered": last.answered, "unanswered": last.unanswered})
        if weekly.mentions
        else Text("weekly-mentions-none"),
    )


def weekly_report(account: AccountData, answers: Answers, now: datetime, lang: str, *, mentions: bool = True) -> Reply:
    weekly = weekly_series(account, answers, now, mentions=mentions)
    chart = Attachment("progress.png", render_png(weekly, translator(lang)), "image/png", Text("chart-caption"))
    return Reply((Text("weekly-title"), *summary(weekly)), attachment=chart, private=True)
