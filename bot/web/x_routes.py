"""The X sign-in's two HTTP steps: /x/start/<state> (pins the browser) and /x/callback."""

from __future__ import annotations

import asyncio
import logging

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.coach import Coach, Pushed
from bot.router import Handler
from bot.settings import LANGUAGES
from bot.web.pages import page
from bot.x import signin
from bot.x.store import account_of
from bot.x.sync import sync_account

log = logging.getLogger(__name__)


def _language(request: Request) -> str:
    header = request.headers.get("accept-language", "")
    prefix = header[:2].lower()
    return prefix if prefix in LANGUAGES else "en"


async def _welcome(coach: Coach, user_id: int, on_connected: Handler) -> Pushed:
    """The first sync (30 days back), then the chat hears about it."""
    async with coach.services.db.transaction() as session:
        account = await account_of(session, user_id)
    if account is not None:
        await sync_account(coach.services, account.id)
    return await coach.act_for(user_id, on_connected)


def x_routes(coach: Coach, on_connected: Handler) -> list[BaseRoute]:
    """`on_connected` runs for the user once signed in (confirmation and first checkup, in the chat)."""
    services = coach.services
    background: set[asyncio.Task[Pushed]] = set()

    async def start(request: Request) -> Response:
        state = request.path_params["state"]
        if services.x is None:
            return page(_language(request), "web-title-problem", "web-x-not-configured", 404)
        target = await signin.authorize_redirect(services, state)
        if target is None:
            return page(_language(request), "web-title-problem", "web-signin-unknown", 400)
        response = RedirectResponse(target, status_code=302)
        response.set_cookie(
            signin.COOKIE,
            state,
            max_age=600,
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
            path="/x/",
        )
        return response

    async def callback(request: Request) -> Response:
        if services.x is None:
            return page(_language(request), "web-title-problem", "web-x-not-configured", 404)
        query = request.query_params
        outcome = await signin.finish(
            services,
            state=query.get("state", ""),
            code=query.get("code", ""),
            cookie=request.cookies.get(signin.COOKIE),
            error=query.get("error"),
        )
        if outcome.refusal is not None:
            log.info("x sign-in refused", extra={"reason": outcome.refusal.value})
            return page(outcome.language, "web-title-problem", f"web-signin-{outcome.refusal.value}", 400)
        assert outcome.user_id is not None
        task = asyncio.create_task(_welcome(coach, outcome.user_id, on_connected))
        background.add(task)
        task.add_done_callback(background.discard)
        response = page(outcome.language, "web-title-connected", "web-signin-done", username=outcome.username)
        response.delete_cookie(signin.COOKIE, path="/x/")
        return response

    return [Route("/x/start/{state}", start), Route("/x/callback", callback)]
