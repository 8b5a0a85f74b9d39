"""The shipped content files load; a broken file fails with a line naming file, entry and field."""

import shutil
from pathlib import Path

import pytest

from bot.content.loader import (
    ContentError,
    content_dir,
    load_helplines,
    load_onboarding,
    load_safety_languages,
)
from bot.practice.screen import LANGUAGES


def test_shipped_onboarding_and_helplines_load():
    """Onboarding copy has patterns for every direction and six reflection statements; help lines load."""
    onboarding = load_onboarding()
    assert set(onboarding.patterns) == {"anxious", "avoidant", "both"}
    assert len(onboarding.reflection) == 6
    assert {s.leans for s in onboarding.reflection} == {"anxious", "avoidant"}
    helplines = load_helplines()
    assert helplines.fallback.url.startswith("https://findahelpline.com")


# Every country of the screen's thirteen languages, the EU's large states, and the ones the brief names.
REQUIRED_COUNTRIES = {
    "US", "CA", "GB", "IE", "AU", "NZ", "IN", "ZA", "NG", "PH", "JP", "BR", "MX", "ES", "AR", "CO", "CL", "PT",
    "DE", "AT", "CH", "FR", "BE", "IT", "NL", "PL", "RO", "SE", "GR", "CZ", "RU", "UA", "TR", "IR", "EG", "SA",
    "AE", "MA", "JO", "LB", "ID",
}  # fmt: skip


def test_help_lines_cover_at_least_thirty_countries_including_every_required_one():
    """The directory lists at least 30 countries, every required one among them."""
    countries = load_helplines().countries
    assert len(countries) >= 30 and REQUIRED_COUNTRIES <= set(countries)


def test_every_help_line_has_all_its_fields_and_a_plausible_number():
    """Each line has a number of 2 to 20 dialable characters, topics, hours, a source URL and last_verified."""
    for code, country in load_helplines().countries.items():
        assert country.emergency and any("suicide" in line.topics for line in country.lines), code
        for line in country.lines:
            digits = sum(ch.isdigit() for ch in line.number)
            assert 2 <= digits <= 15, (code, line.name)
            assert line.number.replace(" ", "").replace("-", "") in line.contact.replace(" ", "").replace(
                "-", ""
            ), (
                code,
                line.name,
            )
            assert line.hours and line.source.startswith(("https://", "http://")) and line.topics
            assert line.last_verified is not None or line.note, (code, line.name)


def test_a_line_without_a_source_url_is_refused(tmp_path):
    """The loader refuses a help line whose source is not a URL, naming the file."""
    text = (content_dir() / "helplines.yaml").read_text(encoding="utf-8")
    (tmp_path / "helplines.yaml").write_text(
        text.replace('source: "https://', 'source: "see ', 1), encoding="utf-8"
    )
    with pytest.raises(ContentError, match="helplines.yaml"):
        load_helplines(tmp_path)


def test_every_screened_language_has_its_line_in_the_content():
    """Each non-English screen language has its one short crisis line in safety_languages.yaml."""
    lines = load_safety_languages().lines
    assert set(lines) == set(LANGUAGES) - {"en"}
    assert all(0 < len(line) <= 160 for line in lines.values())


def test_pattern_buttons_fit_callback_data():
    """Every pattern id fits in 64-byte callback data with its prefix."""
    for options in load_onboarding().patterns.values():
        for option in options:
            assert len(f"ob:pat:{option.id}".encode()) <= 64


def test_broken_file_names_file_entry_and_field(tmp_path: Path):
    """A pattern with an over-long button label fails naming onboarding.yaml, the entry and the field."""
    shutil.copy(content_dir() / "onboarding.yaml", tmp_path / "onboarding.yaml")
    path = tmp_path / "onboarding.yaml"
    path.write_text(
        path.read_text().replace('button: "Checking my phone again and again"', 'button: "' + "x" * 80 + '"')
    )
    with pytest.raises(ContentError) as raised:
        load_onboarding(tmp_path)
    message = str(raised.value)
    assert "onboarding.yaml" in message and "phone_checking" in message and "button" in message


def test_unreadable_yaml_is_a_content_error(tmp_path: Path):
    """Invalid YAML is reported as a ContentError, not a traceback from the parser."""
    (tmp_path / "helplines.yaml").write_text("fallback: [unclosed")
    with pytest.raises(ContentError, match="helplines.yaml"):
        load_helplines(tmp_path)
