"""Asking one profile question and taking its answer, for onboarding and /settings alike."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.context import Context
from bot.messages import Choice, Text
from handlers.questions import BY_NAME, DONE, SUGGESTED_ZONES, Invalid, Question, store

Then = Callable[[Context, Question], Awaitable[None]]


def current(ctx: Context) -> Question | None:
    _, _, name = (ctx.user.step or "").partition(":")
    return BY_NAME.get(name)


def ask(ctx: Context, question: Question, prefix: str) -> None:
    """Sets the step and sends the question with its buttons."""
    ctx.user.step = f"{prefix}:{question.name}"
    if question.name == "timezone":
        zones = dict.fromkeys(
            z for z in (ctx.incoming.time_zone, SUGGESTED_ZONES.get(ctx.user.language)) if z
        )
        buttons = tuple((Choice(Text("timezone-option", {"zone": z}), prefix, z),) for z in zones)
        ctx.say(question.prompt, buttons=buttons)
        return
    ctx.say(question.prompt, buttons=question.choices(prefix, ctx.t, ctx.user.draft))


async def take_text(ctx: Context, prefix: str, then: Then) -> None:
    question = current(ctx)
    if question is None:
        ctx.user.step = None
        ctx.say("not-understood")
        return
    try:
        value = question.read(ctx.incoming.text, ctx.t)
    except Invalid as invalid:
        ctx.say(invalid.key)
        ask(ctx, question, prefix)
        return
    store(ctx.user, question, value)
    ctx.user.draft = []
    await then(ctx, question)


async def take_button(ctx: Context, prefix: str, then: Then) -> None:
    question = current(ctx)
    assert ctx.button is not None
    value = ctx.button.value
    if question is None:
        ctx.say("button-expired")
        return
    if question.multi:
        if value != DONE and value not in question.options:
            ctx.say("button-expired")
            ask(ctx, question, prefix)
            return
        if value != DONE:
            draft = list(ctx.user.draft)
            if value not in draft and len(draft) >= question.most:
                ctx.say(f"{question.expected}-most")
            else:
                ctx.user.draft = [v for v in draft if v != value] if value in draft else [*draft, value]
            ask(ctx, question, prefix)
            return
        if not ctx.user.draft and not question.optional:
            ctx.say(question.expected)
            ask(ctx, question, prefix)
            return
        value = ",".join(v for v in question.options if v in ctx.user.draft)
    store(ctx.user, question, value)
    ctx.user.draft = []
    await then(ctx, question)


async def ask_pending_again(ctx: Context) -> None:
    """A question was waiting (onboarding, /settings…) when something else was said: asked again, so that the
    conversation goes on where it was (and in the console, the numbers point at its choices again)."""
    from handlers import routes  # handlers/__init__ imports the handlers: looked up when needed

    asker = routes().asker_for(ctx.user.step)
    if ctx.user.step and asker is not None:
        await asker(ctx)

