"""Posts stored as JSON come back as they were, every field of them."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from bot.x.codec import post_from_json, post_to_json
from bot.x.models import Post, RefType


def test_a_stored_post_comes_back_with_every_field() -> None:
    post = Post(
        id="19",
        author_id="7",
        created_at=datetime(2026, 11, 23, 8, 30, tzinfo=UTC),
        text="Pane <caldo> & focaccia",
        lang="it",
        conversation_id="18",
        in_reply_to_user_id="5",
        referenced=((RefType.REPLIED_TO, "18"), (RefType.QUOTED, "3")),
        like_count=4,
        reply_count=3,
        repost_count=2,
        quote_count=1,
        urls=("https://forno.example/menu",),
        mentioned_usernames=("giulia_bo",),
        has_poll=True,
    )
    stored = post_to_json(post)
    assert set(stored) == {f.name for f in fields(Post)}
    assert post_from_json(stored) == post
