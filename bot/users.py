"""Finding and creating users from what a platform tells us."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.i18n import choose_language
from bot.messages import Incoming, UserKey
from bot.storage.models import User


async def find_user(session: AsyncSession, key: UserKey) -> User | None:
    return await session.scalar(
        select(User).where(
            User.platform == key.platform,
            User.workspace == key.workspace,
            User.platform_user_id == key.user_id,
        )
    )


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
    user.last_seen_at = now
    if incoming.chat.private:
        user.chat_id = incoming.chat.chat_id
    if not user.language_chosen and incoming.locale:
        user.language = choose_language(None, incoming.locale, user.language)
    return user
