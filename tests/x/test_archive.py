"""Loading X's "download your data" archive, and refusing the ones we should not open."""

from __future__ import annotations

import io
import json
import logging
import struct
import zipfile
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.x.archive import ArchiveError, load_archive, parse_archive_time
from bot.x.models import RefType

FOLDER = "twitter-2026-11-20-5f1c2a/"


def ytd(name: str, items: list[Any]) -> bytes:
    return f"window.YTD.{name}.part0 = {json.dumps(items, ensure_ascii=False, indent=2)}".encode()


def tweet(
    id_str: str, created_at: str, full_text: str, *, reply_to: tuple[str, str] | None = None, **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "edit_info": {"initial": {"editTweetIds": [id_str], "editable": True, "editsRemaining": "5"}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(full_text))],
        "favorite_count": "0",
        "id_str": id_str,
        "truncated": False,
        "retweet_count": "0",
        "id": id_str,
        "created_at": created_at,
        "favorited": False,
        "full_text": full_text,
        "lang": "it",
    }
    if reply_to is not None:
        body.update(
            in_reply_to_status_id_str=reply_to[0],
            in_reply_to_status_id=reply_to[0],
            in_reply_to_user_id_str=reply_to[1],
            in_reply_to_user_id=reply_to[1],
            in_reply_to_screen_name="giulia_bo",
        )
    body.update(extra)
    return {"tweet": body}


TWEETS = [
    tweet(
        "1850000000000000001",
        "Wed Oct 10 20:19:24 +0000 2018",
        "Focaccia &amp; crescentine: ordina qui https://t.co/abc",
        favorite_count="12",
        retweet_count="3",
        entities={
            "hashtags": [],
            "urls": [
                {
                    "url": "https://t.co/abc",
                    "expanded_url": "https://fornorossi.it/ordina",
                    "display_url": "fornorossi.it/ordina",
                    "indices": ["39", "55"],
                }
            ],
            "user_mentions": [],
        },
    ),
    tweet(
        "1850000000000000002",
        "Thu Oct 11 07:05:00 +0200 2018",
        "@giulia_bo grazie mille!",
        reply_to=("1849999999999999999", "2893746510"),
        entities={
            "urls": [],
            "user_mentions": [
                {"name": "Giulia", "screen_name": "giulia_bo", "indices": ["0", "10"], "id_str": "2893746510"}
            ],
        },
    ),
    tweet(
        "1850000000000000003", "Fri Oct 12 09:00:00 +0000 2018", "RT @giulia_bo: il pane più buono di Bologna"
    ),
    "not a tweet",
    {"tweet": {"id_str": "1850000000000000004", "full_text": "no date, secret words"}},
    {"tweet": {"created_at": "Fri Oct 12 09:00:00 +0000 2018", "full_text": "no id"}},
    tweet("1850000000000000005", "Fri Oct 12 25:00:00 +0000 2018", "bad hour"),
]
PART1 = [tweet("1840000000000000001", "Mon Jan 01 12:00:00 +0000 2018", "مرحبا 你好 नमस्ते 🥖")]
ACCOUNT = [
    {
        "account": {
            "email": "info@fornorossi.it",
            "createdVia": "web",
            "username": "fornorossi",
            "accountId": "1184523095476035584",
            "createdAt": "2019-10-16T07:42:11.000Z",
            "accountDisplayName": "Forno Rossi",
        }
    }
]
PROFILE = [
    {
        "profile": {
            "description": {
                "bio": "Panificio di famiglia dal 1962",
                "website": "https://t.co/xyz",
                "location": "Bologna",
            },
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/forno.jpg",
        }
    }
]


def build_zip(files: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def full_archive(folder: str = FOLDER, tweets_name: str = "tweets") -> dict[str, bytes]:
    return {
        f"{folder}Your archive.html": b"<html></html>",
        f"{folder}data/{tweets_name}.js": ytd(tweets_name, TWEETS),
        f"{folder}data/{tweets_name}-part1.js": ytd(tweets_name, PART1),
        f"{folder}data/account.js": ytd("account", ACCOUNT),
        f"{folder}data/profile.js": ytd("profile", PROFILE),
        f"{folder}data/follower.js": ytd("follower", [{"follower": {"accountId": str(i)}} for i in range(7)]),
        f"{folder}data/following.js": ytd(
            "following", [{"following": {"accountId": str(i)}} for i in range(30)]
        ),
        f"{folder}data/tweets_media/1850000000000000001-a.jpg": bytes(range(256)) * 40,
    }


def patch_declared_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrites the uncompressed size the central directory declares for `name`."""
    raw = bytearray(data)
    at = raw.find(b"PK\x01\x02")
    while at != -1:
        name_len, extra_len, comment_len = struct.unpack("<HHH", raw[at + 28 : at + 34])
        if raw[at + 46 : at + 46 + name_len].decode() == name:
            raw[at + 24 : at + 28] = struct.pack("<I", size)
            return bytes(raw)
        at = raw.find(b"PK\x01\x02", at + 46 + name_len + extra_len + comment_len)
    raise KeyError(name)


# --- good archives ------------------------------------------------------------------------------------


def test_loads_a_real_shaped_archive(caplog: pytest.LogCaptureFixture):
    with caplog.at_level(logging.DEBUG):
        account = load_archive(build_zip(full_archive()))
    profile = account.profile
    assert (profile.id, profile.username, profile.name) == (
        "1184523095476035584",
        "fornorossi",
        "Forno Rossi",
    )
    assert profile.description == "Panificio di famiglia dal 1962" and profile.url == "https://t.co/xyz"
    assert profile.profile_image_url.endswith("forno.jpg") and profile.banner_url == ""
    assert profile.has_banner is False
    assert (profile.followers_count, profile.following_count) == (7, 30)
    assert profile.created_at == datetime(2019, 10, 16, 7, 42, 11, tzinfo=UTC)
    assert account.mentions == []

    posts = {p.id: p for p in account.posts}
    assert [p.id for p in account.posts] == [
        "1850000000000000003",
        "1850000000000000002",
        "1850000000000000001",
        "1840000000000000001",
    ]  # newest first, bad items skipped
    promo = posts["1850000000000000001"]
    assert promo.text == "Focaccia & crescentine: ordina qui https://t.co/abc"
    assert promo.created_at == datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)
    assert promo.urls == ("https://fornorossi.it/ordina",)
    assert (promo.like_count, promo.repost_count, promo.author_id) == (12, 3, profile.id)
    reply = posts["1850000000000000002"]
    assert reply.created_at == datetime(2018, 10, 11, 5, 5, tzinfo=UTC)
    assert (
        reply.ref(RefType.REPLIED_TO) == "1849999999999999999" and reply.in_reply_to_user_id == "2893746510"
    )
    assert reply.mentioned_usernames == ("giulia_bo",)
    assert posts["1850000000000000003"].is_repost and not promo.is_repost
    assert posts["1840000000000000001"].text == "مرحبا 你好 नमस्ते 🥖"

    skipped = [r for r in caplog.records if r.getMessage() == "archive item skipped"]
    assert len(skipped) == 4
    assert "secret words" not in caplog.text


def test_accepts_a_path_no_top_folder_and_the_older_tweet_js(tmp_path):
    path = tmp_path / "archive.zip"
    path.write_bytes(build_zip(full_archive(folder="", tweets_name="tweet"), method=zipfile.ZIP_STORED))
    account = load_archive(path)
    assert len(account.posts) == 4 and account.profile.username == "fornorossi"


def test_never_uses_zipfile_extraction(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("must not extract")

    data = build_zip(full_archive())
    for name in ("open", "read", "extract", "extractall"):
        monkeypatch.setattr(zipfile.ZipFile, name, refuse)
    assert len(load_archive(data).posts) == 4


def test_archive_without_account_files_still_loads():
    account = load_archive(build_zip({"data/tweets.js": ytd("tweets", TWEETS)}))
    assert account.profile.id == "" and len(account.posts) == 3


def test_archive_time_parsing():
    assert parse_archive_time("Sat Mar 30 23:59:59 -0130 2024") == datetime(
        2024, 3, 31, 1, 29, 59, tzinfo=UTC
    )
    for bad in (
        "",
        "Wed Oct 10 20:19:24 2018",
        "Wed Foo 10 20:19:24 +0000 2018",
        "Wed Oct 10 20:19 +0000 2018",
        3,
    ):
        with pytest.raises(ValueError):
            parse_archive_time(bad)


# --- refused archives ---------------------------------------------------------------------------------


def code_of(source: Any, **limits: int) -> str:
    with pytest.raises(ArchiveError) as caught:
        load_archive(source, **limits)
    return caught.value.code


def test_not_a_zip(tmp_path):
    assert code_of(b"window.YTD.tweets.part0 = []") == "not_zip"
    assert code_of(b"") == "not_zip"
    assert code_of(build_zip(full_archive())[:-30]) == "not_zip"  # central directory cut off
    text = tmp_path / "notes.txt"
    text.write_text("ciao")
    assert code_of(text) == "not_zip"
    assert code_of(tmp_path / "missing.zip") == "not_zip"


def test_no_tweets():
    files = full_archive()
    del files[f"{FOLDER}data/tweets.js"], files[f"{FOLDER}data/tweets-part1.js"]
    assert code_of(build_zip(files)) == "no_tweets"
    assert code_of(build_zip({"a/b/data/tweets.js": ytd("tweets", TWEETS)})) == "no_tweets"  # too deep
    assert code_of(build_zip({"tweets.js": ytd("tweets", TWEETS)})) == "no_tweets"


def test_too_big(tmp_path):
    data = build_zip(full_archive())
    assert code_of(data, max_zip_bytes=len(data) - 1) == "too_big"
    path = tmp_path / "big.zip"
    path.write_bytes(data)
    assert code_of(path, max_zip_bytes=1000) == "too_big"
    assert load_archive(data, max_zip_bytes=len(data)).posts


def test_bomb_by_declared_size():
    name = f"{FOLDER}data/tweets_media/1850000000000000001-a.jpg"
    assert code_of(patch_declared_size(build_zip(full_archive()), name, 0x7FFF_FFFF)) == "bomb"
    assert code_of(build_zip(full_archive()), max_unpacked_bytes=10_000) == "bomb"


def test_bomb_by_compression_ratio():
    files = full_archive()
    files[f"{FOLDER}data/ad-impressions.js"] = b" " * (5 * 1024 * 1024)  # ~1000:1
    assert code_of(build_zip(files)) == "bomb"
    assert load_archive(build_zip(full_archive()), max_ratio=1.0).posts  # small members are not judged


def test_bomb_by_member_bigger_than_declared():
    name = f"{FOLDER}data/tweets.js"
    data = patch_declared_size(build_zip(full_archive()), name, 100)
    assert code_of(data) == "bomb"
    stored = patch_declared_size(build_zip(full_archive(), method=zipfile.ZIP_STORED), name, 100)
    assert code_of(stored) == "bomb"


def test_malformed_tweets_js():
    assert code_of(build_zip({"data/tweets.js": b"window.YTD.tweets.part0 = [ {broken"})) == "malformed"
    assert code_of(build_zip({"data/tweets.js": b"window.YTD.tweets.part0 = \xff\xfe[]"})) == "malformed"
    assert code_of(build_zip({"data/tweets.js": b'window.YTD.tweets.part0 = {"a": 1}'})) == "malformed"
    assert code_of(build_zip({"data/tweets.js": b"alert(1)"})) == "malformed"
    deep = b"window.YTD.tweets.part0 = " + b"[" * 100_000 + b"]" * 100_000
    assert code_of(build_zip({"data/tweets.js": deep})) == "malformed"


def test_corrupted_member_is_malformed():
    data = bytearray(build_zip({"data/tweets.js": ytd("tweets", TWEETS)}, method=zipfile.ZIP_STORED))
    at = data.find(b"Focaccia")
    data[at] ^= 0xFF  # same size, wrong checksum
    assert code_of(bytes(data)) == "malformed"


def test_broken_profile_files_are_ignored():
    files = full_archive()
    files[f"{FOLDER}data/profile.js"] = b"window.YTD.profile.part0 = [{"
    account = load_archive(build_zip(files))
    assert account.profile.username == "fornorossi" and account.profile.description == ""
