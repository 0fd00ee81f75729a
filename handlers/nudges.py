"""The nudges' own controls: /stop, /resume, /snooze, and the buttons under a nudge."""

from __future__ import annotations

from datetime import timedelta

from bot.analysis.facts import gather
from bot.context import Context
from bot.messages import Choice, Text
from bot.nudges.schedule import zone_of
from bot.nudges.topics import post_url, waiting_mentions
from bot.router import Router
from bot.x.store import load_account
from handlers.asking import ask
from handlers.questions import NUDGE_TIME

router = Router("nudges")

MAX_LINKS = 8
SNOOZES = {"day": timedelta(days=1), "week": timedelta(days=7)}


@router.command("stop", anytime=True)
async def stop(ctx: Context) -> None:
    """Always works, whatever question is pending."""
    ctx.user.nudges_wanted = False
    ctx.user.step = None
    ctx.user.draft = []
    ctx.say("nudges-stopped")


@router.action("nudge-stop")
async def stop_button(ctx: Context) -> None:
    await stop(ctx)


@router.command("resume")
async def resume(ctx: Context) -> None:
    ctx.user.nudges_wanted = True
    ctx.user.snoozed_until = None
    if ctx.user.nudge_time is None:
        ask(ctx, NUDGE_TIME, "settings")
        return
    ctx.say("nudges-resumed", time=ctx.user.nudge_time)


@router.command("snooze")
async def snooze(ctx: Context) -> None:
    ctx.say(
        "snooze-how-long",
        buttons=(
            (
                Choice(Text("button-snooze-day"), "nudge-snooze", "day"),
                Choice(Text("button-snooze-week"), "nudge-snooze", "week"),
            ),
        ),
    )


@router.action("nudge-snooze")
async def snoozed(ctx: Context) -> None:
    assert ctx.button is not None
    length = SNOOZES.get(ctx.button.value, SNOOZES["day"])
    ctx.user.snoozed_until = ctx.now + length
    ctx.say("snoozed-week" if length == SNOOZES["week"] else "snoozed-day")


@router.action("nudge-done")
async def done(ctx: Context) -> None:
    ctx.say("nudge-done-thanks")


@router.action("nudge-mentions", lasting=True)
async def mentions(ctx: Context) -> None:
    account = await load_account(ctx.session, ctx.user, ctx.now)
    waiting = waiting_mentions(gather(account, ctx.now)) if account else []
    if not waiting:
        ctx.say("mentions-none-waiting")
        return
    shown = waiting[:MAX_LINKS]
    zone, _ = zone_of(ctx.user.timezone)
    buttons = tuple(
        (
            Choice(
                Text("button-open-mention", {"n": n, "day": f"{m.created_at.astimezone(zone):%d/%m}"}),
                "",
                url=post_url(m),
            ),
        )
        for n, m in enumerate(shown, 1)
    )
    ctx.say("mentions-waiting", count=len(waiting), shown=len(shown), buttons=buttons)
