"""Block Kit from our messages: pure functions, no network.

Every text we show went through `escape`, so a business name or a post from X can never
ping `<!channel>` or forge a link; the only markup left is the one we add ourselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.i18n import Translator
from bot.messages import Button, Outgoing

Block = dict[str, Any]

BUTTON_ACTION = "nb:"
"""Our coach buttons: action_id "nb:<token>", value "<token>" (the core's opaque token)."""
LINK_ACTION = "nb-link:"
SECTION_LIMIT = 3000
LABEL_LIMIT = 75
FALLBACK_LIMIT = 3000
_MARK = "\x1f"


@dataclass(frozen=True, slots=True)
class Pressed:
    """The message whose button was just pressed, as Slack sent it back: enough to take its buttons off."""

    ts: str
    blocks: Sequence[Mapping[str, Any]]
    text: str
    label: str


def escape(text: str) -> str:
    """Slack's mrkdwn escaping: the three characters that start markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What a person typed, from the escaped text Slack delivers."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def mrkdwn(t: Translator, key: str, /, raw: Mapping[str, str] | None = None, **values: object) -> str:
    """A text in mrkdwn, escaped, with `raw` pieces (our own mentions like <@U1>) put in afterwards."""
    raw = raw or {}
    markers = {name: f"{_MARK}{index}{_MARK}" for index, name in enumerate(raw)}
    text = escape(t(key, {**values, **markers}))
    for name, marker in markers.items():
        text = text.replace(marker, raw[name])
    return text


def plain(text: str, limit: int = LABEL_LIMIT) -> dict[str, Any]:
    return {"type": "plain_text", "text": _cut(text, limit), "emoji": True}


def section(text: str) -> Block:
    """A section of already escaped mrkdwn."""
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, SECTION_LIMIT)}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, SECTION_LIMIT)}]}


def button(label: str, action_id: str, value: str = "", *, url: str | None = None) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "button", "text": plain(label), "action_id": action_id}
    if value:
        element["value"] = value
    if url:
        element["url"] = url
    return element


SLASH_COMMAND = "/nudgebird"
"""The app's one slash command (slack/manifest.yaml); our commands are its sub-words."""
_COMMAND_HINT = re.compile(r"(?<![\w:/.@-])/([a-z]{3,})\b")


def slack_commands(text: str) -> str:
    """Our texts say "/settings"; in Slack that is "/nudgebird settings" (a bare "/settings" is not ours)."""
    return _COMMAND_HINT.sub(lambda m: f"{SLASH_COMMAND} {m[1]}", text)


def message_blocks(message: Outgoing) -> list[Block]:
    """Paragraphs as sections (split to fit), then one actions block per row of buttons."""
    blocks = [section(chunk) for chunk in _chunks(escape(slack_commands(message.text)))]
    for number, row in enumerate(message.buttons):
        elements = [_element(b, f"{number}-{column}") for column, b in enumerate(row)]
        if elements:
            blocks.append({"type": "actions", "block_id": f"nb-row-{number}", "elements": elements})
    return blocks


def fallback_text(message: Outgoing) -> str:
    """The notification text: Slack shows it where blocks can't be shown."""
    return _cut(escape(slack_commands(message.text)), FALLBACK_LIMIT)


def without_actions(blocks: Sequence[Mapping[str, Any]], note: str = "") -> list[Block]:
    """A message's blocks with its buttons taken off, and an optional note (already mrkdwn) at the end."""
    kept = [dict(block) for block in blocks if block.get("type") != "actions"]
    if note:
        kept.append(context(note))
    return kept


def _element(b: Button, position: str) -> dict[str, Any]:
    if b.url:
        return button(b.label, f"{LINK_ACTION}{position}", url=b.url)
    token = b.token or ""
    return button(b.label, f"{BUTTON_ACTION}{token}", token)


def _chunks(text: str) -> list[str]:
    """Splits at paragraph breaks so that every piece fits in a section."""
    pieces: list[str] = []
    current = ""
    for paragraph in text.split("\n\n"):
        candidate = f"{current}\n\n{paragraph}" if current else paragraph
        if len(candidate) <= SECTION_LIMIT:
            current = candidate
            continue
        if current:
            pieces.append(current)
        while len(paragraph) > SECTION_LIMIT:
            pieces.append(paragraph[:SECTION_LIMIT])
            paragraph = paragraph[SECTION_LIMIT:]
        current = paragraph
    if current or not pieces:
        pieces.append(current or " ")
    return pieces


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
