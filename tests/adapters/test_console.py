"""The console coach: `nudgebird run` with no tokens, driven through a pipe as a script would."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from bot.adapters.console import ConsoleAdapter, run_console
from bot.coach import Coach
from bot.i18n import translator

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
        ("label-minutes", t("minutes-value", minutes=15)),
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
