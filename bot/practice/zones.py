"""Turns what a user types (a city, an IANA name or a UTC offset) into an IANA time zone, using place data passed in."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

from rapidfuzz import process
from rapidfuzz.distance import OSA


@dataclass(frozen=True)
class Place:
    """A populated place and the time zone it lies in."""

    name: str
    country_code: str
    zone: str
    population: int


@dataclass(frozen=True)
class ZoneSuggestion:
    """A zone we can offer, with the words to show the user for it."""

    label: str
    zone: str


@dataclass(frozen=True)
class ZoneMatch:
    """The outcome of reading the user's text: a zone when sure, otherwise suggestions (possibly none)."""

    zone: str | None
    place_label: str | None
    suggestions: tuple[ZoneSuggestion, ...]


@dataclass(frozen=True, eq=False)
class ZoneIndex:
    """Precomputed lookups from normalised names to zones; build it with `build_zone_index`."""

    exact_matches: Mapping[str, ZoneSuggestion]
    # Population behind each name worth fuzzy-matching; ranks equally close names.
    population_by_name: Mapping[str, int]
    # The names fuzzy matching runs over, most populous first.
    fuzzy_choices: tuple[str, ...]
    # Leading words of longer names ("frankfurt" -> ("frankfurt am main", ...)), most populous first.
    name_prefix_matches: Mapping[str, tuple[str, ...]]
    # Less populous places sharing a name with the one `exact_matches` holds ("paris" -> Paris, US),
    # each in a zone of its own, so suggestions can offer them too.
    namesakes: Mapping[str, tuple[tuple[ZoneSuggestion, int], ...]]


# Whole hours map onto Etc/GMT zones; these are the offsets real places use that are not whole hours.
_FRACTIONAL_OFFSET_ZONES: Mapping[int, str] = MappingProxyType(
    {
        -9 * 60 - 30: "Pacific/Marquesas",
        -3 * 60 - 30: "America/St_Johns",
        3 * 60 + 30: "Asia/Tehran",
        4 * 60 + 30: "Asia/Kabul",
        5 * 60 + 30: "Asia/Kolkata",
        5 * 60 + 45: "Asia/Kathmandu",
        6 * 60 + 30: "Asia/Yangon",
        8 * 60 + 45: "Australia/Eucla",
        9 * 60 + 30: "Australia/Darwin",
        10 * 60 + 30: "Australia/Lord_Howe",
        12 * 60 + 45: "Pacific/Chatham",
    }
)
_MIN_WHOLE_HOUR_OFFSET = -12 * 60
_MAX_WHOLE_HOUR_OFFSET = 14 * 60

OFFSET_CHOICES: tuple[int, ...] = tuple(
    sorted([*range(_MIN_WHOLE_HOUR_OFFSET, _MAX_WHOLE_HOUR_OFFSET + 1, 60), 5 * 60 + 30])
)

# Only zone names under these regions end in a place name worth looking up on its own
# ("America/New_York" -> "new york"); "US/Eastern" -> "eastern" would be nonsense.
_GEOGRAPHIC_REGIONS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
# Legacy Australian links ("Australia/North", "Australia/NSW") end in words that are not places.
_NON_PLACE_CITY_PARTS = frozenset({"north", "south", "east", "west", "act", "nsw", "lhi"})

_ETC_GMT_PATTERN = re.compile(r"Etc/GMT(?P<sign>[+-])(?P<hours>[0-9]{1,2})")
_UTC_ALIASES = frozenset(
    {
        "UTC",
        "Etc/UTC",
        "Etc/UCT",
        "UCT",
        "Etc/GMT",
        "GMT",
        "Etc/GMT0",
        "GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "GMT+0",
        "GMT-0",
        "Etc/Greenwich",
        "Greenwich",
        "Etc/Universal",
        "Universal",
        "Etc/Zulu",
        "Zulu",
    }
)

_OFFSET_PATTERN = re.compile(
    r"""
    (?P<prefix>utc|gmt)?
    \s*
    (?:
        (?P<sign>[+\-\u2212\u2013])
        \s*
        (?P<hours>[0-9]{1,2})
        (?:
            [:.]?(?P<minutes>[0-9]{2})
          | \.(?P<tenths>[0-9])
        )?
    )?
    """,
    re.VERBOSE,
)

# Letters NFKD does not decompose into a base letter plus accent.
_LETTER_FOLDS = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)
_APOSTROPHES = frozenset("'’`´ʻ")
_KEPT_SYMBOLS = frozenset("/+")
# Most names are plain ASCII once accents are split off; one translate call folds those fast.
_ASCII_FOLDS = str.maketrans(
    {
        chr(code): None if chr(code) in _APOSTROPHES else " "
        for code in range(128)
        if not chr(code).isalnum() and chr(code) not in _KEPT_SYMBOLS
    }
)
# "St. Petersburg", "Saint Petersburg" and "Sankt Pölten" should all meet on "st".
_TOKEN_FOLDS: Mapping[str, str] = MappingProxyType({"saint": "st", "sankt": "st", "sainte": "ste"})

# Optimal-string-alignment similarity (a swapped pair of letters is one edit): 0.75 allows
# one edit in four letters, enough for "Lodnon" or "Berlni" without offering unrelated towns.
FUZZY_SIMILARITY_CUTOFF = 0.75
# Fuzzy matching every small town costs time and mostly offers obscure places; above this
# many names only the most populous are fuzzy-matched (exact lookup keeps them all).
_MAX_FUZZY_CHOICES = 20_000
_MAX_PREFIX_MATCHES_PER_PREFIX = 5
_MAX_NAMESAKES_PER_NAME = 3
# A typed fragment of a longer name ("Frankfurt") counts as one edit away from it.
_PREFIX_MATCH_EDITS = 1
_MIN_FUZZY_QUERY_LENGTH = 3
# No place name comes near this long; fuzzy-matching a pasted paragraph only burns time.
_MAX_FUZZY_QUERY_LENGTH = 100


def _normalise(text: str) -> str:
    """Return `text` folded for lookup: casefolded, accents stripped, punctuation and separators collapsed."""
    folded = text.casefold()
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded).translate(_LETTER_FOLDS)
        kept_characters = []
        for character in decomposed:
            if unicodedata.combining(character) or character in _APOSTROPHES:
                continue
            if character.isalnum() or character in _KEPT_SYMBOLS:
                kept_characters.append(character)
            else:
                kept_characters.append(" ")
        folded = "".join(kept_characters)
    folded = folded.translate(_ASCII_FOLDS).replace(" /", "/").replace("/ ", "/")
    return " ".join(_TOKEN_FOLDS.get(token, token) for token in folded.split())


def _zone_city_part(zone: str) -> str | None:
    """Return the place name a geographic zone name ends in ("America/New_York" -> "New_York"), else None."""
    region, _, rest = zone.partition("/")
    if region not in _GEOGRAPHIC_REGIONS or not rest:
        return None
    city_part = rest.rsplit("/", 1)[-1]
    if city_part.casefold() in _NON_PLACE_CITY_PARTS:
        return None
    return city_part


def _zone_label(zone: str) -> str:
    """Return how to show a bare zone name: fixed-offset Etc zones as "UTC+02:00", others as their name."""
    fixed_offset = _fixed_offset_minutes(zone)
    return offset_label(fixed_offset) if fixed_offset is not None else zone


def build_zone_index(
    places: Iterable[Place],
    zone_names: Iterable[str],
    *,
    alternate_names: Mapping[str, str] | None = None,
) -> ZoneIndex:
    """Precompute exact and fuzzy lookups over `places`, the IANA `zone_names` and optional extra names.

    When two sources give the same normalised name, the earlier one wins: full IANA names, place
    names (most populous first), `alternate_names`, bare zone names and zone city parts, and last
    "name country-code" ("london ca"). Alternate names and "name country-code" are looked up
    exactly but not fuzzy-matched: they are many, and often obscure.
    """
    places_by_population = sorted(places, key=lambda place: (-place.population, place.name, place.zone))
    sorted_zone_names = sorted(set(zone_names))
    largest_population_by_zone: dict[str, int] = {}
    for place in places_by_population:
        largest_population_by_zone.setdefault(place.zone, place.population)

    exact_matches: dict[str, ZoneSuggestion] = {}
    population_by_name: dict[str, int] = {}

    def add(key: str, suggestion: ZoneSuggestion, population: int, *, fuzzy: bool = True) -> None:
        if not key:
            return
        # First writer wins, so the order of the calls below is the priority order.
        exact_matches.setdefault(key, suggestion)
        # A name any fuzzy-worthy source uses stays fuzzy-matchable, even if an alternate name claimed it first.
        if fuzzy:
            population_by_name[key] = max(population, population_by_name.get(key, 0))

    # Full names with a region ("Europe/Berlin") cannot clash with a place name, so they go first.
    for zone in sorted_zone_names:
        if "/" in zone:
            add(
                _normalise(zone),
                ZoneSuggestion(_zone_label(zone), zone),
                largest_population_by_zone.get(zone, 0),
            )
    # Most populous first, so "Paris" is Paris, France, and not Paris, Texas.
    keyed_places = [
        (_normalise(place.name), place, ZoneSuggestion(f"{place.name}, {place.country_code}", place.zone))
        for place in places_by_population
    ]
    for key, place, suggestion in keyed_places:
        add(key, suggestion, place.population)
    for name, zone in (alternate_names or {}).items():
        add(_normalise(name), ZoneSuggestion(_zone_label(zone), zone), 0, fuzzy=False)
    # Bare zone names ("Japan") and zone city parts ("new york") only fill names nothing else has taken.
    for zone in sorted_zone_names:
        population = largest_population_by_zone.get(zone, 0)
        if "/" not in zone:
            add(_normalise(zone), ZoneSuggestion(_zone_label(zone), zone), population)
        city_part = _zone_city_part(zone)
        if city_part is not None:
            add(_normalise(city_part), ZoneSuggestion(zone, zone), population)
    for key, place, suggestion in keyed_places:
        if key:
            add(f"{key} {_normalise(place.country_code)}", suggestion, place.population, fuzzy=False)

    namesakes: dict[str, list[tuple[ZoneSuggestion, int]]] = {}
    for key, place, suggestion in keyed_places:
        if not key:
            continue
        known_zones = {exact_matches[key].zone, *(namesake.zone for namesake, _ in namesakes.get(key, ()))}
        if suggestion.zone not in known_zones and len(namesakes.get(key, ())) < _MAX_NAMESAKES_PER_NAME:
            namesakes.setdefault(key, []).append((suggestion, place.population))

    fuzzy_choices = sorted(population_by_name, key=lambda key: (-population_by_name[key], key))
    fuzzy_choices = fuzzy_choices[:_MAX_FUZZY_CHOICES]
    name_prefix_matches: dict[str, list[str]] = {}
    for key in fuzzy_choices:
        if "/" in key:
            continue
        words = key.split(" ")
        for word_count in range(1, len(words)):
            longer_names = name_prefix_matches.setdefault(" ".join(words[:word_count]), [])
            if len(longer_names) < _MAX_PREFIX_MATCHES_PER_PREFIX:
                longer_names.append(key)
    return ZoneIndex(
        exact_matches=MappingProxyType(exact_matches),
        population_by_name=MappingProxyType(population_by_name),
        fuzzy_choices=tuple(fuzzy_choices),
        name_prefix_matches=MappingProxyType(
            {prefix: tuple(keys) for prefix, keys in name_prefix_matches.items()}
        ),
        namesakes=MappingProxyType({key: tuple(places) for key, places in namesakes.items()}),
    )


def resolve_zone(text: str, index: ZoneIndex, *, limit: int = 3) -> ZoneMatch:
    """Return the zone `text` names (a UTC offset, an IANA name or a place), or up to `limit` close suggestions.

    "City, anything" that is not itself a known name suggests that city and its namesakes rather
    than choosing one, since the part after the comma ("Paris, Texas") may rule out the biggest.
    """
    offset_minutes = parse_utc_offset(text)
    if offset_minutes is not None:
        zone = offset_zone(offset_minutes)
        return ZoneMatch(
            zone=zone, place_label=offset_label(offset_minutes) if zone else None, suggestions=()
        )

    key = _normalise(text)
    exact = index.exact_matches.get(key)
    if exact is not None:
        return ZoneMatch(zone=exact.zone, place_label=exact.label, suggestions=())
    if not _MIN_FUZZY_QUERY_LENGTH <= len(key) <= _MAX_FUZZY_QUERY_LENGTH or limit <= 0:
        return ZoneMatch(zone=None, place_label=None, suggestions=())

    # Each candidate is (edits from what was typed, minus population, suggestion); lowest sorts first.
    candidates: list[tuple[int, int, ZoneSuggestion]] = []

    def add_candidate(name: str, edits: int) -> None:
        candidates.append((edits, -index.population_by_name.get(name, 0), index.exact_matches[name]))
        for namesake, population in index.namesakes.get(name, ()):
            candidates.append((edits, -population, namesake))

    city_before_comma = _normalise(text.partition(",")[0]) if "," in text else ""
    if city_before_comma in index.exact_matches:
        add_candidate(city_before_comma, 0)
    # Ask for more hits than needed: several names can point at the same zone and get dropped.
    hits = process.extract(
        key,
        index.fuzzy_choices,
        scorer=OSA.normalized_similarity,
        processor=None,
        limit=limit * 8,
        score_cutoff=FUZZY_SIMILARITY_CUTOFF,
    )
    for name, _similarity, _position in hits:
        add_candidate(name, OSA.distance(key, name))
    for longer_name in index.name_prefix_matches.get(key, ()):
        add_candidate(longer_name, _PREFIX_MATCH_EDITS)

    suggestions: list[ZoneSuggestion] = []
    seen_zones: set[str] = set()
    seen_labels: set[str] = set()
    for _edits, _minus_population, suggestion in sorted(candidates, key=lambda candidate: candidate[:2]):
        if suggestion.zone in seen_zones or suggestion.label in seen_labels:
            continue
        seen_zones.add(suggestion.zone)
        seen_labels.add(suggestion.label)
        suggestions.append(suggestion)
        if len(suggestions) == limit:
            break
    return ZoneMatch(zone=None, place_label=None, suggestions=tuple(suggestions))


def parse_utc_offset(text: str) -> int | None:
    """Return the offset in minutes `text` spells ("UTC+2", "gmt -5", "+05:30", "+5.5", "UTC"), else None."""
    cleaned = " ".join(text.split()).casefold()
    match = _OFFSET_PATTERN.fullmatch(cleaned)
    # The pattern makes both halves optional; a bare "" or "5" is not an offset.
    if match is None or (match["prefix"] is None and match["sign"] is None):
        return None
    if match["sign"] is None:
        return 0
    hours = int(match["hours"])
    if match["minutes"] is not None:
        minutes = int(match["minutes"])
        if minutes > 59:
            return None
    elif match["tenths"] is not None:
        # "+5.5" means five and a half hours; tenths that are not whole minutes ("+5.1" is 5:06) are refused.
        if int(match["tenths"]) % 5:
            return None
        minutes = int(match["tenths"]) * 6
    else:
        minutes = 0
    if hours > 23:
        return None
    magnitude = hours * 60 + minutes
    return magnitude if match["sign"] == "+" else -magnitude


def offset_zone(offset_minutes: int) -> str | None:
    """Return a zone that keeps `offset_minutes` from UTC, or None when no real place uses that offset."""
    if offset_minutes == 0:
        return "Etc/UTC"
    if offset_minutes % 60 == 0 and _MIN_WHOLE_HOUR_OFFSET <= offset_minutes <= _MAX_WHOLE_HOUR_OFFSET:
        # POSIX inverts the sign in Etc names: UTC+2 is "Etc/GMT-2".
        return f"Etc/GMT{-offset_minutes // 60:+d}"
    return _FRACTIONAL_OFFSET_ZONES.get(offset_minutes)


def offset_label(offset_minutes: int) -> str:
    """Return the offset as "UTC+05:30" / "UTC-05:00", or "UTC" for zero."""
    if offset_minutes == 0:
        return "UTC"
    sign = "+" if offset_minutes > 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _fixed_offset_minutes(zone: str) -> int | None:
    """Return the offset of a fixed-offset Etc-style zone ("Etc/GMT-2" -> 120), else None."""
    if zone in _UTC_ALIASES:
        return 0
    match = _ETC_GMT_PATTERN.fullmatch(zone)
    if match is None:
        return None
    # Undo the POSIX sign inversion.
    hours = int(match["hours"])
    return -hours * 60 if match["sign"] == "+" else hours * 60


def short_offset(offset_minutes: int) -> str:
    """The offset as people write it: "UTC+1", "UTC−4" (a true minus sign), "UTC+5:30", or "UTC"."""
    if offset_minutes == 0:
        return "UTC"
    sign = "+" if offset_minutes > 0 else "\u2212"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def place_name(zone: str) -> str:
    """The place in an IANA name, as people write it: "America/New_York" → "New York"."""
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def readable_label(label: str) -> str:
    """A suggestion's label as people read it: an IANA name ("Europe/Berlin") becomes its place ("Berlin")."""
    return place_name(label) if "/" in label else label


def describe_zone(zone: str, now: datetime) -> str:
    """Return "New York (UTC−4)" for `zone` at the aware instant `now`; fixed-offset zones as just "UTC+2"."""
    if now.tzinfo is None or now.utcoffset() is None:
        # A naive time would be read as the server's local time, which differs per host.
        raise ValueError("describe_zone needs an aware datetime")
    offset = now.astimezone(ZoneInfo(zone)).utcoffset()
    assert offset is not None  # A ZoneInfo always knows its offset at a given instant.
    label = short_offset(round(offset.total_seconds() / 60))
    if _fixed_offset_minutes(zone) is not None:
        # "Etc/GMT-2" reads as the opposite of what it means; show only the offset.
        return label
    return f"{place_name(zone)} ({label})"
