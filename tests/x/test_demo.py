"""The built-in demo account: deterministic, 60 days, and shaped to show what the coach notices."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.x.demo import demo_account
from bot.x.models import AccountData, Post, RefType

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
NOWS = [NOW + timedelta(hours=h) for h in range(0, 24, 5)] + [datetime(2026, 3, 29, 1, 30, tzinfo=UTC)]
PROMO_WORDS = ("ordin", "prenot", "offert", "sconto", "promo", "order")


@pytest.fixture(scope="module")
def demo() -> AccountData:
    return demo_account(NOW)


def top_level(account: AccountData) -> list[Post]:
    return [p for p in account.posts if not p.is_reply]


def answered_ids(account: AccountData) -> set[str | None]:
    return {p.ref(RefType.REPLIED_TO) for p in account.posts if p.is_reply}


def test_deterministic():
    assert demo_account(NOW) == demo_account(NOW)
    assert demo_account(NOW.astimezone(ZoneInfo("Europe/Rome"))) == demo_account(NOW)
    with pytest.raises(ValueError):
        demo_account(NOW.replace(tzinfo=None))


@pytest.mark.parametrize("now", NOWS)
def test_sixty_days_and_a_silence_of_three(now: datetime):
    account = demo_account(now)
    everything = account.posts + account.mentions
    assert all(now - timedelta(days=60) <= p.created_at < now for p in everything)
    assert all(p.created_at.utcoffset() == timedelta(0) for p in everything)
    assert min(p.created_at for p in everything) < now - timedelta(days=58)
    assert len({p.id for p in everything}) == len(everything)
    assert account.posts == sorted(account.posts, key=lambda p: p.created_at, reverse=True)

    last, before = account.posts[0], account.posts[1]
    assert timedelta(days=3) <= now - last.created_at < timedelta(days=4)  # "hasn't posted in 3 days"
    assert last.created_at - before.created_at >= timedelta(days=6)  # a 6-day gap before that
    assert last.created_at - before.created_at < timedelta(days=7)
    assert any(m.created_at > last.created_at for m in account.mentions)  # people kept writing


def test_profile(demo: AccountData):
    profile = demo.profile
    assert profile.name == "Forno Rossi" and profile.username == "fornorossi"
    assert "Bologna" in profile.description and profile.url.startswith("https://")
    assert not profile.default_avatar and profile.has_banner is False
    assert (profile.followers_count, profile.following_count) == (520, 1400)
    history = demo.following_history
    assert history[-1] == (NOW, 1400) and history[0][1] < 1400 and history[0][0] == NOW - timedelta(days=60)


def test_posts_are_mostly_italian_promotion_with_an_irregular_cadence(demo: AccountData):
    own = top_level(demo)
    assert 30 <= len(own) <= 70
    promo = [p for p in own if any(w in p.text.lower() for w in PROMO_WORDS)]
    assert len(promo) > len(own) / 2 and len(promo) < len(own)
    langs = Counter(p.lang for p in demo.posts)
    assert langs["it"] > 0.8 * len(demo.posts) and langs["en"] >= 1
    assert all(p.urls for p in own if "https://t.co/" in p.text)
    assert all(0 < len(p.text) <= 280 for p in demo.posts + demo.mentions)
    rome = ZoneInfo("Europe/Rome")
    per_day = Counter(p.created_at.astimezone(rome).date() for p in own)
    first_day = min(per_day)
    quiet_days = sum(1 for d in range(40) if first_day + timedelta(days=d) not in per_day)
    assert max(per_day.values()) >= 2 and quiet_days >= 5


def test_mentions_questions_praise_and_complaints(demo: AccountData):
    mentions = demo.mentions
    assert 2.5 * 60 <= len(mentions) <= 3.5 * 60
    assert all(m.author_id != demo.profile.id and "fornorossi" in m.mentioned_usernames for m in mentions)
    assert sum("?" in m.text for m in mentions) >= 20
    complaints = [m for m in mentions if "bruciato" in m.text or "ritardo" in m.text]
    assert 3 <= len(complaints) <= 4
    answered = answered_ids(demo)
    assert any(c.id in answered for c in complaints)
    assert any(c.id not in answered and NOW - c.created_at > timedelta(hours=24) for c in complaints)
    stale = [m for m in mentions if m.id not in answered and NOW - m.created_at > timedelta(hours=24)]
    assert len(stale) >= 10


def test_replies_are_threaded(demo: AccountData):
    mentions = {m.id: m for m in demo.mentions}
    replies = [p for p in demo.posts if p.is_reply]
    assert len(replies) >= 20
    for reply in replies:
        mention = mentions[reply.ref(RefType.REPLIED_TO) or ""]
        assert reply.conversation_id == mention.conversation_id
        assert reply.in_reply_to_user_id == mention.author_id
        assert reply.created_at > mention.created_at
        assert reply.author_id == demo.profile.id


def test_one_argument_that_goes_on(demo: AccountData):
    by_conversation = Counter((p.conversation_id, p.in_reply_to_user_id) for p in demo.posts if p.is_reply)
    (conversation, other), count = by_conversation.most_common(1)[0]
    assert count >= 4
    theirs = [m for m in demo.mentions if m.conversation_id == conversation]
    assert len(theirs) >= 4 and {m.author_id for m in theirs} == {other}
