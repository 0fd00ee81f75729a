"""The account itself: its profile (6), whether it is protected (7), whom it follows (9)."""

from __future__ import annotations

from bisect import bisect_left
from datetime import datetime, timedelta

from bot.analysis.answers import Answers
from bot.analysis.diagnosis import Diagnosis, Evidence, Status
from bot.analysis.facts import Facts
from bot.analysis.thresholds import Thresholds

MISSING_ORDER = ("avatar", "bio", "link", "banner")
"""What a visitor misses most first; the first one missing names the next step."""
ESSENTIAL = frozenset({"avatar", "bio"})
DAY = timedelta(days=1)


def profile(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """A real picture, a bio, a link and a header image (where the source tells us)."""
    shown = facts.profile
    has = {
        "avatar": not shown.default_avatar,
        "bio": bool(shown.description.strip()),
        "link": bool(shown.url.strip()),
        "banner": shown.has_banner is not False,
    }
    missing = [item for item in MISSING_ORDER if not has[item]]
    if not missing:
        return Diagnosis("profile", Status.FINE, "seen-profile-fine")
    evidence: Evidence = {"missing": len(missing), "first": missing[0]}
    status = Status.ACT if ESSENTIAL & set(missing) else Status.WATCH
    return Diagnosis("profile", status, "seen-profile-missing", evidence, f"step-profile-{missing[0]}")


def protected(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    if facts.profile.protected:
        return Diagnosis("protected", Status.ACT, "seen-protected-yes", step="step-protected")
    return Diagnosis("protected", Status.FINE, "seen-protected-no")


def largest_daily_jump(history: tuple[tuple[datetime, int], ...], since: datetime) -> int:
    """The biggest rise in accounts followed within any 24 hours since `since` (history sorted)."""
    first = bisect_left(history, (since - DAY,))
    jump, start = 0, first
    for end in range(first, len(history)):
        moment, count = history[end]
        day_before = moment - DAY
        while history[start][0] < day_before:
            start += 1
        if moment >= since:
            lowest = count
            for _, followed in history[start:end]:
                if followed < lowest:
                    lowest = followed
            jump = max(jump, count - lowest)
    return jump


def following(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Following far more accounts than follow back, or hundreds in a day."""
    shown = facts.profile
    ahead, behind = shown.following_count, shown.followers_count
    jump = largest_daily_jump(facts.following_history, facts.since)
    evidence = {"following": ahead, "followers": behind, "jump": jump}
    many = ahead > limits.following_floor
    if many and ahead > limits.following_ratio_act * behind:
        return Diagnosis("following", Status.ACT, "seen-following-ratio", evidence, "step-following")
    if jump > limits.following_jump:
        return Diagnosis("following", Status.ACT, "seen-following-jump", evidence, "step-following")
    if many and ahead > limits.following_ratio_watch * behind:
        return Diagnosis("following", Status.WATCH, "seen-following-ratio", evidence, "step-following")
    return Diagnosis("following", Status.FINE, "seen-following-fine" if many else "seen-following-few", evidence)
