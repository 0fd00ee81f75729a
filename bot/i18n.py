"""Texts in the user's language, from the Fluent catalogues in prompts/.

Every language is a folder of `.ftl` files; plural forms and phrasing variants are the
translator's business, written in Fluent's own syntax.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from fluent.runtime import FluentBundle, FluentResource

from bot.settings import LANGUAGES

log = logging.getLogger(__name__)

FALLBACK = "en"


def choose_language(chosen: str | None, platform_locale: str | None, default: str = FALLBACK) -> str:
    """The one place a language is decided: the user's choice, else the platform's locale, else English."""
    if chosen in LANGUAGES:
        return chosen
    if platform_locale:
        prefix = platform_locale.replace("_", "-").split("-")[0].lower()
        if prefix in LANGUAGES:
            return prefix
    return default


class Translator:
    """Renders text keys in one language; a missing key falls back to English, then to the key."""

    def __init__(self, language: str, bundle: FluentBundle, fallback: Translator | None) -> None:
        self.language = language
        self._bundle = bundle
        self._fallback = fallback
        self._plain: dict[str, str] = {}
        """Texts without values (button labels, mostly), rendered once."""

    def has(self, key: str) -> bool:
        return self._bundle.has_message(key)

    def __call__(self, key: str, values: Mapping[str, object] | None = None, /, **more: object) -> str:
        plain = not values and not more
        if plain and (known := self._plain.get(key)) is not None:
            return known
        args = {**(values or {}), **more}
        if not self._bundle.has_message(key):
            if self._fallback is not None:
                log.warning("text missing", extra={"key": key, "language": self.language})
                return self._fallback(key, args)
            log.error("text missing everywhere", extra={"key": key})
            return key
        message = self._bundle.get_message(key)
        if message.value is None:
            return key
        text, errors = self._bundle.format_pattern(message.value, args)
        if errors:
            log.warning("text rendered with errors", extra={"key": key, "errors": [str(e) for e in errors]})
        elif plain:
            self._plain[key] = str(text)
        return str(text)


def prompt_files(language: str) -> list[Traversable]:
    folder = files("prompts") / language
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ftl")), key=lambda f: f.name)


def translator(language: str) -> Translator:
    """The texts of `language`, or of English when we have none in it."""
    return _translator(language if language in LANGUAGES else FALLBACK)


@lru_cache(maxsize=len(LANGUAGES))
def _translator(language: str) -> Translator:
    bundle = FluentBundle([language], use_isolating=False)
    for path in prompt_files(language):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    fallback = None if language == FALLBACK else translator(FALLBACK)
    return Translator(language, bundle, fallback)


def load_all() -> None:
    """Parses every language's texts now, at the process's start, rather than while its first messages wait."""
    for language in LANGUAGES:
        translator(language)
