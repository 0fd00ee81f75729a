"""`nudgebird audit`: the full checkup of an archive or of the demo account, printed in plain aligned text."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.analysis.diagnosis import Status
from bot.audit import MARKS, audit_main
from bot.i18n import translator
from bot.settings import LANGUAGES

NAMES = ("broadcasting", "cadence", "answering", "goals", "audience", "profile", "protected",
         "convictions", "following", "autodms", "arguing", "learning")  # fmt: skip


@pytest.fixture(autouse=True)
def _no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LANG", raising=False)


def ytd(name: str, items: list[object]) -> bytes:
    return f"window.YTD.{name}.part0 = {json.dumps(items)}".encode()


def archive(tmp_path: Path, posts: int = 12) -> Path:
    """A small X archive: the account, its profile, and `posts` posts over the last days."""
    now = datetime.now(UTC)
    tweets = [
        {
            "tweet": {
                "id_str": str(1_900_000_000_000_000_000 + i),
                "created_at": (now - timedelta(hours=10 + 20 * i)).strftime("%a %b %d %H:%M:%S +0000 %Y"),
                "full_text": "Torta di riso appena sfornata, venite ad assaggiarla!",
                "lang": "it",
                "entities": {"hashtags": [], "urls": [], "user_mentions": []},
            }
        }
        for i in range(posts)
    ]
    account = [
        {
            "account": {
                "accountId": "42",
                "username": "pasticceria_ada",
                "createdAt": "2020-01-01T10:00:00.000Z",
            }
        }
    ]
    profile = [{"profile": {"description": {"bio": "Pasticceria a Torino", "website": ""}, "avatarMediaUrl": ""}}]
    path = tmp_path / "twitter-archive.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zip_file:
        zip_file.writestr("data/account.js", ytd("account", account))
        zip_file.writestr("data/profile.js", ytd("profile", profile))
        zip_file.writestr("data/tweets.js", ytd("tweets", tweets))
    return path


def diagnosis_lines(out: str, lang: str) -> list[str]:
    t = translator(lang)
    titles = {t(f"dx-{name}") for name in NAMES}
    return [line for line in out.splitlines() if any(line.endswith(title) for title in titles)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_demo_account_in_the_terminal(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    t = translator(lang)
    assert audit_main(None, True, lang, None) == 0
    out = capsys.readouterr().out
    assert out.startswith(t("audit-title", name="fornorossi", days=30))
    lines = diagnosis_lines(out, lang)
    assert len(lines) == 12, out
    assert len({line.index(next(t(f"dx-{n}") for n in NAMES if line.endswith(t(f"dx-{n}")))) for line in lines}) == 1
    assert all(line[:4] in MARKS.values() for line in lines)
    assert lines[0].startswith(f"{MARKS[Status.ACT]} {t('status-act')}")
    assert "\x1b" not in out


def test_the_chart_is_written_next_to_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chart = tmp_path / "progress.png"
    assert audit_main(None, True, "it", str(chart)) == 0
    data = chart.read_bytes()
    assert data.startswith(b"\x89PNG") and struct.unpack(">II", data[16:24]) == (1080, 1350)
    assert capsys.readouterr().out.rstrip().endswith(translator("it")("audit-chart-written", path=str(chart)))


def test_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = translator("en")
    assert audit_main(str(archive(tmp_path)), False, "en", None) == 0
    out = capsys.readouterr().out
    assert out.startswith(t("audit-title", name="pasticceria_ada", days=30))
    said = " ".join(out.split())
    # An archive has no mentions: answering and arguing are not judged, and say so.
    assert t("seen-answering-no-mentions", days=30) not in said
    assert t("seen-answering-no-source") in said and t("seen-arguing-no-source") in said
    assert t("seen-arguing-fine") not in said
    assert t("seen-profile-missing", missing=3, first="avatar") in " ".join(out.split())


def test_the_language_follows_the_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert audit_main(None, True, None, None) == 0
    assert capsys.readouterr().out.startswith(translator("es")("audit-title", name="fornorossi", days=30))


@pytest.mark.parametrize(
    ("content", "key"),
    [(b"not a zip at all", "audit-error-not-zip"), (None, "audit-error-no-tweets")],
)
def test_a_bad_archive_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, key: str
) -> None:
    path = tmp_path / "upload.zip"
    if content is None:
        with zipfile.ZipFile(path, "w") as zip_file:
            zip_file.writestr("data/like.js", ytd("like", []))
    else:
        path.write_bytes(content)
    assert audit_main(str(path), False, "fr", None) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"nudgebird: {translator('fr')(key)}\n"


def test_a_missing_file_and_no_file_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nowhere.zip")
    assert audit_main(missing, False, "it", None) == 1
    assert capsys.readouterr().err == f"nudgebird: {translator('it')('audit-error-missing', path=missing)}\n"
    assert audit_main(None, False, "it", None) == 2
    assert capsys.readouterr().err == f"nudgebird: {translator('it')('audit-usage')}\n"


def test_a_chart_that_cannot_be_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "no-such-folder" / "chart.png")
    assert audit_main(None, True, "en", target) == 1
    assert capsys.readouterr().err == f"nudgebird: {translator('en')('audit-chart-failed', path=target)}\n"


def run_cli(*args: str, stdout: int | None = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "bot", "audit", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`nudgebird audit --demo | head -3`: the pipe closes under the report; the audit ends quietly."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANG")}
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: every write meets a broken pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "audit", "--demo"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert done.stderr == "" and done.returncode == 0


def test_a_language_we_do_not_have_is_said_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert audit_main(None, True, "de", None) == 0
    captured = capsys.readouterr()
    assert captured.err == f"nudgebird: {translator('en')('audit-language-unavailable', asked='de')}\n"
    assert captured.out.startswith(translator("en")("audit-title", name="fornorossi", days=30))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_terminal_names_no_chat_command(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert audit_main(None, True, lang, None) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "/settings" not in out and "/connect" not in out
    assert translator(lang)("audit-step-answer-question") in out


def test_an_archive_without_its_account_file(tmp_path: Path) -> None:
    """No account.js: a title that makes sense, and no JSON log line in the user's terminal."""
    path = archive(tmp_path)
    bare = tmp_path / "bare.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bare, "w") as target:
        for item in source.infolist():
            if item.filename != "data/account.js":
                target.writestr(item, source.read(item))
    done = run_cli(str(bare), "--lang", "it")
    assert done.returncode == 0, done.stderr
    t = translator("it")
    assert done.stdout.startswith(t("audit-title-unnamed", days=30)), done.stdout[:200]
    assert "@ " not in done.stdout.splitlines()[0]
    assert done.stderr == ""
