"""The account read once for all diagnoses: posts of the window labelled once, mentions indexed by thread.

Building the facts is the only pass over the raw data; the diagnoses then only count.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import attrgetter
from typing import Final
from urllib.parse import urlsplit

from bot.analysis.classifier import PostLabels
from bot.analysis.labels import labels_of
from bot.x.models import AccountData, Post, Profile, RefType

_by_time = attrgetter("created_at")
_by_id = attrgetter("id")
# Read once: looking a member up on its enum class is slow, and these run for every post.
_REPLIED_TO: Final = RefType.REPLIED_TO
_RETWEETED: Final = RefType.RETWEETED


@dataclass(frozen=True, slots=True)
class Facts:
    now: datetime
    since: datetime
    """Start of the analysis window."""
    profile: Profile
    posts: tuple[Post, ...]
    """The account's own posts in the window, oldest first."""
    labels: tuple[PostLabels, ...]
    """One per post, same order."""
    own_ids: frozenset[str]
    mentions: tuple[Post, ...]
    """Other people's posts mentioning the account in the window (reposts left out), oldest first."""
    answered_at: tuple[datetime | None, ...]
    """When the account first answered each mention, same order; None when it has not."""
    mention_threads: frozenset[str]
    """Conversations someone mentioned the account in: replying there is answering, not joining in."""
    following_history: tuple[tuple[datetime, int], ...]
    """(when, how many accounts it followed), oldest first."""

    def days_since(self, moment: datetime) -> float:
        return (self.now - moment).total_seconds() / 86400

    def recent(self, days: float) -> datetime:
        return self.now - timedelta(days=days)

    def mentions_since(self, moment: datetime) -> tuple[Post, ...]:
        return self.mentions[bisect_left(self.mentions, moment, key=_by_time) :]


def own_domains(profile: Profile) -> tuple[str, ...]:
    host = urlsplit(profile.url).hostname if profile.url else None
    return (host.removeprefix("www."),) if host else ()


def _ref(post: Post, kind: RefType) -> str | None:
    """`post.ref(kind)` without the generator: this runs for every post of every checkup."""
    for ref_kind, ref_id in post.referenced:
        if ref_kind == kind:
            return ref_id
    return None


def _answer_index(posts: list[Post]) -> tuple[dict[str, datetime], dict[str, list[datetime]]]:
    """The account's replies: first reply to each post id, and reply times per conversation (sorted)."""
    to_post: dict[str, datetime] = {}
    in_thread: dict[str, list[datetime]] = {}
    for post in posts:
        target = _ref(post, _REPLIED_TO) if post.referenced else None
        if target is None:
            continue
        if target not in to_post:
            to_post[target] = post.created_at
        if post.conversation_id:
            in_thread.setdefault(post.conversation_id, []).append(post.created_at)
    return to_post, in_thread


def _mentions(account: AccountData, since: datetime, now: datetime, me: str) -> list[Post]:
    """Other people's mentions in the window, reposts left out, oldest first."""
    by_time = sorted(account.mentions, key=_by_time)
    window = by_time[bisect_left(by_time, since, key=_by_time) : bisect_right(by_time, now, key=_by_time)]
    return [m for m in window if m.author_id != me and not (m.referenced and _ref(m, _RETWEETED) is not None)]


def _answered_at(
    mentions: list[Post], to_post: dict[str, datetime], in_thread: dict[str, list[datetime]]
) -> tuple[datetime | None, ...]:
    """For each mention: the account's reply to it, or its first later reply in the same conversation."""
    found: list[datetime | None] = []
    for mention in mentions:
        answer = to_post.get(mention.id)
        thread = mention.conversation_id
        times = in_thread.get(thread) if thread else None
        if times:
            index = bisect_right(times, mention.created_at)
            if index < len(times) and (answer is None or times[index] < answer):
                answer = times[index]
        found.append(answer)
    return tuple(found)


def gather(account: AccountData, now: datetime, window_days: int = 30) -> Facts:
    since = now - timedelta(days=window_days)
    me = account.profile.id
    by_time = sorted(account.posts, key=_by_time)
    own = by_time[: bisect_right(by_time, now, key=_by_time)]
    window = own[bisect_left(own, since, key=_by_time) :]
    domains = own_domains(account.profile)
    to_post, in_thread = _answer_index(own)
    mentions = _mentions(account, since, now, me)
    return Facts(
        now=now,
        since=since,
        profile=account.profile,
        posts=tuple(window),
        labels=labels_of(window, domains),
        own_ids=frozenset(map(_by_id, own)),
        mentions=tuple(mentions),
        answered_at=_answered_at(mentions, to_post, in_thread),
        mention_threads=frozenset([m.conversation_id or m.id for m in mentions]),
        following_history=tuple(sorted(account.following_history)),
    )
