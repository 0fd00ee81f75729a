"""Running the ASGI app with uvicorn inside our own event loop."""

from __future__ import annotations

import gc
import logging

import uvicorn
from starlette.types import ASGIApp

log = logging.getLogger(__name__)


async def serve(app: ASGIApp, port: int, host: str = "0.0.0.0") -> None:
    # What is loaded by now (modules, texts, the platforms' clients) lives as long as the process: kept out of
    # the collector's full passes, which otherwise walk it all and stall every request (150–250 ms each on our
    # 2-core machines, several times a minute under load).
    gc.freeze()
    config = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    try:
        await server.serve()
    except SystemExit:
        log.error("web server could not start", extra={"port": port})
