"""A file a member shares in the app's DM (a message.im event of subtype file_share), as the core's IncomingFile.

The core decides what the file is for (an X archive) and refuses one too big before downloading it;
the download itself stops past the archive importer's limit, whatever size the event announced.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.adapters.base import DeliveryError
from bot.adapters.slack_web import SlackWeb
from bot.messages import FileUnavailable, IncomingFile
from bot.x.archive import MAX_ZIP_BYTES

log = logging.getLogger(__name__)


def first_file(event: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The first file of the message (one archive at a time, as on Telegram)."""
    files = event.get("files")
    if not isinstance(files, list):
        return None
    return next((f for f in files if isinstance(f, Mapping) and isinstance(f.get("id"), str)), None)


async def shared_file(web: SlackWeb, workspace: str, file: Mapping[str, Any]) -> IncomingFile:
    """The file as the core takes it; Slack Connect events carry only its id, and files.info tells the rest."""
    if not isinstance(file.get("url_private_download"), str):
        try:
            file = await web.file_info(workspace, str(file["id"]))
        except (SlackApiError, DeliveryError) as error:
            reason = error.response.get("error") if isinstance(error, SlackApiError) else str(error)
            log.info("slack file not described", extra={"reason": reason})
            return IncomingFile(name="file", size=0, download=_unavailable)
    url = file.get("url_private_download")
    size = file.get("size")

    async def download() -> bytes:
        if not isinstance(url, str):
            raise FileUnavailable("no download address")
        return await web.download(workspace, url, MAX_ZIP_BYTES)

    return IncomingFile(
        name=str(file.get("name") or "file"),
        size=size if isinstance(size, int) and size >= 0 else 0,
        download=download,
        mime=str(file.get("mimetype") or ""),
    )


async def _unavailable() -> bytes:
    raise FileUnavailable("files.info refused")
