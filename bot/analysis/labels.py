"""The classifier's answers, remembered: a post is read once, however many checkups look at it.

A user's posts come back again and again (the checkup, its full report, the chart, the daily
nudge, the weekly report), so their labels are kept in a bounded cache. A post is found by
its id and the business's own domains, and its labels are used only if the post remembered
with them is equal to it (a frozen record: an edited text or new references is read again).

Why not functools.lru_cache keyed by the post: hashing a whole post record (a Python-level
`__hash__` over every field, enums included) costs more than comparing it with the one
remembered, and an LRU entry is an object of its own, which the garbage collector then walks
again and again; here an entry is two dict items. Once it holds more than CACHED_POSTS posts,
the cache starts afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from threading import Lock

from bot.analysis.classifier import PostLabels, classify_post, is_complaint
from bot.x.models import Post

CACHED_POSTS = 20_000
CACHED_MENTIONS = 20_000


class _Shelf:
    """The labels read with one set of own domains: by post id, with the post they were read from."""

    __slots__ = ("labels", "posts")

    def __init__(self) -> None:
        self.posts: dict[str, Post] = {}
        self.labels: dict[str, PostLabels] = {}


class _LabelCache:
    """One lock per batch of posts: the weekly report reads labels in a worker thread."""

    __slots__ = ("kept", "lock", "shelves", "size")

    def __init__(self, size: int) -> None:
        self.size = size
        self.shelves: dict[tuple[str, ...], _Shelf] = {}
        self.kept = 0
        self.lock = Lock()

    def labels(self, posts: Sequence[Post], own_domains: tuple[str, ...]) -> tuple[PostLabels, ...]:
        with self.lock:
            if self.kept > self.size:
                self._clear()
            shelf = self.shelves.get(own_domains)
            if shelf is None:
                shelf = self.shelves[own_domains] = _Shelf()
            remembered, known = shelf.posts, shelf.labels
            found: list[PostLabels] = []
            for post in posts:
                seen = remembered.get(post.id)
                if seen is None:
                    self.kept += 1
                elif seen is post or seen == post:
                    found.append(known[post.id])
                    continue
                labels = known[post.id] = classify_post(post, own_domains)
                remembered[post.id] = post
                found.append(labels)
            return tuple(found)

    def clear(self) -> None:
        with self.lock:
            self._clear()

    def _clear(self) -> None:
        self.shelves.clear()
        self.kept = 0


_cache = _LabelCache(CACHED_POSTS)


def labels_of(posts: Sequence[Post], own_domains: tuple[str, ...] = ()) -> tuple[PostLabels, ...]:
    """Each post's labels, in order: remembered, or read now by the classifier."""
    return _cache.labels(posts, own_domains)


@lru_cache(maxsize=CACHED_MENTIONS)
def reads_as_complaint(text: str, lang: str | None) -> bool:
    return is_complaint(text, lang)


def forget() -> None:
    """Empty both caches: every post and mention is read anew."""
    _cache.clear()
    reads_as_complaint.cache_clear()
