"""Any file sent as an X archive: either a clear refusal (ArchiveError) or a sound account, nothing else."""

from __future__ import annotations

import io
import json
import struct
import zipfile
from datetime import UTC
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.coach import Coach
from bot.i18n import translator
from bot.services import Services
from bot.x.archive import ArchiveError, load_archive
from bot.x.models import AccountData
from handlers import routes
from tests.fakes.chat import Chat, MemoryAdapter
from tests.x.test_archive import FOLDER, build_zip, full_archive

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
months = st.sampled_from(["Jan", "Feb", "Oct", "Dec", "Foo", ""])
archive_dates = st.builds(
    lambda day, month, n, hh, mm, zone, year: f"{day} {month} {n} {hh}:{mm}:00 {zone} {year}",
    st.sampled_from(["Wed", "Xyz"]), months, st.integers(-5, 40), st.integers(-1, 30), st.integers(0, 99),
    st.sampled_from(["+0000", "-2359", "+9999", "+0１00", "0000", "+²²00"]), st.integers(0, 10_000),
) | st.text(max_size=40)  # fmt: skip
id_like = st.integers(-5, 2**70).map(str) | st.integers(0, 2**64) | st.text(max_size=25) | st.none()
counts = st.sampled_from(["12", "-1", "²", "1e3", "9" * 30, "", "٣"]) | st.integers(-5, 2**70) | st.booleans()
tweets = st.fixed_dictionaries(
    {},
    optional={
        "id_str": id_like, "id": id_like, "full_text": st.text() | json_values, "text": st.text(),
        "created_at": archive_dates, "favorite_count": counts, "retweet_count": counts, "lang": json_values,
        "in_reply_to_status_id_str": id_like, "in_reply_to_user_id_str": id_like,
        "entities": st.fixed_dictionaries({}, optional={
            "urls": st.lists(st.fixed_dictionaries({}, optional={"expanded_url": json_values})) | json_values,
            "user_mentions": st.lists(st.fixed_dictionaries({}, optional={"screen_name": json_values}))
            | json_values,
        }) | json_values,
    },
)  # fmt: skip
tweet_items = st.lists(st.builds(lambda t: {"tweet": t}, tweets) | tweets | json_values, max_size=8)
YTD_PREFIXES = ["window.YTD.tweets.part0 = ", "window.YTD.tweets.part0=", "", "window = ", "YTD = ", "window."]


def js(prefix: str, body: Any, suffix: str) -> bytes:
    return f"{prefix}{json.dumps(body, ensure_ascii=False)}{suffix}".encode()


tweets_js = st.one_of(
    st.builds(js, st.sampled_from(YTD_PREFIXES), tweet_items, st.sampled_from(["", ";", "\n", " garbage"])),
    st.builds(js, st.sampled_from(YTD_PREFIXES), json_values, st.just("")),
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.just(b"\xef\xbb\xbf" + b"[" * 5000 + b"]" * 5000),
)
member_names = st.sampled_from([
    "data/tweets.js", "data/tweet.js", "x/data/tweets-part1.js", "data/account.js", "data/profile.js",
    "data/follower.js", "data/following-part2.js", "a/b/data/tweets.js", "/data/tweets.js", "data\\tweets.js",
    "data/", "Your archive.html", "data/TWEETS.JS",
]) | st.text(max_size=30).filter(lambda name: name.split("\x00")[0] != "")  # fmt: skip
archives = st.builds(
    lambda members, method: build_zip(dict(members), method=method),
    st.lists(st.tuples(member_names, tweets_js), max_size=5),
    st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
)
GOOD = build_zip(full_archive())


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A real-shaped archive with a few bytes changed, cut short, or with junk around it."""
    raw = bytearray(GOOD)
    for _ in range(draw(st.integers(1, 6))):
        raw[draw(st.integers(0, len(raw) - 1))] = draw(st.integers(0, 255))
    cut = draw(st.integers(0, len(raw)))
    return draw(st.sampled_from([bytes(raw), bytes(raw[:cut]), bytes(raw[cut:]), b"junk" + bytes(raw)]))


def sound(data: AccountData) -> None:
    assert isinstance(data, AccountData) and data.mentions == []
    assert isinstance(data.profile.id, str) and isinstance(data.profile.username, str)
    for post in data.posts:
        assert post.id.isdigit() and isinstance(post.text, str)
        assert post.created_at.tzinfo is not None and post.created_at.utcoffset() == UTC.utcoffset(None)
    assert len({p.id for p in data.posts}) == len(data.posts)


def open_or_refuse(raw: bytes) -> None:
    try:
        data = load_archive(raw)
    except ArchiveError as refused:
        assert refused.code in ("not_zip", "no_tweets", "too_big", "bomb", "malformed")
        return
    sound(data)


@FUZZ
@given(st.binary(max_size=4000))
def test_random_bytes(raw: bytes) -> None:
    open_or_refuse(raw)


@FUZZ
@given(archives)
def test_random_zips_and_tweets_files(raw: bytes) -> None:
    open_or_refuse(raw)


@FUZZ
@given(damaged())
def test_damaged_real_archives(raw: bytes) -> None:
    open_or_refuse(raw)


@pytest.fixture
def person(services: Services) -> Chat:
    return Chat(Coach(services, routes()), MemoryAdapter(), user_id="archivist")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(raw=archives | damaged())
async def test_any_file_sent_to_the_chat_gets_its_answer(person: Chat, raw: bytes) -> None:
    t = translator("en")
    try:
        data = load_archive(raw)
        expected = t("archive-imported", posts=len(data.posts), username=data.profile.username)
    except ArchiveError as refused:
        expected = t(f"archive-{refused.code}")
    replies = await person.send_file("archive.zip", raw)
    assert replies[0].text == expected  # after an import, a first checkup follows


def test_a_zip_cut_at_the_front_is_refused() -> None:
    whole = build_zip({"data/tweets.js": full_archive()[f"{FOLDER}data/tweets.js"]})
    with pytest.raises(ArchiveError):
        load_archive(whole[1:])


def test_a_zip_of_an_unknown_version_is_refused() -> None:
    raw = bytearray(build_zip({"data/tweets.js": full_archive()[f"{FOLDER}data/tweets.js"]}))
    directory = raw.find(b"PK\x01\x02")
    raw[directory + 6 : directory + 8] = struct.pack("<H", 103)  # "version needed to extract": 10.3
    with pytest.raises(ArchiveError):
        load_archive(bytes(raw))


def test_the_strategies_reach_a_sound_archive() -> None:
    """The fuzzing is not only refusals: a real-shaped archive with random tweets does load."""
    raw = build_zip({"data/tweets.js": js("window.YTD.tweets.part0 = ", [{"tweet": {
        "id_str": "1", "full_text": "ciao", "created_at": "Wed Oct 10 20:19:24 +0000 2018"}}], "")})  # fmt: skip
    data = load_archive(io.BytesIO(raw).getvalue())
    sound(data)
    assert [p.text for p in data.posts] == ["ciao"]


def test_a_member_with_an_empty_name_is_passed_over() -> None:
    """Found by the fuzzing: a damaged central directory can name a member "" (zipfile's is_dir() then fails)."""
    from bot.x.archive import _pick

    assert _pick([zipfile.ZipInfo(""), zipfile.ZipInfo("data/")]) == {}
