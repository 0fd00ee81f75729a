"""The coach in a terminal: buttons become numbered choices; works with a pipe too."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from bot.adapters.base import Adapter
from bot.coach import Coach
from bot.i18n import translator
from bot.messages import Button, ChatKey, Incoming, Kind, Outgoing, UserKey

USER = UserKey("console", "", "local")
CHAT = ChatKey("console", "", "local", private=True)


class ConsoleAdapter(Adapter):
    platform = "console"

    def __init__(self, out: TextIO, *, locale: str | None = None, files_dir: Path | None = None) -> None:
        self.out = out
        self.locale = locale
        self.files_dir = files_dir or Path.cwd()
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
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()
        return None

    def to_incoming(self, line: str) -> Incoming:
        """A typed line: a number picks a shown choice, anything else is text or a command."""
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.choices):
            token = self.choices[int(stripped) - 1].token or ""
            return Incoming(USER, CHAT, Kind.BUTTON, button=token, locale=self.locale, text=stripped)
        return Incoming.from_text(USER, CHAT, line.rstrip("\r\n"), locale=self.locale)


async def run_console(coach: Coach, adapter: ConsoleAdapter, stdin: TextIO = sys.stdin) -> None:
    """Reads one message a line until end of input; echoes piped lines so a transcript reads well."""
    echo = not stdin.isatty()
    if not echo:
        adapter.out.write(translator(adapter.locale or "en")("console-choose-hint") + "\n\n")
    while True:
        line = await asyncio.to_thread(stdin.readline)
        if not line:
            break
        if echo:
            adapter.out.write(f"> {line.rstrip()}\n")
        await coach.handle(adapter.to_incoming(line), adapter)
