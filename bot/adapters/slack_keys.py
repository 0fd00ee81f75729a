"""Who is acting, read from a verified Slack request: the one place tenants are told apart.

Every record about a Slack member is keyed by (enterprise, team, user) of the workspace
that installed us and sent the request. A person from another organisation acting in a
shared (Slack Connect) channel or DM is a guest: they get no key, so they can neither
read nor change anything of the host workspace.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.messages import UserKey

PLATFORM = "slack"


def workspace_key(enterprise_id: str | None, team_id: str) -> str:
    return f"{enterprise_id or '-'}:{team_id}"


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def actor_team(body: Mapping[str, Any]) -> str | None:
    """The acting person's own team where Slack says it (user.team_id, or an event's user_team)."""
    user = body.get("user")
    if isinstance(user, Mapping) and _text(user.get("team_id")):
        return str(user["team_id"])
    event = body.get("event")
    if isinstance(event, Mapping):
        return _text(event.get("user_team"))
    return None


def member_key(
    body: Mapping[str, Any], enterprise_id: str | None, team_id: str | None, user_id: str | None
) -> UserKey | None:
    """The member behind a request, or None for a guest from another workspace (or no person at all)."""
    if not team_id or not user_id:
        return None
    home = actor_team(body)
    if home is not None and home != team_id:
        return None
    return UserKey(PLATFORM, workspace_key(enterprise_id, team_id), user_id)
