"""Loads and validates the shipped content files; a bad file stops start-up with one line naming it."""

from __future__ import annotations

from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Direction = Literal["anxious", "avoidant", "both"]


class ContentError(Exception):
    """A content file is missing, unreadable or invalid; the message names file, entry and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DirectionCopy(_Strict):
    button: str = Field(min_length=1, max_length=40)
    summary: str = Field(min_length=1, max_length=40)


# The exercise tags (what makes a suggestion unsafe when a partner frightens the user), and
# self_directed for the suggestions written for the person alone, offered to them instead.
PatternTag = Literal["partner_task", "partner_contact", "phone_away", "exposure", "self_directed"]


class PatternOption(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]{1,16}$")
    button: str = Field(min_length=1, max_length=36)
    pattern: str = Field(min_length=1, max_length=120)
    secure_alternative: str = Field(min_length=1, max_length=140)
    tags: list[PatternTag] = Field(min_length=1)

    @model_validator(mode="after")
    def _self_directed_alone(self) -> PatternOption:
        if "self_directed" in self.tags and len(self.tags) > 1:
            raise ValueError("a self_directed suggestion carries no partner tag")
        return self

    @property
    def self_directed(self) -> bool:
        """Written for the person alone: safe to offer when a partner frightens them."""
        return "self_directed" in self.tags


class ReflectionStatement(_Strict):
    id: str = Field(pattern=r"^r\d$")
    text: str = Field(min_length=1, max_length=120)
    leans: Literal["anxious", "avoidant"]


class OnboardingContent(_Strict):
    """Onboarding copy: direction buttons, pattern lists per direction, the reflection statements."""

    directions: dict[Direction, DirectionCopy]
    patterns: dict[Direction, list[PatternOption]]
    reflection: list[ReflectionStatement] = Field(min_length=4, max_length=8)
    reflection_note: str = Field(min_length=1, max_length=300)

    @model_validator(mode="after")
    def _complete(self) -> OnboardingContent:
        for direction in ("anxious", "avoidant", "both"):
            if direction not in self.directions or not self.patterns.get(direction):
                raise ValueError(f"direction {direction!r} needs a button and at least one pattern")
            options = self.patterns[direction]
            if all(option.self_directed for option in options) or not any(
                option.self_directed for option in options
            ):
                raise ValueError(f"direction {direction!r} needs partner and self-directed suggestions")
        ids = [option.id for options in self.patterns.values() for option in options]
        if len(ids) != len(set(ids)):
            raise ValueError("pattern ids must be unique")
        return self

    def all_patterns(self) -> list[PatternOption]:
        """Every pattern suggestion, in every direction."""
        return [option for options in self.patterns.values() for option in options]

    def pattern_option(self, pattern_id: str) -> PatternOption | None:
        """The listed pattern with this id, in any direction."""
        for options in self.patterns.values():
            for option in options:
                if option.id == pattern_id:
                    return option
        return None


HELPLINE_TOPICS = ("suicide", "domestic_abuse", "sexual_assault", "youth")


class HelpLine(_Strict):
    name: str = Field(min_length=1)
    # What a person dials or texts: digits, spaces, + and - only.
    number: str = Field(pattern=r"^[0-9+][0-9 +\-]{1,19}$")
    contact: str = Field(min_length=1)
    topics: list[Literal["suicide", "domestic_abuse", "sexual_assault", "youth"]] = Field(min_length=1)
    hours: str = Field(min_length=1)
    source: str = Field(pattern=r"^https?://\S+$")
    last_verified: date | None
    note: str | None = None

    @model_validator(mode="after")
    def _unverified_lines_say_so(self) -> HelpLine:
        if self.last_verified is None and not self.note:
            raise ValueError(f"{self.name}: a line without last_verified needs a note saying why")
        return self


class CountryLines(_Strict):
    name: str
    emergency: str = Field(min_length=1)
    lines: list[HelpLine] = Field(min_length=1)

    @model_validator(mode="after")
    def _has_a_crisis_line(self) -> CountryLines:
        if not any("suicide" in line.topics for line in self.lines):
            raise ValueError(f"{self.name} has no suicide or crisis line")
        return self

    def for_topics(self, topics: list[str] | tuple[str, ...]) -> list[HelpLine]:
        """This country's lines for any of `topics`, in the order the topics are asked for."""
        chosen: list[HelpLine] = []
        for topic in topics:
            chosen += [line for line in self.lines if topic in line.topics and line not in chosen]
        return chosen


class Fallback(_Strict):
    name: str
    url: str = Field(pattern=r"^https://")
    description: str


class EmergencyRegion(_Strict):
    region: str
    number: str


class Helplines(_Strict):
    """Help lines by ISO country code, the directory to fall back on, and emergency numbers by region."""

    fallback: Fallback
    emergency_regions: list[EmergencyRegion] = Field(min_length=1)
    countries: dict[str, CountryLines]


class SafetyLanguages(_Strict):
    """One short line per language saying help is below and the person is not alone."""

    lines: dict[str, str]


class StoryPromptEntry(_Strict):
    id: str = Field(pattern=r"^[a-z]{1,12}$")
    text: str = Field(min_length=1, max_length=300)
    repeatable: bool


class StoryContent(_Strict):
    """The /story prompt sequence."""

    prompts: list[StoryPromptEntry] = Field(min_length=2)

    @model_validator(mode="after")
    def _ids_unique_and_some_repeat(self) -> StoryContent:
        ids = [prompt.id for prompt in self.prompts]
        if len(ids) != len(set(ids)):
            raise ValueError("story prompt ids must be unique")
        if not any(prompt.repeatable for prompt in self.prompts):
            raise ValueError("at least one story prompt must be repeatable")
        return self


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path.name}: cannot be read ({type(error).__name__})") from error


def _describe(path: Path, error: ValidationError, data: object) -> str:
    first = error.errors()[0]
    location = list(first["loc"])
    entry = ""
    # Name the entry by its id when the failing field sits inside a list of entries.
    node = data
    for part in location:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node:
            entry = f" entry {node['id']!r}"
    field = ".".join(str(part) for part in location) or "(top level)"
    return f"{path.name}:{entry} field {field}: {first['msg']}"


def load_model(path: Path, model: type[BaseModel]) -> BaseModel:
    """One content file validated against its model, or ContentError naming file, entry and field."""
    data = _read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise ContentError(_describe(path, error, data)) from error


def content_dir() -> Path:
    """The folder holding the shipped content files."""
    return Path(str(resources.files("bot.content")))


def load_onboarding(folder: Path | None = None) -> OnboardingContent:
    """The onboarding copy."""
    return load_model((folder or content_dir()) / "onboarding.yaml", OnboardingContent)


def load_helplines(folder: Path | None = None) -> Helplines:
    """The help-line directory."""
    return load_model((folder or content_dir()) / "helplines.yaml", Helplines)


def load_safety_languages(folder: Path | None = None) -> SafetyLanguages:
    """The crisis reply's line in each screened language."""
    return load_model((folder or content_dir()) / "safety_languages.yaml", SafetyLanguages)


def load_story(folder: Path | None = None) -> StoryContent:
    """The story prompts."""
    return load_model((folder or content_dir()) / "story.yaml", StoryContent)
