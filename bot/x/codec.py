"""Posts and profiles to and from the JSON we store."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from bot.x.models import Post, Profile, RefType

_PROFILE_FIELDS = {f.name for f in fields(Profile)}


def post_to_json(post: Post) -> dict[str, Any]:
    """Field by field: dataclasses.asdict deep-copies every value, a good part of a sync's CPU."""
    return {
        "id": post.id,
        "author_id": post.author_id,
        "created_at": post.created_at.isoformat(),
        "text": post.text,
        "lang": post.lang,
        "conversation_id": post.conversation_id,
        "in_reply_to_user_id": post.in_reply_to_user_id,
        "referenced": [[kind.value, ref_id] for kind, ref_id in post.referenced],
        "like_count": post.like_count,
        "reply_count": post.reply_count,
        "repost_count": post.repost_count,
        "quote_count": post.quote_count,
        "urls": list(post.urls),
        "mentioned_usernames": list(post.mentioned_usernames),
        "has_poll": post.has_poll,
    }


def post_from_json(data: dict[str, Any]) -> Post:
    return Post(
        **{
            **data,
            "created_at": datetime.fromisoformat(data["created_at"]),
            "referenced": tuple((RefType(kind), ref_id) for kind, ref_id in data.get("referenced", ())),
            "urls": tuple(data.get("urls", ())),
            "mentioned_usernames": tuple(data.get("mentioned_usernames", ())),
        }
    )


def profile_to_json(profile: Profile) -> dict[str, Any]:
    data = asdict(profile)
    data["created_at"] = profile.created_at.isoformat() if profile.created_at else None
    return data


def profile_from_json(data: dict[str, Any]) -> Profile:
    known = {k: v for k, v in data.items() if k in _PROFILE_FIELDS}
    if known.get("created_at"):
        known["created_at"] = datetime.fromisoformat(known["created_at"])
    return Profile(**known)
