"""The shipped content files load; a broken file fails with a line naming file, entry and field."""

import shutil
from pathlib import Path

import pytest

from bot.content.loader import ContentError, content_dir, load_helplines, load_onboarding


def test_shipped_onboarding_and_helplines_load():
    """Onboarding copy has patterns for every direction and six reflection statements; help lines load."""
    onboarding = load_onboarding()
    assert set(onboarding.patterns) == {"anxious", "avoidant", "both"}
    assert len(onboarding.reflection) == 6
    assert {s.leans for s in onboarding.reflection} == {"anxious", "avoidant"}
    helplines = load_helplines()
    assert helplines.fallback.url.startswith("https://findahelpline.com")
    assert all(country.crisis for country in helplines.countries.values())


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
