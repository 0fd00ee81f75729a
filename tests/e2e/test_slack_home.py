"""The App Home tab: the member's state at a glance, and buttons that start the main actions."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.storage.checkup import CheckupRecord
from bot.storage.models import User
from bot.storage.x import XAccount
from tests.e2e.slack_harness import slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


def texts(view) -> str:
    found = []
    for block in view["blocks"]:
        if "text" in block:
            found.append(block["text"]["text"])
        found += [e["text"]["text"] for e in block.get("elements", []) if isinstance(e.get("text"), dict)]
        found += [e["text"] for e in block.get("elements", []) if e.get("type") == "mrkdwn"]
    return "\n".join(found)


def home_buttons(view) -> dict[str, str]:
    actions = next(b for b in view["blocks"] if b["type"] == "actions")
    return {e["action_id"]: e["text"]["text"] for e in actions["elements"]}


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        world.fake.add_user("T1", "U1", locale="it-IT", tz="Europe/Rome")
        yield world


async def test_a_new_member_sees_where_to_start_in_their_language(world):
    await world.open_home("T1", "U1")

    view = world.fake.view("T1", "U1")
    assert view["type"] == "home"
    assert "*Profilo:* non ancora iniziato" in texts(view)
    assert "*Lingua:* Italiano" in texts(view)
    assert home_buttons(view) == {
        "nb-home-start": "Iniziamo",
        "nb-home-settings": "Le mie risposte",
        "nb-home-language": "Lingua",
    }
    assert "channels_select" not in str(view), "only admins choose the digest channel"


async def test_home_buttons_start_the_action_in_the_dm_and_refresh_the_tab(world):
    await world.open_home("T1", "U1")
    await world.act("T1", "U1", {"action_id": "nb-home-start", "value": "start", "type": "button"})

    assert "Come si chiama la tua attività?" in world.said("T1", "U1")
    assert "*Profilo:* a metà strada" in texts(world.fake.view("T1", "U1"))
    assert home_buttons(world.fake.view("T1", "U1"))["nb-home-start"] == "Continua"

    await world.dm("T1", "U1", "Bar <Sport>")
    await world.act("T1", "U1", {"action_id": "nb-home-language", "value": "language", "type": "button"})
    assert world.fake.last(world.fake.dm_of("T1", "U1")).labels() == [
        "English",
        "Italiano",
        "Français",
        "Español",
    ]
    assert "*Attività:* Bar &lt;Sport&gt;" in texts(world.fake.view("T1", "U1"))


async def test_the_connected_x_account_and_last_checkup_score_once_there_are(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        world.fake.add_user("T1", "U1")
        await world.open_home("T1", "U1")
        assert "X account" not in texts(world.fake.view("T1", "U1")), "nothing to show before the first talk"

        await world.dm("T1", "U1", "hi")
        async with world.services.db.transaction() as session:
            user = await session.scalar(select(User))
            assert user is not None
            account = XAccount(user_id=user.id, source="x", username="fornorossi", connected_at=clock.now(), profile={})
            session.add(account)
            session.add(CheckupRecord(user_id=user.id, created_at=clock.now(), score=72, top=[]))
        await world.open_home("T1", "U1")
        shown = texts(world.fake.view("T1", "U1"))
        assert "*X account:* @fornorossi" in shown
        assert "*Last checkup:* 72/100" in shown


async def test_the_home_tab_is_published_only_for_the_home_tab(world):
    await world.event("T1", {"type": "app_home_opened", "user": "U1", "channel": "DT1U1", "tab": "messages"})
    assert world.fake.views == {}
