"""XClient over real HTTP against the fake X API."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tenacity import wait_none

from bot.clock import FixedClock
from bot.x import pkce
from bot.x.client import (
    TWEET_FIELDS,
    USER_FIELDS,
    TokenPair,
    XClient,
    XError,
    XInvalidGrant,
    XRateLimited,
    XUnauthorized,
    XUnavailable,
    parse_post,
    parse_profile,
)
from bot.x.models import RefType
from tests.fakes.fake_x import FakeUser, FakeX
from tests.fakes.server import serve_asgi, serve_asgi_in_thread

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
REDIRECT = "http://127.0.0.1:8080/x/callback"


class Env:
    def __init__(self, fake: FakeX, x: XClient, base: str, clock: FixedClock, shop: FakeUser) -> None:
        self.fake = fake
        self.x = x
        self.base = base
        self.clock = clock
        self.shop = shop

    async def visit(self, url: str) -> dict[str, str]:
        """Follows the sign-in link as the user's browser would; returns the redirect's query."""
        async with httpx.AsyncClient() as browser:
            response = await browser.get(url)
        assert response.status_code == 302, response.text
        location = response.headers["location"]
        assert location.startswith(REDIRECT + "?")
        return {k: v[0] for k, v in parse_qs(urlparse(location).query).items()}

    async def sign_in(self) -> TokenPair:
        verifier = pkce.new_verifier()
        state = pkce.new_state()
        url = self.x.authorize_url(
            self.base + "/i/oauth2/authorize",
            redirect_uri=REDIRECT,
            state=state,
            code_challenge=pkce.challenge(verifier),
        )
        query = await self.visit(url)
        assert query["state"] == state
        return await self.x.exchange_code(query["code"], verifier, REDIRECT)

    def seen(self, endpoint: str) -> list[dict[str, str]]:
        return [s.params for s in self.fake.seen if s.endpoint == endpoint]


@pytest.fixture
async def env() -> AsyncIterator[Env]:
    clock = FixedClock(NOW)
    fake = FakeX(clock=clock, redirect_uris=[REDIRECT])
    shop = fake.add_user(
        "fornorossi",
        name="Forno Rossi",
        description="Pane & dolci",
        followers_count=520,
        following_count=1400,
    )
    fake.add_user("giulia_bo")
    async with serve_asgi(fake.app) as base:
        x = XClient(
            base, fake.client_id, fake.client_secret, timeout=2.0, retry_wait=wait_none(), clock=clock
        )
        yield Env(fake, x, base, clock, shop)
        await x.aclose()


# --- sign-in and tokens -------------------------------------------------------------------------------


def test_pkce_matches_rfc_7636():
    assert (
        pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )
    verifier = pkce.new_verifier()
    assert 43 <= len(verifier) <= 128 and "=" not in verifier
    assert pkce.new_verifier() != verifier and pkce.new_state() != pkce.new_state()


def test_authorize_url_asks_for_exactly_our_scopes():
    x = XClient("http://127.0.0.1:1", "cid", "secret")
    url = x.authorize_url(
        "https://x.com/i/oauth2/authorize", redirect_uri=REDIRECT, state="st", code_challenge="ch"
    )
    assert url.startswith("https://x.com/i/oauth2/authorize?")
    query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    assert query == {
        "response_type": "code",
        "client_id": "cid",
        "redirect_uri": REDIRECT,
        "scope": "tweet.read users.read offline.access",
        "state": "st",
        "code_challenge": "ch",
        "code_challenge_method": "S256",
    }
    assert "secret" not in url


async def test_full_sign_in_and_profile(env: Env):
    pair = await env.sign_in()
    assert pair.expires_at == NOW + timedelta(hours=2)
    assert pair.scope == "tweet.read users.read offline.access"
    assert pair.access_token not in repr(pair) and pair.refresh_token not in repr(pair)

    profile = await env.x.me(pair.access_token)
    assert profile.id == env.shop.id and profile.username == "fornorossi" and profile.name == "Forno Rossi"
    assert profile.description == "Pane & dolci"
    assert (profile.followers_count, profile.following_count) == (520, 1400)
    assert profile.created_at is not None and profile.created_at.tzinfo is not None
    assert not profile.default_avatar and profile.banner_url is None
    assert env.seen("me") == [{"user.fields": USER_FIELDS}]


async def test_wrong_verifier_is_refused_and_burns_the_code(env: Env):
    verifier = pkce.new_verifier()
    url = env.x.authorize_url(
        env.base + "/i/oauth2/authorize",
        redirect_uri=REDIRECT,
        state="s",
        code_challenge=pkce.challenge(verifier),
    )
    code = (await env.visit(url))["code"]
    with pytest.raises(XInvalidGrant):
        await env.x.exchange_code(code, pkce.new_verifier(), REDIRECT)
    with pytest.raises(XInvalidGrant):
        await env.x.exchange_code(code, verifier, REDIRECT)


async def test_reused_code_is_refused_and_revokes_its_tokens(env: Env):
    verifier = pkce.new_verifier()
    url = env.x.authorize_url(
        env.base + "/i/oauth2/authorize",
        redirect_uri=REDIRECT,
        state="s",
        code_challenge=pkce.challenge(verifier),
    )
    code = (await env.visit(url))["code"]
    pair = await env.x.exchange_code(code, verifier, REDIRECT)
    with pytest.raises(XInvalidGrant):
        await env.x.exchange_code(code, verifier, REDIRECT)
    with pytest.raises(XUnauthorized):
        await env.x.me(pair.access_token)


async def test_wrong_client_secret_is_unauthorized(env: Env):
    bad = XClient(env.base, env.fake.client_id, "not-the-secret", retry_wait=wait_none())
    with pytest.raises(XUnauthorized):
        await bad.refresh("whatever")
    await bad.aclose()


async def test_refresh_rotates_and_reuse_kills_the_family(env: Env):
    first = await env.sign_in()
    env.clock.advance(timedelta(hours=2, seconds=1))
    with pytest.raises(XUnauthorized):
        await env.x.me(first.access_token)

    second = await env.x.refresh(first.refresh_token)
    assert second.refresh_token != first.refresh_token
    assert second.expires_at == env.clock.now() + timedelta(hours=2)
    assert (await env.x.me(second.access_token)).id == env.shop.id
    assert env.fake.token_refreshes == 1

    with pytest.raises(XInvalidGrant):  # the old refresh token again: X assumes theft
        await env.x.refresh(first.refresh_token)
    with pytest.raises(XInvalidGrant):
        await env.x.refresh(second.refresh_token)
    with pytest.raises(XUnauthorized):
        await env.x.me(second.access_token)


async def test_revoke(env: Env):
    pair = await env.sign_in()
    await env.x.revoke(pair.refresh_token)
    with pytest.raises(XInvalidGrant):
        await env.x.refresh(pair.refresh_token)
    with pytest.raises(XUnauthorized):
        await env.x.me(pair.access_token)


async def test_token_request_is_not_retried_when_x_may_have_acted(env: Env):
    pair = await env.sign_in()
    env.fake.fail_next(1, status=500, endpoint="token")
    with pytest.raises(XUnavailable):
        await env.x.refresh(pair.refresh_token)
    assert env.fake.requests["token"] == 2  # the exchange, then one refresh attempt only
    env.fake.fail_next(2, status=503, endpoint="token")  # a gateway refusing: safe to retry
    assert (await env.x.refresh(pair.refresh_token)).access_token


async def test_unknown_access_token_is_unauthorized(env: Env):
    with pytest.raises(XUnauthorized):
        await env.x.posts("nope", env.shop.id, limit=10)
    with pytest.raises(XUnauthorized):
        await env.x.me("nope")


# --- reading posts ------------------------------------------------------------------------------------


async def test_first_fetch_uses_start_time_then_since_id_pages_read_each_post_once(env: Env):
    pair = await env.sign_in()
    for days in range(20, 0, -1):
        env.fake.add_post(env.shop, f"vecchio {days}", created_at=NOW - timedelta(days=days))
    first = await env.x.posts(
        pair.access_token, env.shop.id, since_id=None, start_time=NOW - timedelta(days=7)
    )
    assert [p.text for p in first.posts] == [f"vecchio {d}" for d in range(1, 8)]
    assert first.requests == 1 and first.newest_id == first.posts[0].id
    (params,) = env.seen("tweets")
    assert params == {
        "tweet.fields": TWEET_FIELDS,
        "max_results": "100",
        "start_time": "2026-11-16T09:00:00Z",
    }

    new_ids = [
        env.fake.add_post(env.shop, f"nuovo {i}", created_at=NOW + timedelta(minutes=i)) for i in range(230)
    ]
    second = await env.x.posts(
        pair.access_token,
        env.shop.id,
        since_id=first.newest_id,
        start_time=NOW - timedelta(days=7),
        limit=1000,
    )
    assert sorted(p.id for p in second.posts) == sorted(new_ids)
    assert len({p.id for p in second.posts}) == 230
    assert second.requests == 3 and second.newest_id == new_ids[-1]
    pages = env.seen("tweets")[1:]
    assert all("start_time" not in p and p["since_id"] == first.newest_id for p in pages)
    assert [p["max_results"] for p in pages] == ["100", "100", "100"]
    assert "pagination_token" not in pages[0] and all("pagination_token" in p for p in pages[1:])
    assert env.fake.posts_returned == 7 + 230  # X served each post exactly once

    third = await env.x.posts(pair.access_token, env.shop.id, since_id=second.newest_id, limit=1000)
    assert third.posts == [] and third.requests == 1 and third.newest_id is None


async def test_limit_shapes_max_results(env: Env):
    pair = await env.sign_in()
    for i in range(150):
        env.fake.add_post(env.shop, f"p{i}", created_at=NOW - timedelta(hours=i))
    few = await env.x.posts(pair.access_token, env.shop.id, limit=3)
    assert len(few.posts) == 3 and few.requests == 1
    some = await env.x.posts(pair.access_token, env.shop.id, limit=130)
    assert len(some.posts) == 130 and some.requests == 2
    assert [p["max_results"] for p in env.seen("tweets")] == ["5", "100", "30"]
    assert some.newest_id == few.newest_id == some.posts[0].id


async def test_mentions_and_replies_are_parsed(env: Env):
    pair = await env.sign_in()
    asked = env.fake.add_post(
        "giulia_bo",
        "@fornorossi siete aperti domenica? <3 & grazie",
        mentions=["fornorossi"],
        urls=["https://example.org/menu"],
        likes=3,
        created_at=NOW - timedelta(hours=5),
    )
    answer = env.fake.add_post(
        env.shop, "@giulia_bo sì!", reply_to=asked, created_at=NOW - timedelta(hours=4)
    )
    env.fake.add_post("giulia_bo", "grazie!", reply_to=answer, created_at=NOW - timedelta(hours=3), poll=True)

    mentions = await env.x.mentions(pair.access_token, env.shop.id, limit=50)
    assert [m.text for m in mentions.posts] == ["grazie!", "@fornorossi siete aperti domenica? <3 & grazie"]
    reply, question = mentions.posts
    assert question.urls == ("https://example.org/menu",) and question.mentioned_usernames == ("fornorossi",)
    assert question.like_count == 3 and question.lang == "it" and not question.is_reply
    assert question.created_at == NOW - timedelta(hours=5)
    assert reply.ref(RefType.REPLIED_TO) == answer and reply.conversation_id == asked
    assert reply.in_reply_to_user_id == env.shop.id and reply.has_poll
    assert reply.author_id == env.fake.users[question.author_id].id != env.shop.id

    own = await env.x.posts(pair.access_token, env.shop.id, limit=50)
    assert [p.id for p in own.posts] == [answer] and own.posts[0].is_reply
    assert env.seen("mentions")[0]["tweet.fields"] == TWEET_FIELDS


async def test_rate_limit_gives_the_reset_time_without_retrying(env: Env):
    pair = await env.sign_in()
    reset = NOW + timedelta(minutes=12, seconds=30)
    env.fake.fail_next(1, status=429, reset_at=reset)
    with pytest.raises(XRateLimited) as caught:
        await env.x.posts(pair.access_token, env.shop.id, limit=10)
    assert caught.value.reset_at == reset
    assert env.fake.requests["tweets"] == 1


async def test_rate_limit_mid_paging_keeps_what_was_read(env: Env):
    pair = await env.sign_in()
    for i in range(120):
        env.fake.add_post(env.shop, f"p{i}", created_at=NOW - timedelta(minutes=i))
    env.fake.fail_next(1, status=429, endpoint="tweets", after=1)
    with pytest.raises(XRateLimited) as caught:
        await env.x.posts(pair.access_token, env.shop.id, limit=500)
    partial = caught.value.partial
    assert partial is not None and partial.requests == 1 and len(partial.posts) == 100
    assert partial.newest_id == partial.posts[0].id and partial.posts[0].text == "p0"
    assert env.fake.requests["tweets"] == 2


async def test_503_twice_then_ok_is_retried(env: Env):
    pair = await env.sign_in()
    env.fake.add_post(env.shop, "ciao")
    env.fake.fail_next(2, status=503)
    result = await env.x.posts(pair.access_token, env.shop.id, limit=10)
    assert [p.text for p in result.posts] == ["ciao"]
    assert env.fake.requests["tweets"] == 3 and result.requests == 1


async def test_503_three_times_is_unavailable(env: Env):
    pair = await env.sign_in()
    env.fake.fail_next(3, status=503)
    with pytest.raises(XUnavailable):
        await env.x.me(pair.access_token)
    assert env.fake.requests["me"] == 3


async def test_timeout_is_retried(env: Env):
    pair = await env.sign_in()
    env.fake.add_post(env.shop, "ciao")
    quick = XClient(
        env.base, env.fake.client_id, env.fake.client_secret, timeout=0.25, retry_wait=wait_none()
    )
    env.fake.slow_next(1, delay=0.6)
    result = await quick.posts(pair.access_token, env.shop.id, limit=10)
    assert len(result.posts) == 1 and env.fake.requests["tweets"] == 2
    await quick.aclose()


async def test_connection_refused_is_unavailable():
    x = XClient("http://127.0.0.1:9", "cid", "secret", timeout=1.0, retry_wait=wait_none())
    with pytest.raises(XUnavailable):
        await x.me("token")
    await x.aclose()


BROKEN_ANSWERS = [
    b"not http at all\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n{}",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 9000 + b"\r\n\r\n",
]


@pytest.mark.parametrize("answer", BROKEN_ANSWERS, ids=["not-http", "bad-length", "bad-chunk", "huge-header"])
async def test_a_broken_http_answer_to_a_read_is_unavailable_not_a_crash(answer: bytes):
    asked = 0

    async def answer_badly(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal asked
        asked += 1
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answer)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(answer_badly, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    x = XClient(f"http://127.0.0.1:{port}", "cid", "secret", timeout=2.0, retry_wait=wait_none())
    try:
        with pytest.raises(XUnavailable):
            await x.me("token")
        assert asked == 3  # a read is safe to ask again
    finally:
        await x.aclose()
        server.close()
        await server.wait_closed()


async def test_reads_go_through_the_proxy_the_environment_names(monkeypatch: pytest.MonkeyPatch):
    asked: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        asked.append(await reader.readline())
        await reader.readuntil(b"\r\n\r\n")
        body = b'{"data": {"id": "42", "username": "fornorossi"}}'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        writer.write(body)
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(proxy, "127.0.0.1", 0)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    x = XClient("http://api.x.invalid", "cid", "secret", timeout=2.0, retry_wait=wait_none())
    try:
        assert (await x.me("token")).username == "fornorossi"
        assert len(asked) == 1 and asked[0].startswith(b"GET http://api.x.invalid/2/users/me?")
    finally:
        await x.aclose()
        server.close()
        await server.wait_closed()


async def test_garbage_body_is_an_error_not_a_crash(env: Env):
    pair = await env.sign_in()
    env.fake.garbage_next(1)
    with pytest.raises(XError) as caught:
        await env.x.posts(pair.access_token, env.shop.id, limit=10)
    assert caught.value.code == "garbage"
    env.fake.garbage_next(1, body=b'{"data": "nope"')
    with pytest.raises(XError):
        await env.x.me(pair.access_token)
    env.fake.garbage_next(1, body=b'{"data": {"name": "no id"}}')
    with pytest.raises(XError):
        await env.x.me(pair.access_token)
    env.fake.garbage_next(1, body=b"[1, 2, 3]")
    with pytest.raises(XError):
        await env.x.mentions(pair.access_token, env.shop.id, limit=10)


async def test_malformed_items_are_skipped_and_the_rest_kept(env: Env, caplog: pytest.LogCaptureFixture):
    pair = await env.sign_in()
    good = {
        "مرحبا بالجميع، خبز طازج اليوم": "ar",
        "今天的面包很好吃 🍞": "zh",
        "नमस्ते! आज ताज़ा रोटी": "hi",
        "Ζεστό ψωμί σήμερα": "el",
        "👨‍👩‍👧‍👦🥐🥖 \u200b\u202e zalgo z̷̢a̶l̸g̴o": "und",
    }
    for i, (text, lang) in enumerate(good.items()):
        env.fake.add_post(env.shop, text, lang=lang, created_at=NOW - timedelta(minutes=i))
    junk: list[object] = [
        "just a string",
        None,
        42,
        [],
        {"text": "no id", "created_at": "2026-11-23T08:00:00.000Z"},
        {"id": "123", "created_at": "2026-11-23T08:00:00.000Z"},
        {"id": "124", "text": "bad date SECRET-TEXT", "created_at": "yesterday"},
        {"id": ["125"], "text": "id is a list", "created_at": "2026-11-23T08:00:00.000Z"},
        {"id": "126", "text": 7, "created_at": "2026-11-23T08:00:00.000Z"},
        {"id": "12a7", "text": "id not numeric", "created_at": "2026-11-23T08:00:00.000Z"},
        {"id": "128", "text": "no date"},
    ]
    for item in junk:
        env.fake.add_raw("tweets", env.shop, item, created_at=NOW - timedelta(hours=1))
    # wrong types in optional fields: kept, with defaults
    env.fake.add_raw(
        "tweets",
        env.shop,
        {
            "id": "129",
            "text": "odd but usable",
            "created_at": "2026-11-23T07:00:00Z",
            "public_metrics": {"like_count": "many", "retweet_count": -3, "reply_count": True},
            "referenced_tweets": [{"type": "replied_to"}, "x", {"type": "bogus", "id": "5"}],
            "entities": {"urls": "nope", "mentions": [{"username": 3}, {"username": "ok"}]},
            "lang": 12,
            "conversation_id": {"a": 1},
            "attachments": {"poll_ids": "x"},
        },
        created_at=NOW - timedelta(hours=2),
    )
    with caplog.at_level(logging.DEBUG):
        result = await env.x.posts(pair.access_token, env.shop.id, limit=100)
    assert [p.text for p in result.posts[:5]] == list(good)
    odd = result.posts[-1]
    assert odd.id == "129" and odd.author_id == env.shop.id and odd.like_count == 0 and odd.repost_count == 0
    assert odd.referenced == () and odd.urls == () and odd.mentioned_usernames == ("ok",) and odd.lang is None
    assert len(result.posts) == 6
    skipped = [r for r in caplog.records if r.getMessage() == "x item skipped"]
    assert len(skipped) == len(junk) and all(r.levelno == logging.WARNING for r in skipped)
    assert "SECRET-TEXT" not in caplog.text and "خبز" not in caplog.text


async def test_mentions_without_author_are_skipped(env: Env):
    pair = await env.sign_in()
    item = {"id": "77", "text": "@fornorossi hi", "created_at": "2026-11-23T07:00:00Z"}
    served_as = env.fake.add_raw("mentions", env.shop, item)
    result = await env.x.mentions(pair.access_token, env.shop.id, limit=10)
    # skipped, but X's meta.newest_id still moves the cursor past it: it is not fetched again and again
    assert result.posts == [] and result.newest_id == served_as


async def test_tokens_and_texts_never_reach_the_logs(env: Env, caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.DEBUG):
        pair = await env.sign_in()
        env.fake.add_post(env.shop, "testo privato del post")
        env.fake.fail_next(1, status=503)
        await env.x.posts(pair.access_token, env.shop.id, limit=10)
        newer = await env.x.refresh(pair.refresh_token)
        with pytest.raises(XInvalidGrant):
            await env.x.refresh(pair.refresh_token)
    secrets = [
        pair.access_token,
        pair.refresh_token,
        newer.access_token,
        newer.refresh_token,
        env.fake.client_secret,
    ]
    for secret in secrets:
        assert secret not in caplog.text
    assert "testo privato" not in caplog.text
    assert any(r.getMessage() == "x request failed" for r in caplog.records)


async def test_missing_data_is_an_empty_page(env: Env):
    pair = await env.sign_in()
    env.fake.garbage_next(1, body=b'{"meta": {"result_count": 0}}')
    result = await env.x.posts(pair.access_token, env.shop.id, limit=10)
    assert result.posts == [] and result.newest_id is None


# --- parsing, on its own -------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=20,
)
post_like = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.integers(0, 10**19).map(str), json_values),
        "text": st.one_of(st.text(), json_values),
        "created_at": st.one_of(
            st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
            json_values,
        ),
        "author_id": st.one_of(st.integers(0, 10**19).map(str), json_values),
        "public_metrics": json_values,
        "entities": json_values,
        "referenced_tweets": json_values,
        "attachments": json_values,
        "lang": json_values,
    },
)


@settings(max_examples=120, deadline=None)
@given(st.one_of(post_like, json_values))
def test_parse_post_only_ever_raises_value_error(item):
    try:
        post = parse_post(item, default_author="1")
    except ValueError:
        return
    assert post.created_at.tzinfo is not None and post.created_at.utcoffset() == timedelta(0)
    assert post.id.isdigit() and isinstance(post.text, str)


@settings(max_examples=80, deadline=None)
@given(json_values)
def test_parse_profile_only_ever_raises_value_error(data):
    with contextlib.suppress(ValueError):
        parse_profile(data)


# --- the test server itself ---------------------------------------------------------------------------


def test_serve_in_thread_works_for_blocking_clients():
    fake = FakeX()
    with serve_asgi_in_thread(fake.app) as base, httpx.Client() as client:
        assert base.startswith("http://127.0.0.1:")
        response = client.get(base + "/2/users/me", headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401 and fake.requests["me"] == 1
