"""A fake Slack Web API (a Starlette app) for tests over real HTTP with slack_sdk and slack-bolt.

    fake = FakeSlack()
    fake.add_workspace("T1", code="code-T1")        # oauth.v2.access accepts this code
    fake.add_user("T1", "U1", locale="it-IT", tz="Europe/Rome", admin=True)
    async with serve_asgi(fake.app) as base_url:
        fake.base_url = base_url                    # for upload and response URLs
        ...

Methods: auth.test, oauth.v2.access, chat.postMessage, chat.update, views.publish, users.info,
conversations.open, files.getUploadURLExternal / completeUploadExternal, files.info, and response_url
posts under /response/<id>. Tokens are checked like Slack does; `rate_limit(method, times)`
answers 429 with Retry-After; `refuse_channel(channel, error)` makes a channel refuse posts.
`add_file(team, name, data)` is a file a member shared, served at its url_private_download to
that workspace's bot token (anyone else gets Slack's sign-in page); `fail_downloads(status)`.
"""

from __future__ import annotations

import base64
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

CLIENT_ID = "1111.2222"
CLIENT_SECRET = "fake-client-secret"
APP_ID = "A0NUDGE"


@dataclass
class Workspace:
    team_id: str
    enterprise_id: str | None
    token: str
    bot_user_id: str
    bot_id: str
    name: str
    installer: str


@dataclass
class Posted:
    team_id: str
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]]
    at: float
    updates: list[dict[str, Any]] = field(default_factory=list)

    def sections(self) -> str:
        """Every mrkdwn text of the message as shown now (sections and contexts), one a line."""
        texts = []
        for block in self.blocks:
            if block.get("type") == "section":
                texts.append(block["text"]["text"])
            elif block.get("type") == "context":
                texts += [element["text"] for element in block["elements"]]
        return "\n".join(texts)

    def buttons(self) -> list[dict[str, Any]]:
        return [e for b in self.blocks if b.get("type") == "actions" for e in b["elements"]]

    def labels(self) -> list[str]:
        return [e["text"]["text"] for e in self.buttons()]


@dataclass
class FakeSlack:
    base_url: str = ""
    workspaces: dict[str, Workspace] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    users: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    posted: list[Posted] = field(default_factory=list)
    views: dict[tuple[str, str], list[dict[str, Any]]] = field(default_factory=dict)
    responses: list[dict[str, Any]] = field(default_factory=list)
    uploads: dict[str, bytes] = field(default_factory=dict)
    files: list[dict[str, Any]] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)
    """(method, team id or "") of every call, in order."""
    refused: dict[str, str] = field(default_factory=dict)
    limits: dict[str, list[int]] = field(default_factory=dict)
    shared: dict[str, tuple[str, dict[str, Any], bytes]] = field(default_factory=dict)
    """File id → (team id, file object, bytes) of files members shared."""
    downloads: list[str] = field(default_factory=list)
    """Ids of the shared files downloaded, in order."""
    download_status: int = 200
    _ts: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def add_workspace(
        self, team_id: str, *, enterprise_id: str | None = None, code: str | None = None, installer: str = ""
    ) -> Workspace:
        workspace = Workspace(
            team_id=team_id,
            enterprise_id=enterprise_id,
            token=f"xoxb-{team_id}-secret",
            bot_user_id=f"UBOT{team_id}",
            bot_id=f"B{team_id}",
            name=f"Team {team_id}",
            installer=installer or f"UADMIN{team_id}",
        )
        self.workspaces[workspace.token] = workspace
        if code:
            self.codes[code] = workspace.token
        return workspace

    def workspace(self, team_id: str) -> Workspace:
        return next(w for w in self.workspaces.values() if w.team_id == team_id)

    def add_user(
        self,
        team_id: str,
        user_id: str,
        *,
        locale: str = "en-US",
        tz: str = "Europe/London",
        admin: bool = False,
    ) -> None:
        self.users[(team_id, user_id)] = {
            "id": user_id,
            "team_id": team_id,
            "name": user_id.lower(),
            "is_admin": admin,
            "is_owner": False,
            "tz": tz,
            "locale": locale,
            "profile": {"display_name": f"Member {user_id}", "real_name": f"Member {user_id}"},
        }

    def dm_of(self, team_id: str, user_id: str) -> str:
        return f"D{team_id}{user_id}"

    def revoke(self, team_id: str) -> None:
        self.workspaces.pop(self.workspace(team_id).token)

    def rate_limit(self, method: str, times: int = 1, retry_after: int = 0) -> None:
        self.limits[method] = [times, retry_after]

    def refuse_channel(self, channel: str, error: str = "not_in_channel") -> None:
        self.refused[channel] = error

    def add_file(
        self, team_id: str, name: str, data: bytes, *, mimetype: str = "application/zip", size: int | None = None
    ) -> dict[str, Any]:
        """A file shared in the workspace; returns it as a message event carries it (`size` may lie)."""
        file_id = f"F{team_id}{len(self.shared) + 1:04d}"
        file = {
            "id": file_id,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": name.rsplit(".", 1)[-1],
            "size": len(data) if size is None else size,
            "mode": "hosted",
            "url_private": f"{self.base_url}/files-pri/{team_id}-{file_id}/{name}",
            "url_private_download": f"{self.base_url}/files-pri/{team_id}-{file_id}/download/{name}",
        }
        self.shared[file_id] = (team_id, file, data)
        return file

    def fail_downloads(self, status: int = 500) -> None:
        self.download_status = status

    # What tests read

    def messages(self, channel: str) -> list[Posted]:
        return [p for p in self.posted if p.channel == channel]

    def last(self, channel: str) -> Posted:
        return self.messages(channel)[-1]

    def view(self, team_id: str, user_id: str) -> dict[str, Any]:
        return self.views[(team_id, user_id)][-1]

    def count(self, method: str) -> int:
        return sum(1 for name, _ in self.calls if name == method)

    # The HTTP side

    @property
    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/api/{method}", self._api, methods=["GET", "POST"]),
                Route("/upload/{file_id}", self._upload, methods=["POST"]),
                Route("/response/{key}", self._response, methods=["POST"]),
                Route("/files-pri/{key}/download/{name}", self._download, methods=["GET"]),
            ]
        )

    async def _api(self, request: Request) -> Response:
        method = request.path_params["method"]
        params = await _params(request)
        limit = self.limits.get(method)
        if limit and limit[0] > 0:
            limit[0] -= 1
            self.calls.append((f"{method}:429", ""))
            return JSONResponse(
                {"ok": False, "error": "ratelimited"}, status_code=429, headers={"Retry-After": str(limit[1])}
            )
        if method == "oauth.v2.access":
            return self._oauth(request, params)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        workspace = self.workspaces.get(token)
        self.calls.append((method, workspace.team_id if workspace else ""))
        if workspace is None:
            return _error("invalid_auth" if token else "not_authed")
        handler = _METHODS.get(method)
        if handler is None:
            return _error("unknown_method")
        return handler(self, workspace, params)

    def _oauth(self, request: Request, params: dict[str, Any]) -> Response:
        self.calls.append(("oauth.v2.access", ""))
        basic = request.headers.get("authorization", "").removeprefix("Basic ")
        client = (
            base64.b64decode(basic).decode() if basic else f"{params.get('client_id')}:{params.get('client_secret')}"
        )
        if client != f"{CLIENT_ID}:{CLIENT_SECRET}":
            return _error("invalid_client_id")
        token = self.codes.pop(str(params.get("code")), None)
        if token is None or token not in self.workspaces:
            return _error("invalid_code")
        w = self.workspaces[token]
        return JSONResponse(
            {
                "ok": True,
                "access_token": w.token,
                "token_type": "bot",
                "scope": "chat:write,commands",
                "bot_user_id": w.bot_user_id,
                "app_id": APP_ID,
                "team": {"id": w.team_id, "name": w.name},
                "enterprise": {"id": w.enterprise_id, "name": "Org"} if w.enterprise_id else None,
                "authed_user": {"id": w.installer},
                "is_enterprise_install": False,
            }
        )

    def _auth_test(self, w: Workspace, params: dict[str, Any]) -> Response:
        return _ok(
            team_id=w.team_id,
            team=w.name,
            user_id=w.bot_user_id,
            bot_id=w.bot_id,
            enterprise_id=w.enterprise_id,
            url=f"https://{w.team_id.lower()}.slack.com/",
            is_enterprise_install=False,
        )

    def _post_message(self, w: Workspace, params: dict[str, Any]) -> Response:
        channel = str(params.get("channel") or "")
        if not channel:
            return _error("channel_not_found")
        if channel in self.refused:
            return _error(self.refused[channel])
        if channel.startswith("D") and not channel.startswith(f"D{w.team_id}"):
            return _error("channel_not_found")  # another workspace's DM
        blocks = _blocks(params.get("blocks"))
        if blocks is None:
            return _error("invalid_blocks")
        ts = f"1800000000.{next(self._ts):06d}"
        self.posted.append(Posted(w.team_id, channel, ts, str(params.get("text") or ""), blocks, time.monotonic()))
        return _ok(channel=channel, ts=ts, message={"text": params.get("text"), "blocks": blocks})

    def _update(self, w: Workspace, params: dict[str, Any]) -> Response:
        found = next((p for p in self.posted if p.channel == params.get("channel") and p.ts == params.get("ts")), None)
        if found is None or found.team_id != w.team_id:
            return _error("message_not_found")
        blocks = _blocks(params.get("blocks"))
        if blocks is None:
            return _error("invalid_blocks")
        found.updates.append({"blocks": found.blocks, "text": found.text})
        found.blocks, found.text = blocks, str(params.get("text") or found.text)
        return _ok(channel=found.channel, ts=found.ts)

    def _views_publish(self, w: Workspace, params: dict[str, Any]) -> Response:
        view = params.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not isinstance(view, dict) or view.get("type") != "home" or _blocks(view.get("blocks")) is None:
            return _error("invalid_arguments")
        self.views.setdefault((w.team_id, str(params.get("user_id"))), []).append(view)
        return _ok(view=view)

    def _users_info(self, w: Workspace, params: dict[str, Any]) -> Response:
        user = self.users.get((w.team_id, str(params.get("user"))))
        if user is None:
            return _error("user_not_found")
        shown = dict(user)
        if str(params.get("include_locale")).lower() not in {"true", "1"}:
            shown.pop("locale")
        return _ok(user=shown)

    def _conversations_open(self, w: Workspace, params: dict[str, Any]) -> Response:
        user = str(params.get("users") or "")
        if (w.team_id, user) not in self.users:
            return _error("user_not_found")
        return _ok(channel={"id": self.dm_of(w.team_id, user)})

    def _upload_url(self, w: Workspace, params: dict[str, Any]) -> Response:
        file_id = f"F{len(self.uploads) + 1:04d}"
        self.uploads[file_id] = b""
        return _ok(upload_url=f"{self.base_url}/upload/{file_id}", file_id=file_id)

    def _complete_upload(self, w: Workspace, params: dict[str, Any]) -> Response:
        files = params.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        for item in files or []:
            self.files.append(
                {
                    "id": item["id"],
                    "channel": params.get("channel_id"),
                    "comment": params.get("initial_comment"),
                    "data": self.uploads.get(item["id"], b""),
                }
            )
        return _ok(files=[{"id": item["id"]} for item in files or []])

    async def _upload(self, request: Request) -> Response:
        file_id = request.path_params["file_id"]
        if file_id not in self.uploads:
            return Response("not found", status_code=404)
        body = await request.body()
        form = await request.form() if request.headers.get("content-type", "").startswith("multipart/") else None
        if form is not None:
            upload = form.get("file") or next(iter(form.values()), None)
            body = await upload.read() if upload is not None and hasattr(upload, "read") else body
        self.uploads[file_id] = body
        return Response("OK - 1", status_code=200)

    def _files_info(self, w: Workspace, params: dict[str, Any]) -> Response:
        found = self.shared.get(str(params.get("file")))
        if found is None or found[0] != w.team_id:
            return _error("file_not_found")
        return _ok(file=found[1])

    async def _download(self, request: Request) -> Response:
        team_id, _, file_id = request.path_params["key"].partition("-")
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        workspace = self.workspaces.get(token)
        found = self.shared.get(file_id)
        if workspace is None or found is None or found[0] != team_id or workspace.team_id != team_id:
            return HTMLResponse("<html><body>Sign in to Slack</body></html>")
        if self.download_status != 200:
            return Response("unavailable", status_code=self.download_status)
        self.downloads.append(file_id)
        return Response(found[2], media_type=found[1]["mimetype"])

    async def _response(self, request: Request) -> Response:
        payload = json.loads(await request.body())
        self.responses.append({"key": request.path_params["key"], **payload})
        return Response("ok")


_METHODS: dict[str, Callable[[FakeSlack, Workspace, dict[str, Any]], Response]] = {
    "auth.test": FakeSlack._auth_test,
    "chat.postMessage": FakeSlack._post_message,
    "chat.update": FakeSlack._update,
    "views.publish": FakeSlack._views_publish,
    "users.info": FakeSlack._users_info,
    "conversations.open": FakeSlack._conversations_open,
    "files.getUploadURLExternal": FakeSlack._upload_url,
    "files.completeUploadExternal": FakeSlack._complete_upload,
    "files.info": FakeSlack._files_info,
}


async def _params(request: Request) -> dict[str, Any]:
    params: dict[str, Any] = dict(request.query_params)
    body = await request.body()
    if not body:
        return params
    if request.headers.get("content-type", "").startswith("application/json"):
        params.update(json.loads(body))
    else:
        params.update(dict(parse_qsl(body.decode(), keep_blank_values=True)))
    return params


def _blocks(value: object) -> list[dict[str, Any]] | None:
    """Block Kit as Slack checks it (a part of it): known block types, ids unique, texts within limits."""
    if value is None:
        return []
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, list) or len(value) > 100:
        return None
    action_ids: set[str] = set()
    for block in value:
        if not isinstance(block, dict) or block.get("type") not in {
            "section",
            "actions",
            "context",
            "header",
            "divider",
        }:
            return None
        if block["type"] == "section" and not 0 < len(block["text"]["text"]) <= 3000:
            return None
        elements = list(block.get("elements", [])) if block["type"] == "actions" else []
        if "accessory" in block:
            elements.append(block["accessory"])
        for element in elements:
            action_id = element.get("action_id", "")
            if action_id in action_ids or len(action_id) > 255:
                return None
            action_ids.add(action_id)
            if element.get("type") == "button" and not 0 < len(element["text"]["text"]) <= 75:
                return None
    return value


def _ok(**fields: Any) -> JSONResponse:
    return JSONResponse({"ok": True, **fields})


def _error(error: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": error})
