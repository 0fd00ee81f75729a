"""Whatever a person types, at whatever question: the coach answers, never crashes, never loses an answer."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.clock import FixedClock
from bot.coach import Coach
from bot.services import Services
from bot.settings import LANGUAGES
from bot.storage.models import User
from handlers.questions import ORDER, SETTINGS, Question
from tests.conftest import make_settings
from tests.fakes.chat import Chat, MemoryAdapter
from tests.handlers.test_privacy import ROUTES

STEPS = [("onboarding", q) for q in ORDER] + [("settings", q) for q in SETTINGS]
ANSWERS: dict[str, Any] = {
    "business_name": "Forno Rossi",
    "sector": "food",
    "goals": ["customers", "community"],
    "customers": "consumers",
    "reach": "local",
    "audience_on_x": "yes",
    "minutes_per_day": 20,
    "auto_dms": False,
    "timezone": "Europe/Rome",
    "nudge_time": "09:15",
    "days_off": ["6"],
    "weekly_day": 4,
}
"""A complete profile, one attribute per question, in the order of SETTINGS."""
FIELDS = dict(zip((q.name for q in SETTINGS), ANSWERS, strict=True))
EMPTY: dict[str, Any] = {"goals": [], "days_off": [], "weekly_day": 0}

every_plane = st.characters(codec=None, exclude_categories=["Cs"])  # all of Unicode but lone surrogates
weird = st.sampled_from(
    ["", " ", "\n\n", "\x00", "\x1b[31m", "\u202eRTL\u202c", "مخبز روسي", "פיתה", "🥖🥐🍕", "👩‍👩‍👧‍👦", "\ufeff",
     "Z̷̢͓a̶̘l̵̩g̴o̸", "\U0010fffd", "፩", "٣", "²", "7" * 5000, "Forno\x00Rossi", "1" * 40, "-1", "0", "99999",
     "25:99", "Etc/GMT+99", "../../etc/passwd",
     "<b>bold</b> & <i>", "' OR 1=1 --", "%s %d {name}", "{ $name }", "@everyone", "/", "//", "/ start"]
)  # fmt: skip
commands = st.builds(
    lambda name, args: f"/{name} {args}",
    st.sampled_from([*ROUTES.commands, "nope", "START", "start@nudgebird_bot", "@", "settings@"]),
    st.text(every_plane, max_size=30),
)
huge = st.builds(lambda piece, times: (piece * times)[:10_000], st.text(every_plane, min_size=1, max_size=8),
                 st.integers(1, 10_000))  # fmt: skip


texts = st.one_of(st.text(every_plane, max_size=60), weird, commands, huge)


def answers(user: User) -> dict[str, Any]:
    return {name: getattr(user, field) for name, field in FIELDS.items()}


async def put_at(services: Services, key: str, prefix: str, question: Question, lang: str) -> dict[str, Any]:
    """The user with every earlier answer given, waiting for an answer to `question`."""
    async with services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == key))
        assert user is not None
        done = SETTINGS if prefix == "settings" else ORDER[: ORDER.index(question)]
        for q in SETTINGS:
            field = FIELDS[q.name]
            setattr(user, field, ANSWERS[field] if q in done else EMPTY.get(field))
        user.onboarded = prefix == "settings"
        user.step, user.draft = f"{prefix}:{question.name}", []
        user.language, user.language_chosen = lang, True
        return answers(user)


async def stored(services: Services, key: str) -> dict[str, Any]:
    async with services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == key))
        assert user is not None
        return answers(user)


@pytest.fixture
async def person(database_url: str, clock: FixedClock) -> AsyncIterator[Chat]:
    """One person on SQLite, then on PostgreSQL (stricter: text length, NUL characters)."""
    services = Services.create(make_settings(database_url), clock=clock)
    chat = Chat(Coach(services, ROUTES), MemoryAdapter(), user_id="anyone")
    await chat.send("/help")
    yield chat
    await services.close()


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip
@given(step=st.sampled_from(STEPS), lang=st.sampled_from(LANGUAGES), text=texts)
async def test_any_text_at_any_question(
    person: Chat, caplog: pytest.LogCaptureFixture, step: tuple[str, Question], lang: str, text: str
) -> None:
    prefix, question = step
    services = person.coach.services
    before = await put_at(services, person.user_id, prefix, question, lang)
    caplog.clear()

    replies = await person.send(text)

    assert replies, f"no answer to {text[:40]!r} at {prefix}:{question.name}"
    assert all(r.text.strip() or r.attachment for r in replies)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    after = await stored(services, person.user_id)
    kept = [q.name for q in SETTINGS if q is not question and before[q.name] is not None]
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}


@pytest.mark.parametrize("text", ["፩", "7" * 5000])
async def test_digits_int_cannot_read_still_get_an_answer(person: Chat, text: str) -> None:
    """Found by the run above: Ethiopic digits and 4301+ digits once crashed every choice question."""
    await put_at(person.coach.services, person.user_id, "settings", SETTINGS[1], "en")
    assert await person.send(text)


async def test_a_nul_character_is_dropped_not_fatal(person: Chat) -> None:
    """Found by the run above: PostgreSQL refuses NUL in text, and a typed name once carried it there."""
    await put_at(person.coach.services, person.user_id, "onboarding", ORDER[0], "en")
    assert await person.send("Forno\x00Rossi")
    async with person.coach.services.db.transaction() as session:
        user = await session.scalar(select(User).where(User.platform_user_id == person.user_id))
    assert user is not None and user.business_name == "FornoRossi"
