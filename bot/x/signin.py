"""Signing in with X: OAuth 2.0 with PKCE, the pending state kept in our database.

The state is bound to the chat user who asked, single-use and valid ten minutes, so any
process can finish the flow. The link we give goes first to our own `/x/start/<state>`,
which pins the state in a cookie of the browser that will come back to the callback:
a callback whose cookie does not match (someone else's browser, a forwarded link) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import Services
from bot.storage.models import User
from bot.storage.x import XAccount, XSignIn
from bot.x import pkce
from bot.x.client import XError
from bot.x.store import count_usage, replace_account, save_profile

LIFETIME = timedelta(minutes=10)
COOKIE = "nudgebird_x_state"


class Refusal(StrEnum):
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    MISMATCH = "mismatch"
    DENIED = "denied"
    FAILED = "failed"


@dataclass(frozen=True)
class Outcome:
    user_id: int | None
    language: str
    refusal: Refusal | None = None
    username: str = ""


def callback_url(services: Services) -> str:
    return services.settings.public_url.rstrip("/") + "/x/callback"


def start_url(services: Services, state: str) -> str:
    return services.settings.public_url.rstrip("/") + f"/x/start/{state}"


async def begin(session: AsyncSession, services: Services, user: User) -> str:
    """A new sign-in for this user (replacing a pending one) in the caller's transaction; returns its link."""
    state, verifier = pkce.new_state(), pkce.new_verifier()
    await session.execute(delete(XSignIn).where(XSignIn.user_id == user.id))
    session.add(
        XSignIn(
            state=state,
            user_id=user.id,
            verifier=services.vault.encrypt(verifier),
            expires_at=services.clock.now() + LIFETIME,
        )
    )
    return start_url(services, state)


async def authorize_redirect(services: Services, state: str) -> str | None:
    """Where /x/start sends the browser: X's sign-in page, or None for an unknown or expired state."""
    assert services.x is not None
    async with services.db.transaction() as session:
        pending = await session.get(XSignIn, state[:64])
        if pending is None or pending.expires_at <= services.clock.now():
            return None
        challenge = pkce.challenge(services.vault.decrypt(pending.verifier))
    return services.x.authorize_url(
        services.settings.x_authorize_url,
        redirect_uri=callback_url(services),
        state=state,
        code_challenge=challenge,
    )


async def finish(
    services: Services, *, state: str, code: str, cookie: str | None, error: str | None
) -> Outcome:
    """Completes the sign-in; nothing is stored unless every check passes."""
    assert services.x is not None and services.tokens is not None
    async with services.db.transaction() as session:
        pending = await session.get(XSignIn, state[:64], with_for_update=True)
        if pending is None:
            return Outcome(None, "en", Refusal.UNKNOWN)
        user = await session.get(User, pending.user_id)
        language = user.language if user else "en"
        if cookie != state:
            return Outcome(pending.user_id, language, Refusal.MISMATCH)
        await session.delete(pending)  # single use, whatever happens next
        if pending.expires_at <= services.clock.now():
            return Outcome(pending.user_id, language, Refusal.EXPIRED)
        if error or not code:
            return Outcome(pending.user_id, language, Refusal.DENIED)
        verifier = services.vault.decrypt(pending.verifier)
        user_id = pending.user_id
    try:
        pair = await services.x.exchange_code(code[:512], verifier, callback_url(services))
        profile = await services.x.me(pair.access_token)
    except XError:
        return Outcome(user_id, language, Refusal.FAILED)
    async with services.db.transaction() as session:
        user = await session.get(User, user_id)
        if user is None:
            return Outcome(None, language, Refusal.UNKNOWN)
        account: XAccount = await replace_account(session, user, "x", services.clock.now())
        account.x_user_id = profile.id
        services.tokens.store(account, pair)
        now = services.clock.now()
        await save_profile(session, account, profile, now)
        await count_usage(session, account.id, now.date(), requests=1, users_read=1)
    return Outcome(user_id, language, None, profile.username)
