"""The classifier's answers, remembered: a post is read once, however many checkups look at it.

A user's posts come back again and again (the checkup, its full report, the chart, the daily
nudge, the weekly report), so their labels are kept in a bounded cache keyed by the post
itself (a frozen record: an edited text or new references is a new key).
"""

from __future__ import annotations

from functools import lru_cache

from bot.analysis.classifier import PostLabels, classify_post, is_complaint
from bot.x.models import Post

CACHED_POSTS = 20_000
CACHED_MENTIONS = 20_000


@lru_cache(maxsize=CACHED_POSTS)
def labels_of(post: Post, own_domains: tuple[str, ...] = ()) -> PostLabels:
    return classify_post(post, own_domains)


@lru_cache(maxsize=CACHED_MENTIONS)
def reads_as_complaint(text: str, lang: str | None) -> bool:
    return is_complaint(text, lang)
