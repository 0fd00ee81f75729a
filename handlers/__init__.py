"""What the coach does, one router per feature, none of it tied to a platform."""

from __future__ import annotations

from bot.router import Router, Routes
from handlers import checkup, connect, help, language, nudges, onboarding, privacy, settings

ROUTERS: tuple[Router, ...] = (
    onboarding.router,
    settings.router,
    language.router,
    connect.router,
    checkup.router,
    nudges.router,
    privacy.router,
    help.router,
)


def routes() -> Routes:
    return Routes.merge(ROUTERS)
