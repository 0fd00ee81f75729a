"""Small accounts built by hand for the analysis tests: posts placed in time relative to NOW."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.analysis.answers import Answers
from bot.analysis.facts import Facts, gather
from bot.analysis.thresholds import Thresholds, for_answers
from bot.x.models import AccountData, Post, Profile, RefType

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ME = "100"
FRIEND = "200"
_ids = itertools.count(1000)


def ago(days: float = 0, hours: float = 0) -> datetime:
    return NOW - timedelta(days=days, hours=hours)


def profile(**changes: object) -> Profile:
    base = Profile(
        id=ME,
        username="forno_rossi",
        name="Forno Rossi",
        description="Family bakery in Bologna: bread, focaccia and cakes since 1962.",
        profile_image_url="https://pbs.twimg.com/profile_images/1/logo.jpg",
        url="https://fornorossi.it",
        followers_count=300,
        following_count=200,
        banner_url="https://pbs.twimg.com/profile_banners/1/banner.jpg",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def post(
    at: datetime,
    text: str = "Fresh focaccia out of the oven this morning, still warm.",
    *,
    reply_to: str | None = None,
    to_user: str | None = None,
    conversation: str | None = None,
    quote: str | None = None,
    repost: str | None = None,
    author: str = ME,
    lang: str | None = "en",
) -> Post:
    post_id = str(next(_ids))
    refs: list[tuple[RefType, str]] = []
    if reply_to:
        refs.append((RefType.REPLIED_TO, reply_to))
    if quote:
        refs.append((RefType.QUOTED, quote))
    if repost:
        refs.append((RefType.RETWEETED, repost))
    return Post(
        id=post_id,
        author_id=author,
        created_at=at,
        text=text,
        lang=lang,
        conversation_id=conversation or post_id,
        in_reply_to_user_id=to_user,
        referenced=tuple(refs),
    )


def mention(at: datetime, text: str = "@forno_rossi what time do you open on Sunday?", **kw: object) -> Post:
    return post(at, text, author=FRIEND, **kw)  # type: ignore[arg-type]


def reply_to(target: Post, at: datetime, text: str = "Thank you, see you soon!") -> Post:
    return post(
        at,
        text,
        reply_to=target.id,
        to_user=target.author_id,
        conversation=target.conversation_id,
    )


def daily(count: int, *, start_days_ago: float = 0.5, every_days: float = 1.0, **kw: object) -> list[Post]:
    """`count` posts, the newest `start_days_ago`, then one every `every_days` before it."""
    return [post(ago(start_days_ago + i * every_days), **kw) for i in range(count)]  # type: ignore[arg-type]


def account(
    posts: list[Post] | None = None,
    mentions: list[Post] | None = None,
    history: list[tuple[datetime, int]] | None = None,
    **profile_changes: object,
) -> AccountData:
    return AccountData(
        profile=profile(**profile_changes),
        posts=list(posts or []),
        mentions=list(mentions or []),
        following_history=list(history or []),
    )


def facts_of(data: AccountData, answers: Answers | None = None) -> tuple[Facts, Thresholds]:
    limits = for_answers(answers or Answers())
    return gather(data, NOW, limits.window_days), limits


def relabel(facts: Facts, which: range, **labels: object) -> Facts:
    """Posts `which` of the window (oldest first) given these labels, as the classifier might have said."""
    changed = [replace(x, **labels) if i in which else x for i, x in enumerate(facts.labels)]  # type: ignore[arg-type]
    return replace(facts, labels=tuple(changed))
