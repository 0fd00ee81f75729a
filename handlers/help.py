"""/help and /cancel: always available, even in the middle of a question."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Reply, Text
from bot.router import Router
from handlers.menu import MENU

router = Router("help")


@router.command("help", anytime=True)
async def help_(ctx: Context) -> None:
    lines = [Text("help-intro")]
    lines += [Text("help-line", {"command": name, "about": ctx.t(f"command-{name}")}) for name in MENU]
    ctx.send(Reply(tuple(lines)))
    if ctx.user.step:
        ctx.say("help-pending-question")


@router.command("cancel", anytime=True)
async def cancel(ctx: Context) -> None:
    if ctx.user.step is None:
        ctx.say("cancel-nothing")
        return
    ctx.user.step = None
    ctx.user.draft = []
    ctx.say("cancel-done")
