"""/nudgebird <word>: acknowledged at once, the work done after, the answer in the member's DM."""

from __future__ import annotations

import time

import pytest

from tests.e2e.slack_harness import slack_world

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        world.fake.add_user("T1", "U1", locale="es-ES", tz="Europe/Madrid")
        yield world


async def test_the_slash_command_is_acknowledged_within_the_deadline_even_when_the_work_is_slow(world):
    world.fake.rate_limit("users.info", times=1, retry_after=3)  # the work takes over three seconds

    started = time.monotonic()
    response = await world.command("T1", "U1", "settings", settle=False)
    acknowledged = time.monotonic() - started

    assert response.status_code == 200
    assert acknowledged < 1.5
    assert world.count("T1", "U1") == 0, "acknowledged before the work was done"
    await world.settle()
    assert time.monotonic() - started >= 3
    assert "Esto es lo que sé de tu negocio" in world.said("T1", "U1")


async def test_each_word_is_a_command_of_the_coach(world):
    await world.command("T1", "U1", "start")
    assert "¿Cómo se llama tu negocio?" in world.said("T1", "U1")

    seen = world.count("T1", "U1")
    await world.command("T1", "U1", "cancel")
    await world.command("T1", "U1", "LANGUAGE it")
    assert "italiano" in world.said("T1", "U1", since=seen).lower()

    seen = world.count("T1", "U1")
    await world.command("T1", "U1", "")
    assert "/nudgebird settings" in world.said("T1", "U1", since=seen), "a bare /nudgebird shows the help"

    seen = world.count("T1", "U1")
    await world.command("T1", "U1", "nonsense")
    assert "/nudgebird nonsense" in world.said("T1", "U1", since=seen)


async def test_typed_in_a_channel_the_answer_goes_to_the_dm_and_the_channel_only_hears_where(world):
    await world.command("T1", "U1", "settings", channel="CGENERAL")

    assert world.fake.messages("CGENERAL") == []
    assert "Esto es lo que sé de tu negocio" in world.said("T1", "U1")
    (note,) = world.fake.responses
    assert note["response_type"] == "ephemeral"
    assert note["text"] == "Te he respondido en nuestros mensajes directos."


async def test_typed_in_the_dm_no_extra_note(world):
    await world.command("T1", "U1", "settings")
    assert world.fake.responses == []
