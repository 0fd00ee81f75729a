"""A fake X API v2 (a Starlette app) that checks what X checks, for tests over real HTTP.

    fake = FakeX(clock=clock)
    shop = fake.add_user("fornorossi")
    fake.add_post(shop, "Oggi focaccia!")
    async with serve_asgi(fake.app) as base_url: ...

State lives in the FakeX object: users, posts and mentions (add more as time goes by), the registered
OAuth client, issued codes and tokens. Counters (`requests`, `posts_returned`, `token_refreshes`) and
`seen` (every request's endpoint and query) let tests check what the client did; `fail_next`,
`garbage_next` and `slow_next` inject faults into the next requests.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import re
import secrets
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from bot.clock import Clock, SystemClock

TWITTER_EPOCH_MS = 1288834974657
KNOWN_SCOPES = {
    "tweet.read",
    "tweet.write",
    "tweet.moderate.write",
    "users.read",
    "follows.read",
    "follows.write",
    "offline.access",
    "space.read",
    "mute.read",
    "mute.write",
    "like.read",
    "like.write",
    "list.read",
    "list.write",
    "block.read",
    "block.write",
    "bookmark.read",
    "bookmark.write",
    "media.write",
}
TWEET_FIELDS = {
    "article",
    "attachments",
    "author_id",
    "card_uri",
    "community_id",
    "context_annotations",
    "conversation_id",
    "created_at",
    "display_text_range",
    "edit_controls",
    "edit_history_tweet_ids",
    "entities",
    "geo",
    "id",
    "in_reply_to_user_id",
    "lang",
    "media_metadata",
    "non_public_metrics",
    "note_tweet",
    "organic_metrics",
    "possibly_sensitive",
    "promoted_metrics",
    "public_metrics",
    "referenced_tweets",
    "reply_settings",
    "scopes",
    "source",
    "text",
    "withheld",
}
USER_FIELDS = {
    "affiliation",
    "confirmed_email",
    "connection_status",
    "created_at",
    "description",
    "entities",
    "id",
    "is_identity_verified",
    "location",
    "most_recent_tweet_id",
    "name",
    "parody",
    "pinned_tweet_id",
    "profile_banner_url",
    "profile_image_url",
    "protected",
    "public_metrics",
    "receives_your_dm",
    "subscription",
    "subscription_type",
    "url",
    "username",
    "verified",
    "verified_followers_count",
    "verified_type",
    "withheld",
}
TIMELINE_PARAMS = {
    "since_id",
    "until_id",
    "start_time",
    "end_time",
    "max_results",
    "pagination_token",
    "tweet.fields",
    "expansions",
    "media.fields",
    "poll.fields",
    "user.fields",
    "place.fields",
    "exclude",
}
TIMELINE_CAP = {"tweets": 3200, "mentions": 800}  # X only serves the most recent ones
RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z")
VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")

Timeline = Literal["tweets", "mentions"]


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def x_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class FakeUser:
    id: str
    username: str
    name: str = ""
    description: str = ""
    profile_image_url: str = "https://pbs.twimg.com/profile_images/1/photo_normal.jpg"
    url: str = ""
    protected: bool = False
    followers_count: int = 0
    following_count: int = 0
    created_at: datetime = field(default_factory=lambda: datetime(2015, 3, 14, 9, 26, tzinfo=UTC))

    def as_json(self, fields: set[str]) -> dict[str, Any]:
        full: dict[str, Any] = {
            "description": self.description,
            "profile_image_url": self.profile_image_url,
            "url": self.url,
            "protected": self.protected,
            "public_metrics": {
                "followers_count": self.followers_count,
                "following_count": self.following_count,
                "tweet_count": 0,
                "listed_count": 0,
                "like_count": 0,
            },
            "created_at": x_time(self.created_at),
        }
        out: dict[str, Any] = {"id": self.id, "name": self.name, "username": self.username}
        out.update({k: v for k, v in full.items() if k in fields})
        return out


@dataclass
class StoredPost:
    sort_id: int
    author_id: str | None
    created_at: datetime
    mentioned_ids: frozenset[str]
    data: Any  # the full X JSON of the post (every field), or anything at all when raw
    raw: bool = False
    timelines: frozenset[tuple[Timeline, str]] = frozenset()  # where a raw item shows up

    def render(self, fields: set[str]) -> Any:
        if self.raw:
            return self.data
        out = {"id": self.data["id"], "text": self.data["text"], "edit_history_tweet_ids": [self.data["id"]]}
        out.update({k: v for k, v in self.data.items() if k in fields})
        return out


@dataclass
class CodeGrant:
    code: str
    user_id: str
    redirect_uri: str
    challenge: str
    scope: str
    issued_at: datetime
    used: bool = False
    family: str | None = None  # the token family issued from it


@dataclass
class AccessToken:
    user_id: str
    family: str
    scope: str
    expires_at: datetime
    revoked: bool = False


@dataclass
class RefreshToken:
    user_id: str
    family: str
    scope: str
    used: bool = False
    revoked: bool = False


@dataclass
class Fault:
    kind: Literal["status", "garbage", "slow"]
    endpoint: str | None = None
    status: int = 503
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    after: int = 0  # let this many matching requests through first


@dataclass(frozen=True)
class Seen:
    method: str
    endpoint: str
    path: str
    params: dict[str, str]


class FakeXError(ValueError):
    pass


class FakeX:
    def __init__(
        self,
        *,
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",
        clock: Clock | None = None,
        access_ttl: timedelta = timedelta(hours=2),
        code_ttl: timedelta = timedelta(seconds=30),
        redirect_uris: Iterable[str] | None = None,
        latency: float = 0.0,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.clock: Clock = clock or SystemClock()
        self.access_ttl = access_ttl
        self.code_ttl = code_ttl
        self.redirect_uris = set(redirect_uris) if redirect_uris is not None else None
        self.latency = latency
        """Seconds every answer takes, as X's round trips do (benchmarks); the faults' delays come on top."""

        self.users: dict[str, FakeUser] = {}
        self.store: list[StoredPost] = []
        # Each timeline's posts, so that a request does not look through every post of every user.
        self._timelines: defaultdict[tuple[Timeline, str], list[StoredPost]] = defaultdict(list)
        self.codes: dict[str, CodeGrant] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.revoked_families: set[str] = set()
        self.pages: dict[str, tuple[Timeline, str, int]] = {}  # next_token -> (timeline, user, below sort id)
        self.signed_in: str | None = None  # who "signs in" at /i/oauth2/authorize; default: first user

        self.requests: Counter[str] = Counter()
        self.posts_returned = 0
        self.token_refreshes = 0
        self.seen: list[Seen] = []
        self.faults: deque[Fault] = deque()

        self._next_user = 1000
        self._seq = 0
        self.app = Starlette(
            routes=[
                Route("/i/oauth2/authorize", self._authorize_page, methods=["GET"]),
                Route("/2/oauth2/token", self._token, methods=["POST"]),
                Route("/2/oauth2/revoke", self._revoke, methods=["POST"]),
                Route("/2/users/me", self._me, methods=["GET"]),
                Route("/2/users/{user_id}/tweets", self._tweets, methods=["GET"]),
                Route("/2/users/{user_id}/mentions", self._mentions, methods=["GET"]),
            ]
        )

    # --- test set-up --------------------------------------------------------------------------------

    def add_user(self, username: str, *, user_id: str | None = None, **profile: Any) -> FakeUser:
        if user_id is None:
            self._next_user += 1
            user_id = str(self._next_user)
        user = FakeUser(id=user_id, username=username, name=profile.pop("name", username.title()), **profile)
        self.users[user.id] = user
        return user

    def _user(self, who: FakeUser | str) -> FakeUser:
        if isinstance(who, FakeUser):
            return who
        if who in self.users:
            return self.users[who]
        for user in self.users.values():
            if user.username.lower() == who.lower():
                return user
        raise KeyError(who)

    def _new_id(self, created_at: datetime) -> int:
        self._seq += 1
        ms = int(created_at.timestamp() * 1000) - TWITTER_EPOCH_MS
        return (max(ms, 0) << 22) | (self._seq & 0x3FFFFF)

    def add_post(
        self,
        author: FakeUser | str,
        text: str,
        *,
        created_at: datetime | None = None,
        reply_to: str | None = None,
        quote_of: str | None = None,
        mentions: Sequence[str] = (),
        urls: Sequence[str] = (),
        lang: str = "it",
        likes: int = 0,
        replies: int = 0,
        reposts: int = 0,
        quotes: int = 0,
        poll: bool = False,
    ) -> str:
        """A post by `author` (mentioning `mentions` usernames); returns its id."""
        user = self._user(author)
        created_at = created_at or self.clock.now()
        sort_id = self._new_id(created_at)
        post_id = str(sort_id)
        data: dict[str, Any] = {
            "id": post_id,
            "text": _escape(text),
            "created_at": x_time(created_at),
            "author_id": user.id,
            "lang": lang,
            "conversation_id": post_id,
            "public_metrics": {
                "retweet_count": reposts,
                "reply_count": replies,
                "like_count": likes,
                "quote_count": quotes,
                "bookmark_count": 0,
                "impression_count": 10 * (likes + 1),
            },
        }
        mentioned_ids: set[str] = set()
        refs: list[dict[str, str]] = []
        if reply_to is not None:
            parent = self.post(reply_to)
            data["conversation_id"] = parent["conversation_id"]
            data["in_reply_to_user_id"] = parent["author_id"]
            refs.append({"type": "replied_to", "id": reply_to})
            mentioned_ids.add(parent["author_id"])
        if quote_of is not None:
            refs.append({"type": "quoted", "id": quote_of})
        if refs:
            data["referenced_tweets"] = refs
        entities: dict[str, Any] = {}
        if mentions:
            entities["mentions"] = []
            for username in mentions:
                target = self._user(username)
                mentioned_ids.add(target.id)
                start = max(text.find("@" + target.username), 0)
                entities["mentions"].append(
                    {
                        "start": start,
                        "end": start + len(target.username) + 1,
                        "username": target.username,
                        "id": target.id,
                    }
                )
        if urls:
            entities["urls"] = [
                {
                    "start": 0,
                    "end": 23,
                    "url": f"https://t.co/{secrets.token_hex(5)}",
                    "expanded_url": url,
                    "display_url": url.split("://")[-1][:25],
                }
                for url in urls
            ]
        if entities:
            data["entities"] = entities
        if poll:
            data["attachments"] = {"poll_ids": [str(sort_id + 1)]}
        mentioned_ids.discard(user.id)
        self._keep(StoredPost(sort_id, user.id, created_at, frozenset(mentioned_ids), data))
        return post_id

    def _keep(self, post: StoredPost) -> None:
        self.store.append(post)
        places: set[tuple[Timeline, str]] = set(post.timelines)
        if not post.raw:
            assert post.author_id is not None
            places.add(("tweets", post.author_id))
            places.update(("mentions", user_id) for user_id in post.mentioned_ids)
        for place in places:
            self._timelines[place].append(post)

    def add_raw(
        self, timeline: Timeline, user: FakeUser | str, item: Any, *, created_at: datetime | None = None
    ) -> str:
        """Anything at all, served verbatim in `user`'s timeline: for garbage-tolerance tests."""
        created_at = created_at or self.clock.now()
        sort_id = self._new_id(created_at)
        owner = self._user(user).id
        self._keep(
            StoredPost(
                sort_id,
                None,
                created_at,
                frozenset(),
                item,
                raw=True,
                timelines=frozenset({(timeline, owner)}),
            )
        )
        return str(sort_id)

    def post(self, post_id: str) -> dict[str, Any]:
        for stored in self.store:
            if not stored.raw and stored.data["id"] == post_id:
                data: dict[str, Any] = stored.data
                return data
        raise KeyError(post_id)

    # --- fault injection ----------------------------------------------------------------------------

    def fail_next(
        self,
        n: int = 1,
        *,
        status: int = 503,
        endpoint: str | None = None,
        reset_at: datetime | None = None,
        after: int = 0,
    ) -> None:
        """The next n requests (to `endpoint`, or any; after `after` good ones) answer `status`.

        A 429 carries x-rate-limit-reset (epoch seconds): `reset_at`, or 15 minutes from now.
        """
        headers: dict[str, str] = {}
        if status == 429:
            reset = reset_at or self.clock.now() + timedelta(minutes=15)
            headers = {
                "x-rate-limit-limit": "900",
                "x-rate-limit-remaining": "0",
                "x-rate-limit-reset": str(int(reset.timestamp())),
            }
        title = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
        problem = {"title": title, "detail": title, "type": "about:blank", "status": status}
        body = json.dumps(problem).encode()
        for _ in range(n):
            self.faults.append(
                Fault("status", endpoint, status=status, body=body, headers=headers, after=after)
            )

    def garbage_next(
        self, n: int = 1, *, endpoint: str | None = None, body: bytes = b"<html>Over capacity</html>"
    ) -> None:
        for _ in range(n):
            self.faults.append(Fault("garbage", endpoint, status=200, body=body))

    def slow_next(self, n: int = 1, *, delay: float = 1.0, endpoint: str | None = None) -> None:
        for _ in range(n):
            self.faults.append(Fault("slow", endpoint, delay=delay))

    async def _fault(self, endpoint: str) -> Response | None:
        if self.latency:
            await asyncio.sleep(self.latency)
        for fault in list(self.faults):
            if fault.endpoint in (None, endpoint):
                if fault.after > 0:
                    for later in self.faults:  # the whole burst waits, so it stays together
                        if later.endpoint == fault.endpoint:
                            later.after -= 1
                    return None
                self.faults.remove(fault)
                if fault.kind == "slow":
                    await asyncio.sleep(fault.delay)
                    return None
                media = "application/json" if fault.kind == "status" else "text/html"
                return Response(fault.body, status_code=fault.status, headers=fault.headers, media_type=media)
        return None

    # --- OAuth 2.0 ----------------------------------------------------------------------------------

    def authorize(self, params: Mapping[str, str], *, user: FakeUser | str | None = None) -> str:
        """What the consent screen does when the user says yes: checks the request, returns a code."""
        if params.get("response_type") != "code":
            raise FakeXError("response_type must be code")
        if params.get("client_id") != self.client_id:
            raise FakeXError("unknown client_id")
        redirect_uri = params.get("redirect_uri", "")
        if not redirect_uri or (self.redirect_uris is not None and redirect_uri not in self.redirect_uris):
            raise FakeXError("redirect_uri not registered")
        scopes = params.get("scope", "").split()
        if not scopes or not set(scopes) <= KNOWN_SCOPES:
            raise FakeXError("bad scope")
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            raise FakeXError("S256 code_challenge required")
        if not params.get("state"):
            raise FakeXError("state required")
        if user is None:
            user = self.signed_in or next(iter(self.users), None)
            if user is None:
                raise FakeXError("nobody to sign in")
        code = secrets.token_urlsafe(24)
        self.codes[code] = CodeGrant(
            code=code,
            user_id=self._user(user).id,
            redirect_uri=redirect_uri,
            challenge=params["code_challenge"],
            scope=" ".join(scopes),
            issued_at=self.clock.now(),
        )
        return code

    async def _authorize_page(self, request: Request) -> Response:
        self._record(request, "authorize")
        params = dict(request.query_params)
        try:
            code = self.authorize(params)
        except FakeXError as exc:
            return JSONResponse({"error": "invalid_request", "error_description": str(exc)}, status_code=400)
        query = urlencode({"state": params["state"], "code": code})
        separator = "&" if "?" in params["redirect_uri"] else "?"
        return RedirectResponse(params["redirect_uri"] + separator + query, status_code=302)

    def _client_ok(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            decoded = base64.b64decode(header[6:], validate=True).decode()
        except ValueError:
            return False
        client_id, _, secret = decoded.partition(":")
        return secrets.compare_digest(client_id, self.client_id) and secrets.compare_digest(
            secret, self.client_secret
        )

    @staticmethod
    async def _form(request: Request) -> dict[str, str] | None:
        if (
            request.headers.get("content-type", "").split(";")[0].strip()
            != "application/x-www-form-urlencoded"
        ):
            return None
        return dict(parse_qsl((await request.body()).decode(), keep_blank_values=True))

    @staticmethod
    def _grant_error(description: str) -> Response:
        return JSONResponse({"error": "invalid_grant", "error_description": description}, status_code=400)

    def _revoke_family(self, family: str) -> None:
        self.revoked_families.add(family)

    def issue_tokens(self, who: FakeUser | str, family: str | None = None) -> dict[str, Any]:
        """Tokens as if `who` had signed in already (for benchmarks that start from connected accounts)."""
        return self._issue(self._user(who).id, " ".join(sorted(KNOWN_SCOPES)), family or secrets.token_hex(8))

    def _issue(self, user_id: str, scope: str, family: str) -> dict[str, Any]:
        access = "fakeAT-" + secrets.token_urlsafe(24)
        self.access_tokens[access] = AccessToken(user_id, family, scope, self.clock.now() + self.access_ttl)
        body: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": int(self.access_ttl.total_seconds()),
            "access_token": access,
            "scope": scope,
        }
        if "offline.access" in scope.split():
            refresh = "fakeRT-" + secrets.token_urlsafe(24)
            self.refresh_tokens[refresh] = RefreshToken(user_id, family, scope)
            body["refresh_token"] = refresh
        return body

    async def _token(self, request: Request) -> Response:
        self._record(request, "token")
        if (fault := await self._fault("token")) is not None:
            return fault
        form = await self._form(request)
        if form is None:
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        if not self._client_ok(request) or form.get("client_id", self.client_id) != self.client_id:
            return JSONResponse(
                {"error": "unauthorized_client", "error_description": "Missing valid authorization header"},
                status_code=401,
            )
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            grant = self.codes.get(form.get("code", ""))
            if grant is None:
                return self._grant_error("unknown code")
            if grant.used:
                if grant.family is not None:
                    self._revoke_family(grant.family)  # RFC 6749 §4.1.2: a replayed code revokes its tokens
                return self._grant_error("code already used")
            grant.used = True  # single use, whatever happens next
            if self.clock.now() - grant.issued_at > self.code_ttl:
                return self._grant_error("code expired")
            if form.get("redirect_uri") != grant.redirect_uri:
                return self._grant_error("redirect_uri mismatch")
            verifier = form.get("code_verifier", "")
            if not VERIFIER.fullmatch(verifier) or not secrets.compare_digest(
                s256(verifier), grant.challenge
            ):
                return self._grant_error("code_verifier does not match the code_challenge")
            grant.family = secrets.token_hex(8)
            return JSONResponse(self._issue(grant.user_id, grant.scope, grant.family))
        if grant_type == "refresh_token":
            token = self.refresh_tokens.get(form.get("refresh_token", ""))
            if token is None or token.revoked or token.family in self.revoked_families:
                return self._grant_error("refresh token invalid")
            if token.used:
                self._revoke_family(token.family)  # reuse detection: the whole family dies
                return self._grant_error("refresh token reused")
            token.used = True
            self.token_refreshes += 1
            return JSONResponse(self._issue(token.user_id, token.scope, token.family))
        return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)

    async def _revoke(self, request: Request) -> Response:
        self._record(request, "revoke")
        if (fault := await self._fault("revoke")) is not None:
            return fault
        form = await self._form(request)
        if form is None:
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        if not self._client_ok(request):
            return JSONResponse({"error": "unauthorized_client"}, status_code=401)
        token = form.get("token", "")
        if token in self.refresh_tokens:
            self._revoke_family(self.refresh_tokens[token].family)
        elif token in self.access_tokens:
            self.access_tokens[token].revoked = True
        return JSONResponse({"revoked": True})

    # --- API ----------------------------------------------------------------------------------------

    def _record(self, request: Request, endpoint: str) -> None:
        self.requests[endpoint] += 1
        self.seen.append(Seen(request.method, endpoint, request.url.path, dict(request.query_params)))

    def _bearer(self, request: Request) -> AccessToken | None:
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return None
        token = self.access_tokens.get(header[7:])
        if token is None or token.revoked or token.family in self.revoked_families:
            return None
        if self.clock.now() >= token.expires_at:
            return None
        return token

    @staticmethod
    def _unauthorized() -> Response:
        return JSONResponse(
            {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
            status_code=401,
        )

    @staticmethod
    def _invalid(message: str) -> Response:
        return JSONResponse(
            {
                "errors": [{"parameters": {}, "message": message}],
                "title": "Invalid Request",
                "detail": "One or more parameters to your request was invalid.",
                "type": "https://api.twitter.com/2/problems/invalid-request",
            },
            status_code=400,
        )

    @staticmethod
    def _fields(params: Mapping[str, str], name: str, known: set[str]) -> set[str] | str:
        raw = params.get(name)
        if raw is None:
            return set()
        fields = set(raw.split(","))
        unknown = fields - known
        if unknown or "" in fields:
            return f"The `{name}` query parameter value [{','.join(sorted(unknown))}] is not valid"
        return fields

    async def _me(self, request: Request) -> Response:
        self._record(request, "me")
        if (fault := await self._fault("me")) is not None:
            return fault
        token = self._bearer(request)
        if token is None:
            return self._unauthorized()
        if "users.read" not in token.scope.split():
            return JSONResponse({"title": "Forbidden", "status": 403}, status_code=403)
        fields = self._fields(request.query_params, "user.fields", USER_FIELDS)
        if isinstance(fields, str):
            return self._invalid(fields)
        return JSONResponse({"data": self.users[token.user_id].as_json(fields)})

    async def _tweets(self, request: Request) -> Response:
        return await self._timeline(request, "tweets")

    async def _mentions(self, request: Request) -> Response:
        return await self._timeline(request, "mentions")

    async def _timeline(self, request: Request, timeline: Timeline) -> Response:
        self._record(request, timeline)
        if (fault := await self._fault(timeline)) is not None:
            return fault
        token = self._bearer(request)
        if token is None:
            return self._unauthorized()
        if not {"tweet.read", "users.read"} <= set(token.scope.split()):
            return JSONResponse({"title": "Forbidden", "status": 403}, status_code=403)
        params = request.query_params
        unknown = set(params) - TIMELINE_PARAMS
        if unknown:
            return self._invalid(f"The query parameters [{','.join(sorted(unknown))}] are not valid")
        fields = self._fields(params, "tweet.fields", TWEET_FIELDS)
        if isinstance(fields, str):
            return self._invalid(fields)
        max_results = params.get("max_results", "10")
        if not max_results.isdigit() or not 5 <= int(max_results) <= 100:
            return self._invalid("The `max_results` query parameter value must be between 5 and 100")
        since_id = params.get("since_id")
        if since_id is not None and not since_id.isdigit():
            return self._invalid("The `since_id` query parameter value is not valid")
        start_time: datetime | None = None
        if "start_time" in params:
            if not RFC3339.fullmatch(params["start_time"]):
                return self._invalid("The `start_time` query parameter value is not a valid RFC3339 time")
            start_time = datetime.fromisoformat(params["start_time"])
        user_id: str = request.path_params["user_id"]
        if user_id not in self.users:
            return JSONResponse(
                {
                    "errors": [
                        {
                            "value": user_id,
                            "detail": f"Could not find user with id: [{user_id}].",
                            "title": "Not Found Error",
                            "resource_type": "user",
                        }
                    ]
                }
            )
        below: int | None = None
        if "pagination_token" in params:
            page = self.pages.get(params["pagination_token"])
            if page is None or page[:2] != (timeline, user_id):
                return self._invalid("The `pagination_token` query parameter value is not valid")
            below = page[2]

        matching = sorted(self._timelines.get((timeline, user_id), []), key=lambda p: p.sort_id, reverse=True)
        matching = matching[: TIMELINE_CAP[timeline]]
        matching = [
            p
            for p in matching
            if (since_id is None or p.sort_id > int(since_id))
            and (start_time is None or p.created_at >= start_time)
            and (below is None or p.sort_id < below)
        ]
        page_items = matching[: int(max_results)]
        meta: dict[str, Any] = {"result_count": len(page_items)}
        if not page_items:
            return JSONResponse({"meta": meta})
        meta["newest_id"] = str(page_items[0].sort_id)
        meta["oldest_id"] = str(page_items[-1].sort_id)
        if len(matching) > len(page_items):
            next_token = secrets.token_hex(8)
            self.pages[next_token] = (timeline, user_id, page_items[-1].sort_id)
            meta["next_token"] = next_token
        self.posts_returned += len(page_items)
        return JSONResponse({"data": [p.render(fields) for p in page_items], "meta": meta})
