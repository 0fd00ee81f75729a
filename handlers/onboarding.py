"""/start: getting to know the business, one question at a time, resumable at any point."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice, Kind, Text
from bot.router import Router
from handlers.asking import ask, current, take_button, take_text
from handlers.connect import DEMO
from handlers.questions import NAME, ORDER, Question, answered

router = Router("onboarding")
STEP = "onboarding"
OFF_X = "onboarding-offx"
CARRY_ON = "onboarding-carry-on"


def _after(question: Question) -> Question | None:
    index = ORDER.index(question)
    return ORDER[index + 1] if index + 1 < len(ORDER) else None


def _first_unanswered(ctx: Context) -> Question:
    return next((q for q in ORDER if not answered(ctx.user, q)), NAME)


def _paused(ctx: Context) -> bool:
    """Onboarding begun, then left: stopped after the audience warning, or cancelled."""
    return not ctx.user.onboarded and answered(ctx.user, NAME)


def _resume(ctx: Context) -> None:
    ctx.say("onboarding-resume")
    if all(answered(ctx.user, q) for q in ORDER):
        _continue(ctx, ORDER[-1])
        return
    ask(ctx, _first_unanswered(ctx), STEP)


@router.command("start", anytime=True)
async def start(ctx: Context) -> None:
    user = ctx.user
    if (user.step or "").startswith(f"{STEP}:"):
        ctx.say("onboarding-resume")
        await reask(ctx)
        return
    user.step = None
    user.draft = []
    if user.onboarded:
        ctx.say(
            "welcome-back",
            name=user.business_name or "",
            buttons=((Choice(Text("button-start-over"), "onboarding-restart"),),),
        )
        return
    if _paused(ctx):
        if ctx.incoming.kind is Kind.COMMAND:
            _resume(ctx)
            return
        # Anything typed after leaving the questions: a short reminder, not the whole welcome again.
        ctx.say("onboarding-paused-reminder", buttons=((Choice(Text("button-carry-on"), CARRY_ON),),))
        return
    ctx.say("welcome")
    ask(ctx, _first_unanswered(ctx), STEP)


@router.action(CARRY_ON)
async def carry_on(ctx: Context) -> None:
    if ctx.user.onboarded or ctx.user.step:
        await start(ctx)
        return
    _resume(ctx)


@router.action("onboarding-restart")
async def restart(ctx: Context) -> None:
    ctx.say("onboarding-restart")
    ask(ctx, NAME, STEP)


@router.asker(STEP)
async def reask(ctx: Context) -> None:
    if ctx.user.step == f"{STEP}:{OFF_X}":
        _offer_to_leave(ctx)
        return
    ask(ctx, current(ctx) or _first_unanswered(ctx), STEP)


@router.step(STEP)
async def typed(ctx: Context) -> None:
    if ctx.user.step == f"{STEP}:{OFF_X}":
        ctx.say("expected-choice")
        _offer_to_leave(ctx)
        return
    await take_text(ctx, STEP, _answered)


@router.action(STEP)
async def pressed(ctx: Context) -> None:
    await take_button(ctx, STEP, _answered)


async def _answered(ctx: Context, question: Question) -> None:
    user = ctx.user
    if question.name == "goals" and user.goals == ["followers"]:
        ctx.say("tip-goals-followers")
    if question.name == "autodms" and user.auto_dms:
        ctx.say("tip-autodms")
    if question.name == "onx" and user.audience_on_x != "yes":
        _offer_to_leave(ctx)
        return
    _continue(ctx, question)


def _offer_to_leave(ctx: Context) -> None:
    ctx.user.step = f"{STEP}:{OFF_X}"
    ctx.say(
        "tip-audience-elsewhere",
        buttons=(
            (
                Choice(Text("button-continue-anyway"), OFF_X, "continue"),
                Choice(Text("button-stop-here"), OFF_X, "stop"),
            ),
        ),
    )


@router.action(OFF_X)
async def leave_or_stay(ctx: Context) -> None:
    assert ctx.button is not None
    if ctx.button.value == "stop":
        ctx.user.step = None
        ctx.say("onboarding-paused-offx")
        return
    _continue(ctx, next(q for q in ORDER if q.name == "onx"))


def _continue(ctx: Context, question: Question) -> None:
    following = _after(question)
    if following is not None:
        ask(ctx, following, STEP)
        return
    user = ctx.user
    user.step = None
    user.onboarded = True
    if ctx.services.x is None:  # no X sign-in here: offer the archive or the demo account
        ctx.say("onboarding-done-offline", name=user.business_name or "", buttons=((DEMO,),))
        return
    ctx.say("onboarding-done", name=user.business_name or "")
