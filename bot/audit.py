"""`nudgebird audit`: the full checkup of an X archive (or of the demo account) in the terminal.

Plain text in aligned columns, so it reads the same on a screen and through a pipe;
optionally the weekly chart as a PNG file.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from bot.analysis.answers import Answers
from bot.analysis.chart import render_png
from bot.analysis.checkup import Checkup, run_checkup
from bot.analysis.diagnosis import Diagnosis, Status
from bot.analysis.report import band, finding, step
from bot.analysis.thresholds import DEFAULTS
from bot.analysis.weekly import weekly_series
from bot.i18n import FALLBACK, Translator, choose_language, translator
from bot.settings import LANGUAGES
from bot.x.archive import ArchiveError, load_archive
from bot.x.demo import demo_account
from bot.x.models import AccountData

MARKS = {Status.ACT: "[!!]", Status.WATCH: "[! ]", Status.FINE: "[ok]", Status.UNKNOWN: "[??]"}
GAP = "  "
TERMINAL_STEPS = {"step-answer-question": "audit-step-answer-question"}
"""Steps that name a chat command, and what is said in the terminal instead."""


def _terminal_width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))


def _step(t: Translator, diagnosis: Diagnosis) -> str:
    key = TERMINAL_STEPS.get(diagnosis.step)
    return t(key, diagnosis.evidence) if key else step(t, diagnosis)


def _title(account: AccountData, t: Translator) -> str:
    name = account.profile.username.strip()
    if not name:  # an archive without its account.js: no name to show
        return t("audit-title-unnamed", days=DEFAULTS.window_days)
    return t("audit-title", name=name, days=DEFAULTS.window_days)


def render(checkup: Checkup, account: AccountData, t: Translator, width: int = 100) -> str:
    """The whole report as text: title, score, then every diagnosis, most urgent first, and praise."""
    statuses = {status: t(f"status-{status}") for status in Status}
    status_width = max(len(s) for s in [*statuses.values(), t("audit-head-status")])
    mark_width = len(MARKS[Status.ACT])
    indent = " " * (mark_width + 1 + status_width + len(GAP))
    wrap = textwrap.TextWrapper(width=max(40, width), initial_indent=indent, subsequent_indent=indent + "  ")
    lines = [
        _title(account, t),
        t("checkup-score", score=checkup.score, band=band(checkup.score)),
        "",
        f"{'':{mark_width}} {t('audit-head-status'):{status_width}}{GAP}{t('audit-head-diagnosis')}",
    ]
    for diagnosis in checkup.diagnoses:
        status = statuses[diagnosis.status]
        lines.append(f"{MARKS[diagnosis.status]} {status:{status_width}}{GAP}{t(diagnosis.title)}")
        lines += wrap.wrap(finding(t, diagnosis))
        if diagnosis.status is not Status.FINE:
            lines += wrap.wrap(_step(t, diagnosis))
    praise = [t(d.praise, d.evidence) for d in checkup.diagnoses if d.praise]
    if praise:
        lines.append("")
        lines += [f"+ {line}" for line in praise]
    return "\n".join(lines)


def _load(path: str | None, demo: bool, now: datetime, t: Translator) -> AccountData | None:
    """The account to audit, or None after saying on stderr why there is none."""
    if demo:
        return demo_account(now)
    if not path:
        print(f"nudgebird: {t('audit-usage')}", file=sys.stderr)
        return None
    file = Path(path)
    if not file.is_file():
        print(f"nudgebird: {t('audit-error-missing', path=path)}", file=sys.stderr)
        return None
    try:
        return load_archive(file)
    except ArchiveError as error:
        print(f"nudgebird: {t('audit-error-' + error.code.replace('_', '-'))}", file=sys.stderr)
        return None


def _say(text: str) -> bool:
    """Prints a line of the report; False when the reader has gone (`| head`), after which nothing more is said."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _silence_stdout()
        return False
    return True


def _silence_stdout() -> None:
    """Points standard output at /dev/null, so Python's own flush at exit does not hit the closed pipe again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _language(lang: str | None) -> tuple[str, str | None]:
    """The language to speak, and the one asked for when we have no texts in it."""
    chosen = lang.strip().lower() if lang else None
    locale = os.environ.get("LC_ALL") or os.environ.get("LANG")
    if chosen and chosen not in LANGUAGES:
        return choose_language(None, locale, FALLBACK), chosen
    return choose_language(chosen, locale, FALLBACK), None


def audit_main(path: str | None, demo: bool, lang: str | None, chart: str | None) -> int:
    """Prints the checkup; 0 when done, 1 when the archive or the chart file is a problem, 2 on bad usage.

    Logs below ERROR stay out of the terminal: they are JSON for operators, and what the user needs to
    know (an archive without its account.js, items skipped) is in the report itself.
    """
    root = logging.getLogger()
    level = root.level
    root.setLevel(max(level, logging.ERROR))
    try:
        return _audit(path, demo, lang, chart)
    finally:
        root.setLevel(level)


def _audit(path: str | None, demo: bool, lang: str | None, chart: str | None) -> int:
    language, unavailable = _language(lang)
    t = translator(language)
    if unavailable:
        print(f"nudgebird: {t('audit-language-unavailable', asked=unavailable)}", file=sys.stderr)
    now = datetime.now(UTC)
    account = _load(path, demo, now, t)
    if account is None:
        return 1 if path else 2
    answers = Answers()
    mentions = demo  # an X archive has no mentions: what needs them is not judged
    checkup = run_checkup(account, answers, now, mentions=mentions)
    if not _say(render(checkup, account, t, _terminal_width())):
        return 0
    if chart:
        try:
            Path(chart).write_bytes(render_png(weekly_series(account, answers, now, mentions=mentions), t))
        except OSError:
            print(f"nudgebird: {t('audit-chart-failed', path=chart)}", file=sys.stderr)
            return 1
        _say(t("audit-chart-written", path=chart))
    return 0
