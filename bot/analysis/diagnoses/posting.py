"""What the account posts: promotion against conversation (1), how often (2), convictions (8)."""

from __future__ import annotations

from bot.analysis.answers import Answers
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.facts import Facts
from bot.analysis.thresholds import Thresholds

FEW_POSTS = "seen-few-posts"
"""The finding of a diagnosis left unjudged because the account hardly posts."""


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def too_few(name: str, posts: int, judged: int, limits: Thresholds) -> Diagnosis | None:
    """The `unknown` answer when there are too few posts, or too few we can read."""
    if posts < limits.min_posts:
        return Diagnosis(name, Status.UNKNOWN, FEW_POSTS, {"posts": posts}, "step-unknown-posts")
    if judged < limits.min_posts:
        return Diagnosis(
            name, Status.UNKNOWN, "seen-unreadable", {"posts": posts, "judged": judged}, "step-unknown-posts"
        )
    return None


def broadcasting(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Only offers and "look at us": promotional share of original posts, conversational share of all."""
    name = "broadcasting"
    activity = len(facts.labels)
    conversation = originals = promo = 0  # originals: posts of its own we can read
    for x in facts.labels:
        if x.reply or x.quote or x.repost:
            conversation += 1
        elif x.judgeable:
            originals += 1
            promo += x.promotional
    unknown = too_few(name, activity, activity, limits)
    if unknown is not None:
        return unknown
    evidence = {
        "promo": promo,
        "originals": originals,
        "promo_share": percent(promo, originals),
        "conversation": conversation,
        "posts": activity,
        "conversation_share": percent(conversation, activity),
    }
    promo_share = promo / originals if originals >= limits.min_posts else 0.0
    talk_share = conversation / activity
    if promo_share > limits.promo_share_act:
        return Diagnosis(name, Status.ACT, "seen-broadcasting-promo", evidence, "step-broadcasting-give")
    if talk_share < limits.conversation_share_act:
        return Diagnosis(name, Status.ACT, "seen-broadcasting-talk", evidence, "step-broadcasting-talk")
    if promo_share > limits.promo_share_watch:
        return Diagnosis(name, Status.WATCH, "seen-broadcasting-promo", evidence, "step-broadcasting-give")
    if talk_share < limits.conversation_share_watch:
        return Diagnosis(name, Status.WATCH, "seen-broadcasting-talk", evidence, "step-broadcasting-talk")
    praise = "praise-conversation" if talk_share >= limits.conversation_share_praise else None
    return Diagnosis(name, Status.FINE, "seen-broadcasting-fine", evidence, praise=praise)


def cadence(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Posting often enough for the user's own target, and not disappearing."""
    name = "cadence"
    week_start = facts.recent(limits.week_days)
    written = this_week = 0
    last = None
    for post, labels in zip(facts.posts, facts.labels, strict=True):
        if not labels.repost:
            written += 1
            last = post.created_at
            this_week += last >= week_start
    days = float(limits.week_days)
    created = facts.profile.created_at
    if created is not None:
        days = min(days, max(1.0, facts.days_since(created)))
    per_day = this_week / days
    target = limits.target_posts_per_day
    evidence: dict[str, str | int | float] = {
        "week": this_week,
        "per_day": round(per_day, 1),
        "month": written,
        "target": target,
    }
    if last is None:
        return Diagnosis(name, Status.ACT, "seen-cadence-none", evidence, "step-cadence-start")
    silent = facts.days_since(last)
    evidence["days"] = int(silent)
    if silent >= limits.silent_days:
        return Diagnosis(name, Status.ACT, "seen-cadence-silent", evidence, "step-cadence-return")
    if per_day < target * limits.cadence_act_fraction:
        return Diagnosis(name, Status.ACT, "seen-cadence-low", evidence, "step-cadence-pace")
    if per_day < target:
        return Diagnosis(name, Status.WATCH, "seen-cadence-low", evidence, "step-cadence-pace")
    return Diagnosis(name, Status.FINE, "seen-cadence-fine", evidence, praise="praise-cadence")


def convictions(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Politics and divisive topics mixed with the business."""
    name = "convictions"
    written = judged = divisive = 0
    for x in facts.labels:
        if not x.repost:
            written += 1
            if x.judgeable:
                judged += 1
                divisive += x.divisive
    unknown = too_few(name, written, judged, limits)
    if unknown is not None:
        return unknown
    share = divisive / judged
    evidence = {"divisive": divisive, "posts": judged, "share": percent(divisive, judged)}
    if share > limits.divisive_share_act:
        return Diagnosis(name, Status.ACT, "seen-convictions-many", evidence, "step-convictions")
    if share > limits.divisive_share_watch:
        return Diagnosis(name, Status.WATCH, "seen-convictions-many", evidence, "step-convictions")
    return Diagnosis(name, Status.FINE, "seen-convictions-fine", evidence)
