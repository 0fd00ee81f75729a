"""How the account talks with people: answering (3), arguing in public (11), joining others' threads (12)."""

from __future__ import annotations

from collections import Counter
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


def arguing(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Long back-and-forths with one person in one thread; mentions that read as complaints."""
    name = "arguing"
    me = facts.profile.id
    exchanges = Counter(
        (p.conversation_id, p.in_reply_to_user_id)
        for p, x in zip(facts.posts, facts.labels, strict=True)
        if x.reply and p.conversation_id and p.in_reply_to_user_id and p.in_reply_to_user_id != me
    )
    longest = max(exchanges.values(), default=0)
    week_start = facts.recent(limits.week_days)
    complaints = sum(1 for m in facts.mentions_since(week_start) if reads_as_complaint(m.text, m.lang))
    evidence = {"exchanges": longest, "complaints": complaints}
    if longest > limits.thread_exchanges:
        return Diagnosis(name, Status.ACT, "seen-arguing-thread", evidence, "step-arguing")
    if complaints:
        return Diagnosis(name, Status.WATCH, "seen-arguing-complaints", evidence, "step-arguing")
    return Diagnosis(name, Status.FINE, "seen-arguing-fine", evidence)


def learning(facts: Facts, answers: Answers, limits: Thresholds) -> Diagnosis:
    """Joining conversations the account was not invited to (X's lists are not visible to us).

    A reply in the account's own threads, or in a thread where someone mentioned it, is answering,
    not joining: those are left out.
    """
    name = "learning"
    me = facts.profile.id
    own, invited = facts.own_ids, facts.mention_threads
    written = joined = 0
    for post, labels in zip(facts.posts, facts.labels, strict=True):
        if labels.repost:
            continue
        written += 1
        thread = post.conversation_id
        to_someone = labels.reply and post.in_reply_to_user_id not in (None, me)
        if labels.quote or (to_someone and thread not in own and thread not in invited):
            joined += 1
    unknown = too_few(name, written, written, limits)
    if unknown is not None:
        return unknown
    evidence = {"joined": joined, "posts": written}
    if joined < limits.others_threads:
        return Diagnosis(name, Status.WATCH, "seen-learning-few", evidence, "step-learning")
    return Diagnosis(name, Status.FINE, "seen-learning-fine", evidence)
