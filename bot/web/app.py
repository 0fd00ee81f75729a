"""One Starlette app for every HTTP entry point; each feature contributes its routes."""

from __future__ import annotations

from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.routing import BaseRoute


def build_app(routes: Sequence[BaseRoute]) -> Starlette:
    return Starlette(routes=list(routes))
