"""Routers collect what each feature answers; the dispatcher picks the one handler for a message.

A feature module in handlers/ owns one Router and registers commands, button actions,
the free-text steps it is waiting for, and how to ask its current question again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from bot.context import Context

Handler = Callable[[Context], Awaitable[None]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    handler: Handler
    anytime: bool
    """May interrupt a question (help, cancel, language…); others wait until it is answered."""
    listed: bool


@dataclass
class Router:
    name: str
    commands: dict[str, Command] = field(default_factory=dict)
    actions: dict[str, Handler] = field(default_factory=dict)
    steps: dict[str, Handler] = field(default_factory=dict)
    askers: dict[str, Handler] = field(default_factory=dict)
    lasting: set[str] = field(default_factory=set)
    file_handler: Handler | None = None

    def command(
        self, name: str, *, anytime: bool = False, listed: bool = True
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.commands[name] = Command(name, handler, anytime, listed)
            return handler

        return register

    def action(self, name: str, *, lasting: bool = False) -> Callable[[Handler], Handler]:
        """A button action; pressing it retires the buttons sent with it, unless it is `lasting`
        (it only shows something, so the other buttons stay usable)."""

        def register(handler: Handler) -> Handler:
            self.actions[name] = handler
            if lasting:
                self.lasting.add(name)
            return handler

        return register

    def step(self, prefix: str) -> Callable[[Handler], Handler]:
        """Free text while the user's step starts with `prefix:`."""

        def register(handler: Handler) -> Handler:
            self.steps[prefix] = handler
            return handler

        return register

    def asker(self, prefix: str) -> Callable[[Handler], Handler]:
        """Asks the current question of a step again (after a bad answer or an expired button)."""

        def register(handler: Handler) -> Handler:
            self.askers[prefix] = handler
            return handler

        return register

    def file(self, handler: Handler) -> Handler:
        self.file_handler = handler
        return handler


def _add(table: dict[str, T], extra: dict[str, T], router: str) -> None:
    clash = table.keys() & extra.keys()
    if clash:
        raise ValueError(f"router {router} registers {sorted(clash)} twice")
    table.update(extra)


@dataclass
class Routes:
    """Every router merged: one lookup table per kind of message."""

    commands: dict[str, Command] = field(default_factory=dict)
    actions: dict[str, Handler] = field(default_factory=dict)
    steps: dict[str, Handler] = field(default_factory=dict)
    askers: dict[str, Handler] = field(default_factory=dict)
    lasting: set[str] = field(default_factory=set)
    file_handler: Handler | None = None

    @classmethod
    def merge(cls, routers: Iterable[Router]) -> Routes:
        routes = cls()
        for router in routers:
            _add(routes.commands, router.commands, router.name)
            _add(routes.actions, router.actions, router.name)
            _add(routes.steps, router.steps, router.name)
            _add(routes.askers, router.askers, router.name)
            routes.lasting |= router.lasting
            routes.file_handler = router.file_handler or routes.file_handler
        return routes

    @staticmethod
    def prefix(step: str | None) -> str:
        return (step or "").split(":", 1)[0]

    def step_handler(self, step: str | None) -> Handler | None:
        return self.steps.get(self.prefix(step))

    def asker_for(self, step: str | None) -> Handler | None:
        return self.askers.get(self.prefix(step))
