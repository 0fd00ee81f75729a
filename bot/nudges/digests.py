"""Team digests, run by the nudge workers: what the business's account has left unanswered.

A platform with team channels (Slack) decides when and where its digests go; the core only says
which mentions are waiting, from the X account the member who chose the channel connected.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.analysis.facts import gather
from bot.coach import Coach
from bot.messages import UserKey
from bot.nudges.topics import waiting_mentions
from bot.services import Services
from bot.storage.models import User
from bot.storage.x import XAccount
from bot.users import find_user
from bot.x.models import Post
from bot.x.store import account_of, load_account
from bot.x.sync import SyncStatus, sync_account

log = logging.getLogger(__name__)


async def post_team_digests(coach: Coach, now: datetime) -> Counter[str]:
    """Every attached platform posts the digests due at `now`; one that fails does not stop the others."""
    outcomes: Counter[str] = Counter()
    for adapter in list(coach.adapters.values()):
        try:
            outcomes += await adapter.post_team_digests(now)
        except Exception:
            log.exception("team digests failed; trying again at the next tick", extra={"platform": adapter.platform})
    if outcomes:
        log.info("team digests", extra=dict(outcomes))
    return outcomes


async def unanswered_mentions(services: Services, key: UserKey, now: datetime) -> list[Post] | None:
    """The mentions the member's connected X account has not answered, oldest first, or None without one.

    The account is synced first, as before a nudge; when X does not answer, what is stored is used.
    """
    async with services.db.transaction() as session:
        found = await _connected(session, key)
        if found is None:
            return None
        account_id = found[1].id
    if (await sync_account(services, account_id)).status is SyncStatus.DISCONNECTED:
        return None
    async with services.db.transaction() as session:
        found = await _connected(session, key)
        data = await load_account(session, found[0], now, found[1]) if found is not None else None
    return None if data is None else waiting_mentions(gather(data, now))


async def _connected(session: AsyncSession, key: UserKey) -> tuple[User, XAccount] | None:
    """The member and the X account they signed in with, while X still accepts it."""
    user = await find_user(session, key)
    account = await account_of(session, user.id) if user is not None else None
    if user is None or account is None or account.source != "x" or account.status != "connected":
        return None
    return user, account
