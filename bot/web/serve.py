"""Running the ASGI app with uvicorn inside our own event loop."""

from __future__ import annotations

import logging

import uvicorn
from starlette.types import ASGIApp

log = logging.getLogger(__name__)


async def serve(app: ASGIApp, port: int, host: str = "0.0.0.0") -> None:
    config = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    try:
        await server.serve()
    except SystemExit:
        log.error("web server could not start", extra={"port": port})
