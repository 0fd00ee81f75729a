"""The coach in a terminal: buttons become numbered choices; works with a pipe too.

A terminal cannot attach a file, so a line that is the path of a .zip (absolute, relative or
starting with ~) is taken as the upload of that file, as Telegram and Slack hand us a document.
"""

from __future__ import annotations

import asyncio
import shlex
import sys
import threading
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TextIO

from bot.adapters.base import Adapter
from bot.coach import Coach
from bot.i18n import choose_language, translator
from bot.messages import (
    Button,
    ChatKey,
    FileUnavailable,
    Incoming,
    IncomingFile,
    Kind,
    Outgoing,
    Text,
    UserKey,
)
from bot.users import find_user

USER = UserKey("console", "", "local")
CHAT = ChatKey("console", "", "local", private=True)
ZIP_MIME = "application/zip"


def _unquoted(line: str) -> str:
    """What a terminal pastes for a dropped file: quoted ('My Archive.zip') or with escaped spaces."""
    text = line.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if "\\" in text:
        try:
            parts = shlex.split(text)
        except ValueError:
            return text
        return parts[0] if len(parts) == 1 else text
    return text


def _looks_like_a_path(text: str) -> bool:
    """Surely meant as a file: ends in .zip, or starts like a path (~, ./, ../, or /dir/…, unlike /command)."""
    if "\n" in text or not text:
        return False
    if text.casefold().endswith(".zip") or text.startswith(("~", "./", "../", ".\\", "..\\")):
        return True
    head = text.split(None, 1)[0]
    return text.startswith("/") and "/" in head[1:]


def _file(path: Path) -> IncomingFile:
    async def download() -> bytes:
        try:
            return await asyncio.to_thread(path.read_bytes)
        except OSError as error:
            raise FileUnavailable(type(error).__name__) from None

    return IncomingFile(name=path.name, size=path.stat().st_size, download=download, mime=ZIP_MIME)


class ConsoleAdapter(Adapter):
    platform = "console"

    def __init__(
        self,
        out: TextIO,
        *,
        locale: str | None = None,
        files_dir: Path | None = None,
        cwd: Path | None = None,
    ) -> None:
        self.out = out
        self.locale = locale
        self.files_dir = files_dir or Path.cwd()
        self.cwd = cwd
        """Where relative paths typed by the user start (the process's working directory by default)."""
        self.choices: list[Button] = []

    async def send(self, chat: ChatKey, message: Outgoing) -> str | None:
        lines = [message.text]
        self.choices = [b for row in message.buttons for b in row if b.token]
        for number, button in enumerate(self.choices, start=1):
            lines.append(f"  {number}) {button.label}")
        lines += [f"  → {b.label}: {b.url}" for row in message.buttons for b in row if b.url]
        if message.attachment is not None:
            path = self.files_dir / message.attachment.filename
            path.write_bytes(message.attachment.data)
            lines.append(f"  [{message.attachment_caption or message.attachment.filename}: {path}]")
        self.write("\n".join(lines))
        return None

    def write(self, text: str) -> None:
        self.out.write(text + "\n\n")
        self.out.flush()

    def to_incoming(self, line: str) -> Incoming | Text:
        """A typed line: a number picks a shown choice, the path of a .zip uploads it, anything else is text
        or a command. A line that is surely a path but names no usable file gives a Text to show instead."""
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.choices):
            token = self.choices[int(stripped) - 1].token or ""
            return Incoming(USER, CHAT, Kind.BUTTON, button=token, locale=self.locale, text=stripped)
        typed = _unquoted(stripped)
        path = self._path(typed)
        kind = _kind(path)
        if path is not None and kind == "file":
            if path.suffix.casefold() == ".zip" or zipfile.is_zipfile(path):
                return Incoming(USER, CHAT, Kind.FILE, file=_file(path), locale=self.locale)
            if _looks_like_a_path(typed):
                return Text("console-file-not-zip", {"path": typed})
        elif _looks_like_a_path(typed):
            return Text("console-file-is-folder" if kind == "folder" else "console-file-missing", {"path": typed})
        return Incoming.from_text(USER, CHAT, line.rstrip("\r\n"), locale=self.locale)

    def _path(self, typed: str) -> Path | None:
        if not typed or "\n" in typed or "\0" in typed or len(typed) > 4096:
            return None
        try:
            path = Path(typed).expanduser()
        except RuntimeError:  # ~nobody: no such home
            return None
        return path if path.is_absolute() or self.cwd is None else self.cwd / path


def _kind(path: Path | None) -> str:
    """What is at `path`: "file", "folder", or "" for nothing (or nothing we may look at)."""
    if path is None:
        return ""
    try:
        if path.is_file():
            return "file"
        return "folder" if path.is_dir() else ""
    except (OSError, ValueError):  # a name too long for the system, say
        return ""


async def _user_language_and_step(coach: Coach, adapter: ConsoleAdapter) -> tuple[str, int | None]:
    """The console user's language (their choice, else the terminal's) and their id when a question waits."""
    async with coach.services.db.transaction() as session:
        user = await find_user(session, USER)
        if user is None:
            return choose_language(None, adapter.locale, coach.services.settings.default_language), None
        waiting = user.step and coach.routes.asker_for(user.step) is not None
        return user.language, user.id if waiting else None


async def _lines(stdin: TextIO) -> AsyncIterator[str]:
    """The lines typed, until end of input, read by a daemon thread: a process told to stop (Ctrl+C, SIGTERM)
    exits without waiting for one more Enter."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        while True:
            line = stdin.readline()
            try:
                loop.call_soon_threadsafe(lines.put_nowait, line)
            except RuntimeError:  # the loop is closed: the coach has stopped
                return
            if not line:
                return

    threading.Thread(target=read, name="console-input", daemon=True).start()
    while line := await lines.get():
        yield line


async def run_console(coach: Coach, adapter: ConsoleAdapter, stdin: TextIO = sys.stdin) -> None:
    """Reads one message a line until end of input; echoes piped lines so a transcript reads well.

    A question left waiting by an earlier run is asked again first, so its numbered choices work."""
    echo = not stdin.isatty()
    language, waiting = await _user_language_and_step(coach, adapter)
    if not echo:
        adapter.out.write(translator(language)("console-choose-hint") + "\n\n")
    if waiting is not None:
        coach.attach(adapter)
        adapter.write(translator(language)("console-pending-question"))
        await coach.act_for(waiting, coach.ask_again)
    async for line in _lines(stdin):
        if echo:
            adapter.out.write(f"> {line.rstrip()}\n")
        incoming = adapter.to_incoming(line)
        if isinstance(incoming, Text):
            language, _ = await _user_language_and_step(coach, adapter)
            adapter.write(translator(language)(incoming.key, incoming.values))
            continue
        await coach.handle(incoming, adapter)
