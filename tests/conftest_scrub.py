"""A pytest plugin: no secret reaches a log record, at any level, from any logger.

Loaded, it catches every record at DEBUG during each test and fails the test when one holds a
secret: the tests' encryption key, the fake client secret, or anything shaped like a token a fake
server issues (X access/refresh tokens, Slack tokens, Telegram bot tokens). Load it for the whole
suite with `pytest_plugins = ("tests.conftest_scrub",)` in tests/conftest.py, or once with
`pytest -p tests.conftest_scrub`. Its helpers also work on their own (tests/test_log_scrub.py).
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import pytest

from tests.conftest import TEST_KEY

SECRETS: tuple[str, ...] = (
    TEST_KEY,
    "fake-client-secret",
    base64.b64encode(b"fake-client-id:fake-client-secret").decode(),  # the Basic auth header's value
)
TOKEN_SHAPES = (
    re.compile(r"fake(?:AT|RT)-[\w-]{16,}"),  # tests/fakes/fake_x.py
    re.compile(r"\bxox[abposre]-[\w-]{4,}"),  # Slack
    re.compile(r"\b\d{5,12}:AA[\w-]{30,}"),  # Telegram bot tokens
)
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}


class Catcher(logging.Handler):
    """Keeps every record that reaches the root logger."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []
        self.levels_before: dict[str, int] = {}
        """Loggers that were set above DEBUG (SQLAlchemy sets its own to WARNING, for one)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def shown(self, level: int = logging.INFO) -> list[logging.LogRecord]:
        """The records a deployment logging at `level` would write: each logger's own level still counts."""

        def threshold(name: str) -> int:
            while name:
                if name in self.levels_before:
                    return max(level, self.levels_before[name])
                name = name.rpartition(".")[0]
            return level

        return [r for r in self.records if r.levelno >= threshold(r.name)]


_LOWERED: dict[str, int] = {}
"""Loggers a catcher set to DEBUG, with their level before; shared, so catchers may nest."""


@contextmanager
def catching_everything() -> Iterator[Catcher]:
    """Every logger's records at DEBUG, including those the shipped configuration silences."""
    catcher = Catcher()
    root = logging.getLogger()
    mine = {
        name: logger.level
        for name, logger in logging.root.manager.loggerDict.items()
        if isinstance(logger, logging.Logger) and logger.level > logging.DEBUG and name not in _LOWERED
    }
    _LOWERED.update(mine)
    catcher.levels_before = dict(_LOWERED)
    level = root.level
    root.setLevel(logging.DEBUG)
    for name in mine:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(catcher)
    try:
        yield catcher
    finally:
        root.removeHandler(catcher)
        root.setLevel(level)
        for name, was in mine.items():
            logging.getLogger(name).setLevel(was)
            del _LOWERED[name]


def everything_in(record: logging.LogRecord) -> str:
    """The message, its arguments, the extra fields, the exception and the stack, as text."""
    try:
        message = record.getMessage()
    except Exception:
        message = f"{record.msg!r} % {record.args!r}"
    parts = [message, repr(record.args)]
    parts += [f"{k}={v!r}" for k, v in record.__dict__.items() if k not in _STANDARD]
    if record.exc_info and record.exc_info[1] is not None:
        parts.append(logging.Formatter().formatException(record.exc_info))
    parts += [record.exc_text or "", record.stack_info or ""]
    return "\n".join(parts)


def leaks(records: Iterable[logging.LogRecord], secrets: Iterable[str] = ()) -> list[str]:
    """Where a secret shows: logger, level, and which secret (its first characters only)."""
    watched = [s for s in (*SECRETS, *secrets) if len(s) >= 8]
    found = []
    for record in records:
        text = everything_in(record)
        hits = {s for s in watched if s in text} | {m.group() for p in TOKEN_SHAPES for m in p.finditer(text)}
        found += [f"{record.name} {record.levelname}: {hit[:6]}…" for hit in sorted(hits)]
    return found


@pytest.fixture(autouse=True)
def _no_secret_in_logs() -> Iterator[None]:
    with catching_everything() as catcher:
        yield
    found = leaks(catcher.records)
    assert not found, f"secrets in the logs: {found[:10]}"
