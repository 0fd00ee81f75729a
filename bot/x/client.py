"""A small async client for the parts of X's API v2 we use: OAuth 2.0 with PKCE, the user, posts, mentions.

Everything X answers is turned into `Post` / `Profile` records here; a malformed item is skipped with a
warning, never a crash. Tokens and post texts are never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal
from urllib.parse import quote, quote_plus, urlencode
from urllib.request import getproxies, proxy_bypass

import httpx
from tenacity import AsyncRetrying, RetryCallState, wait_exponential
from tenacity.wait import wait_base

from bot.clock import Clock, SystemClock
from bot.x.models import Post, Profile, RefType
from bot.x.transport import AiohttpReads

log = logging.getLogger(__name__)

SCOPES = ("tweet.read", "users.read", "offline.access")
USER_FIELDS = "description,profile_image_url,url,protected,public_metrics,created_at"
TWEET_FIELDS = (
    "created_at,text,lang,referenced_tweets,in_reply_to_user_id,conversation_id,"
    "public_metrics,entities,attachments,author_id"
)
MIN_PAGE = 5  # X refuses max_results below 5
MAX_PAGE = 100
DEFAULT_TOKEN_LIFETIME = timedelta(hours=2)
DEFAULT_RATE_LIMIT_WAIT = timedelta(minutes=15)
READ_CONNECTIONS = 300  # three reads at once for each account a sync reads at once (bot.x.sync.CONCURRENCY)

_ID = re.compile(r"[0-9]{1,30}")
_quote_param = lru_cache(maxsize=64)(quote_plus)
"""Query values quoted once: the field lists, the same in every read, are most of a query's characters."""
Timeline = Literal["tweets", "mentions"]


# --- errors -------------------------------------------------------------------------------------------


class XError(Exception):
    """X refused the request or answered something we cannot use."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        # Set when a multi-page fetch failed after some pages were read: what was read before the failure.
        self.partial: FetchResult | None = None


class XUnauthorized(XError):
    """401: the access token is expired, revoked or unknown (or the client credentials are wrong)."""


class XInvalidGrant(XError):
    """The token endpoint refused the code or refresh token: the user must sign in again."""


class XRateLimited(XError):
    def __init__(self, reset_at: datetime, *, status: int | None = 429) -> None:
        super().__init__(f"rate limited until {reset_at.isoformat()}", status=status, code="rate_limited")
        self.reset_at = reset_at


class XUnavailable(XError):
    """X kept failing (5xx, timeouts, connection errors) after the retries."""


class _Transient(Exception):
    """Worth another try: raised inside the retry loop only."""


# --- records ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime  # aware, UTC
    scope: str = ""


@dataclass(frozen=True, slots=True)
class FetchResult:
    posts: list[Post]  # newest first
    requests: int  # HTTP requests made (pages), for cost accounting
    # The newest post id X reported (skipped items included): the next since_id. None when nothing new,
    # then keep the previous since_id. When more than `limit` posts were new, the older ones are not read.
    newest_id: str | None


# --- parsing (public so it can be tested on its own) --------------------------------------------------


def _unescape(text: str) -> str:
    # X escapes these three in post text and descriptions; nothing else.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _as_id(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value >= 0:
        value = str(value)
    if isinstance(value, str) and _ID.fullmatch(value):
        return value
    return None


def _as_int(value: object) -> int:
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return max(value, 0)
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value)
    return 0


def _as_str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _opt_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_time(value: object) -> datetime:
    """An X timestamp ("2024-05-01T09:30:00.000Z") as an aware UTC datetime; ValueError otherwise."""
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("not a timestamp string")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def parse_post(item: object, *, default_author: str | None = None) -> Post:
    """One item of `data` as a Post; ValueError (with a reason, never the text) when unusable."""
    if not isinstance(item, Mapping):
        raise ValueError("item is not an object")
    post_id = _as_id(item.get("id"))
    if post_id is None:
        raise ValueError("missing or bad id")
    text = item.get("text")
    if not isinstance(text, str):
        raise ValueError(f"post {post_id}: missing text")
    try:
        created_at = parse_time(item.get("created_at"))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"post {post_id}: missing or bad created_at") from exc
    author_id = _as_id(item.get("author_id")) or default_author
    if author_id is None:
        raise ValueError(f"post {post_id}: missing author_id")

    referenced: list[tuple[RefType, str]] = []
    refs = item.get("referenced_tweets")
    if isinstance(refs, list):
        for ref in refs:
            if not isinstance(ref, Mapping):
                continue
            ref_id = _as_id(ref.get("id"))
            ref_type = ref.get("type")
            if ref_id is not None and ref_type in RefType._value2member_map_:
                referenced.append((RefType(str(ref_type)), ref_id))

    metrics = item.get("public_metrics")
    metrics = metrics if isinstance(metrics, Mapping) else {}
    entities = item.get("entities")
    entities = entities if isinstance(entities, Mapping) else {}
    urls: list[str] = []
    raw_urls = entities.get("urls")
    if isinstance(raw_urls, list):
        for entry in raw_urls:
            if isinstance(entry, Mapping):
                url = _opt_str(entry.get("expanded_url")) or _opt_str(entry.get("url"))
                if url:
                    urls.append(url)
    mentioned: list[str] = []
    raw_mentions = entities.get("mentions")
    if isinstance(raw_mentions, list):
        for entry in raw_mentions:
            if isinstance(entry, Mapping) and (username := _opt_str(entry.get("username"))):
                mentioned.append(username)
    attachments = item.get("attachments")
    poll_ids = attachments.get("poll_ids") if isinstance(attachments, Mapping) else None

    return Post(
        id=post_id,
        author_id=author_id,
        created_at=created_at,
        text=_unescape(text),
        lang=_opt_str(item.get("lang")),
        conversation_id=_as_id(item.get("conversation_id")),
        in_reply_to_user_id=_as_id(item.get("in_reply_to_user_id")),
        referenced=tuple(referenced),
        like_count=_as_int(metrics.get("like_count")),
        reply_count=_as_int(metrics.get("reply_count")),
        repost_count=_as_int(metrics.get("retweet_count")),
        quote_count=_as_int(metrics.get("quote_count")),
        urls=tuple(urls),
        mentioned_usernames=tuple(mentioned),
        has_poll=isinstance(poll_ids, list) and len(poll_ids) > 0,
    )


def parse_profile(data: object) -> Profile:
    """The `data` of /2/users/me as a Profile; ValueError when it has no usable id or username."""
    if not isinstance(data, Mapping):
        raise ValueError("user is not an object")
    user_id = _as_id(data.get("id"))
    username = _opt_str(data.get("username"))
    if user_id is None or username is None:
        raise ValueError("user without id or username")
    metrics = data.get("public_metrics")
    metrics = metrics if isinstance(metrics, Mapping) else {}
    try:
        created_at: datetime | None = parse_time(data.get("created_at"))
    except (ValueError, OverflowError):
        created_at = None
    protected = data.get("protected")
    return Profile(
        id=user_id,
        username=username,
        name=_as_str(data.get("name")),
        description=_unescape(_as_str(data.get("description"))),
        profile_image_url=_as_str(data.get("profile_image_url")),
        url=_as_str(data.get("url")),
        protected=protected if isinstance(protected, bool) else False,
        followers_count=_as_int(metrics.get("followers_count")),
        following_count=_as_int(metrics.get("following_count")),
        created_at=created_at,
    )


def _newer(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if int(a) >= int(b) else b


# --- the client ---------------------------------------------------------------------------------------


def _env_proxy(base_url: str) -> str | None:
    """The proxy HTTP(S)_PROXY and NO_PROXY give for X's host, read once when the client is made, as httpx
    does for the token requests."""
    url = httpx.URL(base_url)
    proxy = getproxies().get(url.scheme)
    if not proxy or proxy_bypass(url.host):
        return None
    return proxy


class XClient:
    """X API v2 over httpx, for one registered app (a confidential OAuth 2.0 client)."""

    def __init__(
        self,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        timeout: float = 10.0,
        attempts: int = 3,
        retry_wait: wait_base | None = None,
        clock: Clock | None = None,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=False)
        # Reads (GET, safe to repeat) go through aiohttp, about three times cheaper per request in CPU than
        # httpcore's pool with many connections; token requests keep httpcore, whose errors tell "never sent"
        # apart from "sent, no answer" (a refresh token must never be sent twice). Reads are handed to the
        # transport as built here: none of the client's cookies, redirects, auth flow or merging is needed.
        self._reads = AiohttpReads(connections=READ_CONNECTIONS, proxy=_env_proxy(self._base))
        self._read_timeouts = httpx.Timeout(timeout).as_dict()
        self._timeout = timeout
        self._attempts = max(1, attempts)
        self._wait: wait_base = (
            retry_wait if retry_wait is not None else wait_exponential(multiplier=0.5, min=0.5, max=8)
        )
        self._policy = AsyncRetrying(wait=self._wait)
        self._clock: Clock = clock or SystemClock()

    def __repr__(self) -> str:
        return f"XClient({self._base!r}, client_id={self._client_id!r})"

    async def aclose(self) -> None:
        await self._http.aclose()
        await self._reads.aclose()

    async def __aenter__(self) -> XClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- OAuth 2.0 ------------------------------------------------------------------------------------

    def authorize_url(self, authorize_base: str, *, redirect_uri: str, state: str, code_challenge: str) -> str:
        """Where to send the user to sign in (e.g. authorize_base="https://x.com/i/oauth2/authorize")."""
        params = {
            "response_type": "code",
            "client_id": self._client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(SCOPES),
            "state": state,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
        }
        separator = "&" if "?" in authorize_base else "?"
        return f"{authorize_base}{separator}{urlencode(params, quote_via=quote)}"

    async def exchange_code(self, code: str, verifier: str, redirect_uri: str) -> TokenPair:
        body = await self._token_request(
            {
                "grant_type": "authorization_code",
                "code": code,
                "code_verifier": verifier,
                "redirect_uri": redirect_uri,
            }
        )
        return self._token_pair(body)

    async def refresh(self, refresh_token: str) -> TokenPair:
        """A new pair. X's refresh tokens are single use: store the new one before anything else."""
        body = await self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token})
        return self._token_pair(body)

    async def revoke(self, token: str) -> None:
        await self._request(
            "POST",
            "/2/oauth2/revoke",
            data={"token": token},
            basic=True,
            endpoint="revoke",
        )

    # --- reading --------------------------------------------------------------------------------------

    async def me(self, access_token: str) -> Profile:
        body = await self._request(
            "GET", "/2/users/me", params={"user.fields": USER_FIELDS}, bearer=access_token, endpoint="me"
        )
        try:
            return parse_profile(body.get("data") if isinstance(body, Mapping) else None)
        except ValueError as exc:
            raise XError(f"X answered /2/users/me without a usable user: {exc}", code="garbage") from None

    async def posts(
        self,
        access_token: str,
        user_id: str,
        *,
        since_id: str | None = None,
        start_time: datetime | None = None,
        limit: int = 100,
    ) -> FetchResult:
        """The user's own posts, newest first: newer than since_id (or from start_time), at most `limit`."""
        return await self._timeline("tweets", access_token, user_id, since_id, start_time, limit)

    async def mentions(
        self,
        access_token: str,
        user_id: str,
        *,
        since_id: str | None = None,
        start_time: datetime | None = None,
        limit: int = 100,
    ) -> FetchResult:
        """Posts mentioning the user, newest first, like `posts`."""
        return await self._timeline("mentions", access_token, user_id, since_id, start_time, limit)

    async def _timeline(
        self,
        timeline: Timeline,
        access_token: str,
        user_id: str,
        since_id: str | None,
        start_time: datetime | None,
        limit: int,
    ) -> FetchResult:
        if limit < 1:
            return FetchResult(posts=[], requests=0, newest_id=None)
        path = f"/2/users/{quote(user_id, safe='')}/{timeline}"
        base_params: dict[str, str] = {"tweet.fields": TWEET_FIELDS}
        if since_id is not None:
            base_params["since_id"] = since_id
        elif start_time is not None:
            base_params["start_time"] = start_time.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        default_author = user_id if timeline == "tweets" else None
        max_pages = math.ceil(limit / MIN_PAGE) + 1

        posts: list[Post] = []
        seen: set[str] = set()
        newest: str | None = None
        requests = 0
        token: str | None = None
        tokens_seen: set[str] = set()
        while True:
            params = dict(base_params, max_results=str(max(MIN_PAGE, min(MAX_PAGE, limit - len(posts)))))
            if token is not None:
                params["pagination_token"] = token
            try:
                body = await self._request("GET", path, params=params, bearer=access_token, endpoint=timeline)
            except XError as exc:
                if requests:
                    exc.partial = FetchResult(posts=posts, requests=requests, newest_id=newest)
                raise
            requests += 1
            items, meta = self._page(body, timeline)
            newest = _newer(newest, _as_id(meta.get("newest_id")))
            skipped = 0
            for item in items:
                try:
                    post = parse_post(item, default_author=default_author)
                except ValueError as exc:
                    skipped += 1
                    log.warning("x item skipped", extra={"endpoint": timeline, "reason": str(exc)})
                    continue
                newest = _newer(newest, post.id)
                if post.id in seen or len(posts) >= limit:
                    continue
                seen.add(post.id)
                posts.append(post)
            token = _opt_str(meta.get("next_token"))
            if len(posts) >= limit or token is None:
                break
            if token in tokens_seen or requests >= max_pages:
                log.warning("x paging stopped early", extra={"endpoint": timeline, "pages": requests})
                break
            tokens_seen.add(token)
        posts.sort(key=lambda p: int(p.id), reverse=True)
        return FetchResult(posts=posts, requests=requests, newest_id=newest)

    @staticmethod
    def _page(body: object, timeline: str) -> tuple[list[object], Mapping[str, object]]:
        if not isinstance(body, Mapping):
            raise XError(f"X answered /{timeline} with something that is not an object", code="garbage")
        meta = body.get("meta")
        meta = meta if isinstance(meta, Mapping) else {}
        data = body.get("data")
        if data is None:
            if body.get("errors"):
                log.warning("x page without data", extra={"endpoint": timeline, "has_errors": True})
            return [], meta
        if not isinstance(data, list):
            log.warning("x page with malformed data", extra={"endpoint": timeline})
            return [], meta
        return data, meta

    # --- plumbing -------------------------------------------------------------------------------------

    async def _token_request(self, form: dict[str, str]) -> Any:
        return await self._request("POST", "/2/oauth2/token", data=form, basic=True, endpoint="token")

    def _token_pair(self, body: object) -> TokenPair:
        if not isinstance(body, Mapping):
            raise XError("X answered the token request with something that is not an object", code="garbage")
        access = body.get("access_token")
        refresh = body.get("refresh_token")
        if not isinstance(access, str) or not access or not isinstance(refresh, str) or not refresh:
            raise XError("X's token answer lacks an access or refresh token", code="garbage")
        expires_in = body.get("expires_in")
        lifetime = (
            timedelta(seconds=expires_in)
            if isinstance(expires_in, int) and not isinstance(expires_in, bool) and 0 < expires_in < 10**7
            else DEFAULT_TOKEN_LIFETIME
        )
        return TokenPair(
            access_token=access,
            refresh_token=refresh,
            expires_at=self._clock.now().astimezone(UTC) + lifetime,
            scope=_as_str(body.get("scope")),
        )

    async def _request(
        self,
        method: str,
        path: str,
        *,
        endpoint: str,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | None = None,
        bearer: str | None = None,
        basic: bool = False,
    ) -> Any:
        headers = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}
        if bearer is not None:
            headers["Authorization"] = f"Bearer {bearer}"
        auth = httpx.BasicAuth(self._client_id, self._client_secret) if basic else None
        # A token request that may have reached X must not be sent twice: X would see the (single-use)
        # refresh token reused and revoke the whole family. Only retry those when X surely did not act.
        cautious = endpoint == "token"
        url = self._base + path
        attempt = 1
        while True:
            try:
                if method == "GET":
                    response = await self._get(url, params, headers, endpoint)
                else:
                    response = await self._send(method, url, data, headers, auth, cautious, endpoint)
                break
            except _Transient as exc:
                if attempt >= self._attempts:
                    raise XUnavailable(f"X unavailable on {endpoint}: {exc}", code="unavailable") from None
            await asyncio.sleep(self._backoff(attempt))
            attempt += 1
        return self._read(response, endpoint)

    def _backoff(self, attempt: int) -> float:
        """Seconds to wait after the failed attempt number `attempt`, as the tenacity wait strategy says. The loop
        itself is ours: tenacity's async iteration cost about a tenth of a read's CPU, even with nothing to retry."""
        state = RetryCallState(self._policy, None, (), {})
        state.attempt_number = attempt
        return float(self._wait(state))

    async def _get(
        self, url: str, params: Mapping[str, str] | None, headers: dict[str, str], endpoint: str
    ) -> httpx.Response:
        """A read, safe to repeat: any failure to get a whole answer is worth another try."""
        request = httpx.Request(
            "GET",
            f"{url}?{urlencode(params, quote_via=_quote_param)}" if params else url,
            headers=headers,
            extensions={"timeout": self._read_timeouts},
        )
        try:
            response = await self._reads.handle_async_request(request)
        except (httpx.TransportError, httpx.DecodingError) as exc:
            self._note_failure(endpoint, type(exc).__name__)
            raise _Transient(type(exc).__name__) from None
        return self._unless_server_error(response, False, endpoint)

    async def _send(
        self,
        method: str,
        url: str,
        data: Mapping[str, str] | None,
        headers: dict[str, str],
        auth: httpx.BasicAuth | None,
        cautious: bool,
        endpoint: str,
    ) -> httpx.Response:
        try:
            response = await self._http.request(
                method, url, data=data, headers=headers, auth=auth, timeout=self._timeout
            )
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            self._note_failure(endpoint, type(exc).__name__)
            raise _Transient(type(exc).__name__) from None
        except (httpx.TimeoutException, httpx.TransportError) as exc:
            self._note_failure(endpoint, type(exc).__name__)
            if cautious:
                raise XUnavailable(
                    f"X did not answer the {endpoint} request ({type(exc).__name__})", code="unavailable"
                ) from None
            raise _Transient(type(exc).__name__) from None
        return self._unless_server_error(response, cautious, endpoint)

    def _unless_server_error(self, response: httpx.Response, cautious: bool, endpoint: str) -> httpx.Response:
        if response.status_code >= 500:
            self._note_failure(endpoint, f"status {response.status_code}")
            if cautious and response.status_code not in (502, 503, 504):
                raise XUnavailable(f"X answered {response.status_code} on {endpoint}", status=response.status_code)
            raise _Transient(f"status {response.status_code}")
        return response

    @staticmethod
    def _note_failure(endpoint: str, reason: str) -> None:
        log.warning("x request failed", extra={"endpoint": endpoint, "reason": reason})

    def _read(self, response: httpx.Response, endpoint: str) -> Any:
        status = response.status_code
        if status == 429:
            raise XRateLimited(self._reset_at(response.headers.get("x-rate-limit-reset")))
        body: Any
        try:
            body = json.loads(response.content) if response.content else None
        except ValueError:
            body = None
            if 200 <= status < 300 and endpoint != "revoke":
                raise XError(f"X answered {endpoint} with something not JSON", code="garbage") from None
        error_code = _error_code(body)
        if status == 401:
            raise XUnauthorized(f"X refused the credentials on {endpoint}", status=401, code=error_code)
        if endpoint == "token" and status == 400 and _is_invalid_grant(body):
            raise XInvalidGrant("X refused the code or refresh token", status=400, code=error_code)
        if not 200 <= status < 300:
            raise XError(f"X answered {status} on {endpoint}", status=status, code=error_code)
        return body

    def _reset_at(self, header: str | None) -> datetime:
        if header is not None and header.strip().isdigit():
            try:
                return datetime.fromtimestamp(int(header.strip()), UTC)
            except (OverflowError, OSError, ValueError):
                pass
        return self._clock.now().astimezone(UTC) + DEFAULT_RATE_LIMIT_WAIT


def _error_code(body: object) -> str | None:
    if not isinstance(body, Mapping):
        return None
    for key in ("error", "title", "type"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value[:80]
    return None


def _is_invalid_grant(body: object) -> bool:
    if not isinstance(body, Mapping):
        return False
    error = body.get("error")
    if error == "invalid_grant":
        return True
    # X also reports a used, revoked or unknown code / refresh token as a generic invalid_request.
    description = _as_str(body.get("error_description")).lower()
    return error == "invalid_request" and "token was invalid" in description
