"""Reading a time zone from what people type: IANA names, cities in their own and other languages, offsets."""

from __future__ import annotations

import pytest

from bot.localtime import is_fixed_offset, resolve_timezone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Milan", "Europe/Rome"),
        ("Bolzano", "Europe/Rome"),
        ("Turin", "Europe/Rome"),
        ("Roma, Italia", "Europe/Rome"),
        ("Milano, Italy", "Europe/Rome"),
        ("Lugano", "Europe/Zurich"),
        ("Lugano (Svizzera)", "Europe/Zurich"),
        ("Ginevra", "Europe/Zurich"),
        ("Genève", "Europe/Zurich"),
        ("St. Gallen", "Europe/Zurich"),
        ("Anvers", "Europe/Brussels"),
        ("Liège", "Europe/Brussels"),
        ("Marsiglia", "Europe/Paris"),
        ("Paris, France", "Europe/Paris"),
        ("Séville", "Europe/Madrid"),
        ("Córdoba, España", "Europe/Madrid"),
        ("Córdoba", "America/Argentina/Cordoba"),
        ("Edimburgo", "Europe/London"),
        ("Dublino", "Europe/Dublin"),
        ("Boston", "America/New_York"),
        ("Houston, Texas", "America/Chicago"),
        ("London, Ontario", "America/Toronto"),
        ("Medellín", "America/Bogota"),
        ("San José, Costa Rica", "America/Costa_Rica"),
        ("europe/rome", "Europe/Rome"),
        ("UTC", "UTC"),
        ("Nouméa, France", "Pacific/Noumea"),  # a city overseas keeps its zone beside its country's name
        ("Fort-de-France, France", "America/Martinique"),
        ("Papeete, France", "Pacific/Tahiti"),
        ("Cayenne, France", "America/Cayenne"),
        ("Las Palmas, España", "Atlantic/Canary"),
        ("Santa Cruz de Tenerife, Spain", "Atlantic/Canary"),
        ("Ponta Delgada, Portugal", "Atlantic/Azores"),
        ("Portugal", "Europe/Lisbon"),
    ],
)
def test_cities_exonyms_and_city_comma_country(typed: str, zone: str) -> None:
    assert resolve_timezone(typed) == zone


@pytest.mark.parametrize("typed", ["Etc/GMT+5", "etc/gmt-3", "GMT+1", "UTC-05:00", "utc − 3"])
def test_fixed_offsets_are_refused_since_posix_writes_them_backwards(typed: str) -> None:
    assert is_fixed_offset(typed)
    assert resolve_timezone(typed) is None


@pytest.mark.parametrize("typed", ["Nowhere", "", "9.30", "Etc/GMT+0"])
def test_what_is_no_zone_or_no_offset(typed: str) -> None:
    assert not is_fixed_offset(typed)
    assert resolve_timezone(typed) in (None, "Etc/GMT+0")
