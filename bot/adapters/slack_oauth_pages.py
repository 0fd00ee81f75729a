"""What the browser sees while installing the app, in its own language, instead of bolt's English pages.

/slack/install offers the "Add to Slack" link; /slack/oauth_redirect says where the app is now
installed, with a link that opens its DM in Slack, or why nothing was: an unknown, used or expired
link (401), another browser (400), the installer said no or Slack refused (400), our storage failed (503).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from urllib.parse import urlencode

from slack_bolt.oauth.async_callback_options import AsyncCallbackOptions, AsyncFailureArgs, AsyncSuccessArgs
from slack_bolt.oauth.async_oauth_flow import AsyncOAuthFlow
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.adapters.slack_install import DbOAuthStateStore
from bot.web.pages import browser_language, html_page

log = logging.getLogger(__name__)

PROBLEM_TITLE = "slack-install-problem-title"
FAILURES = {
    "invalid_browser": ("slack-install-browser", 400),
    "access_denied": ("slack-install-denied", 400),
    "storage_error": ("slack-install-unavailable", 503),
}
"""bolt's reason (or Slack's error) → our text and status; any other Slack error is "slack-install-slack-error"."""
SLACK_ERROR = ("slack-install-slack-error", 400)


class OAuthPages:
    def __init__(self, states: DbOAuthStateStore, default_language: str, install_url: str) -> None:
        self.states = states
        self.default_language = default_language
        self.install_url = install_url

    def callbacks(self) -> AsyncCallbackOptions:
        return AsyncCallbackOptions(success=self.success, failure=self.failure)

    def language(self, request: AsyncBoltRequest) -> str:
        header = request.headers.get("accept-language") or [""]
        return browser_language(header[0], self.default_language)

    def install_page(self, url: str, request: AsyncBoltRequest) -> str:
        link = ("slack-install-button", url)
        return html_page(self.language(request), "slack-install-title", "slack-install-intro", link=link)

    async def success(self, args: AsyncSuccessArgs) -> BoltResponse:
        installation = args.installation
        dm = "https://slack.com/app_redirect?" + urlencode({"app": installation.app_id, "team": installation.team_id})
        html = html_page(
            self.language(args.request),
            "slack-installed-title",
            "slack-installed",
            {"workspace": installation.team_name or installation.team_id or "Slack"},
            link=("slack-installed-open", dm),
        )
        return _response(200, html, args.settings.state_utils.build_set_cookie_for_deletion())

    async def failure(self, args: AsyncFailureArgs) -> BoltResponse:
        reason = args.reason
        if reason == "invalid_state":
            state = (args.request.query.get("state") or [""])[0]
            expired = await self.states.expired(state)
            key, status = ("slack-install-expired" if expired else "slack-install-invalid"), 401
        else:
            key, status = FAILURES.get(reason, SLACK_ERROR)
        log.info("slack install failed", extra={"reason": reason if key != SLACK_ERROR[0] else "slack_error"})
        again = ("slack-install-again", self.install_url)
        html = html_page(self.language(args.request), PROBLEM_TITLE, key, link=again)
        return _response(status, html, args.settings.state_utils.build_set_cookie_for_deletion())


class LocalizedOAuthFlow(AsyncOAuthFlow):
    """bolt's OAuth flow with our install page (the callback's pages come in the settings' callback_options)."""

    def __init__(self, *, settings: AsyncOAuthSettings, pages: OAuthPages) -> None:
        super().__init__(settings=settings)
        self.pages = pages

    async def build_install_page_html(self, url: str, request: AsyncBoltRequest) -> str:
        return self.pages.install_page(url, request)


def _response(status: int, html: str, cookie: str) -> BoltResponse:
    headers: dict[str, str | Sequence[str]] = {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
        "Set-Cookie": cookie,
    }
    return BoltResponse(status=status, body=html, headers=headers)
