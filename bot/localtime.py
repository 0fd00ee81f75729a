"""Reading a time zone and a time of day from what people type."""

from __future__ import annotations

import re
import unicodedata
from datetime import time
from functools import lru_cache
from importlib.resources import files
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

# Exonyms (Milan, Turin, Ginevra, Anvers…), more cities and countries of the languages we speak.
CITY_ZONES.update(
    {
        "reggio calabria": "Europe/Rome",
        "reggio emilia": "Europe/Rome",
        "rome": "Europe/Rome",
        "milan": "Europe/Rome",
        "milano": "Europe/Rome",
        "naples": "Europe/Rome",
        "turin": "Europe/Rome",
        "torino": "Europe/Rome",
        "florencia": "Europe/Rome",
        "bologne": "Europe/Rome",
        "bolonia": "Europe/Rome",
        "venise": "Europe/Rome",
        "venecia": "Europe/Rome",
        "genoa": "Europe/Rome",
        "genes": "Europe/Rome",
        "bolzano": "Europe/Rome",
        "bozen": "Europe/Rome",
        "trento": "Europe/Rome",
        "trente": "Europe/Rome",
        "trieste": "Europe/Rome",
        "padova": "Europe/Rome",
        "padua": "Europe/Rome",
        "padoue": "Europe/Rome",
        "brescia": "Europe/Rome",
        "bergamo": "Europe/Rome",
        "bergame": "Europe/Rome",
        "modena": "Europe/Rome",
        "parma": "Europe/Rome",
        "parme": "Europe/Rome",
        "perugia": "Europe/Rome",
        "perouse": "Europe/Rome",
        "pisa": "Europe/Rome",
        "pise": "Europe/Rome",
        "siena": "Europe/Rome",
        "sienne": "Europe/Rome",
        "lecce": "Europe/Rome",
        "salerno": "Europe/Rome",
        "salerne": "Europe/Rome",
        "messina": "Europe/Rome",
        "messine": "Europe/Rome",
        "rimini": "Europe/Rome",
        "ancona": "Europe/Rome",
        "pescara": "Europe/Rome",
        "udine": "Europe/Rome",
        "como": "Europe/Rome",
        "aosta": "Europe/Rome",
        "aoste": "Europe/Rome",
        "sassari": "Europe/Rome",
        "taranto": "Europe/Rome",
        "tarente": "Europe/Rome",
        "livorno": "Europe/Rome",
        "ravenna": "Europe/Rome",
        "ravenne": "Europe/Rome",
        "ferrara": "Europe/Rome",
        "ferrare": "Europe/Rome",
        "vicenza": "Europe/Rome",
        "treviso": "Europe/Rome",
        "trevise": "Europe/Rome",
        "merano": "Europe/Rome",
        "meran": "Europe/Rome",
        "sardegna": "Europe/Rome",
        "sardinia": "Europe/Rome",
        "sardaigne": "Europe/Rome",
        "cerdena": "Europe/Rome",
        "sicilia": "Europe/Rome",
        "sicily": "Europe/Rome",
        "sicile": "Europe/Rome",
        "clermont ferrand": "Europe/Paris",
        "le havre": "Europe/Paris",
        "lione": "Europe/Paris",
        "marsiglia": "Europe/Paris",
        "marsella": "Europe/Paris",
        "tolosa": "Europe/Paris",
        "nizza": "Europe/Paris",
        "niza": "Europe/Paris",
        "burdeos": "Europe/Paris",
        "strasburgo": "Europe/Paris",
        "estrasburgo": "Europe/Paris",
        "reims": "Europe/Paris",
        "grenoble": "Europe/Paris",
        "dijon": "Europe/Paris",
        "angers": "Europe/Paris",
        "toulon": "Europe/Paris",
        "tolone": "Europe/Paris",
        "brest": "Europe/Paris",
        "tours": "Europe/Paris",
        "limoges": "Europe/Paris",
        "avignon": "Europe/Paris",
        "avignone": "Europe/Paris",
        "avinon": "Europe/Paris",
        "nancy": "Europe/Paris",
        "metz": "Europe/Paris",
        "rouen": "Europe/Paris",
        "caen": "Europe/Paris",
        "orleans": "Europe/Paris",
        "perpignan": "Europe/Paris",
        "ajaccio": "Europe/Paris",
        "annecy": "Europe/Paris",
        "corse": "Europe/Paris",
        "corsica": "Europe/Paris",
        "corcega": "Europe/Paris",
        "frankreich": "Europe/Paris",
        "san sebastian": "Europe/Madrid",
        "la coruna": "Europe/Madrid",
        "a coruna": "Europe/Madrid",
        "barcellona": "Europe/Madrid",
        "barcelone": "Europe/Madrid",
        "siviglia": "Europe/Madrid",
        "saragozza": "Europe/Madrid",
        "saragosse": "Europe/Madrid",
        "alicante": "Europe/Madrid",
        "granada": "Europe/Madrid",
        "murcia": "Europe/Madrid",
        "valladolid": "Europe/Madrid",
        "vigo": "Europe/Madrid",
        "gijon": "Europe/Madrid",
        "oviedo": "Europe/Madrid",
        "pamplona": "Europe/Madrid",
        "donostia": "Europe/Madrid",
        "santander": "Europe/Madrid",
        "salamanca": "Europe/Madrid",
        "toledo": "Europe/Madrid",
        "cadiz": "Europe/Madrid",
        "corunna": "Europe/Madrid",
        "ibiza": "Europe/Madrid",
        "mallorca": "Europe/Madrid",
        "majorca": "Europe/Madrid",
        "maiorca": "Europe/Madrid",
        "espagna": "Europe/Madrid",
        "santa cruz de tenerife": "Atlantic/Canary",
        "canary islands": "Atlantic/Canary",
        "gran canaria": "Atlantic/Canary",
        "canarias": "Atlantic/Canary",
        "canaries": "Atlantic/Canary",
        "lanzarote": "Atlantic/Canary",
        "fuerteventura": "Atlantic/Canary",
        "saint gall": "Europe/Zurich",
        "st gallen": "Europe/Zurich",
        "san gallo": "Europe/Zurich",
        "zurigo": "Europe/Zurich",
        "zurich": "Europe/Zurich",
        "zuerich": "Europe/Zurich",
        "geneva": "Europe/Zurich",
        "geneve": "Europe/Zurich",
        "genf": "Europe/Zurich",
        "bern": "Europe/Zurich",
        "berne": "Europe/Zurich",
        "berna": "Europe/Zurich",
        "basel": "Europe/Zurich",
        "bale": "Europe/Zurich",
        "basilea": "Europe/Zurich",
        "lausanne": "Europe/Zurich",
        "losanna": "Europe/Zurich",
        "lugano": "Europe/Zurich",
        "bellinzona": "Europe/Zurich",
        "locarno": "Europe/Zurich",
        "mendrisio": "Europe/Zurich",
        "chiasso": "Europe/Zurich",
        "lucerne": "Europe/Zurich",
        "luzern": "Europe/Zurich",
        "lucerna": "Europe/Zurich",
        "winterthur": "Europe/Zurich",
        "neuchatel": "Europe/Zurich",
        "fribourg": "Europe/Zurich",
        "friburgo": "Europe/Zurich",
        "sion": "Europe/Zurich",
        "sitten": "Europe/Zurich",
        "montreux": "Europe/Zurich",
        "svizzera": "Europe/Zurich",
        "suisse": "Europe/Zurich",
        "suiza": "Europe/Zurich",
        "switzerland": "Europe/Zurich",
        "schweiz": "Europe/Zurich",
        "ticino": "Europe/Zurich",
        "tessin": "Europe/Zurich",
        "bruxelles": "Europe/Brussels",
        "bruselas": "Europe/Brussels",
        "brussel": "Europe/Brussels",
        "bruxelas": "Europe/Brussels",
        "antwerp": "Europe/Brussels",
        "antwerpen": "Europe/Brussels",
        "anvers": "Europe/Brussels",
        "anversa": "Europe/Brussels",
        "amberes": "Europe/Brussels",
        "ghent": "Europe/Brussels",
        "gent": "Europe/Brussels",
        "gand": "Europe/Brussels",
        "gante": "Europe/Brussels",
        "bruges": "Europe/Brussels",
        "brugge": "Europe/Brussels",
        "brujas": "Europe/Brussels",
        "liege": "Europe/Brussels",
        "luik": "Europe/Brussels",
        "liegi": "Europe/Brussels",
        "lieja": "Europe/Brussels",
        "namur": "Europe/Brussels",
        "namen": "Europe/Brussels",
        "charleroi": "Europe/Brussels",
        "leuven": "Europe/Brussels",
        "louvain": "Europe/Brussels",
        "lovanio": "Europe/Brussels",
        "lovaina": "Europe/Brussels",
        "mons": "Europe/Brussels",
        "bergen": "Europe/Brussels",
        "belgique": "Europe/Brussels",
        "belgium": "Europe/Brussels",
        "belgio": "Europe/Brussels",
        "belgica": "Europe/Brussels",
        "belgie": "Europe/Brussels",
        "lussemburgo": "Europe/Luxembourg",
        "luxemburgo": "Europe/Luxembourg",
        "grande bretagne": "Europe/London",
        "united kingdom": "Europe/London",
        "great britain": "Europe/London",
        "gran bretagna": "Europe/London",
        "gran bretana": "Europe/London",
        "regno unito": "Europe/London",
        "royaume uni": "Europe/London",
        "reino unido": "Europe/London",
        "londres": "Europe/London",
        "londra": "Europe/London",
        "manchester": "Europe/London",
        "birmingham": "Europe/London",
        "liverpool": "Europe/London",
        "leeds": "Europe/London",
        "glasgow": "Europe/London",
        "edinburgh": "Europe/London",
        "edimbourg": "Europe/London",
        "edimburgo": "Europe/London",
        "bristol": "Europe/London",
        "cardiff": "Europe/London",
        "belfast": "Europe/London",
        "newcastle": "Europe/London",
        "sheffield": "Europe/London",
        "nottingham": "Europe/London",
        "oxford": "Europe/London",
        "cambridge": "Europe/London",
        "brighton": "Europe/London",
        "aberdeen": "Europe/London",
        "uk": "Europe/London",
        "england": "Europe/London",
        "scotland": "Europe/London",
        "wales": "Europe/London",
        "inghilterra": "Europe/London",
        "angleterre": "Europe/London",
        "inglaterra": "Europe/London",
        "dublino": "Europe/Dublin",
        "dublin": "Europe/Dublin",
        "cork": "Europe/Dublin",
        "galway": "Europe/Dublin",
        "limerick": "Europe/Dublin",
        "ireland": "Europe/Dublin",
        "irlanda": "Europe/Dublin",
        "irlande": "Europe/Dublin",
        "lisbon": "Europe/Lisbon",
        "lisbona": "Europe/Lisbon",
        "porto": "Europe/Lisbon",
        "oporto": "Europe/Lisbon",
        "portugal": "Europe/Lisbon",
        "portogallo": "Europe/Lisbon",
        "monaco di baviera": "Europe/Berlin",
        "munich": "Europe/Berlin",
        "munchen": "Europe/Berlin",
        "cologne": "Europe/Berlin",
        "koln": "Europe/Berlin",
        "colonia": "Europe/Berlin",
        "francoforte": "Europe/Berlin",
        "francfort": "Europe/Berlin",
        "frankfurt": "Europe/Berlin",
        "hamburg": "Europe/Berlin",
        "amburgo": "Europe/Berlin",
        "hambourg": "Europe/Berlin",
        "germany": "Europe/Berlin",
        "germania": "Europe/Berlin",
        "allemagne": "Europe/Berlin",
        "alemania": "Europe/Berlin",
        "deutschland": "Europe/Berlin",
        "vienne": "Europe/Vienna",
        "viena": "Europe/Vienna",
        "wien": "Europe/Vienna",
        "austria": "Europe/Vienna",
        "autriche": "Europe/Vienna",
        "new york city": "America/New_York",
        "washington dc": "America/New_York",
        "nyc": "America/New_York",
        "boston": "America/New_York",
        "washington": "America/New_York",
        "filadelfia": "America/New_York",
        "philadelphia": "America/New_York",
        "atlanta": "America/New_York",
        "miami": "America/New_York",
        "orlando": "America/New_York",
        "tampa": "America/New_York",
        "baltimore": "America/New_York",
        "pittsburgh": "America/New_York",
        "charlotte": "America/New_York",
        "florida": "America/New_York",
        "nueva orleans": "America/Chicago",
        "san antonio": "America/Chicago",
        "new orleans": "America/Chicago",
        "kansas city": "America/Chicago",
        "saint louis": "America/Chicago",
        "st louis": "America/Chicago",
        "houston": "America/Chicago",
        "dallas": "America/Chicago",
        "austin": "America/Chicago",
        "minneapolis": "America/Chicago",
        "nashville": "America/Chicago",
        "milwaukee": "America/Chicago",
        "texas": "America/Chicago",
        "salt lake city": "America/Denver",
        "colorado": "America/Denver",
        "las vegas": "America/Los_Angeles",
        "san diego": "America/Los_Angeles",
        "seattle": "America/Los_Angeles",
        "portland": "America/Los_Angeles",
        "sacramento": "America/Los_Angeles",
        "california": "America/Los_Angeles",
        "hawaii": "Pacific/Honolulu",
        "alaska": "America/Anchorage",
        "ottawa": "America/Toronto",
        "ontario": "America/Toronto",
        "british columbia": "America/Vancouver",
        "calgary": "America/Edmonton",
        "alberta": "America/Edmonton",
        "saint john's": "America/St_Johns",
        "st john's": "America/St_Johns",
        "newfoundland": "America/St_Johns",
        "canberra": "Australia/Sydney",
        "nouvelle zelande": "Pacific/Auckland",
        "nuova zelanda": "Pacific/Auckland",
        "nueva zelanda": "Pacific/Auckland",
        "new zealand": "Pacific/Auckland",
        "wellington": "Pacific/Auckland",
        "christchurch": "Pacific/Auckland",
        "guadalajara": "America/Mexico_City",
        "puebla": "America/Mexico_City",
        "mexique": "America/Mexico_City",
        "messico": "America/Mexico_City",
        "medellin": "America/Bogota",
        "cali": "America/Bogota",
        "barranquilla": "America/Bogota",
        "cartagena": "America/Bogota",
        "colombia": "America/Bogota",
        "colombie": "America/Bogota",
        "peru": "America/Lima",
        "perou": "America/Lima",
        "quito": "America/Guayaquil",
        "ecuador": "America/Guayaquil",
        "equateur": "America/Guayaquil",
        "valparaiso": "America/Santiago",
        "chile": "America/Santiago",
        "chili": "America/Santiago",
        "cile": "America/Santiago",
        "mar del plata": "America/Argentina/Buenos_Aires",
        "la plata": "America/Argentina/Buenos_Aires",
        "argentina": "America/Argentina/Buenos_Aires",
        "argentine": "America/Argentina/Buenos_Aires",
        "venezuela": "America/Caracas",
        "uruguay": "America/Montevideo",
        "paraguay": "America/Asuncion",
        "bolivia": "America/La_Paz",
        "bolivie": "America/La_Paz",
        "la habana": "America/Havana",
        "la havane": "America/Havana",
        "l'avana": "America/Havana",
        "habana": "America/Havana",
        "avana": "America/Havana",
        "cuba": "America/Havana",
        "san jose de costa rica": "America/Costa_Rica",
        "costa rica": "America/Costa_Rica",
        "santiago de compostela": "Europe/Madrid",
        "puerto rico": "America/Puerto_Rico",
        "san juan": "America/Puerto_Rico",
        "san salvador": "America/El_Salvador",
        "alger": "Africa/Algiers",
        "algeri": "Africa/Algiers",
        "argel": "Africa/Algiers",
        "algerie": "Africa/Algiers",
        "algeria": "Africa/Algiers",
        "argelia": "Africa/Algiers",
        "rabat": "Africa/Casablanca",
        "marrakech": "Africa/Casablanca",
        "marrakesh": "Africa/Casablanca",
        "fes": "Africa/Casablanca",
        "maroc": "Africa/Casablanca",
        "marocco": "Africa/Casablanca",
        "marruecos": "Africa/Casablanca",
        "morocco": "Africa/Casablanca",
        "tunisi": "Africa/Tunis",
        "tunez": "Africa/Tunis",
        "tunisie": "Africa/Tunis",
        "tunisia": "Africa/Tunis",
        "ciudad del cabo": "Africa/Johannesburg",
        "citta del capo": "Africa/Johannesburg",
        "south africa": "Africa/Johannesburg",
        "cape town": "Africa/Johannesburg",
        "le cap": "Africa/Johannesburg",
        "pretoria": "Africa/Johannesburg",
        "durban": "Africa/Johannesburg",
        "new delhi": "Asia/Kolkata",
        "mumbai": "Asia/Kolkata",
        "bombay": "Asia/Kolkata",
        "delhi": "Asia/Kolkata",
        "bangalore": "Asia/Kolkata",
        "bengaluru": "Asia/Kolkata",
        "chennai": "Asia/Kolkata",
        "india": "Asia/Kolkata",
        "inde": "Asia/Kolkata",
        "singapour": "Asia/Singapore",
        "singapur": "Asia/Singapore",
        "fort de france": "America/Martinique",
        "martinique": "America/Martinique",
        "pointe a pitre": "America/Guadeloupe",
        "guadeloupe": "America/Guadeloupe",
        "papeete": "Pacific/Tahiti",
        "tahiti": "Pacific/Tahiti",
        "polynesie francaise": "Pacific/Tahiti",
        "noumea": "Pacific/Noumea",
        "nouvelle caledonie": "Pacific/Noumea",
        "la reunion": "Indian/Reunion",
        "reunion": "Indian/Reunion",
        "mamoudzou": "Indian/Mayotte",
        "mayotte": "Indian/Mayotte",
        "guyane": "America/Cayenne",
        "ponta delgada": "Atlantic/Azores",
        "acores": "Atlantic/Azores",
        "azores": "Atlantic/Azores",
        "funchal": "Atlantic/Madeira",
        "madeira": "Atlantic/Madeira",
    }
)


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


_FIXED_OFFSET = re.compile(
    r"^(?:etc\s*/\s*)?(?:gmt|utc|ut)\s*[+\-\u2212]\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$"
)


def is_fixed_offset(text: str) -> bool:
    """A fixed offset other than zero ("Etc/GMT+5", "GMT-3", "UTC+1"): POSIX zone names write it backwards
    (Etc/GMT+5 is five hours *behind* UTC) and it ignores summer time; better asked as a city."""
    match = _FIXED_OFFSET.match(text.strip().casefold()[:40])
    return match is not None and (int(match["hours"]) != 0 or int(match["minutes"] or 0) != 0)


def _lookup(folded: str) -> str | None:
    found = CITY_ZONES.get(folded) or _zones_by_fold().get(folded) or _zones_by_city().get(folded)
    if found is None and "." in folded:  # "St. Gallen", "St.Louis"
        return _lookup(" ".join(folded.replace(".", " ").split()))
    return found


def _region(zone: str) -> str:
    return zone.split("/", 1)[0]


OVERSEAS: dict[str, frozenset[str]] = {
    "FR": frozenset({"GF", "GP", "MQ", "RE", "YT", "NC", "PF", "PM", "WF", "BL", "MF", "TF"}),
    "NL": frozenset({"AW", "CW", "SX", "BQ"}),
    "GB": frozenset({"GI", "BM", "KY", "FK", "MS", "TC", "VG", "AI", "SH", "PN", "IO", "GS"}),
    "US": frozenset({"PR", "GU", "VI", "AS", "MP", "UM"}),
    "DK": frozenset({"GL", "FO"}),
    "NO": frozenset({"SJ"}),
}
"""Territories far from a country's main zone that people still name with the country ("Nouméa, France")."""


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """Each zone's country code, from the tz database's zone.tab."""
    table = (files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in table.splitlines() if line and not line.startswith("#"))
    return {fields[2]: fields[0] for fields in rows if len(fields) >= 3}


def _same_country(city: str, country: str) -> bool:
    """Whether the city's zone belongs to the country named beside it (its territories overseas included)."""
    countries = _zone_countries()
    ours, named = countries.get(city), countries.get(country)
    return ours is not None and named is not None and (ours == named or ours in OVERSEAS.get(named, frozenset()))


def _city_and_country(folded: str) -> str | None:
    """The zone of "Roma, Italia", "Lugano (Svizzera)", "Córdoba, España": the city's, with the country to
    settle a city found on another continent (Córdoba, Argentina) or to stand in for a city we don't know."""
    parts = [part.strip() for part in re.split(r"[,;()]", folded) if part.strip()]
    if len(parts) < 2:
        return None
    city, places = _lookup(parts[0]), [zone for part in parts[1:] if (zone := _lookup(part)) is not None]
    if city is not None and (not places or _region(places[0]) == _region(city) or _same_country(city, places[0])):
        return city
    return places[0] if places else None


def resolve_timezone(text: str) -> str | None:
    """An IANA zone name from an IANA name or a city ("Roma", "Milan", "Roma, Italia", "Buenos Aires"), or
    None; None too for a fixed offset (see `is_fixed_offset`)."""
    folded = _fold(text)[:80]
    if not folded or is_fixed_offset(text):
        return None
    found = _lookup(folded) or _city_and_country(folded)
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
