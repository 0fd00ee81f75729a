"""Daily nudges end to end through the core: what is said, when, once, and what happens when things fail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from bot.clock import FixedClock
from bot.coach import Coach
from bot.i18n import translator
from bot.messages import ChatKey, Outgoing
from bot.nudges.runner import NudgeRunner, RunStats
from bot.services import Services
from bot.storage.models import User
from bot.storage.nudges import Nudge
from bot.storage.x import XPost
from bot.x.store import account_of
from handlers import routes
from tests.conftest import make_settings
from tests.fakes.chat import Chat, MemoryAdapter
from tests.handlers.test_onboarding import onboard
from tests.test_audit import archive

MONDAY_0700_UTC = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
"""Before the 09:15 Rome (08:15 UTC) nudge the onboarding script chooses."""


class FlakyAdapter(MemoryAdapter):
    def __init__(self) -> None:
        super().__init__()
        self.down = False

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        if self.down:
            raise ConnectionError("platform down")
        return await super().send(chat, message)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY_0700_UTC - timedelta(hours=4))


@pytest.fixture
def adapter() -> FlakyAdapter:
    return FlakyAdapter()


@pytest.fixture
def coach(services: Services, adapter: FlakyAdapter) -> Coach:
    coach = Coach(services, routes())
    coach.attach(adapter)
    return coach


@pytest.fixture
def chat(coach: Coach, adapter: FlakyAdapter) -> Chat:
    return Chat(coach, adapter)


async def demo_user(chat: Chat, clock: FixedClock, *, weekly_day: int = 6) -> None:
    await onboard(chat, "en")
    await chat.send("/demo")
    async with chat.coach.services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        user.weekly_day = weekly_day
    clock.set(MONDAY_0700_UTC)


async def nudges(services: Services) -> list[Nudge]:
    async with services.db.transaction() as session:
        return list((await session.scalars(select(Nudge).order_by(Nudge.local_date))).all())


async def run_at(coach: Coach, clock: FixedClock, moment: datetime) -> dict[str, int]:
    clock.set(moment)
    return dict((await NudgeRunner(coach).run_once(moment)).outcomes)


async def test_nothing_before_the_users_hour_then_one_nudge(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    chat.replies()
    assert await run_at(coach, clock, MONDAY_0700_UTC) == {}
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15)) == {"sent": 1}
    nudge = chat.replies()
    assert len(nudge) == 1
    assert "mentions" in nudge[0].text and translator("en")("button-show-mentions") in chat.labels()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=2)) == {}
    assert [n.status for n in await nudges(coach.services)] == ["sent"]


async def test_nothing_worth_saying_means_no_message(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await onboard(chat, "en")  # no X account: nothing to look at
    chat.replies()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15)) == {"silent": 1}
    assert chat.replies() == []


async def test_quiet_when_the_user_just_talked_to_us(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    clock.set(MONDAY_0700_UTC + timedelta(minutes=30))
    await chat.send("/help")
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15)) == {"quiet": 1}


async def test_a_blocked_user_is_skipped_and_marked(
    chat: Chat, coach: Coach, adapter: FlakyAdapter, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    adapter.blocked.add(chat.chat.chat_id)
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15)) == {"unreachable": 1}
    async with coach.services.db.transaction() as session:
        user = await session.scalar(select(User))
    assert user is not None and not user.reachable
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=2)) == {"unreachable": 1}


async def test_a_platform_down_is_retried_and_nothing_is_sent_twice(
    chat: Chat, coach: Coach, adapter: FlakyAdapter, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    chat.replies()
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    adapter.down = True
    assert await run_at(coach, clock, due) == {"retry": 1}
    assert await run_at(coach, clock, due + timedelta(minutes=1)) == {}  # the retry is not due yet
    adapter.down = False
    assert await run_at(coach, clock, due + timedelta(minutes=3)) == {"sent": 1}
    assert len(chat.replies()) == 1
    assert await run_at(coach, clock, due + timedelta(minutes=10)) == {}


async def test_a_platform_down_all_day_ends_as_failed(
    chat: Chat, coach: Coach, adapter: FlakyAdapter, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    adapter.down = True
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    outcomes: list[str] = []
    for minutes in range(0, 8 * 60, 3):
        outcomes += list(await run_at(coach, clock, due + timedelta(minutes=minutes)))
    assert outcomes[-1] == "failed" and outcomes.count("failed") == 1
    assert [n.status for n in await nudges(coach.services)] == ["failed"]


async def test_a_worker_that_died_leaves_a_claim_that_another_takes_up(
    chat: Chat, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    chat.replies()
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    dead = NudgeRunner(coach, worker="dead")
    assert await dead._claim_due(due)  # claimed, then the process died before sending
    assert await run_at(coach, clock, due + timedelta(minutes=1)) == {}
    elsewhere = NudgeRunner(Coach(coach.services, routes()))  # expired, but this worker could not send it
    assert dict((await elsewhere.run_once(due + timedelta(minutes=6))).outcomes) == {}
    assert await run_at(coach, clock, due + timedelta(minutes=6)) == {"sent": 1}
    assert len(chat.replies()) == 1


async def test_the_same_topic_is_never_said_the_same_way_two_days_running(
    chat: Chat, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    chat.replies()
    texts = []
    for day in range(4):
        await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=day, hours=1, minutes=15))
        texts.append("\n".join(m.text for m in chat.replies()))
    assert all(texts[:3]) and len(set(texts[:3])) == 3
    said = [n.topics for n in await nudges(coach.services)]
    first_topic = said[0][0].split(":")[0]
    assert [next(t for t in day if t.startswith(first_topic)) for day in said[:3]] == [
        f"{first_topic}:1", f"{first_topic}:2", f"{first_topic}:3",
    ]  # fmt: skip
    assert not any(t.startswith(first_topic + ":") for t in said[3])  # steps back on the fourth day


async def test_stop_and_resume(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    await chat.send("/stop")
    assert translator("en")("nudges-stopped") in chat.text()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=2)) == {}
    clock.set(MONDAY_0700_UTC + timedelta(hours=3))
    await chat.send("/resume")
    assert translator("en")("nudge-next", {"when": "tomorrow", "time": "09:15"}) in chat.text()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=1, minutes=15)) == {"sent": 1}


async def test_snooze_a_week(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    await chat.send("/snooze")
    await chat.press(translator("en")("button-snooze-week"))
    for day in range(7):
        assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=day, hours=2)) == {}
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=7, hours=2)) == {"sent": 1}


async def test_snooze_a_day_skips_the_next_nudge_and_says_when_the_one_after_is(
    chat: Chat, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    clock.set(MONDAY_0700_UTC - timedelta(hours=6))  # 02:00 in Rome: today's 09:15 is the next one
    await chat.send("/snooze")
    await chat.press(translator("en")("button-snooze-day"))
    assert chat.text() == "Fine, I'll skip the next nudge.\n\nNext nudge: tomorrow at 09:15."
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=2)) == {}
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=2)) == {"sent": 1}


async def test_after_days_with_every_worker_down_todays_nudge_still_goes_on_time(
    chat: Chat, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    friday_0920_rome = MONDAY_0700_UTC + timedelta(days=4, hours=1, minutes=20)
    assert await run_at(coach, clock, friday_0920_rome) == {"sent": 1}
    assert [(n.local_date, n.status) for n in await nudges(coach.services)] == [(date(2026, 11, 27), "sent")]


async def test_a_worker_leaves_the_users_of_platforms_it_cannot_reach(
    chat: Chat, services: Services, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=20)
    clock.set(due)
    elsewhere = Coach(services, routes())  # a worker without the platform this user is on
    assert dict((await NudgeRunner(elsewhere).run_once(due)).outcomes) == {}
    assert await nudges(services) == []
    assert await run_at(coach, clock, due) == {"sent": 1}


async def test_days_off(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    await chat.send("/settings")
    t = translator("en")
    await chat.press(t("label-daysoff"))
    await chat.press(t("daysoff-0"))
    await chat.press(t("button-done"))
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=2)) == {}
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=2)) == {"sent": 1}


async def test_the_nudges_buttons(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    t = translator("en")
    await demo_user(chat, clock)
    await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15))
    chat.replies()
    await chat.press(t("button-show-mentions"))
    links = [b.url for b in chat.buttons() if b.url]
    assert links and all(link.startswith("https://x.com/i/web/status/") for link in links)
    await chat.press(t("button-done"))
    assert t("nudge-done-thanks") in chat.text()
    await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=1, minutes=15))
    await chat.press(t("button-snooze"))
    assert t("snoozed-day") in chat.text()
    await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=3, hours=1, minutes=15))
    await chat.press(t("button-stop-nudges"))
    assert t("nudges-stopped") in chat.text()


async def test_the_weekly_report_comes_inside_the_days_nudge(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock, weekly_day=0)
    chat.replies()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15)) == {"sent": 1}
    sent = chat.replies()
    assert len(sent) == 1 and sent[0].attachment is not None
    assert sent[0].attachment.data.startswith(b"\x89PNG")


async def test_an_archive_users_nudge_judges_no_mentions(
    chat: Chat, coach: Coach, clock: FixedClock, tmp_path: Path
) -> None:
    t = translator("en")
    await onboard(chat, "en")
    await chat.send_file("twitter-archive.zip", archive(tmp_path).read_bytes())
    async with coach.services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        user.weekly_day = 0
    clock.set(MONDAY_0700_UTC)
    chat.replies()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=20)) == {"sent": 1}
    (sent,) = chat.replies()
    said = sent.text
    assert t("weekly-mentions-none") in said  # the weekly report says an archive has no mentions, not zero
    assert "mention" not in said.replace(t("weekly-mentions-none"), "")


async def test_a_weekly_report_due_on_a_day_off_comes_with_the_next_nudge(
    chat: Chat, coach: Coach, clock: FixedClock
) -> None:
    await demo_user(chat, clock, weekly_day=0)
    async with coach.services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        user.days_off = ["0"]  # Monday, the weekly report's day
        user.next_nudge_at = MONDAY_0700_UTC + timedelta(days=1, hours=1, minutes=15)
    chat.replies()
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(days=1, hours=1, minutes=20)) == {"sent": 1}
    (sent,) = chat.replies()
    assert sent.attachment is not None and sent.attachment.data.startswith(b"\x89PNG")


async def test_a_user_deleted_mid_run_does_not_stop_the_others(services: Services, clock: FixedClock) -> None:
    adapter = MemoryAdapter()
    coach = Coach(services, routes())
    coach.attach(adapter)
    chats = [Chat(coach, adapter, user_id=f"u{i}") for i in range(3)]
    for chat in chats:
        await demo_user(chat, clock)
        clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    runner = NudgeRunner(coach)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    claimed = await runner._claim_due(due)
    async with services.db.transaction() as session:
        await session.execute(delete(User).where(User.platform_user_id == "u1"))
    stats = await runner.run_once(due)
    clock.set(due)
    await runner._process_all(claimed, due, stats)
    assert stats.outcomes["sent"] == 2
    async with services.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(Nudge)) == 2


async def test_a_clock_jumping_back_sends_nothing_twice(chat: Chat, coach: Coach, clock: FixedClock) -> None:
    await demo_user(chat, clock)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    assert await run_at(coach, clock, due) == {"sent": 1}
    async with coach.services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        user.next_nudge_at = due  # as if the clock had gone back before the nudge
    assert await run_at(coach, clock, due + timedelta(minutes=1)) == {}
    assert len(await nudges(coach.services)) == 1


def test_settings_for_other_tests_are_untouched() -> None:
    assert make_settings("sqlite+aiosqlite:///x.db").default_language == "en"


async def test_a_stopping_worker_hands_its_waiting_retries_to_the_others(
    chat: Chat, coach: Coach, adapter: FlakyAdapter, clock: FixedClock
) -> None:
    await demo_user(chat, clock)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    adapter.down = True
    stopping = NudgeRunner(coach, worker="stopping")
    assert (await stopping.run_once(due)).outcomes == {"retry": 1}
    assert await stopping.release(due) == 1
    adapter.down = False
    assert (await NudgeRunner(coach, worker="other").run_once(due + timedelta(seconds=1))).outcomes == {"sent": 1}


async def three_demo_users(services: Services, clock: FixedClock, adapter: MemoryAdapter) -> Coach:
    coach = Coach(services, routes())
    coach.attach(adapter)
    for i in range(3):
        await demo_user(Chat(coach, adapter, user_id=f"u{i}"), clock)
        clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    return coach


class ForgettingAdapter(MemoryAdapter):
    """While the first nudge is being sent, another user has us forget them (their rows vanish)."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.forget: str | None = None

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        if self.forget is not None:
            forget, self.forget = self.forget, None
            async with self.services.db.transaction() as session:
                await session.execute(delete(User).where(User.platform_user_id == forget))
        return await super().send(chat, message)


async def test_a_user_forgotten_while_the_others_are_sent_spoils_nothing(services: Services, clock: FixedClock) -> None:
    adapter = ForgettingAdapter(services)
    coach = await three_demo_users(services, clock, adapter)
    adapter.sent.clear()
    adapter.forget = "u1"
    outcomes = await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=15))
    assert outcomes["sent"] == 3 and "unrecorded" not in outcomes
    assert {n.status for n in await nudges(services)} == {"sent"}  # u1's row went with u1
    assert len(await nudges(services)) == 2
    assert await run_at(coach, clock, MONDAY_0700_UTC + timedelta(hours=1, minutes=30)) == {}  # nothing resent


async def test_one_accounts_unreadable_data_holds_up_only_its_own_nudge(services: Services, clock: FixedClock) -> None:
    adapter = MemoryAdapter()
    coach = await three_demo_users(services, clock, adapter)
    adapter.sent.clear()
    async with services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == "u1"))
        assert user is not None
        account = await account_of(session, user.id)
        assert account is not None
        account.source = "archive"
        session.add(XPost(account_id=account.id, kind="own", post_id="1", created_at=MONDAY_0700_UTC, data={}))
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    assert await run_at(coach, clock, due) == {"sent": 2, "retry": 1}
    assert sorted(s.chat.chat_id for s in adapter.sent) == ["u0", "u2"]
    assert sorted(n.status for n in await nudges(services)) == ["claimed", "sent", "sent"]


async def demo_users(services: Services, clock: FixedClock, count: int) -> tuple[Coach, MemoryAdapter]:
    """`count` demo users due at the same hour (u0, u1…), and the coach that sends to them, nothing sent yet."""
    adapter = MemoryAdapter()
    coach = Coach(services, routes())
    coach.attach(adapter)
    for i in range(count):
        await demo_user(Chat(coach, adapter, user_id=f"u{i}"), clock)
        clock.set(MONDAY_0700_UTC - timedelta(hours=4))
    adapter.sent.clear()
    return coach, adapter


class SecondClaimFails(NudgeRunner):
    """The database fails the run's second claim (a lost connection, say)."""

    claims = 0

    async def _claim_due(self, now: datetime) -> list[int]:
        self.claims += 1
        if self.claims == 2:
            raise ConnectionResetError("connection lost")
        return await super()._claim_due(now)


async def test_a_claim_failing_mid_run_spoils_no_delivery(services: Services, clock: FixedClock) -> None:
    coach, adapter = await demo_users(services, clock, 3)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    clock.set(due)
    with pytest.raises(ConnectionResetError):
        await SecondClaimFails(coach, batch=1).run_once(due)
    assert [n.status for n in await nudges(services)] == ["sent"]  # the batch under way was sent and recorded
    assert await run_at(coach, clock, due) == {"sent": 2}  # the next run nudges the others
    assert sorted(sent.chat.chat_id for sent in adapter.sent) == ["u0", "u1", "u2"]
    assert [n.status for n in await nudges(services)] == ["sent"] * 3


class SecondPrepareFails(NudgeRunner):
    """The database fails while the run's second batch is prepared."""

    prepared = 0

    async def _prepare(self, nudge_ids: list[int], now: datetime, stats: RunStats) -> dict[int, bool] | None:
        self.prepared += 1
        if self.prepared == 2:
            raise ConnectionResetError("connection lost")
        return await super()._prepare(nudge_ids, now, stats)


async def test_a_batch_failing_to_prepare_stops_the_claiming_and_nothing_is_lost(
    services: Services, clock: FixedClock
) -> None:
    coach, adapter = await demo_users(services, clock, 6)
    due = MONDAY_0700_UTC + timedelta(hours=1, minutes=15)
    clock.set(due)
    with pytest.raises(ConnectionResetError):
        await SecondPrepareFails(coach, batch=1).run_once(due)
    claimed = await nudges(services)
    assert len(claimed) < 6  # the claiming stopped at the failure
    assert "sent" in [n.status for n in claimed]  # the batches already prepared were delivered
    waiting = 6 - len(adapter.sent)
    assert await run_at(coach, clock, due + timedelta(minutes=6)) == {"sent": waiting}  # the rest, once each
    assert sorted(sent.chat.chat_id for sent in adapter.sent) == [f"u{i}" for i in range(6)]
