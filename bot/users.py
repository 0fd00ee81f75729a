"""Finding and creating users from what a platform tells us."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import choose_language
from bot.messages import Incoming, UserKey
from bot.storage.models import ButtonToken, User

# Built once: every message looks its user up, and building the statement cost more than running it.
_KEY = (
    (User.platform == bindparam("platform"))
    & (User.workspace == bindparam("workspace"))
    & (User.platform_user_id == bindparam("user_id"))
)
_BY_KEY = select(User).where(_KEY)
_WITH_BUTTON = (
    select(User, ButtonToken)
    .join(ButtonToken, (ButtonToken.token == bindparam("token")) & (ButtonToken.user_id == User.id))
    .where(_KEY)
    .with_for_update(of=ButtonToken)
)
"""A press: the user and their button in one query, the button locked until the commit (PostgreSQL)."""


def _key(key: UserKey) -> dict[str, str]:
    return {"platform": key.platform, "workspace": key.workspace, "user_id": key.user_id}


async def find_user(session: AsyncSession, key: UserKey) -> User | None:
    return await session.scalar(_BY_KEY, _key(key))


async def user_and_button(
    session: AsyncSession, incoming: Incoming, now: datetime, default_language: str
) -> tuple[User, ButtonToken | None]:
    """For a pressed button: `user_for`, and the button's token when it is theirs (one query then)."""
    row = (await session.execute(_WITH_BUTTON, {**_key(incoming.user), "token": incoming.button[:24]})).first()
    if row is None:  # not their button, or no button of ours at all
        return await user_for(session, incoming, now, default_language), None
    user, token = row
    _seen(user, incoming, now)
    return user, token


async def user_for(session: AsyncSession, incoming: Incoming, now: datetime, default_language: str) -> User:
    """The user behind a message, created on first contact; language follows the platform until chosen."""
    user = await find_user(session, incoming.user)
    if user is None:
        user = User(
            platform=incoming.user.platform,
            workspace=incoming.user.workspace,
            platform_user_id=incoming.user.user_id,
            chat_id=incoming.chat.chat_id if incoming.chat.private else incoming.user.user_id,
            display_name=incoming.display_name[:200],
            created_at=now,
            last_seen_at=now,
            language=choose_language(None, incoming.locale, default_language),
            language_chosen=False,
            reachable=True,
            step=None,
            draft=[],
            onboarded=False,
            goals=[],
            nudges_wanted=True,
            days_off=[],
            weekly_report=True,
            weekly_day=0,
        )
        try:
            async with session.begin_nested():
                session.add(user)
        except IntegrityError:
            found = await find_user(session, incoming.user)
            if found is None:
                raise
            user = found
    _seen(user, incoming, now)
    return user


def _seen(user: User, incoming: Incoming, now: datetime) -> None:
    user.last_seen_at = now
    if incoming.chat.private:
        user.chat_id = incoming.chat.chat_id
    if not user.language_chosen and incoming.locale:
        user.language = choose_language(None, incoming.locale, user.language)
