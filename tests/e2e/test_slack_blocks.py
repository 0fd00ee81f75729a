"""The Slack adapter's pure parts: Block Kit rendering, escaping, who is a member, when the next nudge is."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.adapters.slack_blocks import SECTION_LIMIT, escape, message_blocks, mrkdwn, unescape, without_actions
from bot.adapters.slack_digest import channel_from
from bot.adapters.slack_home import next_nudge
from bot.adapters.slack_keys import member_key, workspace_key
from bot.i18n import translator
from bot.messages import Button, Outgoing, UserKey
from bot.storage.models import User


def test_escaping_leaves_no_markup_and_reads_back():
    text = "<!channel> <@U1> <https://evil.example|click> & co"
    assert "<" not in escape(text) and ">" not in escape(text)
    assert unescape(escape(text)) == text


def test_our_own_mentions_go_in_after_escaping():
    text = mrkdwn(translator("en"), "slack-digest-taken", raw={"who": "<@U123>"})
    assert text == "<@U123> is on it. Thank you!"


def test_long_texts_are_split_into_sections_that_fit():
    long = "\n\n".join(["word " * 300] * 4 + ["x" * 7000])
    blocks = message_blocks(Outgoing(long, buttons=((Button("Yes", token="t1"), Button("Site", url="https://a.b")),)))
    sections = [b for b in blocks if b["type"] == "section"]
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in sections)
    assert "".join(b["text"]["text"] for b in sections).replace("\n", "") == long.replace("\n", "")
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert [e.get("url") for e in actions["elements"]] == [None, "https://a.b"]
    assert without_actions(blocks) == sections


def test_workspace_keys_carry_enterprise_and_team():
    assert workspace_key(None, "T1") == "-:T1"
    assert workspace_key("E1", "T1") == "E1:T1"


def test_a_person_from_another_team_is_a_guest():
    assert member_key({}, "E1", "T1", "U1") == UserKey("slack", "E1:T1", "U1")
    assert member_key({"user": {"id": "U1", "team_id": "T1"}}, None, "T1", "U1") is not None
    assert member_key({"user": {"id": "U1", "team_id": "T2"}}, None, "T1", "U1") is None
    assert member_key({"event": {"user_team": "T2"}}, None, "T1", "U1") is None
    assert member_key({}, None, None, "U1") is None


def test_a_digest_channel_from_what_slack_sends():
    assert channel_from("<#C0123ABC|general>") == "C0123ABC"
    assert channel_from("C0123ABC") == "C0123ABC"
    assert channel_from("#general") is None
    assert channel_from("<#C1|x> <!channel>") is None


def _user(nudge_time: str | None, zone: str | None) -> User:
    return User(nudge_time=nudge_time, timezone=zone, nudges_wanted=nudge_time is not None)


def test_the_next_nudge_is_today_or_tomorrow_in_the_members_zone():
    now = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)  # the night before summer time in Europe
    assert next_nudge(_user("18:00", "Europe/Rome"), now).day == "today"
    tomorrow = next_nudge(_user("09:00", "Europe/Rome"), now)
    assert (tomorrow.day, tomorrow.time, tomorrow.zone) == ("tomorrow", "09:00", "Europe/Rome")
    assert next_nudge(_user(None, "Europe/Rome"), now) is None
    assert next_nudge(_user("25:99", "Europe/Rome"), now) is None


def test_command_hints_become_the_apps_slash_command():
    from bot.adapters.slack_blocks import slack_commands

    kept = "Europe/Rome, https://x.com/i/web/status/1 and data/tweets.js stay."
    expected = f"Type /nudgebird help, or /nudgebird settings. {kept}"
    assert slack_commands(f"Type /help, or /settings. {kept}") == expected
