"""The nudges' own controls: /stop, /resume, /snooze, and the buttons under a nudge."""

from __future__ import annotations

from datetime import timedelta

from bot.analysis.facts import gather
from bot.context import Context
from bot.messages import Choice, Reply, Text
from bot.nudges.schedule import next_heard, next_nudge_text, zone_of
from bot.nudges.topics import post_url, sounds_unhappy, waiting_mentions
from bot.router import Router
from bot.x.store import load_account
from handlers.asking import ask
from handlers.questions import NUDGE_TIME

router = Router("nudges")

MAX_LINKS = 8
WEEK = timedelta(days=7)


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
    ctx.send(Reply((Text("nudges-resumed"), next_nudge_text(ctx.user, ctx.now))))


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
    if not ctx.user.nudges_wanted:  # nothing to skip: say they are paused
        ctx.send(Reply((next_nudge_text(ctx.user, ctx.now),)))
        return
    if ctx.button.value == "week":
        ctx.user.snoozed_until = ctx.now + WEEK
        said = "snoozed-week"
    else:  # the next nudge they would get is skipped: today's if its hour is still to come
        coming = next_heard(ctx.user, ctx.now)
        ctx.user.snoozed_until = coming.at if coming is not None else ctx.now
        said = "snoozed-day"
    ctx.send(Reply((Text(said), next_nudge_text(ctx.user, ctx.now))))


@router.action("nudge-done")
async def done(ctx: Context) -> None:
    ctx.say("nudge-done-thanks")


@router.action("nudge-mentions", lasting=True)
async def mentions(ctx: Context) -> None:
    """The mentions waiting for a reply, each a link to X: those that sound like an unhappy customer first (the
    nudge asks to answer them first), then the oldest."""
    account = await load_account(ctx.session, ctx.user, ctx.now)
    waiting = waiting_mentions(gather(account, ctx.now)) if account else []
    if not waiting:
        ctx.say("mentions-none-waiting")
        return
    unhappy = {m.id for m in waiting if sounds_unhappy(m)}
    shown = sorted(waiting, key=lambda m: m.id not in unhappy)[:MAX_LINKS]  # stable: oldest first within each
    zone, _ = zone_of(ctx.user.timezone)
    buttons = tuple(
        (
            Choice(
                Text(
                    "button-open-mention",
                    {
                        "n": n,
                        "day": f"{m.created_at.astimezone(zone):%d/%m}",
                        "unhappy": "yes" if m.id in unhappy else "no",
                    },
                ),
                "",
                url=post_url(m),
            ),
        )
        for n, m in enumerate(shown, 1)
    )
    ctx.say("mentions-waiting", count=len(waiting), shown=len(shown), unhappy=len(unhappy), buttons=buttons)
