"""Loads and validates the exercise files; a bad entry stops start-up with one line naming file, exercise and field."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from bot.content.loader import ContentError, Direction, _describe, _read_yaml, content_dir
from bot.practice.exercise_choice import Exercise

Purpose = Literal[
    "soothe", "closeness", "expression", "repair", "reflection", "debrief", "consolidation", "planning"
]
FrameworkTag = Literal[
    "pathway_coherent_story",
    "pathway_identify_pattern",
    "pathway_secure_alternative",
    "pathway_secure_relationships",
    "self_soothing",
    "incremental_closeness",
    "self_trust",
    "need_expression",
    "repair",
    "closeness_space_balance",
    "mindful_listening",
    "respond_to_bids",
    "support_exploration",
    "lapse_debrief",
    "consolidation",
    "dependency_paradox",
]
# partner_task: the practice is about or with the partner; partner_contact: it works on contacting
# them; phone_away: it asks the user to be unreachable for a while; exposure: a vulnerable step.
ContentTag = Literal["partner_task", "partner_contact", "phone_away", "exposure"]
CONTENT_TAGS: tuple[str, ...] = get_args(ContentTag)
PURPOSES: tuple[str, ...] = get_args(Purpose)
FRAMEWORK_TAGS: tuple[str, ...] = get_args(FrameworkTag)
DIRECTION_OF_LETTER = {"A": "anxious", "B": "avoidant", "C": "both"}

Step = Annotated[str, Field(min_length=1, max_length=350)]


class _StrictEntry(BaseModel):
    # strict=True so that `partner: "no"` or `level: "2"` is an error rather than quietly coerced.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class ExerciseEntry(_StrictEntry):
    """One exercise as written in a content file."""

    id: str = Field(pattern=r"^[ABC]\d{2,3}$")
    title: str = Field(min_length=1, max_length=48)
    direction: Direction
    level: int = Field(ge=1, le=3)
    minutes: int = Field(ge=1)
    timer_minutes: int | None = Field(default=None, ge=1)
    partner: bool
    purpose: Purpose
    frameworks: list[FrameworkTag] = Field(min_length=1)
    steps: list[Step] = Field(min_length=2, max_length=6)
    why: str = Field(min_length=1, max_length=200)
    source: str = Field(min_length=1, max_length=120)
    caution: str | None = Field(default=None, min_length=1, max_length=160)
    fits: Literal["week_start", "after_new_move", "after_old_move"] | None = None
    # Steps that take typed text (numbered from 1) and whether what is typed is kept with the
    # practice record ("keep") or read and let go ("discard"); the user is told which.
    writing: dict[int, Literal["keep", "discard"]] = Field(default_factory=dict)
    # What makes an exercise unsafe when a partner frightens the user; every tagged one is withheld.
    tags: list[ContentTag] = Field(default_factory=list)

    @model_validator(mode="after")
    def _writing_names_real_steps(self) -> ExerciseEntry:
        for number in self.writing:
            if not 1 <= number <= len(self.steps):
                raise ValueError(f"writing names step {number}, but there are {len(self.steps)} steps")
        return self

    def to_exercise(self) -> Exercise:
        """The practice-side record of this entry."""
        return Exercise(
            id=self.id,
            title=self.title,
            direction=self.direction,
            level=self.level,
            minutes=self.minutes,
            timer_minutes=self.timer_minutes,
            partner=self.partner,
            purpose=self.purpose,
            frameworks=tuple(self.frameworks),
            steps=tuple(self.steps),
            why=self.why,
            source=self.source,
            caution=self.caution,
            fits=self.fits,
            writing=tuple(sorted((number - 1, mode) for number, mode in self.writing.items())),
            tags=frozenset(self.tags),
        )


class ExerciseFile(_StrictEntry):
    """One exercise file: a non-empty list of exercises."""

    exercises: list[ExerciseEntry] = Field(min_length=1)


def _describe_exercise_error(path: Path, error: ValidationError, data: object) -> str:
    first = error.errors()[0]
    location = list(first["loc"])
    if len(location) < 3 or location[0] != "exercises" or not isinstance(location[1], int):
        return _describe(path, error, data)
    index = location[1]
    raw_entry = data["exercises"][index] if isinstance(data, dict) else None
    # An entry is named by its id when it has a usable one, otherwise by its 1-based position.
    if isinstance(raw_entry, dict) and isinstance(raw_entry.get("id"), str):
        entry = f"exercise {raw_entry['id']!r}"
    else:
        entry = f"exercise #{index + 1}"
    field = ".".join(str(part) for part in location[2:])
    return f"{path.name}: {entry} field {field}: {first['msg']}"


def _load_file(path: Path) -> list[ExerciseEntry]:
    data = _read_yaml(path)
    try:
        return ExerciseFile.model_validate(data).exercises
    except ValidationError as error:
        raise ContentError(_describe_exercise_error(path, error, data)) from error


def _check_consistency(entries_by_file: list[tuple[Path, list[ExerciseEntry]]]) -> None:
    # Duplicates are checked across every file before anything else, so a copied entry is reported
    # as the duplicate it is rather than as a letter that does not suit its new file.
    first_seen_in: dict[str, Path] = {}
    for path, entries in entries_by_file:
        for entry in entries:
            if entry.id in first_seen_in:
                earlier = first_seen_in[entry.id]
                where = (
                    f"appears twice in {path.name}"
                    if earlier == path
                    else f"duplicates an id from {earlier.name}"
                )
                raise ContentError(f"{path.name}: exercise {entry.id!r} {where}")
            first_seen_in[entry.id] = path
    for path, entries in entries_by_file:
        for entry in entries:
            letter_direction = DIRECTION_OF_LETTER[entry.id[0]]
            if entry.direction != letter_direction:
                raise ContentError(
                    f"{path.name}: exercise {entry.id!r} field direction: ids starting {entry.id[0]} "
                    f"are {letter_direction} exercises, not {entry.direction}"
                )
            # Files named after a direction hold only that direction, so each file stays one reviewable set.
            if path.stem in DIRECTION_OF_LETTER.values() and entry.direction != path.stem:
                raise ContentError(
                    f"{path.name}: exercise {entry.id!r} field direction: this file holds only "
                    f"{path.stem} exercises, not {entry.direction}"
                )


def load_exercises(folder: Path | None = None) -> tuple[Exercise, ...]:
    """Every exercise in the exercise folder (or `folder`), sorted by id, or ContentError naming the problem."""
    folder = folder or content_dir() / "exercises"
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise ContentError(f"{folder.name}: no exercise files (*.yaml) found")
    entries_by_file = [(path, _load_file(path)) for path in paths]
    _check_consistency(entries_by_file)
    exercises = [entry.to_exercise() for _, entries in entries_by_file for entry in entries]
    return tuple(sorted(exercises, key=lambda exercise: exercise.id))
