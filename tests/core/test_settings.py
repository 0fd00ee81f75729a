"""Configuration: bad values stop the program with one clear line naming the variable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.settings import Settings

VALID_KEY = "ZmRmZGZkZmRmZGZkZmRmZGZkZmRmZGZkZmRmZGZkZmQ="


def settings(**env: str) -> Settings:
    return Settings(_env_file=None, **env)  # type: ignore[call-arg, arg-type]


def test_defaults_point_at_the_real_services_and_a_local_sqlite_file() -> None:
    s = settings()
    assert s.database_url == "sqlite+aiosqlite:///nudgebird.db"
    assert s.telegram_api_url == "https://api.telegram.org/bot"
    assert s.slack_api_url == "https://slack.com/api/"
    assert s.x_api_url == "https://api.x.com"
    assert s.x_authorize_url == "https://x.com/i/oauth2/authorize"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@db:5432/app", "postgresql+asyncpg://u:p@db:5432/app"),
        ("postgresql://u@db/app", "postgresql+asyncpg://u@db/app"),
        ("sqlite:///x.db", "sqlite+aiosqlite:///x.db"),
    ],
)
def test_database_urls_get_the_async_driver(given: str, expected: str) -> None:
    assert settings(database_url=given).database_url == expected


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "db", "upgrade"],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "not a url"),
        ("DATABASE_URL", "mysql://root@localhost/db"),
        ("DEFAULT_LANGUAGE", "de"),
        ("ENCRYPTION_KEYS", "short"),
        ("ENCRYPTION_KEYS", f"{VALID_KEY},%%%"),
        ("PORT", "eighty"),
        ("X_API_URL", "ftp://x"),
    ],
)
def test_a_bad_value_stops_the_program_with_one_line_naming_it(variable: str, value: str, tmp_path) -> None:
    result = _run({variable: value, "HOME": str(tmp_path)})
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"nudgebird: {variable}:")
    assert "Traceback" not in result.stderr


def test_env_file_is_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text("DEFAULT_LANGUAGE=it\nPORT=9090\n")
    monkeypatch.chdir(tmp_path)
    s = Settings()
    assert (s.default_language, s.port) == ("it", 9090)
