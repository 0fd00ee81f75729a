"""How the account talks with people: answering (3), arguing in public (11), joining others' threads (12)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from statistics import median

from bot.analysis.answers import Answers
from bot.analysis.diagnoses.posting import too_few
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.facts import Facts
from bot.analysis.labels import reads_as_complaint
from bot.analysis.thresholds import Thresholds


def answering(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Mentions left without a reply, and how long replies take."""
    name = "answering"
    if not facts.mentions:
        evidence = {"days": limits.window_days}
        return Diagnosis(name, Status.UNKNOWN, "seen-answering-no-mentions", evidence, "step-answering-none")
    late_before = facts.now - timedelta(hours=limits.unanswered_hours)
    week_start = facts.recent(limits.week_days)
    delays: list[float] = []
    late = waiting = week_answered = week_late = 0
    oldest = facts.now
    for mention, answered in zip(facts.mentions, facts.answered_at, strict=True):
        at = mention.created_at
        if answered is not None:
            delays.append((answered - at).total_seconds())
            week_answered += at >= week_start
        elif at < late_before:
            late += 1
            week_late += at >= week_start
            if at < oldest:
                oldest = at
        else:
            waiting += 1
    hours = median(delays) / 3600 if delays else 0.0
    oldest_hours = int(facts.days_since(oldest) * 24) if late else 0
    evidence = {
        "mentions": len(facts.mentions),
        "answered": len(delays),
        "late": late,
        "waiting": waiting,
        "oldest": oldest_hours,
        "oldest_days": oldest_hours // 24 if oldest_hours >= 48 else 0,
        "hours": round(hours),
        "week": week_answered,
    }
    praise = "praise-replies" if week_answered and not week_late else None
    if late:
        return Diagnosis(name, Status.ACT, "seen-answering-late", evidence, "step-answering-late", praise)
    if hours > limits.reply_hours_act:
        return Diagnosis(name, Status.ACT, "seen-answering-slow", evidence, "step-answering-slow", praise)
    if waiting:
        return Diagnosis(name, Status.WATCH, "seen-answering-waiting", evidence, "step-answering-waiting", praise)
    if hours > limits.reply_hours_watch:
        return Diagnosis(name, Status.WATCH, "seen-answering-slow", evidence, "step-answering-slow", praise)
    return Diagnosis(name, Status.FINE, "seen-answering-fine", evidence, praise=praise)


def _longest_exchange(facts: Facts) -> int:
    """The most replies to one other person within one thread (X's archive has no threads: 0 there)."""
    me = facts.profile.id
    exchanges = Counter(
        (p.conversation_id, p.in_reply_to_user_id)
        for p, x in zip(facts.posts, facts.labels, strict=True)
        if x.reply and p.conversation_id and p.in_reply_to_user_id and p.in_reply_to_user_id != me
    )
    return max(exchanges.values(), default=0)


def arguing(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Long back-and-forths with one person in one thread; mentions that read as complaints."""
    name = "arguing"
    longest = _longest_exchange(facts)
    week_start = facts.recent(limits.week_days)
    complaints = sum(1 for m in facts.mentions_since(week_start) if reads_as_complaint(m.text, m.lang))
    evidence = {"exchanges": longest, "complaints": complaints}
    if longest > limits.thread_exchanges:
        return Diagnosis(name, Status.ACT, "seen-arguing-thread", evidence, "step-arguing")
    if complaints:
        return Diagnosis(name, Status.WATCH, "seen-arguing-complaints", evidence, "step-arguing")
    return Diagnosis(name, Status.FINE, "seen-arguing-fine", evidence)


@dataclass(frozen=True, slots=True)
class _Replies:
    written: int
    """Posts of its own, reposts left out."""
    quotes: int
    others: int
    """Replies to someone else in a conversation neither the account started nor was mentioned in."""
    answers: int
    """Replies to someone else in its own threads or where it was mentioned: answering, not joining."""


def _replies(facts: Facts) -> _Replies:
    me = facts.profile.id
    own, invited = facts.own_ids, facts.mention_threads
    written = quotes = others = answers = 0
    for post, labels in zip(facts.posts, facts.labels, strict=True):
        if labels.repost:
            continue
        written += 1
        if labels.quote:
            quotes += 1
        elif labels.reply and post.in_reply_to_user_id not in (None, me):
            thread = post.conversation_id
            if thread in own or thread in invited:
                answers += 1
            else:
                others += 1
    return _Replies(written, quotes, others, answers)


def learning(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Joining conversations the account was not invited to (X's lists are not visible to us).

    A reply in the account's own threads, or in a thread where someone mentioned it, is answering
    (diagnosis 3 in COACHING.md), not joining: those are left out of the count, and the finding says
    how many there were, so it agrees with the replies the weekly chart shows.
    """
    name = "learning"
    seen = _replies(facts)
    unknown = too_few(name, seen.written, seen.written, limits)
    if unknown is not None:
        return unknown
    joined = seen.quotes + seen.others
    evidence = {"joined": joined, "posts": seen.written, "answers": seen.answers}
    if joined < limits.others_threads:
        return Diagnosis(name, Status.WATCH, "seen-learning-few", evidence, "step-learning")
    return Diagnosis(name, Status.FINE, "seen-learning-fine", evidence)


# Without mentions (an X archive has none): what needs them is not judged, and says why. -------------


def answering_without_mentions(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    return Diagnosis("answering", Status.UNKNOWN, "seen-answering-no-source", step="step-mentions-check")


def arguing_without_mentions(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """A long exchange in the account's own replies still shows; complaints would be in the mentions."""
    longest = _longest_exchange(facts)
    evidence = {"exchanges": longest, "complaints": 0}
    if longest > limits.thread_exchanges:
        return Diagnosis("arguing", Status.ACT, "seen-arguing-thread", evidence, "step-arguing")
    return Diagnosis("arguing", Status.UNKNOWN, "seen-arguing-no-source", evidence, "step-mentions-check")


def learning_without_mentions(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Without mentions a reply to someone may be an answer: the count of threads joined is only a ceiling.

    Few even so is few; enough quotes is enough; otherwise it cannot be told.
    """
    name = "learning"
    seen = _replies(facts)
    unknown = too_few(name, seen.written, seen.written, limits)
    if unknown is not None:
        return unknown
    at_most = seen.quotes + seen.others
    evidence = {"joined": at_most, "posts": seen.written, "answers": 0}
    if at_most < limits.others_threads:
        return Diagnosis(name, Status.WATCH, "seen-learning-few", evidence, "step-learning")
    if seen.quotes >= limits.others_threads:
        return Diagnosis(name, Status.FINE, "seen-learning-fine", {**evidence, "joined": seen.quotes})
    return Diagnosis(name, Status.UNKNOWN, "seen-learning-no-source", {**evidence, "replies": seen.others})
