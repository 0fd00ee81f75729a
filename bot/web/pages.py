"""Small HTML pages shown in the browser, in the user's language."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from starlette.responses import HTMLResponse

from bot.i18n import choose_language, translator

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem;line-height:1.5}}
</style>
</head><body><h1>{title}</h1><p>{body}</p>{link}</body></html>"""
_LINK = '<p><a href="{href}">{label}</a></p>'


def browser_language(accept_language: str, default: str) -> str:
    """The first language of the browser's Accept-Language we speak (by preference), else `default`."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate(accept_language.split(",")[:20]):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        if quality > 0:
            ranked.append((-quality, position, tag.strip()))
    for _, _, tag in sorted(ranked):
        spoken = choose_language(None, tag, default="")
        if spoken:
            return spoken
    return default


def html_page(
    lang: str,
    title_key: str,
    body_key: str,
    values: Mapping[str, str] | None = None,
    link: tuple[str, str] | None = None,
) -> str:
    """The page's HTML; `link` is (text key of its label, address) for one link under the text."""
    t = translator(lang)
    shown = _LINK.format(href=escape(link[1]), label=escape(t(link[0], values))) if link else ""
    return _PAGE.format(
        lang=escape(lang), title=escape(t(title_key, values)), body=escape(t(body_key, values)), link=shown
    )


def page(lang: str, title_key: str, body_key: str, status: int = 200, **values: str) -> HTMLResponse:
    html = html_page(lang, title_key, body_key, values)
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})
