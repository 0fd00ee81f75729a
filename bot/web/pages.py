"""Small HTML pages shown in the browser, in the user's language."""

from __future__ import annotations

from html import escape

from starlette.responses import HTMLResponse

from bot.i18n import translator

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}
</style>
</head><body><h1>{title}</h1><p>{body}</p></body></html>"""


def page(lang: str, title_key: str, body_key: str, status: int = 200, **values: str) -> HTMLResponse:
    t = translator(lang)
    html = _PAGE.format(
        lang=escape(lang), title=escape(t(title_key, values)), body=escape(t(body_key, values))
    )
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
