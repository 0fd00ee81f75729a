"""The `nudgebird` command: run, web, worker, nudge-once, db upgrade, audit, keys rotate."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import locale
import logging
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime

from pydantic import ValidationError
from starlette.routing import BaseRoute

from bot import logs
from bot.adapters.base import StartError
from bot.coach import Coach
from bot.settings import Settings

log = logging.getLogger(__name__)


def load_settings() -> Settings:
    """Settings, or one clear line per bad variable and exit code 2."""
    try:
        return Settings()
    except ValidationError as error:
        for problem in error.errors():
            name = str(problem["loc"][0]).upper() if problem["loc"] else "configuration"
            reason = str(problem["msg"]).removeprefix("Value error, ")
            print(f"nudgebird: {name}: {reason}", file=sys.stderr)
        raise SystemExit(2) from None


def _platform_locale() -> str | None:
    return os.environ.get("LC_ALL") or os.environ.get("LANG") or locale.getlocale()[0]


def _coach(settings: Settings) -> Coach:
    from bot.services import Services
    from handlers import routes

    return Coach(Services.create(settings), routes())


@contextlib.contextmanager
def start_up_frozen() -> Iterator[None]:
    """What start-up made (modules, the classifier's tables and model, the texts) lasts while the process serves:
    it is kept out of the garbage collector's passes, which would otherwise walk all of it again and again (a
    fifth of a nudge run's CPU); given back to the collector when the serving ends."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _common_routes(coach: Coach) -> list[BaseRoute]:
    """What every web process serves: the X sign-in, health and metrics."""
    from bot.web.ops import ops_routes
    from bot.web.x_routes import x_routes
    from handlers.connect import connected

    return [*x_routes(coach, connected), *ops_routes(coach.services)]


async def _run(settings: Settings) -> None:
    """Telegram (polling) or Slack (Socket Mode) when configured, else the terminal; the daily nudges and the
    sign-in callback on PORT beside them: everything in one process."""
    from bot.adapters.console import ConsoleAdapter, run_console
    from bot.nudges.worker import run_worker
    from bot.platforms import configured, platforms
    from bot.web.app import build_app
    from bot.web.serve import serve

    coach = _coach(settings)
    try:
        if settings.is_sqlite:
            await coach.services.db.upgrade()
        web = None
        if settings.x_configured:
            web = asyncio.create_task(serve(build_app(_common_routes(coach)), settings.port))
        if configured(coach):
            async with platforms(coach, "polling"):
                with start_up_frozen():
                    await run_worker(coach)  # until SIGTERM or SIGINT
        else:
            console = ConsoleAdapter(sys.stdout, locale=_platform_locale())
            coach.attach(console)
            stop = asyncio.Event()
            with start_up_frozen():
                nudging = asyncio.create_task(run_worker(coach, stop=stop))
                talking = asyncio.create_task(run_console(coach, console))
                asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, talking.cancel)
                try:
                    with contextlib.suppress(asyncio.CancelledError):
                        await talking
                finally:
                    stop.set()
                    await nudging
        if web is not None:
            web.cancel()
    finally:
        await coach.services.close()


async def _web(settings: Settings) -> None:
    from bot.platforms import platforms
    from bot.web.app import build_app
    from bot.web.serve import serve

    coach = _coach(settings)
    try:
        async with platforms(coach, "webhook") as routes:
            app = build_app([*_common_routes(coach), *routes])
            with start_up_frozen():
                await serve(app, settings.port)
    finally:
        await coach.services.close()


async def _nudge_once(settings: Settings, at: datetime | None) -> None:
    from bot.nudges.digests import post_team_digests
    from bot.nudges.runner import NudgeRunner
    from bot.platforms import platforms

    coach = _coach(settings)
    try:
        async with platforms(coach, "send"):
            if not coach.adapters:
                log.warning("no platform is configured: no nudge can be sent, none is claimed")
            now = at or coach.services.clock.now()
            with start_up_frozen():
                stats = await NudgeRunner(coach).run_once(now)
                await post_team_digests(coach, now)
        print(f"nudgebird: {stats}")
    finally:
        await coach.services.close()


async def _worker(settings: Settings) -> None:
    from bot.nudges.worker import run_worker
    from bot.platforms import platforms

    coach = _coach(settings)
    try:
        async with platforms(coach, "send"):
            with start_up_frozen():
                await run_worker(coach)
    finally:
        await coach.services.close()


async def _rotate_keys(settings: Settings) -> None:
    from bot.keys import rotate_keys
    from bot.services import Services

    services = Services.create(settings)
    try:
        print(f"nudgebird: {await rotate_keys(services)} secrets re-encrypted with the first key")
    finally:
        await services.close()


async def _db_upgrade(settings: Settings) -> None:
    from bot.storage.db import Database

    database = Database(settings.database)
    try:
        await database.upgrade()
    finally:
        await database.close()


def _iso(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("give a time zone, e.g. 2026-03-29T08:00:00+02:00 or …Z")
    return moment


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="nudgebird", description="A coach for small businesses on X.")
    commands = top.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="the coach: Telegram or Slack if configured, else the terminal")
    commands.add_parser("web", help="webhooks, sign-in callbacks, health and metrics")
    commands.add_parser("worker", help="the daily nudge scheduler")
    once = commands.add_parser("nudge-once", help="send every nudge due at one instant, then exit")
    once.add_argument("--at", type=_iso, default=None, help="ISO 8601 instant with a time zone (default: now)")
    db = commands.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade"])
    audit = commands.add_parser("audit", help="the full checkup of an X archive or of the demo account")
    audit.add_argument("path", nargs="?")
    audit.add_argument("--demo", action="store_true")
    audit.add_argument("--lang", default=None)
    audit.add_argument("--chart", default=None)
    keys = commands.add_parser("keys", help="encryption keys")
    keys.add_argument("action", choices=["rotate"])
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = load_settings()
    logs.configure(logging.WARNING if args.command in ("run", "audit") else logging.INFO)
    try:
        match args.command:
            case "run":
                asyncio.run(_run(settings))
            case "nudge-once":
                asyncio.run(_nudge_once(settings, args.at))
            case "worker":
                asyncio.run(_worker(settings))
            case "web":
                asyncio.run(_web(settings))
            case "audit":
                from bot.audit import audit_main

                return audit_main(args.path, args.demo, args.lang, args.chart)
            case "keys":
                asyncio.run(_rotate_keys(settings))
            case "db":
                asyncio.run(_db_upgrade(settings))
                print("nudgebird: database is up to date")
    except StartError as error:
        print(f"nudgebird: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
