"""The labels cache: a post is read once, an edited post is read again, own domains are part of the key."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

import pytest

from bot.analysis import labels
from bot.analysis.classifier import PostLabels, classify_post
from bot.x.models import Post
from tests.analysis.builders import ago, post

PROMO = "Nuovo menu da oggi, prenota il tuo tavolo su fornorossi.it"
THANKS = "Grazie a tutti per gli auguri, siete fantastici"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The ids of the posts the classifier reads, from an empty cache on."""
    read: list[str] = []

    def counting(item: Post, own_domains: Iterable[str] = ()) -> PostLabels:
        read.append(item.id)
        return classify_post(item, own_domains)

    labels.forget()
    monkeypatch.setattr(labels, "classify_post", counting)
    yield read
    labels.forget()


def test_labels_are_the_classifiers_in_order(reads: list[str]) -> None:
    posts = [post(ago(1), PROMO, lang="it"), post(ago(2), "Thank you all, what a lovely morning!")]
    assert labels.labels_of(posts, ("fornorossi.it",)) == tuple(classify_post(p, ("fornorossi.it",)) for p in posts)


def test_a_post_is_read_once_even_when_read_anew_from_the_database(reads: list[str]) -> None:
    first = post(ago(1), PROMO, lang="it")
    labels.labels_of([first])
    labels.labels_of([first, replace(first)])  # the same record, and an equal copy of it
    assert reads == [first.id]


def test_an_edited_post_or_other_domains_are_read_again(reads: list[str]) -> None:
    original = post(ago(1), PROMO, lang="it")
    edited = replace(original, text=THANKS)
    assert labels.labels_of([original])[0].promotional
    assert not labels.labels_of([edited])[0].promotional
    assert labels.labels_of([original], ("fornorossi.it",)) == (classify_post(original, ("fornorossi.it",)),)
    assert reads == [original.id] * 3


def test_a_full_cache_starts_afresh(reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels, "_cache", labels._LabelCache(3))
    posts = [post(ago(i), THANKS, lang="it") for i in range(1, 6)]
    labels.labels_of(posts)
    labels.labels_of(posts[:1])
    assert reads == [p.id for p in posts] + [posts[0].id]
