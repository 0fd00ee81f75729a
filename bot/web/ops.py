"""What an operator's tools ask the web app: is it alive and can it reach its database (/healthz),
and what has it been doing (/metrics, Prometheus text format)."""

from __future__ import annotations

import asyncio
import logging

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from bot.metrics import metrics
from bot.services import Services

log = logging.getLogger(__name__)
DATABASE_TIMEOUT = 5.0


def ops_routes(services: Services) -> list[BaseRoute]:
    async def healthz(_request: Request) -> Response:
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT), services.db.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except Exception as error:  # any failure to reach the database is "unhealthy", not a crash
            log.warning("health check: database unreachable", extra={"error": type(error).__name__})
            return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
        return JSONResponse({"status": "ok", "database": "ok"})

    async def metrics_text(_request: Request) -> Response:
        return Response(generate_latest(metrics.registry), headers={"Content-Type": CONTENT_TYPE_LATEST})

    return [Route("/healthz", healthz, methods=["GET"]), Route("/metrics", metrics_text, methods=["GET"])]
