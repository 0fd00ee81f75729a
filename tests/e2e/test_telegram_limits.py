"""Telegram's limits from our side: a burst through a 429 storm, the windows, and refusals for good."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest, RetryAfter

from bot.adapters.base import DeliveryError
from bot.adapters.telegram import TELEGRAM, Limits
from bot.messages import ChatKey, Outgoing
from tests.e2e.fake_telegram import Call, Fault, Flood
from tests.e2e.telegram_harness import running

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # PTB's own RetryAfter

EARLY = 0.01
JITTER = 0.15
"""Timing slack: the fake stamps arrivals, our limiter departures, and one event loop runs both."""


def most_in_any_window(calls: list[Call], seconds: float) -> int:
    times = sorted(c.at for c in calls)
    return max((sum(1 for t in times[i:] if t < start + seconds - EARLY) for i, start in enumerate(times)), default=0)


def chat(chat_id: int) -> ChatKey:
    return ChatKey("telegram", "", str(chat_id), private=chat_id > 0)


def test_the_default_limits_are_telegrams() -> None:
    assert (TELEGRAM.overall, TELEGRAM.overall_seconds) == (30, 1)
    assert TELEGRAM.per_chat / TELEGRAM.chat_seconds == 1
    assert (TELEGRAM.per_group, TELEGRAM.group_seconds) == (20, 60)


async def test_a_burst_of_100_through_a_429_storm_is_delivered_once_each_in_time(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", limits=TELEGRAM) as bot:
        fake = bot.fake
        fake.floods += [Flood(after=20, seconds=1), Flood(after=60, seconds=1)]
        send = bot.telegram.adapter.send
        await asyncio.gather(*(send(chat(1000 + n), Outgoing(f"nudge {n}")) for n in range(100)))

    delivered = [(s.chat_id, s.text) for s in fake.sent]
    assert sorted(delivered) == sorted((1000 + n, f"nudge {n}") for n in range(100))  # all, none twice
    assert len(fake.refused) >= 2
    attempts = [c for c in fake.calls if c.method == "sendMessage"]
    for refused_at, retry_after, refused in fake.refused:
        later = [c for c in attempts if c.at > refused_at and c.params["text"] == refused.params["text"]]
        assert later and later[0].at >= refused_at + retry_after - EARLY, "retried before retry_after"
    for flood in fake.floods:
        assert flood.started is not None
        inside = [c for c in attempts if flood.started <= c.at < flood.started + flood.seconds - EARLY]
        # Only what was already on its way meets the storm: no retry, nothing sent after the first 429.
        assert len(inside) <= TELEGRAM.overall
        assert all(
            c.params["text"] not in {r.params["text"] for _, _, r in fake.refused if r.at < c.at} for c in inside
        )
    assert most_in_any_window(fake.called("sendMessage"), 1 - JITTER) <= 30


async def test_one_chat_and_one_group_get_their_own_windows(sqlite_url: str) -> None:
    quick = Limits(per_chat=3, chat_seconds=0.5, per_group=4, group_seconds=1)
    async with running(sqlite_url, "webhook", limits=quick) as bot:
        send = bot.telegram.adapter.send
        await asyncio.gather(
            *(send(chat(31), Outgoing(f"p{n}")) for n in range(7)),
            *(send(chat(-100777), Outgoing(f"g{n}")) for n in range(9)),
        )
        fake = bot.fake
    private = [c for c in fake.called("sendMessage") if c.params["chat_id"] == 31]
    group = [c for c in fake.called("sendMessage") if c.params["chat_id"] == -100777]
    assert most_in_any_window(private, 0.5 - JITTER) <= 3 and private[-1].at - private[0].at >= 1 - JITTER
    assert most_in_any_window(group, 1 - JITTER) <= 4 and group[-1].at - group[0].at >= 2 - JITTER
    assert [c.params["text"] for c in private] == [f"p{n}" for n in range(7)]  # in order


async def test_refusals_for_good_are_delivery_errors_and_others_are_not(sqlite_url: str) -> None:
    async with running(sqlite_url, "webhook", limits=Limits(max_retries=1)) as bot:
        fake, send = bot.fake, bot.telegram.adapter.send
        fake.blocked.add(41)
        fake.never_started.add(42)
        fake.vanished.add(-100043)
        for gone in (41, 42, -100043):
            with pytest.raises(DeliveryError):
                await send(chat(gone), Outgoing("hello"))
        with pytest.raises(DeliveryError):
            await bot.telegram.adapter.retire_buttons(chat(41), "5")
        await bot.telegram.adapter.retire_buttons(chat(44), "12345")  # long gone: nothing to do
        fake.faults.append(Fault("sendMessage", 400, "Bad Request: can't parse entities"))
        with pytest.raises(BadRequest):
            await send(chat(45), Outgoing("hello"))
        fake.faults.append(Fault("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1, times=2))
        with pytest.raises(RetryAfter):
            await send(chat(46), Outgoing("hello"))
        assert fake.sent == []
