"""The coach in the app's DM: the whole onboarding with Block Kit buttons, in the member's Slack language."""

from __future__ import annotations

import time

import pytest

from bot.adapters.slack_blocks import escape
from bot.messages import Attachment, ChatKey, Outgoing, UserKey
from bot.users import find_user
from tests.e2e.slack_harness import slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")

NAME = "Forno <Rossi> & Figli <!channel>"
ESCAPED = "Forno &lt;Rossi&gt; &amp; Figli &lt;!channel&gt;"


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        yield world


async def _onboard(world, user: str) -> None:
    """Answers every question: the name typed, then the first button each time (Done closes the goals).

    The time zone question offers the member's Slack time zone first.
    """
    await world.dm("T1", user, "hello")
    await world.dm("T1", user, NAME)
    await world.press_at("T1", user, 0)  # sector
    await world.press_at("T1", user, 0)  # tick a goal
    await world.press_at("T1", user, -1)  # Done
    for _question in ("customers", "reach", "onx", "minutes", "autodms", "timezone", "nudgetime"):
        await world.press_at("T1", user, 0)


@pytest.mark.parametrize(
    ("locale", "zone", "question", "done"),
    [
        ("it-IT", "Europe/Rome", "Come si chiama la tua attività?", "Tutto pronto"),
        ("en-GB", "America/New_York", "What's the name of your business?", "All set"),
    ],
)
async def test_onboarding_in_the_dm_speaks_the_members_slack_language(world, locale, zone, question, done):
    world.fake.add_user("T1", "U1", locale=locale, tz=zone)

    await _onboard(world, "U1")

    said = world.said("T1", "U1")
    assert question in said
    assert f"{done}, {ESCAPED}!" in said
    assert "<!channel>" not in said

    assert f"✓ {zone}" in said, "the member's Slack time zone is offered first"
    async with world.services.db.transaction() as session:
        user = await find_user(session, UserKey("slack", "-:T1", "U1"))
    assert user is not None
    assert (user.language, user.timezone, user.business_name, user.onboarded) == (
        locale[:2],
        zone,
        NAME,
        True,
    )


async def test_questions_are_block_kit_with_our_opaque_tokens(world):
    world.fake.add_user("T1", "U1")
    await world.dm("T1", "U1", "hello")
    await world.dm("T1", "U1", "Forno Rossi")

    sector = world.fake.last(world.fake.dm_of("T1", "U1"))
    assert sector.blocks[0]["type"] == "section"
    assert {b["type"] for b in sector.blocks} == {"section", "actions"}
    for element in sector.buttons():
        assert element["action_id"] == f"nb:{element['value']}"
        assert 10 < len(element["value"]) <= 24


async def test_a_pressed_button_is_retired_and_cannot_be_pressed_again(world):
    world.fake.add_user("T1", "U1")
    await world.dm("T1", "U1", "hello")
    await world.dm("T1", "U1", "Forno Rossi")
    sector = world.fake.last(world.fake.dm_of("T1", "U1"))
    label = sector.labels()[0]
    element = sector.buttons()[0]

    await world.press_element("T1", "U1", sector, element)
    assert sector.buttons() == []
    assert f"✓ {escape(label)}" in sector.sections()
    assert "Tick one to three goals" in world.said("T1", "U1", since=-1)

    seen = world.count("T1", "U1")
    sector.blocks = sector.updates[0]["blocks"]  # a stale client still shows the old buttons
    await world.press_element("T1", "U1", sector, element)
    assert "This button has expired" in world.said("T1", "U1", since=seen)


async def test_onboarding_ends_with_the_next_nudge_on_the_home_tab(world):
    world.fake.add_user("T1", "U1", locale="fr-FR", tz="Europe/Paris")
    await _onboard(world, "U1")
    await world.open_home("T1", "U1")

    home = str(world.fake.view("T1", "U1"))
    assert ESCAPED in home
    assert "*Profil :* complet" in home
    # 09:00 UTC on 23 Nov is 10:00 in Paris: 08:30 comes tomorrow.
    assert "*Prochain rappel :* demain à 08:30 (Europe/Paris)" in home


async def test_posts_wait_for_a_429_and_keep_one_message_a_second_per_channel(sqlite_url, clock):
    async with slack_world(sqlite_url, clock, pace=0.3) as world:
        await world.install("T1")
        world.fake.add_user("T1", "U1")
        world.fake.add_user("T1", "U2")
        world.fake.rate_limit("chat.postMessage", times=1, retry_after=0)

        await world.dm("T1", "U1", "hello")  # welcome + first question: two posts in one channel
        await world.dm("T1", "U2", "hello")

        assert world.fake.count("chat.postMessage:429") == 1
        first, second = world.fake.messages(world.fake.dm_of("T1", "U1"))
        assert second.at - first.at >= 0.29
        other = world.fake.messages(world.fake.dm_of("T1", "U2"))[0]
        assert other.at - second.at < 0.29, "another channel does not wait for this one"
        assert time.monotonic() - first.at < 5


async def test_an_attachment_follows_its_message_as_a_file(world):
    world.fake.add_user("T1", "U1")
    chat = ChatKey("slack", "-:T1", world.fake.dm_of("T1", "U1"))
    chart = Attachment("progress.png", b"\x89PNG fake", "image/png")

    ts = await world.bot.adapter.send(chat, Outgoing("Your week <3", attachment=chart, attachment_caption="A & B"))

    assert ts == world.fake.last(chat.chat_id).ts
    assert world.fake.last(chat.chat_id).sections() == "Your week &lt;3"
    (upload,) = world.fake.files
    assert (upload["channel"], upload["comment"], upload["data"]) == (
        chat.chat_id,
        "A &amp; B",
        b"\x89PNG fake",
    )


async def test_a_member_who_left_is_marked_unreachable(world):
    world.fake.add_user("T1", "U1")
    await world.dm("T1", "U1", "hello")
    world.fake.refuse_channel(world.fake.dm_of("T1", "U1"), "user_disabled")

    await world.dm("T1", "U1", "Forno Rossi")

    async with world.services.db.transaction() as session:
        user = await find_user(session, UserKey("slack", "-:T1", "U1"))
    assert user is not None and user.reachable is False
