"""What must never get through: unsigned or stale requests, broken bodies, a delivery handled twice,
and anything of one workspace reached from another."""

from __future__ import annotations

import dataclasses
import json
import time
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.messages import UserKey
from bot.storage.models import User
from bot.storage.slack import SlackDigestTaker
from bot.users import find_user
from tests.e2e.slack_harness import SIGNING_SECRET, slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        await world.install("T2")
        for team in ("T1", "T2"):
            world.fake.add_user(team, "U1", admin=True)
            world.fake.add_user(team, "U2")
        yield world


async def _users(world) -> int:
    async with world.services.db.transaction() as session:
        return await session.scalar(select(func.count()).select_from(User))


async def test_unsigned_forged_or_stale_requests_are_refused_and_nothing_happens(world):
    body = world.event_body(
        "T1", {"type": "message", "channel": "DT1U1", "user": "U1", "text": "hi", "channel_type": "im"}
    )
    refused = [
        {},
        {"X-Slack-Request-Timestamp": str(int(time.time()))},
        {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=00"},
        world.headers(body, secret="not-" + SIGNING_SECRET),
        world.headers(body, timestamp=int(time.time()) - 360),
        world.headers(body, timestamp=int(time.time()) + 360),
    ]
    for headers in refused:
        response = await world.http.post("/slack/events", content=body, headers={"Content-Type": JSON, **headers})
        assert response.status_code == 401, headers

    await world.settle()
    assert world.fake.posted == [] and await _users(world) == 0


async def test_a_body_changed_after_signing_is_refused(world):
    body = world.command_body("T1", "U1", "settings")
    headers = world.headers(body)
    tampered = body.replace(b"team_id=T1", b"team_id=T2")
    response = await world.http.post("/slack/events", content=tampered, headers={"Content-Type": FORM, **headers})
    assert response.status_code == 401


MALFORMED = [
    (b"", JSON),
    (b"{not json", JSON),
    (b"[1, 2]", JSON),
    (b'"just a string"', JSON),
    (b"\xff\xfe\x00", JSON),
    (b'{"type": "event_callback"}', JSON),
    (b'{"type": "event_callback", "event": "message"}', JSON),
    (b'{"type": "event_callback", "event": {"type": 5}}', JSON),
    (b'{"type": "event_callback", "team": 7, "event": {"type": "message"}}', JSON),
    (b'{"type": "event_callback", "event": {"type": "message", "user": ["U1"]}}', JSON),
    (b'{"type": "event_callback", "authorizations": [1], "event": {"type": "message"}}', JSON),
    (b"payload=%7Bbroken", FORM),
    (b"payload=%5B%5D", FORM),
    (urlencode({"payload": json.dumps({"type": "block_actions", "actions": []})}).encode(), FORM),
    (
        urlencode({"payload": json.dumps({"type": "block_actions", "actions": [{"value": "x"}]})}).encode(),
        FORM,
    ),
    (
        urlencode(
            {"payload": json.dumps({"type": "block_actions", "user": 3, "actions": [{"action_id": "nb:x"}]})}
        ).encode(),
        FORM,
    ),
    (b"text=hello", FORM),
    (b"event=x&type=event_callback", FORM),
    (
        b'{"type": "event_callback", "event": {"type": "message", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}}",
        JSON,
    ),
]


async def test_a_malformed_body_is_a_400_never_a_500(world):
    for body, content_type in MALFORMED:
        response = await world.post(body, content_type)
        assert response.status_code == 400, body[:80]
    assert world.fake.posted == []


_KEYS = (
    "type",
    "event",
    "team",
    "user",
    "channel",
    "team_id",
    "user_id",
    "enterprise",
    "actions",
    "action_id",
    "authorizations",
    "view",
    "container",
    "message",
    "command",
    "text",
    "event_id",
    "tokens",
    "id",
)
_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | st.sampled_from(["T1", "U1", "message", "im"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(list(_KEYS)), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    payload=st.dictionaries(st.sampled_from(_KEYS), _JSON_VALUES, max_size=6),
    kind=st.sampled_from(["event_callback", "block_actions", None]),
    form=st.booleans(),
)
async def test_whatever_signed_shape_arrives_the_answer_is_never_a_500(world, payload, kind, form):
    if kind is not None:
        payload["type"] = kind
    raw = json.dumps(payload)
    body = urlencode({"payload": raw}).encode() if form else raw.encode()
    response = await world.post(body, FORM if form else JSON)
    assert response.status_code < 500, (response.status_code, raw)


async def test_a_retried_or_repeated_event_is_handled_once(world):
    event = {
        "type": "message",
        "channel": "DT1U1",
        "user": "U1",
        "text": "hello",
        "ts": "1.1",
        "channel_type": "im",
    }
    await world.event("T1", event, event_id="Ev0001")
    first = world.count("T1", "U1")

    retry = await world.event("T1", event, event_id="Ev0001", retry=1)
    again = await world.event("T1", event, event_id="Ev0001")

    assert (retry.status_code, again.status_code) == (200, 200)
    assert world.count("T1", "U1") == first == 2


async def test_members_of_two_workspaces_with_the_same_ids_never_meet(world):
    await world.dm("T1", "U1", "hello")
    await world.dm("T1", "U1", "Forno Rossi")

    await world.open_home("T2", "U1")
    assert "Forno Rossi" not in str(world.fake.view("T2", "U1"))
    await world.command("T2", "U1", "settings")
    assert "Forno Rossi" not in world.said("T2", "U1")

    # U1 of T2 presses, in their own DM, a button token that belongs to U1 of T1.
    sector = world.fake.last(world.fake.dm_of("T1", "U1"))
    forged = dataclasses.replace(sector, channel=world.fake.dm_of("T2", "U1"))
    await world.press_element("T2", "U1", forged, sector.buttons()[0])
    assert "This button has expired" in world.said("T2", "U1", since=-2)
    async with world.services.db.transaction() as session:
        t1 = await find_user(session, UserKey("slack", "-:T1", "U1"))
        t2 = await find_user(session, UserKey("slack", "-:T2", "U1"))
    assert (t1.sector, t1.step) == (None, "onboarding:sector")
    assert t2.business_name is None


async def test_a_guest_from_another_workspace_in_a_shared_channel_can_neither_see_nor_change(world):
    await world.command("T1", "U1", "digest <#CSHARED|shared>", channel="CSHARED")
    await world.bot.digest.post_digest("-:T1", 2, world.clock.now(), [])
    digest = world.fake.last("CSHARED")
    take = digest.buttons()[0]
    action = {"action_id": take["action_id"], "value": take["value"], "type": "button"}

    await world.act("T1", "U2", action, message=digest, user_team="T2")  # U2 of T2, in T1's shared channel
    await world.act("T2", "U2", action, message=digest)  # the same press, sent to T2's installation

    assert digest.buttons() != [] and digest.updates == []
    assert [r["text"] for r in world.fake.responses[-2:]] == [
        "This digest belongs to another workspace: only its members can take it."
    ] * 2
    async with world.services.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(SlackDigestTaker)) == 0

    await world.dm("T1", "U2", "hello", user_team="T2")  # a guest writing to T1's app
    assert await _users(world) == 0
    assert world.fake.messages(world.fake.dm_of("T1", "U2")) == []
