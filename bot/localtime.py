"""Reading a time zone and a time of day from what people type."""

from __future__ import annotations

import re
import unicodedata
from datetime import time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Names people type that are not the last part of an IANA zone name.
CITY_ZONES = {
    "roma": "Europe/Rome",
    "milano": "Europe/Rome",
    "napoli": "Europe/Rome",
    "torino": "Europe/Rome",
    "firenze": "Europe/Rome",
    "florence": "Europe/Rome",
    "bologna": "Europe/Rome",
    "venezia": "Europe/Rome",
    "venice": "Europe/Rome",
    "genova": "Europe/Rome",
    "palermo": "Europe/Rome",
    "bari": "Europe/Rome",
    "verona": "Europe/Rome",
    "cagliari": "Europe/Rome",
    "catania": "Europe/Rome",
    "italia": "Europe/Rome",
    "italy": "Europe/Rome",
    "italie": "Europe/Rome",
    "lyon": "Europe/Paris",
    "marseille": "Europe/Paris",
    "toulouse": "Europe/Paris",
    "nice": "Europe/Paris",
    "bordeaux": "Europe/Paris",
    "lille": "Europe/Paris",
    "nantes": "Europe/Paris",
    "strasbourg": "Europe/Paris",
    "montpellier": "Europe/Paris",
    "rennes": "Europe/Paris",
    "france": "Europe/Paris",
    "francia": "Europe/Paris",
    "parigi": "Europe/Paris",
    "paris": "Europe/Paris",
    "barcelona": "Europe/Madrid",
    "sevilla": "Europe/Madrid",
    "seville": "Europe/Madrid",
    "valencia": "Europe/Madrid",
    "bilbao": "Europe/Madrid",
    "malaga": "Europe/Madrid",
    "zaragoza": "Europe/Madrid",
    "espana": "Europe/Madrid",
    "spain": "Europe/Madrid",
    "espagne": "Europe/Madrid",
    "spagna": "Europe/Madrid",
    "palma": "Europe/Madrid",
    "las palmas": "Atlantic/Canary",
    "tenerife": "Atlantic/Canary",
    "londres": "Europe/London",
    "londra": "Europe/London",
    "bruxelles": "Europe/Brussels",
    "geneve": "Europe/Zurich",
    "ginevra": "Europe/Zurich",
    "ginebra": "Europe/Zurich",
    "zurigo": "Europe/Zurich",
    "lisboa": "Europe/Lisbon",
    "lisbonne": "Europe/Lisbon",
    "berlino": "Europe/Berlin",
    "new york": "America/New_York",
    "nueva york": "America/New_York",
    "san francisco": "America/Los_Angeles",
    "ciudad de mexico": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "cdmx": "America/Mexico_City",
    "bogota": "America/Bogota",
    "santiago": "America/Santiago",
    "montreal": "America/Toronto",
    "quebec": "America/Toronto",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "cordoba": "America/Argentina/Cordoba",
    "rosario": "America/Argentina/Buenos_Aires",
    "montevideo": "America/Montevideo",
    "lima": "America/Lima",
    "caracas": "America/Caracas",
}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\s_\-]+", " ", plain).strip()


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    zones: dict[str, str] = {}
    for name in sorted(available_timezones()):
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            zones.setdefault(_fold(name.rsplit("/", 1)[1]), name)
    return zones


@lru_cache(maxsize=1)
def _zones_by_fold() -> dict[str, str]:
    return {_fold(name): name for name in available_timezones()}


def resolve_timezone(text: str) -> str | None:
    """An IANA zone name from an IANA name or a city ("Roma", "Buenos Aires"), or None."""
    folded = _fold(text)[:80]
    if not folded:
        return None
    found = _zones_by_fold().get(folded) or CITY_ZONES.get(folded) or _zones_by_city().get(folded)
    if found is None:
        return None
    try:
        ZoneInfo(found)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return found


_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:\s*(?:[:.h]|hrs?)\s*(?P<minute>\d{2})?)?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?$"
)


def parse_clock_time(text: str) -> time | None:
    """A time of day from "9", "09:30", "9.30", "9h30", "18h", "6 pm"; None when no such time exists."""
    match = _TIME.match(_fold(text).replace(" ", "") if len(text) < 20 else "")
    if match is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = (match["half"] or "").replace(".", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
