"""Connecting the business's X account: sign-in, the archive import, the demo, and letting go."""

from __future__ import annotations

import asyncio
import logging

from bot.context import Context
from bot.messages import Choice, FileUnavailable, Text
from bot.privacy import revocable
from bot.router import Router
from bot.x import signin
from bot.x.archive import MAX_ZIP_BYTES, ArchiveError, load_archive
from bot.x.models import AccountData
from bot.x.store import account_of, import_archive, replace_account
from handlers.asking import ask_pending_again
from handlers.checkup import checkup

log = logging.getLogger(__name__)
router = Router("connect")

DEMO = Choice(Text("button-demo"), "connect-demo")


@router.command("connect")
async def connect(ctx: Context) -> None:
    account = await account_of(ctx.session, ctx.user.id)
    if account is not None and account.source == "x" and account.status == "connected":
        ctx.say("connect-already", username=account.username)
        return
    if ctx.services.x is None:
        ctx.say("connect-unavailable", buttons=((DEMO,),))
        return
    link = await signin.begin(ctx.session, ctx.services, ctx.user)
    ctx.say("connect-link", buttons=((Choice(Text("button-connect"), "", url=link),),))


async def connected(ctx: Context) -> None:
    """Said in the chat once the browser comes back from X (and the first sync is done): a first checkup."""
    account = await account_of(ctx.session, ctx.user.id)
    ctx.say("x-connected", username=account.username if account else "")
    await checkup(ctx)


async def tell_disconnected(ctx: Context) -> None:
    """Said once when X stops accepting our tokens."""
    account = await account_of(ctx.session, ctx.user.id)
    if account is None or account.disconnect_told:
        return
    account.disconnect_told = True
    ctx.say(
        "x-disconnected",
        username=account.username,
        buttons=((Choice(Text("button-reconnect"), "connect-again"),),),
    )


@router.action("connect-again")
async def again(ctx: Context) -> None:
    await connect(ctx)


@router.command("disconnect")
async def disconnect(ctx: Context) -> None:
    account = await account_of(ctx.session, ctx.user.id)
    if account is None:
        ctx.say("disconnect-nothing")
        return
    revoked = revocable(ctx.services, account)
    if revoked:
        assert ctx.services.tokens is not None
        await ctx.services.tokens.revoke(account)
    await ctx.session.delete(account)
    ctx.say("disconnect-done" if revoked else "disconnect-done-local")


@router.command("demo")
async def demo(ctx: Context) -> None:
    await replace_account(ctx.session, ctx.user, "demo", ctx.now)
    ctx.say("demo-attached")
    await checkup(ctx)


@router.action("connect-demo")
async def demo_button(ctx: Context) -> None:
    await demo(ctx)


@router.file
async def archive(ctx: Context) -> None:
    file = ctx.incoming.file
    assert file is not None
    if file.size > MAX_ZIP_BYTES:
        ctx.say("archive-too_big")
        return
    try:
        data = await load_archive_bytes(await file.download())
    except FileUnavailable as error:
        log.info("archive unavailable", extra={"reason": str(error)})
        ctx.say("archive-download-failed")
        return
    except ArchiveError as error:
        log.info("archive refused", extra={"code": error.code})
        ctx.say(f"archive-{error.code}")
        return
    await import_archive(ctx.session, ctx.user, data, ctx.now)
    ctx.say("archive-imported", posts=len(data.posts), username=data.profile.username)
    await checkup(ctx)
    await ask_pending_again(ctx)


async def load_archive_bytes(raw: bytes) -> AccountData:
    """Unzipping is CPU work: keep it off the event loop."""
    return await asyncio.to_thread(load_archive, raw)
