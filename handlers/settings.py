"""/settings: every answer at a glance, each one changeable on its own."""

from __future__ import annotations

from bot.context import Context
from bot.i18n import Translator
from bot.messages import Choice, Reply, Text
from bot.router import Router
from bot.storage.models import User
from handlers.asking import ask, current, take_button, take_text
from handlers.questions import BY_NAME, MINUTES, SETTINGS, Question, shown

router = Router("settings")
STEP = "settings"


HOUR = 60


def _value(user: User, question: Question, t: Translator) -> str:
    """An answer as read back beside its label. The time a day is said once, the way it was offered:
    the label already says "a day", and 60 minutes is the "1 hour" the user picked."""
    minutes = user.minutes_per_day
    if question.name != MINUTES.name or minutes is None:
        return shown(user, question, t)
    if str(minutes) in MINUTES.options:
        return t(MINUTES.label(str(minutes)).key)
    if minutes % HOUR == 0:
        return t("settings-hours", hours=minutes // HOUR)
    return t("settings-minutes", minutes=minutes)


def _overview(ctx: Context) -> Reply:
    t = ctx.t
    lines = [Text("settings-title")]
    lines += [Text("settings-line", {"label": t(f"label-{q.name}"), "value": _value(ctx.user, q, t)}) for q in SETTINGS]
    lines.append(Text("settings-line", {"label": t("label-language"), "value": t(f"language-{ctx.user.language}")}))
    buttons = [Choice(Text(f"label-{q.name}"), "settings-change", q.name) for q in SETTINGS]
    buttons.append(Choice(Text("label-language"), "language-menu"))
    rows = tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
    return Reply(tuple(lines), rows)


@router.command("settings")
async def settings(ctx: Context) -> None:
    ctx.send(_overview(ctx))


@router.action("settings-change")
async def change(ctx: Context) -> None:
    assert ctx.button is not None
    question = BY_NAME.get(ctx.button.value)
    if question is None:
        ctx.say("button-expired")
        return
    ask(ctx, question, STEP)


@router.asker(STEP)
async def reask(ctx: Context) -> None:
    question = current(ctx)
    if question is None:
        ctx.user.step = None
        return
    ask(ctx, question, STEP)


@router.step(STEP)
async def typed(ctx: Context) -> None:
    await take_text(ctx, STEP, _saved)


@router.action(STEP)
async def pressed(ctx: Context) -> None:
    await take_button(ctx, STEP, _saved)


async def _saved(ctx: Context, question: Question) -> None:
    ctx.user.step = None
    ctx.say("settings-saved")
    ctx.send(_overview(ctx))
