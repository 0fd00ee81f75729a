"""The team digest: an admin picks a channel; "N mentions unanswered since …"; "I'll take it"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.adapters.slack_digest import DigestItem
from bot.storage.slack import SlackDigestChannel, SlackDigestTaker
from tests.e2e.slack_harness import slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")

WORKSPACE = "-:T1"
MONDAY = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # the clock stands on Monday 23 Nov, 09:00 UTC


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        world.fake.add_user("T1", "UBOSS", admin=True, tz="Europe/Rome")
        world.fake.add_user("T1", "UANNA", locale="it-IT")
        world.fake.add_user("T1", "UBEN")
        yield world


async def _choose(world, channel="CTEAM"):
    await world.command("T1", "UBOSS", f"digest <#{channel}|team>", channel=channel)


async def _take(world, user, message, user_team=None):
    button = next(e for e in message.buttons() if e["action_id"] == "nb-digest-take")
    await world.act(
        "T1",
        user,
        {"action_id": button["action_id"], "value": button["value"], "type": "button"},
        message=message,
        user_team=user_team,
    )


async def test_nothing_is_posted_in_a_channel_until_an_admin_chooses_it(world):
    assert await world.bot.digest.post_digest(WORKSPACE, 3, MONDAY, []) is None
    assert world.fake.posted == []

    await world.command("T1", "UANNA", "digest <#CTEAM|team>")
    assert world.fake.responses[-1]["text"].startswith("Solo un amministratore")
    assert world.fake.messages("CTEAM") == []

    await _choose(world)
    assert world.fake.responses[-1]["text"] == "Done: the team digest will go to <#CTEAM>."
    (hello,) = world.fake.messages("CTEAM")
    assert hello.sections().startswith("Hello! <@UBOSS> chose this channel")


async def test_the_digest_counts_in_plural_forms_and_names_the_day(world, clock):
    await _choose(world)
    clock.set(MONDAY.replace(day=25, hour=9))

    await world.bot.digest.post_digest(WORKSPACE, 3, MONDAY, [])
    await world.bot.digest.post_digest(WORKSPACE, 1, MONDAY.replace(day=25), [])
    await world.bot.digest.post_digest(WORKSPACE, 12, MONDAY.replace(day=16), [])
    week, today, older = world.fake.messages("CTEAM")[1:]
    assert week.sections() == "3 mentions unanswered since Monday — who takes them?"
    assert today.sections() == "One mention unanswered today — who takes it?"
    assert older.sections() == "12 mentions unanswered since Nov 16, 2026 — who takes them?"
    assert week.labels() == ["I'll take it"]


async def test_mentions_from_x_are_escaped_and_linked(world):
    await _choose(world)
    items = [
        DigestItem(f"@fan{n}", "<!channel> win a <http://evil.example|prize> & more", f"https://x.com/s/{n}")
        for n in range(7)
    ]

    await world.bot.digest.post_digest(WORKSPACE, 7, MONDAY, items)

    digest = world.fake.last("CTEAM")
    shown = digest.sections()
    assert "<!channel>" not in shown and "<http" not in shown
    assert "*@fan0* &lt;!channel&gt; win a &lt;http://evil.example|prize&gt; &amp; more" in shown
    assert "…and 2 more." in shown
    links = [b["accessory"]["url"] for b in digest.blocks if "accessory" in b]
    assert links == [f"https://x.com/s/{n}" for n in range(5)]


async def test_ill_take_it_records_who_and_says_so_to_the_team(world, clock):
    await _choose(world)
    digest_id = await world.bot.digest.post_digest(WORKSPACE, 2, MONDAY, [])
    digest = world.fake.last("CTEAM")

    await _take(world, "UANNA", digest)

    assert digest.buttons() == []
    assert digest.sections().endswith("<@UANNA> is on it. Thank you!")
    async with world.services.db.transaction() as session:
        taker = await session.scalar(select(SlackDigestTaker))
    assert (taker.workspace, taker.digest_id, taker.user_id, taker.taken_at) == (
        WORKSPACE,
        digest_id,
        "UANNA",
        clock.now(),
    )

    digest.blocks = digest.updates[0]["blocks"]  # Ben's screen had not refreshed yet
    await _take(world, "UBEN", digest)
    assert world.fake.responses[-1]["text"] == "<@UANNA> has already taken this one."
    assert world.fake.responses[-1]["response_type"] == "ephemeral"


async def test_a_channel_the_bot_cannot_post_in_is_not_chosen(world):
    world.fake.refuse_channel("CPRIVATE")
    await _choose(world, "CPRIVATE")
    assert "Invite me there first" in world.fake.responses[-1]["text"]
    async with world.services.db.transaction() as session:
        assert await session.get(SlackDigestChannel, WORKSPACE) is None


async def test_admins_choose_from_the_home_tab_and_can_turn_it_off(world):
    await world.open_home("T1", "UBOSS")
    assert "channels_select" in str(world.fake.view("T1", "UBOSS"))

    await world.act(
        "T1",
        "UBOSS",
        {"action_id": "nb-digest-channel", "type": "channels_select", "selected_channel": "CHOME"},
    )
    assert world.fake.messages("CHOME")
    assert '"initial_channel": "CHOME"' in str(world.fake.view("T1", "UBOSS")).replace("'", '"')
    assert "Done: the team digest will go to <#CHOME>." in world.said("T1", "UBOSS")

    await world.command("T1", "UBOSS", "digest")
    assert world.fake.responses[-1]["text"] == "The team digest goes to <#CHOME>."
    await world.command("T1", "UBOSS", "digest off")
    assert await world.bot.digest.post_digest(WORKSPACE, 1, MONDAY, []) is None
