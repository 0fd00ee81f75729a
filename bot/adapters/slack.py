"""The coach on Slack: the adapter (Outgoing → Block Kit messages) and the bot that wires Slack in.

    bot = SlackBot(services, coach)
    build_app(bot.routes())        # `nudgebird web`: /slack/events, /slack/install, /slack/oauth_redirect
    await bot.run_socket_mode()    # `nudgebird run` with SLACK_APP_TOKEN

One workspace with SLACK_BOT_TOKEN, or many through OAuth v2 with SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET (installations kept in our database, tokens encrypted).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.errors import SlackApiError
from starlette.routing import BaseRoute

from bot.adapters.base import Adapter, StartError
from bot.adapters.slack_blocks import Pressed, escape, fallback_text, message_blocks, without_actions
from bot.adapters.slack_digest import TeamDigest
from bot.adapters.slack_digest_schedule import DigestSchedule
from bot.adapters.slack_home import Home
from bot.adapters.slack_http import INSTALL_PATH, REDIRECT_PATH, slack_routes
from bot.adapters.slack_install import BOT_SCOPES, DbAuthorize, DbInstallationStore, DbOAuthStateStore
from bot.adapters.slack_keys import PLATFORM
from bot.adapters.slack_listeners import register
from bot.adapters.slack_oauth_pages import LocalizedOAuthFlow, OAuthPages
from bot.adapters.slack_people import People
from bot.adapters.slack_web import ChannelPace, SingleToken, SlackWeb, TokenSource, web_client
from bot.coach import Coach
from bot.messages import ChatKey, Outgoing
from bot.services import Services
from bot.settings import Settings

log = logging.getLogger(__name__)


class SlackAdapter(Adapter):
    platform = PLATFORM

    def __init__(self, web: SlackWeb, schedule: DigestSchedule, pressed: Pressed | None = None) -> None:
        self.web = web
        self.schedule = schedule
        self.pressed = pressed

    def pressing(self, pressed: Pressed) -> SlackAdapter:
        """The same adapter, knowing the message a press came from (to take its buttons off)."""
        return SlackAdapter(self.web, self.schedule, pressed)

    async def post_team_digests(self, now: datetime) -> Counter[str]:
        return await self.schedule.run_once(now)

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        ts = await self.web.post(
            chat.workspace,
            chat.chat_id,
            text=fallback_text(message),
            blocks=message_blocks(message),
            unfurl_links=False,
            unfurl_media=False,
        )
        if message.attachment is not None:
            await self.web.upload(
                chat.workspace,
                chat.chat_id,
                data=message.attachment.data,
                filename=message.attachment.filename,
                comment=escape(message.attachment_caption),
            )
        return ts

    async def retire_buttons(self, chat: ChatKey, message_id: str) -> None:
        pressed = self.pressed
        if pressed is None or pressed.ts != message_id:
            return
        note = f"✓ {escape(pressed.label)}" if pressed.label else ""
        try:
            await self.web.update(
                chat.workspace,
                chat.chat_id,
                message_id,
                text=pressed.text,
                blocks=without_actions(pressed.blocks, note),
            )
        except SlackApiError as error:
            # The buttons stay on screen, but their tokens are spent: a press now says "expired".
            log.warning("could not retire buttons", extra={"error": error.response.get("error")})


class SlackBot:
    """Everything Slack needs, built once from the settings."""

    def __init__(
        self,
        services: Services,
        coach: Coach,
        *,
        pace: ChannelPace | None = None,
    ) -> None:
        settings = services.settings
        self.services = services
        self.coach = coach
        self.store: DbInstallationStore | None = None
        tokens: TokenSource
        if settings.slack_client_id and settings.slack_client_secret:
            self.store = DbInstallationStore(services.db, services.vault, services.clock)
            tokens = self.store
        elif settings.slack_bot_token is not None:
            tokens = SingleToken(settings.slack_bot_token.get_secret_value())
        else:
            raise StartError("Slack needs SLACK_BOT_TOKEN, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET")
        self.web = SlackWeb(settings.slack_api_url, tokens, pace)
        self.people = People(self.web)
        self.home = Home(services, self.web, self.people)
        self.digest = TeamDigest(services, self.web, self.people)
        self.adapter = SlackAdapter(self.web, DigestSchedule(services, self.digest))
        coach.attach(self.adapter)
        self.app = self._bolt_app(settings)

    @staticmethod
    def configured(settings: Settings) -> bool:
        """Slack is on: a bot token (one workspace) or a client id and secret (OAuth)."""
        return settings.slack_bot_token is not None or bool(settings.slack_client_id and settings.slack_client_secret)

    def _bolt_app(self, settings: Settings) -> AsyncApp:
        secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
        if self.store is None:
            token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
            app = AsyncApp(signing_secret=secret, client=web_client(settings.slack_api_url, token), name="nudgebird")
        else:
            app = AsyncApp(
                signing_secret=secret,
                client=web_client(settings.slack_api_url),
                name="nudgebird",
                installation_store=self.store,
                authorize=DbAuthorize(self.store),  # type: ignore[arg-type]
                oauth_flow=self._oauth_flow(settings, self.store),
            )
        register(app, self)
        return app

    def _oauth_flow(self, settings: Settings, store: DbInstallationStore) -> LocalizedOAuthFlow:
        assert settings.slack_client_id and settings.slack_client_secret
        public_url = settings.public_url.rstrip("/")
        states = DbOAuthStateStore(self.services.db, self.services.clock)
        pages = OAuthPages(states, settings.default_language, public_url + INSTALL_PATH)
        oauth_settings = AsyncOAuthSettings(
            client_id=settings.slack_client_id,
            client_secret=settings.slack_client_secret.get_secret_value(),
            scopes=list(BOT_SCOPES),
            user_scopes=[],
            redirect_uri=public_url + REDIRECT_PATH,
            installation_store=store,
            state_store=states,
            callback_options=pages.callbacks(),
        )
        return LocalizedOAuthFlow(settings=oauth_settings, pages=pages)

    def routes(self) -> list[BaseRoute]:
        """The HTTP entry points, for bot.web.app.build_app."""
        return slack_routes(self.app, self.services.settings)

    async def run_socket_mode(self) -> None:
        """Receives events over Slack's WebSocket (no public address needed) until cancelled."""
        app_token = self.services.settings.slack_app_token
        if app_token is None:
            raise StartError("Socket Mode needs SLACK_APP_TOKEN")
        handler = AsyncSocketModeHandler(self.app, app_token.get_secret_value())
        try:
            await handler.start_async()  # type: ignore[no-untyped-call]
        finally:
            await handler.close_async()  # type: ignore[no-untyped-call]
