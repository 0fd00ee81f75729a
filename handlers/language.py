"""/language: the user's own choice of language, which then beats the platform's locale."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice, Text
from bot.router import Router
from bot.settings import LANGUAGES
from handlers.asking import ask_pending_again

router = Router("language")


def _menu(ctx: Context) -> None:
    ctx.say(
        "language-choose",
        buttons=tuple((Choice(Text(f"language-{code}"), "language", code),) for code in LANGUAGES),
    )


@router.command("language", anytime=True)
async def language(ctx: Context) -> None:
    code = ctx.incoming.args.strip().lower()[:2]
    if code in LANGUAGES:
        await _set(ctx, code)
        return
    _menu(ctx)


@router.action("language-menu")
async def menu(ctx: Context) -> None:
    _menu(ctx)


@router.action("language")
async def chosen(ctx: Context) -> None:
    assert ctx.button is not None
    await _set(ctx, ctx.button.value)


async def _set(ctx: Context, code: str) -> None:
    ctx.user.language = code
    ctx.user.language_chosen = True
    ctx.say("language-set")
    await ask_pending_again(ctx)
