"""The browser's language for our pages, from its Accept-Language header."""

from __future__ import annotations

from bot.web.pages import browser_language


def test_the_most_preferred_language_we_speak_wins_and_refused_ones_never_do():
    assert browser_language("es;q=0, it;q=0.5, fr-CA;q=0.9", "en") == "fr"
    assert browser_language("pt-BR, es;q=abc, it;q=0.1", "en") == "it", "a broken weight drops only its language"
    assert browser_language("IT_it", "en") == "it"
    assert browser_language("*, de;q=0.9", "es") == "es"
