"""A person's data rights, in code: what we hold about them (export), erasing it (forget), retention.

Every table about a user hangs off `users.id` (or off `x_accounts.id`) with ON DELETE CASCADE,
so deleting the user row erases the rest; the few rows keyed by a Slack member id instead are
cleared here by hand. Tokens never leave: the export shows the account, not its keys.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import Services
from bot.storage.checkup import CheckupRecord
from bot.storage.models import ButtonToken, SeenUpdate, User
from bot.storage.nudges import Nudge
from bot.storage.slack import SlackDigestChannel, SlackDigestTaker, SlackInstallation
from bot.storage.x import XAccount, XFollowing, XPost, XSignIn, XUsage
from bot.x.store import KEPT_DAYS, account_of

log = logging.getLogger(__name__)

BUTTONS_KEPT = timedelta(days=30)
DELIVERIES_KEPT = timedelta(days=7)
SLACK = "slack"


def _when(moment: datetime | date | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _answers(user: User) -> dict[str, Any]:
    return {
        "business_name": user.business_name,
        "sector": user.sector,
        "goals": list(user.goals),
        "customers": user.customers,
        "reach": user.reach,
        "audience_on_x": user.audience_on_x,
        "minutes_per_day": user.minutes_per_day,
        "auto_dms": user.auto_dms,
    }


def _settings(user: User) -> dict[str, Any]:
    return {
        "language": user.language,
        "language_chosen": user.language_chosen,
        "timezone": user.timezone,
        "nudge_time": user.nudge_time,
        "nudges_wanted": user.nudges_wanted,
        "days_off": list(user.days_off),
        "snoozed_until": _when(user.snoozed_until),
        "weekly_report": user.weekly_report,
        "weekly_day": user.weekly_day,
        "next_nudge_at": _when(user.next_nudge_at),
        "reachable": user.reachable,
        "pending_question": user.step,
        "ticked_so_far": list(user.draft),
    }


async def _x_account(session: AsyncSession, account: XAccount) -> dict[str, Any]:
    posts = (
        await session.scalars(
            select(XPost).where(XPost.account_id == account.id).order_by(XPost.created_at, XPost.post_id)
        )
    ).all()
    following = (
        await session.scalars(select(XFollowing).where(XFollowing.account_id == account.id).order_by(XFollowing.day))
    ).all()
    usage = (await session.scalars(select(XUsage).where(XUsage.account_id == account.id).order_by(XUsage.day))).all()
    return {
        "account": {
            "source": account.source,
            "status": account.status,
            "x_user_id": account.x_user_id,
            "username": account.username,
            "connected_at": _when(account.connected_at),
            "profile": account.profile,
            "profile_synced_at": _when(account.profile_synced_at),
            "synced_at": _when(account.synced_at),
        },
        "posts": [p.data for p in posts if p.kind == "own"],
        "mentions": [p.data for p in posts if p.kind == "mention"],
        "followers_by_day": [
            {"day": _when(f.day), "followers": f.followers, "following": f.following} for f in following
        ],
        "x_requests_by_day": [
            {"day": _when(u.day), "requests": u.requests, "posts_read": u.posts_read, "users_read": u.users_read}
            for u in usage
        ],
    }


async def export_user(session: AsyncSession, user: User) -> dict[str, Any]:
    """Everything we hold about the user, as JSON-ready data; tokens and sign-in secrets excluded."""
    nudges = (await session.scalars(select(Nudge).where(Nudge.user_id == user.id).order_by(Nudge.local_date))).all()
    checkups = (
        await session.scalars(
            select(CheckupRecord).where(CheckupRecord.user_id == user.id).order_by(CheckupRecord.created_at)
        )
    ).all()
    account = await account_of(session, user.id)
    x = await _x_account(session, account) if account is not None else None
    export: dict[str, Any] = {
        "you": {
            "platform": user.platform,
            "workspace": user.workspace,
            "platform_user_id": user.platform_user_id,
            "chat_id": user.chat_id,
            "display_name": user.display_name,
            "created_at": _when(user.created_at),
            "consented_at": _when(user.created_at),
            "last_seen_at": _when(user.last_seen_at),
            "onboarded": user.onboarded,
        },
        "answers": _answers(user),
        "settings": _settings(user),
        "x_account": x["account"] if x else None,
        "posts": x["posts"] if x else [],
        "mentions": x["mentions"] if x else [],
        "followers_by_day": x["followers_by_day"] if x else [],
        "x_requests_by_day": x["x_requests_by_day"] if x else [],
        "nudges": [
            {
                "date": _when(n.local_date),
                "status": n.status,
                "topics": list(n.topics),
                "due_at": _when(n.due_at),
                "sent_at": _when(n.sent_at),
            }
            for n in nudges
        ],
        "checkups": [{"score": c.score, "top": list(c.top), "created_at": _when(c.created_at)} for c in checkups],
    }
    if user.platform == SLACK:
        taken = (
            await session.scalars(
                select(SlackDigestTaker).where(
                    SlackDigestTaker.workspace == user.workspace, SlackDigestTaker.user_id == user.platform_user_id
                )
            )
        ).all()
        export["team_digests_taken"] = [{"digest": t.digest_id, "taken_at": _when(t.taken_at)} for t in taken]
    return export


def revocable(services: Services, account: XAccount | None) -> bool:
    """Whether letting this account go means asking X to revoke our access: a signed-in account with keys.

    The demo account and an archive have none, so nobody asks X anything and no text may say so.
    """
    return (
        account is not None
        and account.source == "x"
        and services.tokens is not None
        and (account.refresh_token or account.access_token) is not None
    )


async def forget_user(services: Services, session: AsyncSession, user: User) -> None:
    """Revokes our X token at X, then erases every row about the user (in the caller's transaction)."""
    account = await account_of(session, user.id)
    if account is not None:
        if revocable(services, account):
            assert services.tokens is not None
            await services.tokens.revoke(account)
        await session.delete(account)
        await session.flush()  # before the user row: the database's cascade would take it first
    if user.platform == SLACK:
        await _forget_slack_member(session, user.workspace, user.platform_user_id)
    await session.delete(user)
    await session.flush()
    log.info("user forgotten", extra={"platform": user.platform})


async def _forget_slack_member(session: AsyncSession, workspace: str, member: str) -> None:
    """Slack rows name a member by their Slack id rather than by our user row."""
    await session.execute(
        delete(SlackDigestTaker).where(SlackDigestTaker.workspace == workspace, SlackDigestTaker.user_id == member)
    )
    await session.execute(
        update(SlackInstallation)
        .where(SlackInstallation.workspace == workspace, SlackInstallation.installer_user_id == member)
        .values(installer_user_id="")
    )
    await session.execute(
        update(SlackDigestChannel)
        .where(SlackDigestChannel.workspace == workspace, SlackDigestChannel.chosen_by == member)
        .values(chosen_by="")
    )


async def forget_workspace(services: Services, platform: str, workspace: str) -> int:
    """Forgets every user of a workspace (a Slack uninstall); returns how many were forgotten.

    One transaction per user, so a slow X revocation never holds a lock on the whole workspace.
    """
    async with services.db.transaction() as session:
        ids = (
            await session.scalars(select(User.id).where(User.platform == platform, User.workspace == workspace))
        ).all()
    for user_id in ids:
        async with services.db.transaction() as session:
            user = await session.get(User, user_id)
            if user is not None:
                await forget_user(services, session, user)
    log.info("workspace forgotten", extra={"platform": platform, "users": len(ids)})
    return len(ids)


async def purge_old_posts(services: Services, now: datetime, keep_days: int = KEPT_DAYS) -> int:
    """The daily clean-up: posts, mentions and daily X figures past `keep_days`, buttons past 30 days,
    platform delivery ids past 7 days, sign-ins that expired. Returns the number of rows deleted."""
    posts_before = now - timedelta(days=keep_days)
    statements = (
        delete(XPost).where(XPost.created_at < posts_before),
        delete(XFollowing).where(XFollowing.day < posts_before.date()),
        delete(XUsage).where(XUsage.day < posts_before.date()),
        delete(ButtonToken).where(ButtonToken.created_at < now - BUTTONS_KEPT),
        delete(SeenUpdate).where(SeenUpdate.seen_at < now - DELIVERIES_KEPT),
        delete(XSignIn).where(XSignIn.expires_at < now),
    )
    deleted = 0
    async with services.db.transaction() as session:
        for statement in statements:
            result: CursorResult[Any] = await session.execute(statement)  # type: ignore[assignment]
            deleted += result.rowcount
    log.info("old data deleted", extra={"rows": deleted})
    return deleted
