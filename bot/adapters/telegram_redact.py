"""Keeps the bot token (and the webhook secret) out of every log line, whatever the level.

Telegram puts the token in every request URL: HTTP clients log those URLs or put them in
their errors, python-telegram-bot logs its base URL at DEBUG and puts the token in some
error messages. A filter on those
loggers rewrites any record that contains a secret before a handler sees it.
"""

from __future__ import annotations

import logging

_WATCHED = ("httpx", "httpcore", "aiohttp", "telegram", "bot.adapters.telegram")
HIDDEN = "[hidden]"


class _Redact(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, HIDDEN)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        # The message is frozen now: PTB logs dicts that it fills with token URLs right after.
        record.msg, record.args = self._clean(record.getMessage()), None
        if record.exc_info and record.exc_info[1] is not None:
            trace = logging.Formatter().formatException(record.exc_info)
            if any(secret in trace for secret in self.secrets):
                record.msg = f"{record.msg}\n{self._clean(trace)}"
                record.exc_info, record.exc_text = None, None
        return True


_REDACT = _Redact()


def hide_in_logs(secret: str) -> None:
    """From now on, `secret` is replaced in every record of the Telegram-related loggers."""
    if not secret:
        return
    _REDACT.secrets.add(secret)
    names = {*_WATCHED, *logging.root.manager.loggerDict}
    for name in names:
        if name.startswith(_WATCHED):
            logger = logging.getLogger(name)
            if _REDACT not in logger.filters:
                logger.addFilter(_REDACT)
