"""/checkup: a score, the three things to work on first, praise where due, and the full report on request."""

from __future__ import annotations

import asyncio
from functools import partial

from bot.analysis.answers import Answers
from bot.analysis.checkup import Checkup, run_checkup
from bot.analysis.report import full, summary
from bot.analysis.weekly import weekly_report
from bot.context import Context
from bot.messages import Choice, Reply, Text
from bot.router import Router
from bot.storage.checkup import save_checkup
from bot.x.models import AccountData
from bot.x.store import account_of, load_account

router = Router("checkup")
FULL = "checkup-full"
CHART = "checkup-chart"


async def _account(ctx: Context) -> tuple[AccountData, bool] | None:
    """The account, and whether its source has mentions at all (an X archive has none); None after saying so."""
    row = await account_of(ctx.session, ctx.user.id)
    account = await load_account(ctx.session, ctx.user, ctx.now, row) if row is not None else None
    if row is None or account is None:
        ctx.say("checkup-no-account")
        return None
    return account, row.has_mentions


def _checkup(ctx: Context, account: AccountData, mentions: bool) -> Checkup:
    return run_checkup(account, Answers.from_user(ctx.user), ctx.now, mentions=mentions)


def _chart_button() -> tuple[Choice, ...]:
    return (Choice(Text("checkup-button-chart"), CHART),)


@router.command("checkup")
async def checkup(ctx: Context) -> None:
    found = await _account(ctx)
    if found is None:
        return
    result = _checkup(ctx, *found)
    await save_checkup(ctx.session, ctx.user.id, result, ctx.now)
    buttons = ((Choice(Text("checkup-button-full"), FULL), *_chart_button()),)
    ctx.send(Reply(summary(result, ctx.t), buttons, private=True))


@router.action(FULL)
async def full_report(ctx: Context) -> None:
    found = await _account(ctx)
    if found is None:
        return
    ctx.send(Reply(full(_checkup(ctx, *found), ctx.t), (_chart_button(),), private=True))


@router.action(CHART)
async def progress_chart(ctx: Context) -> None:
    found = await _account(ctx)
    if found is None:
        return
    account, mentions = found
    answers = Answers.from_user(ctx.user)
    # Drawing takes a good part of a second: off the event loop, so other chats are not held up.
    report = partial(weekly_report, account, answers, ctx.now, ctx.user.language, mentions=mentions)
    ctx.send(await asyncio.to_thread(report))
