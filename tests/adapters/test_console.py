"""The console coach: `nudgebird run` with no tokens, driven through a pipe as a script would."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.adapters.console import ConsoleAdapter, run_console
from bot.coach import Coach
from bot.i18n import translator
from bot.services import Services
from bot.storage.models import User
from handlers import routes
from tests.test_audit import archive

ONBOARDING = [
    "/start", "Forno Rossi", "1", "2", "6", "8", "1", "1", "1", "15", "2", "Roma", "9:30",
]  # fmt: skip


def run(lines: list[str], cwd: Path, lang: str = "en_US.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_URL"))}
    env.update(LANG=lang, LC_ALL=lang, DATABASE_URL=f"sqlite:///{cwd / 'coach.db'}")
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


def test_a_piped_onboarding_then_settings_in_a_second_run(tmp_path: Path) -> None:
    t = translator("en")
    first = run(ONBOARDING, tmp_path)
    assert first.returncode == 0, first.stderr
    assert t("onboarding-done-offline", name="Forno Rossi") in first.stdout
    assert "Traceback" not in first.stderr
    second = run(["/settings"], tmp_path)
    assert second.returncode == 0, second.stderr
    for label, value in [
        ("label-name", "Forno Rossi"),
        ("label-goals", f"{t('goals-customers')}, {t('goals-community')}"),
        ("label-timezone", "Europe/Rome"),
        ("label-nudgetime", "09:30"),
        ("label-minutes", t("minutes-15")),  # a time offered as a button reads back as its label
    ]:
        assert t("settings-line", label=t(label), value=value) in second.stdout


def test_the_console_speaks_the_terminal_locale(tmp_path: Path) -> None:
    result = run(["/start"], tmp_path, lang="fr_FR.UTF-8")
    assert translator("fr")("ask-name") in result.stdout


def test_end_of_input_right_away_exits_cleanly(tmp_path: Path) -> None:
    result = run([], tmp_path)
    assert result.returncode == 0 and "Traceback" not in result.stderr


async def test_numbers_pick_the_shown_choices_and_other_numbers_are_text(coach: Coach) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(out, locale="en")
    stdin = io.StringIO("/start\nForno\n99\n1\n2\n")
    await run_console(coach, adapter, stdin)
    t = translator("en")
    transcript = out.getvalue()
    assert f"  1) {t('sector-food')}" in transcript
    assert t("expected-sector") in transcript  # 99 is not one of the 8 choices
    assert f"  2) {t('ticked-option', option=t('goals-customers'))}" in transcript


async def test_the_path_of_an_archive_is_its_upload(
    coach: Coach, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A terminal cannot attach a file: the path of the .zip, absolute, relative or from ~, stands for it."""
    zip_path = archive(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    out = io.StringIO()
    adapter = ConsoleAdapter(out, locale="en", files_dir=tmp_path, cwd=tmp_path)
    lines = [str(zip_path), zip_path.name, f"~/{zip_path.name}", f"'{zip_path}'"]
    await run_console(coach, adapter, io.StringIO("\n".join(lines) + "\n"))
    t = translator("en")
    transcript = out.getvalue()
    assert t("unknown-command", command=str(zip_path)[1:40]) not in transcript
    assert transcript.count(t("archive-imported", posts=12, username="pasticceria_ada")) == len(lines)


async def test_a_path_that_is_no_archive_gets_a_clear_answer(coach: Coach, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an archive")
    out = io.StringIO()
    adapter = ConsoleAdapter(out, locale="en", files_dir=tmp_path, cwd=tmp_path)
    missing, text_file = str(tmp_path / "x" / "arch.zip"), str(tmp_path / "notes.txt")
    lines = [missing, "./nowhere.zip", text_file, str(tmp_path) + "/", "/help"]
    await run_console(coach, adapter, io.StringIO("\n".join(lines) + "\n"))
    t = translator("en")
    transcript = out.getvalue()
    assert t("console-file-missing", path=missing) in transcript
    assert t("console-file-missing", path="./nowhere.zip") in transcript
    assert t("console-file-not-zip", path=text_file) in transcript
    assert t("console-file-is-folder", path=str(tmp_path) + "/") in transcript
    assert t("help-intro") in transcript  # a command is still a command
    assert "unknown-command" not in transcript and t("unknown-command", command="tmp") not in transcript


async def test_words_with_a_slash_are_still_an_answer(coach: Coach, tmp_path: Path) -> None:
    out = io.StringIO()
    adapter = ConsoleAdapter(out, locale="en", cwd=tmp_path)
    await run_console(coach, adapter, io.StringIO("/start\nForno\nbread/cakes\n"))
    transcript = out.getvalue()
    assert translator("en")("ask-goals") in transcript
    assert "bread/cakes" not in transcript.replace("> bread/cakes", "")


async def test_after_a_restart_the_waiting_question_is_shown_again_with_working_numbers(
    coach: Coach, services: Services
) -> None:
    t = translator("en")
    await run_console(coach, ConsoleAdapter(io.StringIO(), locale="en"), io.StringIO("/start\nForno\n1\n"))
    # `nudgebird run` again: a new console, which has shown no choices yet.
    out = io.StringIO()
    await run_console(Coach(services, routes()), ConsoleAdapter(out, locale="en"), io.StringIO("1\n3\n"))
    transcript = out.getvalue()
    first_lines = transcript.split("> 1")[0]
    assert t("console-pending-question") in first_lines and t("ask-goals") in first_lines
    assert f"  1) {t('goals-awareness')}" in first_lines
    assert f"  1) {t('ticked-option', option=t('goals-awareness'))}" in transcript
    assert f"  3) {t('ticked-option', option=t('goals-partners'))}" in transcript
    async with services.db.transaction() as session:
        user = await session.scalar(select(User))
        assert user is not None
        assert (user.step, user.draft, user.goals) == ("onboarding:goals", ["awareness", "partners"], [])


def test_a_piped_restart_in_the_middle_of_a_multiple_choice(tmp_path: Path) -> None:
    t = translator("en")
    assert run(["/start", "Forno Rossi", "1"], tmp_path).returncode == 0
    second = run(["1"], tmp_path)
    assert second.returncode == 0, second.stderr
    assert t("ticked-option", option=t("goals-awareness")) in second.stdout
    assert t("ask-customers") not in second.stdout
