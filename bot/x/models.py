"""What we keep of X: the few fields the analysis uses, in plain typed records.

Everything that comes from X (the API, an archive, the demo account) is turned into
these records at the edge, so the analysis never sees X's JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class PostKind(StrEnum):
    OWN = "own"
    MENTION = "mention"


class RefType(StrEnum):
    REPLIED_TO = "replied_to"
    QUOTED = "quoted"
    RETWEETED = "retweeted"


@dataclass(frozen=True, slots=True)
class Post:
    """One post: the account's own, or a mention of it."""

    id: str
    author_id: str
    created_at: datetime  # always timezone-aware, UTC
    text: str
    lang: str | None = None
    conversation_id: str | None = None
    in_reply_to_user_id: str | None = None
    referenced: tuple[tuple[RefType, str], ...] = ()
    like_count: int = 0
    reply_count: int = 0
    repost_count: int = 0
    quote_count: int = 0
    urls: tuple[str, ...] = ()
    mentioned_usernames: tuple[str, ...] = ()
    has_poll: bool = False

    def ref(self, kind: RefType) -> str | None:
        return next((ref_id for ref_kind, ref_id in self.referenced if ref_kind == kind), None)

    @property
    def is_reply(self) -> bool:
        return self.ref(RefType.REPLIED_TO) is not None

    @property
    def is_quote(self) -> bool:
        return self.ref(RefType.QUOTED) is not None

    @property
    def is_repost(self) -> bool:
        return self.ref(RefType.RETWEETED) is not None


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    username: str
    name: str = ""
    description: str = ""
    profile_image_url: str = ""
    url: str = ""
    protected: bool = False
    followers_count: int = 0
    following_count: int = 0
    created_at: datetime | None = None
    banner_url: str | None = None  # None: unknown (the API does not say), "": no banner

    @property
    def default_avatar(self) -> bool:
        return not self.profile_image_url or "default_profile" in self.profile_image_url

    @property
    def has_banner(self) -> bool | None:
        """Whether the profile has a header image; None when the source does not tell."""
        return None if self.banner_url is None else bool(self.banner_url)


@dataclass(slots=True)
class AccountData:
    """An account as the analysis sees it: profile, own posts and mentions."""

    profile: Profile
    posts: list[Post] = field(default_factory=list)
    mentions: list[Post] = field(default_factory=list)
    following_history: list[tuple[datetime, int]] = field(default_factory=list)
