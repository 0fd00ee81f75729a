"""Our Slack app served over HTTP on 127.0.0.1, talking to the fake Slack Web API.

    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")                      # the real OAuth v2 flow
        world.fake.add_user("T1", "U1", locale="it-IT")
        await world.dm("T1", "U1", "ciao")             # a signed message.im event; returns when handled
        world.fake.last(world.fake.dm_of("T1", "U1")).sections()

Requests are signed exactly as Slack signs them; `settle()` waits until every piece of work
the app started in the background (after acknowledging) has finished.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
from cryptography.fernet import Fernet

from bot.adapters.slack import SlackBot
from bot.adapters.slack_blocks import escape
from bot.adapters.slack_web import ChannelPace
from bot.clock import FixedClock
from bot.coach import Coach
from bot.services import Services
from bot.web.app import build_app
from handlers import routes
from tests.conftest import make_settings
from tests.e2e.fake_slack import APP_ID, CLIENT_ID, CLIENT_SECRET, FakeSlack, Posted
from tests.fakes.server import serve_asgi

SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
PACE = 0.01


@dataclass
class SlackWorld:
    fake: FakeSlack
    bot: SlackBot
    services: Services
    clock: FixedClock
    http: httpx.AsyncClient
    baseline: set[asyncio.Task[Any]]
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    # Signing and posting

    def headers(self, body: bytes, *, timestamp: int | None = None, secret: str = SIGNING_SECRET) -> dict[str, str]:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        mac = hmac.new(secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256)
        signature = f"v0={mac.hexdigest()}"
        return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}

    async def post(
        self, body: bytes, content_type: str, *, extra: dict[str, str] | None = None, settle: bool = True
    ) -> httpx.Response:
        headers = {"Content-Type": content_type, **self.headers(body), **(extra or {})}
        response = await self.http.post("/slack/events", content=body, headers=headers)
        if settle:
            await self.settle()
        return response

    async def settle(self, seconds: float = 10.0) -> None:
        """Waits for the work the app does after answering Slack (bolt runs listeners in tasks)."""
        deadline = time.monotonic() + seconds
        quiet = 0
        while quiet < 3:
            current = asyncio.current_task()
            pending = {t for t in asyncio.all_tasks() if t is not current and t not in self.baseline and not t.done()}
            if not pending:
                quiet += 1
                await asyncio.sleep(0.002)
                continue
            quiet = 0
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"background work still running: {pending}")
            await asyncio.wait(pending, timeout=remaining)

    # Installing

    async def install(self, team: str, *, enterprise: str | None = None) -> None:
        """Adds the app to a workspace through /slack/install and /slack/oauth_redirect."""
        code = f"code-{team}"
        self.fake.add_workspace(team, enterprise_id=enterprise, code=code)
        state = await self.install_state()
        response = await self.callback(code, state)
        assert response.status_code == 200, response.text

    async def install_state(self) -> str:
        page = await self.http.get("/slack/install")
        assert page.status_code == 200
        found = re.search(r"state=([^&\"]+)", page.text)
        assert found is not None
        assert f"slack-app-oauth-state={found.group(1)}" in page.headers["set-cookie"]
        return found.group(1)

    async def callback(self, code: str, state: str, *, cookie: str | None = None) -> httpx.Response:
        return await self.http.get(
            "/slack/oauth_redirect",
            params={"code": code, "state": state},
            headers={"Cookie": f"slack-app-oauth-state={state if cookie is None else cookie}"},
        )

    # What Slack sends

    def event_body(
        self, team: str, event: dict[str, Any], *, event_id: str | None = None, enterprise: str | None = None
    ) -> bytes:
        body = {
            "token": "legacy-token",
            "team_id": team,
            "enterprise_id": enterprise,
            "api_app_id": APP_ID,
            "event": {"event_ts": f"{time.time():.6f}", **event},
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(self.ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": enterprise,
                    "team_id": team,
                    "user_id": f"UBOT{team}",
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }
        return json.dumps(body).encode()

    async def event(
        self,
        team: str,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry: int | None = None,
        enterprise: str | None = None,
    ) -> httpx.Response:
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        body = self.event_body(team, event, event_id=event_id, enterprise=enterprise)
        return await self.post(body, "application/json", extra=extra)

    async def dm(
        self, team: str, user: str, text: str, *, user_team: str | None = None, enterprise: str | None = None
    ) -> httpx.Response:
        event: dict[str, Any] = {
            "type": "message",
            "channel": self.fake.dm_of(team, user),
            "user": user,
            "text": escape(text),
            "ts": f"1700000000.{next(self.ids):06d}",
            "channel_type": "im",
            "team": team,
        }
        if user_team:
            event["user_team"] = user_team
        return await self.event(team, event, enterprise=enterprise)

    async def share(self, team: str, user: str, file: dict[str, Any], *, text: str = "") -> httpx.Response:
        """The member shares a file in the app's DM (a message.im event of subtype file_share)."""
        event: dict[str, Any] = {
            "type": "message",
            "subtype": "file_share",
            "channel": self.fake.dm_of(team, user),
            "user": user,
            "text": text,
            "files": [file],
            "upload": True,
            "ts": f"1700000000.{next(self.ids):06d}",
            "channel_type": "im",
        }
        return await self.event(team, event)

    async def open_home(self, team: str, user: str) -> httpx.Response:
        return await self.event(
            team,
            {"type": "app_home_opened", "user": user, "channel": self.fake.dm_of(team, user), "tab": "home"},
        )

    def command_body(self, team: str, user: str, text: str, *, channel: str | None = None) -> bytes:
        fields = {
            "token": "legacy-token",
            "team_id": team,
            "team_domain": team.lower(),
            "channel_id": channel or self.fake.dm_of(team, user),
            "channel_name": "general" if channel else "directmessage",
            "user_id": user,
            "user_name": user.lower(),
            "command": "/nudgebird",
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": f"{self.fake.base_url}/response/{next(self.ids)}",
            "trigger_id": f"trigger-{next(self.ids)}",
        }
        return urlencode(fields).encode()

    async def command(
        self, team: str, user: str, text: str, *, channel: str | None = None, settle: bool = True
    ) -> httpx.Response:
        body = self.command_body(team, user, text, channel=channel)
        return await self.post(body, "application/x-www-form-urlencoded", settle=settle)

    def action_body(
        self,
        team: str,
        user: str,
        action: dict[str, Any],
        *,
        message: Posted | None = None,
        user_team: str | None = None,
    ) -> bytes:
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user, "username": user.lower(), "team_id": user_team or team},
            "api_app_id": APP_ID,
            "token": "legacy-token",
            "trigger_id": f"trigger-{next(self.ids)}",
            "team": {"id": team, "domain": team.lower()},
            "enterprise": None,
            "is_enterprise_install": False,
            "response_url": f"{self.fake.base_url}/response/{next(self.ids)}",
            "actions": [{"action_ts": f"{time.time():.6f}", "block_id": "b", **action}],
        }
        if message is not None:
            payload["container"] = {
                "type": "message",
                "message_ts": message.ts,
                "channel_id": message.channel,
                "is_ephemeral": False,
            }
            payload["channel"] = {"id": message.channel, "name": "directmessage"}
            payload["message"] = {
                "type": "message",
                "user": f"UBOT{team}",
                "ts": message.ts,
                "text": message.text,
                "blocks": message.blocks,
            }
        else:
            payload["container"] = {"type": "view", "view_id": "V1"}
            payload["view"] = {"id": "V1", "type": "home", "team_id": team}
        return urlencode({"payload": json.dumps(payload)}).encode()

    async def act(
        self,
        team: str,
        user: str,
        action: dict[str, Any],
        *,
        message: Posted | None = None,
        user_team: str | None = None,
    ) -> httpx.Response:
        body = self.action_body(team, user, action, message=message, user_team=user_team)
        return await self.post(body, "application/x-www-form-urlencoded")

    async def press(
        self, team: str, user: str, label: str, *, message: Posted | None = None, user_team: str | None = None
    ) -> httpx.Response:
        """Presses the button with this label (or starting with it) on the newest DM message offering it."""
        candidates = [message] if message else list(reversed(self.fake.messages(self.fake.dm_of(team, user))))
        for exact in (True, False):
            for posted in candidates:
                for element in posted.buttons():
                    shown = element["text"]["text"]
                    if "value" in element and (shown == label if exact else shown.startswith(label)):
                        return await self.press_element(team, user, posted, element, user_team=user_team)
        raise AssertionError(f"no button {label!r}")

    async def press_at(self, team: str, user: str, index: int) -> httpx.Response:
        """Presses the button at this position (-1: the last) of the newest DM message with buttons."""
        posted = next(p for p in reversed(self.fake.messages(self.fake.dm_of(team, user))) if p.buttons())
        element = [e for e in posted.buttons() if "value" in e][index]
        return await self.press_element(team, user, posted, element)

    async def press_element(
        self, team: str, user: str, posted: Posted, element: dict[str, Any], *, user_team: str | None = None
    ) -> httpx.Response:
        action = {
            "action_id": element["action_id"],
            "text": element["text"],
            "value": element["value"],
            "type": "button",
        }
        return await self.act(team, user, action, message=posted, user_team=user_team)

    # What the member sees

    def said(self, team: str, user: str, since: int = 0) -> str:
        """Everything the coach posted in the member's DM, from message number `since` on."""
        return "\n\n".join(p.sections() for p in self.fake.messages(self.fake.dm_of(team, user))[since:])

    def count(self, team: str, user: str) -> int:
        return len(self.fake.messages(self.fake.dm_of(team, user)))


@asynccontextmanager
async def slack_world(
    database_url: str,
    clock: FixedClock,
    *,
    single_workspace: bool = False,
    pace: float = PACE,
    fake: FakeSlack | None = None,
    settings: dict[str, Any] | None = None,
) -> AsyncIterator[SlackWorld]:
    """`settings` are added to the app's (an X API to use, say)."""
    fake = fake or FakeSlack()
    async with serve_asgi(fake.app) as fake_url:
        fake.base_url = fake_url
        overrides: dict[str, Any] = {
            "slack_signing_secret": SIGNING_SECRET,
            "slack_api_url": f"{fake_url}/api/",
            "encryption_keys": Fernet.generate_key().decode(),
            "public_url": "https://coach.example",
        }
        if single_workspace:
            overrides["slack_bot_token"] = fake.add_workspace("T1").token
        else:
            overrides.update(slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET)
        overrides.update(settings or {})
        services = Services.create(make_settings(database_url, **overrides), clock=clock)
        coach = Coach(services, routes())
        bot = SlackBot(services, coach, pace=ChannelPace(pace))
        try:
            async with (
                serve_asgi(build_app(bot.routes())) as app_url,
                httpx.AsyncClient(base_url=app_url, timeout=20) as http,
            ):
                world = SlackWorld(fake, bot, services, clock, http, baseline=set(asyncio.all_tasks()))
                yield world
                await world.settle()
        finally:
            await services.close()
