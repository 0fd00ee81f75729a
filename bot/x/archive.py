"""X's "download your data" archive (a zip) turned into an AccountData, without ever extracting it.

The zip is checked before anything is decompressed: its size, the sum of the sizes its members declare,
and each member's compression ratio. Members are then read one at a time with our own decompressor,
which stops one byte past the declared size, so a member lying about its size cannot make us read more.
"""

from __future__ import annotations

import io
import json
import logging
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Literal

from bot.x.models import AccountData, Post, Profile, RefType

log = logging.getLogger(__name__)

MAX_ZIP_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # deflate tops out near 1030:1; text tweets.js compresses 10-20:1
RATIO_FLOOR = 1024 * 1024  # small members may compress absurdly (a file of spaces) and still be harmless
MAX_MEMBERS = 200_000
_CHUNK = 64 * 1024

ArchiveErrorCode = Literal["not_zip", "no_tweets", "too_big", "bomb", "malformed"]

_TWEETS = re.compile(r"tweets?(-part\d+)?\.js")
_ACCOUNT = re.compile(r"account\.js")
_PROFILE = re.compile(r"profile\.js")
_FOLLOWER = re.compile(r"follower(-part\d+)?\.js")
_FOLLOWING = re.compile(r"following(-part\d+)?\.js")
_MONTHS = {
    m: i
    for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)
}
_ID = re.compile(r"[0-9]{1,30}")


class ArchiveError(Exception):
    """The file is refused; `code` says why (one of ArchiveErrorCode), for the message to the user."""

    def __init__(self, code: ArchiveErrorCode, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: ArchiveErrorCode = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class _Limits:
    max_unpacked_bytes: int
    max_ratio: float


def load_archive(
    source: Path | bytes,
    *,
    max_zip_bytes: int = MAX_ZIP_BYTES,
    max_unpacked_bytes: int = MAX_UNPACKED_BYTES,
    max_ratio: float = MAX_RATIO,
) -> AccountData:
    """The account in an X archive: profile and own posts (archives hold no mentions)."""
    with _open(source, max_zip_bytes) as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            NotImplementedError,
            OSError,
            ValueError,
            EOFError,
            struct.error,
        ):
            raise ArchiveError("not_zip") from None
        with archive:
            infos = archive.infolist()
            _check_sizes(infos, _Limits(max_unpacked_bytes, max_ratio))
            files = _pick(infos)
            tweet_files = files.get("tweets", [])
            if not tweet_files:
                raise ArchiveError("no_tweets")
            return _build(handle, files)


@contextmanager
def _open(source: Path | bytes, max_zip_bytes: int) -> Iterator[IO[bytes]]:
    if isinstance(source, bytes | bytearray | memoryview):
        if len(source) > max_zip_bytes:
            raise ArchiveError("too_big")
        yield io.BytesIO(bytes(source))
        return
    path = Path(source)
    try:
        size = path.stat().st_size
    except OSError:
        raise ArchiveError("not_zip", "cannot read the file") from None
    if size > max_zip_bytes:
        raise ArchiveError("too_big")
    with path.open("rb") as handle:
        yield handle


def _check_sizes(infos: list[zipfile.ZipInfo], limits: _Limits) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ArchiveError("bomb", "too many members")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_unpacked_bytes:
            raise ArchiveError("bomb", "declared sizes too large")
        if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ArchiveError("bomb", "absurd compression ratio")


def _pick(infos: list[zipfile.ZipInfo]) -> dict[str, list[zipfile.ZipInfo]]:
    """The members we read: data/<name>, or <one folder>/data/<name>."""
    picked: dict[str, list[zipfile.ZipInfo]] = {}
    for info in infos:
        if not info.filename or info.filename.endswith("/"):  # a folder (or a member with no name at all)
            continue
        parts = info.filename.replace("\\", "/").lstrip("/").split("/")
        if not (len(parts) == 2 and parts[0] == "data") and not (len(parts) == 3 and parts[1] == "data"):
            continue
        name = parts[-1].lower()
        for kind, pattern in (
            ("tweets", _TWEETS),
            ("account", _ACCOUNT),
            ("profile", _PROFILE),
            ("follower", _FOLLOWER),
            ("following", _FOLLOWING),
        ):
            if pattern.fullmatch(name):
                picked.setdefault(kind, []).append(info)
    return picked


# --- reading members ----------------------------------------------------------------------------------


def _read_member(handle: IO[bytes], info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, decompressed by us: never more than its declared size (+1 byte to notice)."""
    if info.flag_bits & 0x1:
        raise ArchiveError("malformed", "encrypted member")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise ArchiveError("malformed", "unsupported compression")
    declared = info.file_size
    if info.header_offset < 0:
        raise ArchiveError("malformed", "member before the start of the file")
    handle.seek(info.header_offset)
    header = handle.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise ArchiveError("malformed", "bad local header")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    handle.seek(info.header_offset + 30 + name_len + extra_len)

    out = bytearray()
    left = info.compress_size
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    while left > 0:
        chunk = handle.read(min(_CHUNK, left))
        if not chunk:
            raise ArchiveError("malformed", "truncated member")
        left -= len(chunk)
        if inflater is None:
            out += chunk
        else:
            try:
                out += inflater.decompress(chunk, declared + 1 - len(out))
            except zlib.error:
                raise ArchiveError("malformed", "bad deflate data") from None
        if len(out) > declared:
            raise ArchiveError("bomb", "member larger than declared")
        if inflater is not None and inflater.eof:
            break
    if inflater is not None and not inflater.eof:
        raise ArchiveError("malformed", "truncated deflate data")
    if len(out) != declared:
        raise ArchiveError("malformed", "member smaller than declared")
    if zlib.crc32(out) != info.CRC:
        raise ArchiveError("malformed", "checksum mismatch")
    return bytes(out)


def _parse_js(raw: bytes) -> object:
    """`window.YTD.<name>.partN = [...]` (or plain JSON) as Python data; ValueError when unparsable."""
    text = raw.decode("utf-8-sig").strip()
    if not text.startswith(("[", "{")):
        head, sep, text = text.partition("=")
        if not sep or not head.strip().startswith("window."):
            raise ValueError("not a window.YTD assignment")
    text = text.strip().rstrip(";")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested too deep") from None


def _entries(data: object, key: str) -> list[Mapping[str, object]]:
    """The `{key: {...}}` wrappers of a YTD list, unwrapped; non-objects dropped."""
    if not isinstance(data, list):
        return []
    out: list[Mapping[str, object]] = []
    for item in data:
        if isinstance(item, Mapping):
            inner = item.get(key, item)
            if isinstance(inner, Mapping):
                out.append(inner)
    return out


# --- records ------------------------------------------------------------------------------------------


def parse_archive_time(value: object) -> datetime:
    """ "Wed Oct 10 20:19:24 +0000 2018" (locale-independent) as aware UTC; ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError("not a string")
    parts = value.split()
    if len(parts) != 6 or parts[1] not in _MONTHS or not re.fullmatch(r"[+-]\d{4}", parts[4]):
        raise ValueError("unexpected date format")
    hour, minute, second = (int(p) for p in parts[3].split(":"))
    sign = -1 if parts[4][0] == "-" else 1
    offset = timedelta(hours=int(parts[4][1:3]), minutes=int(parts[4][3:5])) * sign
    zone = timezone(offset)
    moment = datetime(int(parts[5]), _MONTHS[parts[1]], int(parts[2]), hour, minute, second, tzinfo=zone)
    return moment.astimezone(UTC)


def _iso_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _count(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return max(value, 0)
    if isinstance(value, str) and value.isdigit() and len(value) < 19:
        return int(value)
    return 0


def _id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    return value if isinstance(value, str) and _ID.fullmatch(value) else None


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def archive_post(tweet: Mapping[str, object], author_id: str) -> Post:
    """One archive tweet as a Post; ValueError (with a reason, never the text) when unusable."""
    post_id = _id(tweet.get("id_str")) or _id(tweet.get("id"))
    if post_id is None:
        raise ValueError("missing or bad id")
    text = tweet.get("full_text", tweet.get("text"))
    if not isinstance(text, str):
        raise ValueError(f"post {post_id}: missing text")
    try:
        created_at = parse_archive_time(tweet.get("created_at"))
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"post {post_id}: bad created_at") from exc
    referenced: list[tuple[RefType, str]] = []
    if (parent := _id(tweet.get("in_reply_to_status_id_str"))) is not None:
        referenced.append((RefType.REPLIED_TO, parent))
    if text.startswith("RT @"):
        referenced.append((RefType.RETWEETED, ""))  # the archive does not say which post
    entities = tweet.get("entities")
    entities = entities if isinstance(entities, Mapping) else {}
    urls = entities.get("urls")
    mentions = entities.get("user_mentions")
    return Post(
        id=post_id,
        author_id=author_id,
        created_at=created_at,
        text=_unescape(text),
        lang=_str(tweet.get("lang")) or None,
        in_reply_to_user_id=_id(tweet.get("in_reply_to_user_id_str")),
        referenced=tuple(referenced),
        like_count=_count(tweet.get("favorite_count")),
        repost_count=_count(tweet.get("retweet_count")),
        urls=tuple(
            u["expanded_url"]
            for u in (urls if isinstance(urls, list) else [])
            if isinstance(u, Mapping) and isinstance(u.get("expanded_url"), str)
        ),
        mentioned_usernames=tuple(
            m["screen_name"]
            for m in (mentions if isinstance(mentions, list) else [])
            if isinstance(m, Mapping) and isinstance(m.get("screen_name"), str)
        ),
    )


def _optional(handle: IO[bytes], infos: list[zipfile.ZipInfo], key: str) -> list[Mapping[str, object]]:
    """Entries of a non-essential file; a broken one is logged and ignored."""
    entries: list[Mapping[str, object]] = []
    for info in infos:
        raw = _read_member(handle, info)
        try:
            entries.extend(_entries(_parse_js(raw), key))
        except (ValueError, UnicodeDecodeError):
            log.warning("archive file unreadable, ignored", extra={"file": key})
    return entries


def _build(handle: IO[bytes], files: dict[str, list[zipfile.ZipInfo]]) -> AccountData:
    account = next(iter(_optional(handle, files.get("account", []), "account")), {})
    profile_entry = next(iter(_optional(handle, files.get("profile", []), "profile")), {})
    description = profile_entry.get("description")
    description = description if isinstance(description, Mapping) else {}
    account_id = _id(account.get("accountId")) or ""
    if not account_id:
        log.warning("archive without a usable account.js")
    profile = Profile(
        id=account_id,
        username=_str(account.get("username")),
        name=_str(account.get("accountDisplayName")),
        description=_str(description.get("bio")),
        url=_str(description.get("website")),
        profile_image_url=_str(profile_entry.get("avatarMediaUrl")),
        banner_url=_str(profile_entry.get("headerMediaUrl")),
        followers_count=len(_optional(handle, files.get("follower", []), "follower")),
        following_count=len(_optional(handle, files.get("following", []), "following")),
        created_at=_iso_time(account.get("createdAt")),
    )

    posts: dict[str, Post] = {}
    skipped = 0
    for info in files["tweets"]:
        raw = _read_member(handle, info)
        try:
            data = _parse_js(raw)
        except (ValueError, UnicodeDecodeError):
            raise ArchiveError("malformed", "tweets file unparsable") from None
        if not isinstance(data, list):
            raise ArchiveError("malformed", "tweets file is not a list")
        for item in data:
            tweet = item.get("tweet", item) if isinstance(item, Mapping) else None
            try:
                if not isinstance(tweet, Mapping):
                    raise ValueError("item is not an object")
                post = archive_post(tweet, account_id)
            except ValueError as exc:
                skipped += 1
                if skipped <= 10:  # then only the total, below
                    log.warning("archive item skipped", extra={"reason": str(exc)})
                continue
            posts[post.id] = post
    if skipped:
        log.warning("archive items skipped", extra={"skipped": skipped, "kept": len(posts)})
    ordered = sorted(posts.values(), key=lambda p: (p.created_at, int(p.id)), reverse=True)
    return AccountData(profile=profile, posts=ordered, mentions=[])
