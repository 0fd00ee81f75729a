"""/privacy, /export and /forget: what we keep and why, a copy of all of it, and erasing all of it.

All three work at any moment, even in the middle of a question: a person's rights over their
data do not wait for the onboarding to end.
"""

from __future__ import annotations

import json

from bot.context import Context
from bot.messages import Attachment, Choice, Reply, Text
from bot.privacy import export_user, forget_user, revocable
from bot.router import Router
from bot.x.store import account_of

router = Router("privacy")

FORGET = "forget"
EXPORT_FILE = "nudgebird-export.json"
NOTICE = (
    "privacy-intro",
    "privacy-what",
    "privacy-how-long",
    "privacy-tokens",
    "privacy-groups",
    "privacy-rights",
)


@router.command("privacy", anytime=True)
async def privacy(ctx: Context) -> None:
    ctx.send(Reply(tuple(Text(key) for key in NOTICE)))


@router.command("export", anytime=True)
async def export(ctx: Context) -> None:
    data = {"exported_at": ctx.now.isoformat(), **await export_user(ctx.session, ctx.user)}
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode()
    ctx.send(
        Reply(
            (Text("export-ready"),),
            attachment=Attachment(EXPORT_FILE, raw, "application/json"),
            private=True,
        )
    )


@router.command("forget", anytime=True)
async def forget(ctx: Context) -> None:
    buttons = ((Choice(Text("button-forget-yes"), FORGET, "yes"), Choice(Text("button-forget-no"), FORGET, "no")),)
    asked = revocable(ctx.services, await account_of(ctx.session, ctx.user.id))
    ctx.send(Reply((Text("forget-ask" if asked else "forget-ask-local"),), buttons, private=True))


@router.action(FORGET)
async def forget_answer(ctx: Context) -> None:
    assert ctx.button is not None
    if ctx.button.value != "yes":
        ctx.say("forget-kept")
        return
    # Decided before forgetting (the account row goes with it), with the rule forget_user revokes by.
    revoked = revocable(ctx.services, await account_of(ctx.session, ctx.user.id))
    await forget_user(ctx.services, ctx.session, ctx.user)
    # No buttons: the user row is gone, a button could not belong to anyone.
    ctx.say("forget-done" if revoked else "forget-done-local")
