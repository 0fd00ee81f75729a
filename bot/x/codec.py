"""Posts and profiles to and from the JSON we store."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from bot.x.models import Post, Profile, RefType

_PROFILE_FIELDS = {f.name for f in fields(Profile)}


def post_to_json(post: Post) -> dict[str, Any]:
    data = asdict(post)
    data["created_at"] = post.created_at.isoformat()
    data["referenced"] = [[kind.value, ref_id] for kind, ref_id in post.referenced]
    data["urls"] = list(post.urls)
    data["mentioned_usernames"] = list(post.mentioned_usernames)
    return data


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
