"""Generated Telegram deliveries at the webhook: valid, truncated, odd types, huge, any unicode plane.

Whatever arrives, the answer is 2xx or 4xx, and nothing is logged as an error.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.e2e.telegram_harness import Running, running

SECRET = "fuzz-secret-0123456789-abcdefghij"
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=300)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), TEXT)
ANYTHING = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
                        max_leaves=12)  # fmt: skip


def person(uid: Any) -> dict[str, Any]:
    return {"id": uid, "is_bot": False, "first_name": "Ada", "language_code": "it"}


@st.composite
def updates(draw: st.DrawFn) -> dict[str, Any]:
    """Update-shaped objects whose fields may be missing, of the wrong type, or odd."""
    uid = draw(st.one_of(st.integers(1, 2**40), ANYTHING))
    chat = {"id": draw(st.one_of(st.integers(-(2**40), 2**40), ANYTHING)),
            "type": draw(st.sampled_from(["private", "group", "supergroup", "channel", "???"]))}  # fmt: skip
    text = draw(st.one_of(TEXT, st.just("/start"), st.just("/checkup@other_bot")))
    message = {"message_id": draw(st.integers(1, 2**31)), "date": draw(st.integers(0, 2**33)), "chat": chat,
               "from": person(uid), "text": text}  # fmt: skip
    if draw(st.booleans()):
        message["entities"] = draw(st.lists(st.fixed_dictionaries(
            {"type": st.sampled_from(["bot_command", "bold", "mention"]), "offset": st.integers(-5, 400),
             "length": st.integers(-5, 400)}), max_size=3))  # fmt: skip
    kind = draw(st.sampled_from(["message", "edited_message", "callback_query", "my_chat_member", "other"]))
    body: dict[str, Any] = {"update_id": draw(st.one_of(st.integers(1, 2**31), ANYTHING))}
    if kind == "callback_query":
        body[kind] = {"id": "1", "from": person(uid), "chat_instance": "x", "message": message,
                      "data": draw(st.one_of(TEXT, st.binary(max_size=80).map(lambda b: b.hex())))}  # fmt: skip
    elif kind == "my_chat_member":
        body[kind] = {"chat": chat, "from": person(uid), "date": 0, "old_chat_member": draw(ANYTHING),
                      "new_chat_member": draw(ANYTHING)}  # fmt: skip
    elif kind == "other":
        body[draw(TEXT)] = draw(ANYTHING)
    else:
        body[kind] = message
    for _ in range(draw(st.integers(0, 2))):
        body[draw(st.sampled_from(list(body)))] = draw(ANYTHING)  # a field of the wrong type
    return body


@st.composite
def bodies(draw: st.DrawFn) -> bytes:
    raw = json.dumps(draw(updates()), ensure_ascii=draw(st.booleans())).encode()
    match draw(st.sampled_from(["whole", "truncated", "huge", "garbage"])):
        case "truncated":
            return raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
        case "huge":
            return raw[:-1] + b', "padding": "' + b"x" * 300_000 + b'"}'
        case "garbage":
            return draw(st.binary(max_size=500))
    return raw


@pytest.fixture
async def bot(sqlite_url: str):  # type: ignore[no-untyped-def]
    async with running(sqlite_url, "webhook", telegram_webhook_secret=SECRET) as started:
        yield started


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(body=bodies())
@example(body=json.dumps({"update_id": 7, "my_chat_member": {"chat": {"id": 1, "type": "private"},
         "from": {"id": 1, "is_bot": False, "first_name": "A"}, "date": 0}}).encode())  # no members: once a 500
async def test_any_delivery_gets_2xx_or_4xx_and_no_error(bot: Running, body: bytes,
                                                         caplog: pytest.LogCaptureFixture) -> None:  # fmt: skip
    caplog.clear()
    assert bot.fake.webhook is not None
    response = await bot.fake._client.post(
        bot.fake.webhook["url"], content=body,
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET},
    )  # fmt: skip
    assert 200 <= response.status_code < 500
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], [r.getMessage() for r in caplog.records]
