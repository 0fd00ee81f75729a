"""What the user told us in onboarding, as the analysis needs it (no database row required)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.models import User


@dataclass(frozen=True, slots=True)
class Answers:
    """None means not answered (yet); an audit of an archive knows none of them."""

    goals: tuple[str, ...] | None = None
    customers: str | None = None
    reach: str | None = None
    audience_on_x: str | None = None
    minutes_per_day: int | None = None
    auto_dms: bool | None = None

    @classmethod
    def from_user(cls, user: User) -> Answers:
        return cls(
            goals=tuple(user.goals) if user.goals else None,
            customers=user.customers,
            reach=user.reach,
            audience_on_x=user.audience_on_x,
            minutes_per_day=user.minutes_per_day,
            auto_dms=user.auto_dms,
        )
