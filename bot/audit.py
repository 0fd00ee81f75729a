"""`nudgebird audit`: the full checkup of an X archive (or of the demo account) in the terminal.

Plain text in aligned columns, so it reads the same on a screen and through a pipe;
optionally the weekly chart as a PNG file.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from bot.analysis.answers import Answers
from bot.analysis.chart import render_png
from bot.analysis.checkup import Checkup, run_checkup
from bot.analysis.diagnosis import Status
from bot.analysis.report import band, finding, step
from bot.analysis.thresholds import DEFAULTS
from bot.analysis.weekly import weekly_series
from bot.i18n import FALLBACK, Translator, choose_language, translator
from bot.x.archive import ArchiveError, load_archive
from bot.x.demo import demo_account
from bot.x.models import AccountData

MARKS = {Status.ACT: "[!!]", Status.WATCH: "[! ]", Status.FINE: "[ok]", Status.UNKNOWN: "[??]"}
GAP = "  "


def _terminal_width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))


def render(checkup: Checkup, account: AccountData, t: Translator, width: int = 100) -> str:
    """The whole report as text: title, score, then every diagnosis, most urgent first, and praise."""
    statuses = {status: t(f"status-{status}") for status in Status}
    status_width = max(len(s) for s in [*statuses.values(), t("audit-head-status")])
    mark_width = len(MARKS[Status.ACT])
    indent = " " * (mark_width + 1 + status_width + len(GAP))
    wrap = textwrap.TextWrapper(width=max(40, width), initial_indent=indent, subsequent_indent=indent + "  ")
    lines = [
        t("audit-title", name=account.profile.username, days=DEFAULTS.window_days),
        t("checkup-score", score=checkup.score, band=band(checkup.score)),
        "",
        f"{'':{mark_width}} {t('audit-head-status'):{status_width}}{GAP}{t('audit-head-diagnosis')}",
    ]
    for diagnosis in checkup.diagnoses:
        status = statuses[diagnosis.status]
        lines.append(f"{MARKS[diagnosis.status]} {status:{status_width}}{GAP}{t(diagnosis.title)}")
        lines += wrap.wrap(finding(t, diagnosis))
        if diagnosis.status is not Status.FINE:
            lines += wrap.wrap(step(t, diagnosis))
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


def audit_main(path: str | None, demo: bool, lang: str | None, chart: str | None) -> int:
    """Prints the checkup; 0 when done, 1 when the archive or the chart file is a problem, 2 on bad usage."""
    chosen = lang.strip().lower() if lang else None
    t = translator(choose_language(chosen, os.environ.get("LC_ALL") or os.environ.get("LANG"), FALLBACK))
    now = datetime.now(UTC)
    account = _load(path, demo, now, t)
    if account is None:
        return 1 if path else 2
    answers = Answers()
    print(render(run_checkup(account, answers, now), account, t, _terminal_width()))
    if chart:
        try:
            Path(chart).write_bytes(render_png(weekly_series(account, answers, now), t))
        except OSError:
            print(f"nudgebird: {t('audit-chart-failed', path=chart)}", file=sys.stderr)
            return 1
        print(t("audit-chart-written", path=chart))
    return 0
