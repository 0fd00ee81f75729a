"""An X archive shared in the app's DM is downloaded with the bot token and imported, as on Telegram."""

from __future__ import annotations

import logging

import pytest

from bot.adapters.slack_web import SingleToken, SlackWeb
from bot.i18n import translator
from bot.messages import FileUnavailable
from bot.x.archive import MAX_ZIP_BYTES, load_archive
from tests.e2e.slack_harness import slack_world
from tests.x.test_archive import build_zip, full_archive

pytestmark = pytest.mark.filterwarnings("ignore:BasicAuth is deprecated:DeprecationWarning")
ARCHIVE = build_zip(full_archive())
t = translator("en")


@pytest.fixture
async def world(sqlite_url, clock):
    async with slack_world(sqlite_url, clock) as world:
        await world.install("T1")
        world.fake.add_user("T1", "U1")
        await world.dm("T1", "U1", "hello")
        yield world


async def test_an_archive_shared_in_the_dm_is_imported(world):
    file = world.fake.add_file("T1", "twitter-2026-11-20.zip", ARCHIVE)
    seen = world.count("T1", "U1")

    response = await world.share("T1", "U1", file, text="here it is")

    assert response.status_code == 200
    account = load_archive(ARCHIVE)
    said = world.said("T1", "U1", seen)
    assert said.startswith(f"I read {len(account.posts)} posts from the archive of @{account.profile.username}.")
    assert "Your account scores" in said, "the first checkup follows"
    assert world.fake.downloads == [file["id"]]


async def test_slack_connect_files_are_described_by_files_info(world):
    file = world.fake.add_file("T1", "archive.zip", ARCHIVE)
    seen = world.count("T1", "U1")

    await world.share("T1", "U1", {"id": file["id"], "mode": "file_access", "file_access": "check_file_info"})

    assert "posts from the archive of @" in world.said("T1", "U1", seen)
    assert world.fake.count("files.info") == 1


async def test_a_file_over_the_limit_is_refused_before_it_is_downloaded(world):
    file = world.fake.add_file("T1", "huge.zip", b"PK", size=MAX_ZIP_BYTES + 1)
    seen = world.count("T1", "U1")

    await world.share("T1", "U1", file)

    assert world.said("T1", "U1", seen) == t("archive-too_big").replace("/connect", "/nudgebird connect")
    assert world.fake.downloads == []


async def test_a_file_that_is_not_a_zip_is_refused_clearly(world):
    file = world.fake.add_file("T1", "notes.txt", b"my best posts", mimetype="text/plain")
    seen = world.count("T1", "U1")

    await world.share("T1", "U1", file)

    assert world.said("T1", "U1", seen) == t("archive-not_zip")


@pytest.mark.parametrize("status", [404, 500])
async def test_a_failed_download_is_answered_kindly(world, caplog, status):
    world.fake.fail_downloads(status)
    file = world.fake.add_file("T1", "archive.zip", ARCHIVE)
    seen = world.count("T1", "U1")

    with caplog.at_level(logging.INFO):
        response = await world.share("T1", "U1", file)

    assert response.status_code == 200
    assert world.said("T1", "U1", seen) == t("archive-download-failed")
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_a_file_slack_will_not_describe_is_answered_kindly(world):
    seen = world.count("T1", "U1")

    await world.share("T1", "U1", {"id": "FGONE", "mode": "file_access", "file_access": "check_file_info"})

    assert world.said("T1", "U1", seen) == t("archive-download-failed")


async def test_the_bot_token_goes_to_slack_only(world):
    token = world.fake.workspace("T1").token
    web = SlackWeb(world.services.settings.slack_api_url, SingleToken(token))
    for url in ("https://evil.example/files-pri/x/download/a.zip", "http://files.slack.com/files-pri/a.zip"):
        with pytest.raises(FileUnavailable):
            await web.download("-:T1", url, MAX_ZIP_BYTES)


async def test_a_file_larger_than_announced_stops_downloading(world):
    token = world.fake.workspace("T1").token
    file = world.fake.add_file("T1", "archive.zip", ARCHIVE, size=100)
    web = SlackWeb(world.services.settings.slack_api_url, SingleToken(token))
    with pytest.raises(FileUnavailable, match="larger than announced"):
        await web.download("-:T1", file["url_private_download"], 100)
    assert await web.download("-:T1", file["url_private_download"], len(ARCHIVE)) == ARCHIVE


async def test_without_access_slack_sends_its_sign_in_page_which_is_not_the_file(world):
    file = world.fake.add_file("T1", "archive.zip", ARCHIVE)
    web = SlackWeb(world.services.settings.slack_api_url, SingleToken("xoxb-not-ours"))
    with pytest.raises(FileUnavailable, match="sign-in page"):
        await web.download("-:T1", file["url_private_download"], MAX_ZIP_BYTES)
