"""Every number the diagnoses compare against, in one place (defaults from COACHING.md).

`for_answers` moves the defaults by what the user told us: the time they can give sets
the posting target, and some goals ask for a quicker or more conversational account.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from bot.analysis.answers import Answers

POSTS_PER_DAY_FOR_MINUTES: tuple[tuple[int, float], ...] = ((10, 0.5), (29, 1.0), (59, 2.0))
"""(up to this many minutes a day, posts a day): ≤10 min → every other day, 15 → 1, 30 → 2."""
POSTS_PER_DAY_MOST = 3.0
"""An hour a day or more."""
POSTS_PER_DAY_UNKNOWN = 1.0
"""When we do not know the user's time."""


@dataclass(frozen=True, slots=True)
class Thresholds:
    window_days: int = 30
    week_days: int = 7
    min_posts: int = 5
    """Fewer posts (or fewer we can read) than this: the share-based diagnoses say they cannot judge."""

    # 1 broadcasting: shares of the last 30 days
    promo_share_act: float = 0.50
    promo_share_watch: float = 0.40
    conversation_share_act: float = 0.30
    conversation_share_watch: float = 0.40
    conversation_share_praise: float = 0.50

    # 2 cadence
    target_posts_per_day: float = POSTS_PER_DAY_UNKNOWN
    silent_days_daily: float = 2.0
    silent_days_other: float = 5.0
    cadence_act_fraction: float = 0.5

    # 3 answering
    unanswered_hours: float = 24.0
    reply_hours_act: float = 24.0
    reply_hours_watch: float = 12.0

    # 8 convictions
    divisive_share_act: float = 0.20
    divisive_share_watch: float = 0.10

    # 9 following
    following_ratio_act: float = 2.0
    following_ratio_watch: float = 1.5
    following_floor: int = 500
    following_jump: int = 100

    # 11 arguing in public
    thread_exchanges: int = 3

    # 12 learning and relationships
    others_threads: int = 3

    @property
    def daily_target(self) -> bool:
        return self.target_posts_per_day >= 1.0

    @property
    def silent_days(self) -> float:
        return self.silent_days_daily if self.daily_target else self.silent_days_other


DEFAULTS = Thresholds()


def posts_per_day_for(minutes_per_day: int | None) -> float:
    if minutes_per_day is None:
        return POSTS_PER_DAY_UNKNOWN
    for most_minutes, posts in POSTS_PER_DAY_FOR_MINUTES:
        if minutes_per_day <= most_minutes:
            return posts
    return POSTS_PER_DAY_MOST


def for_answers(answers: Answers, base: Thresholds = DEFAULTS) -> Thresholds:
    """The defaults moved by the user's stated time and goals."""
    goals = answers.goals or ()
    return _moved(base, posts_per_day_for(answers.minutes_per_day), "care" in goals, "community" in goals)


@lru_cache(maxsize=64)
def _moved(base: Thresholds, posts_per_day: float, care: bool, community: bool) -> Thresholds:
    """Only a handful of combinations exist, and every checkup needs one: each is built once."""
    moved = replace(base, target_posts_per_day=posts_per_day)
    if care:
        moved = replace(moved, unanswered_hours=12.0, reply_hours_act=12.0, reply_hours_watch=6.0)
    if community:
        moved = replace(moved, conversation_share_act=0.40, conversation_share_watch=0.50)
    return moved
