"""The shipped exercises load, cover every framework and fit Telegram; broken files fail naming file, exercise and field."""

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.content.exercises import FRAMEWORK_TAGS, load_exercises
from bot.content.loader import ContentError, content_dir
from bot.practice.exercise_choice import Exercise

SHIPPED = content_dir() / "exercises"
TELEGRAM_MESSAGE_CHARS = 4096
TELEGRAM_CALLBACK_BYTES = 64
EASY_ENOUGH_TAGS = (
    "pathway_coherent_story",
    "pathway_identify_pattern",
    "pathway_secure_alternative",
    "pathway_secure_relationships",
    "need_expression",
    "repair",
    "closeness_space_balance",
    "mindful_listening",
    "respond_to_bids",
    "support_exploration",
    "lapse_debrief",
)


@pytest.fixture(scope="module")
def exercises() -> tuple[Exercise, ...]:
    return load_exercises()


def test_shipped_files_load_with_enough_exercises_per_direction(exercises):
    """At least 32 exercises load, sorted by id: 11+ anxious, 11+ avoidant and 8+ shared."""
    directions = Counter(exercise.direction for exercise in exercises)
    assert len(exercises) >= 32
    assert directions["anxious"] >= 11 and directions["avoidant"] >= 11 and directions["both"] >= 8
    assert [exercise.id for exercise in exercises] == sorted(exercise.id for exercise in exercises)


def test_loaded_exercises_are_practice_records(exercises):
    """Loading yields the practice Exercise with tuples for steps and frameworks and None for absent options."""
    by_id = {exercise.id: exercise for exercise in exercises}
    assert all(isinstance(exercise, Exercise) for exercise in exercises)
    assert by_id["A01"].timer_minutes == 5 and by_id["A01"].caution.startswith("Stop if you feel dizzy")
    assert by_id["A03"].timer_minutes is None and by_id["A03"].caution is None
    assert isinstance(by_id["A03"].steps, tuple) and isinstance(by_id["A03"].frameworks, tuple)


def test_every_framework_tag_is_used(exercises):
    """Each tag in the fixed framework list is carried by at least one exercise."""
    used = {tag for exercise in exercises for tag in exercise.frameworks}
    assert used == set(FRAMEWORK_TAGS)


@pytest.mark.parametrize("tag", EASY_ENOUGH_TAGS)
def test_core_frameworks_are_reachable_before_level_three(exercises, tag):
    """Each core framework has an exercise at level 1 or 2, so users meet it without asking for a bigger step."""
    assert any(tag in exercise.frameworks and exercise.level <= 2 for exercise in exercises)


def test_follow_up_purposes_have_easy_exercises(exercises):
    """There is a level-1 debrief (for the old pattern) and a consolidation exercise (for a strong secure response)."""
    assert any(exercise.purpose == "debrief" and exercise.level == 1 for exercise in exercises)
    assert any(exercise.purpose == "consolidation" for exercise in exercises)


def test_every_exercise_fits_telegram(exercises):
    """A whole exercise card stays well under Telegram's message limit and every id fits exercise callback data."""
    for exercise in exercises:
        card = "\n\n".join(
            [exercise.title, *exercise.steps, exercise.why, exercise.caution or "", exercise.source]
        )
        assert len(card) < TELEGRAM_MESSAGE_CHARS // 2, exercise.id
        assert len(f"ex:{10**12 - 1}:{exercise.id}".encode()) < TELEGRAM_CALLBACK_BYTES, exercise.id


# --- broken files ------------------------------------------------------------------------------


def _copy_shipped(tmp_path: Path) -> Path:
    for path in SHIPPED.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["exercises"])
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _entry(entries: list[dict], exercise_id: str) -> dict:
    return next(entry for entry in entries if entry["id"] == exercise_id)


def _load_error(folder: Path) -> str:
    with pytest.raises(ContentError) as raised:
        load_exercises(folder)
    return str(raised.value)


def test_copied_files_load_unchanged(tmp_path):
    """The copies the broken-file tests start from load like the shipped files, so each failure is the edit's."""
    assert load_exercises(_copy_shipped(tmp_path)) == load_exercises()


def test_missing_field_names_file_exercise_and_field(tmp_path):
    """An exercise without `why` fails naming anxious.yaml, A03 and why."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "anxious.yaml", lambda entries: _entry(entries, "A03").pop("why"))
    assert _load_error(folder) == "anxious.yaml: exercise 'A03' field why: Field required"


def test_unknown_direction_names_file_exercise_and_field(tmp_path):
    """A direction outside the three fails naming anxious.yaml, A03 and direction, and lists what is allowed."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "anxious.yaml", lambda entries: _entry(entries, "A03").update(direction="clingy"))
    assert _load_error(folder) == (
        "anxious.yaml: exercise 'A03' field direction: Input should be 'anxious', 'avoidant' or 'both'"
    )


def test_duplicate_id_across_files_names_both_files(tmp_path):
    """An exercise copied from anxious.yaml into avoidant.yaml fails naming the id and both files."""
    folder = _copy_shipped(tmp_path)
    copied = _entry(yaml.safe_load((folder / "anxious.yaml").read_text(encoding="utf-8"))["exercises"], "A03")
    _edit(folder / "avoidant.yaml", lambda entries: entries.append(copied))
    assert _load_error(folder) == "avoidant.yaml: exercise 'A03' duplicates an id from anxious.yaml"


def test_duplicate_id_within_one_file_is_caught(tmp_path):
    """Two entries with the same id in one file fail too."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "both.yaml", lambda entries: entries.append(dict(_entry(entries, "C02"))))
    assert _load_error(folder) == "both.yaml: exercise 'C02' appears twice in both.yaml"


def test_id_letter_must_match_direction(tmp_path):
    """A B-numbered exercise marked anxious fails naming the file, id and direction."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "avoidant.yaml", lambda entries: _entry(entries, "B01").update(direction="anxious"))
    message = _load_error(folder)
    assert message.startswith("avoidant.yaml: exercise 'B01' field direction:") and "avoidant" in message


def test_file_must_hold_only_its_own_direction(tmp_path):
    """A correctly lettered anxious exercise placed in both.yaml fails naming both.yaml, its id and direction."""
    folder = _copy_shipped(tmp_path)
    moved = _entry(yaml.safe_load((folder / "anxious.yaml").read_text(encoding="utf-8"))["exercises"], "A03")
    _edit(folder / "anxious.yaml", lambda entries: entries.remove(_entry(entries, "A03")))
    _edit(folder / "both.yaml", lambda entries: entries.append(moved))
    assert _load_error(folder).startswith("both.yaml: exercise 'A03' field direction:")


@pytest.mark.parametrize(
    "field, value, expected_field",
    [
        ("title", "x" * 49, "title"),
        ("level", 4, "level"),
        ("minutes", 0, "minutes"),
        ("partner", "no", "partner"),
        ("purpose", "distraction", "purpose"),
        ("frameworks", ["self_soothing", "vibes"], "frameworks.1"),
        ("steps", ["Only one step."], "steps"),
        ("steps", ["Fine.", "y" * 351], "steps.1"),
        ("why", "w" * 201, "why"),
        ("source", "s" * 121, "source"),
        ("caution", "c" * 161, "caution"),
        ("colour", "blue", "colour"),
    ],
)
def test_each_limit_is_enforced_and_named(tmp_path, field, value, expected_field):
    """Every field limit (lengths, ranges, strict types, fixed lists, no extra fields) fails naming that field."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "both.yaml", lambda entries: _entry(entries, "C09").update({field: value}))
    assert _load_error(folder).startswith(f"both.yaml: exercise 'C09' field {expected_field}:")


def test_entry_without_id_is_named_by_position(tmp_path):
    """An entry missing its id is named by its 1-based position in the file."""
    folder = _copy_shipped(tmp_path)
    _edit(folder / "both.yaml", lambda entries: entries[1].pop("id"))
    assert _load_error(folder) == "both.yaml: exercise #2 field id: Field required"


def test_unreadable_or_empty_folder_is_a_content_error(tmp_path):
    """Broken YAML and a folder with no exercise files are ContentErrors, not tracebacks."""
    assert "no exercise files" in _load_error(tmp_path)
    (tmp_path / "anxious.yaml").write_text("exercises: [unclosed", encoding="utf-8")
    assert _load_error(tmp_path).startswith("anxious.yaml: cannot be read")


def test_file_without_exercises_names_the_file_and_field(tmp_path):
    """A file whose exercise list is empty fails naming the file and the exercises field."""
    (tmp_path / "both.yaml").write_text("exercises: []\n", encoding="utf-8")
    assert _load_error(tmp_path).startswith("both.yaml: field exercises: List should have at least 1 item")


WRITING_WORDS = re.compile(r"\b(type|write|jot)\b", re.IGNORECASE)


def test_every_step_that_asks_for_writing_takes_text(exercises):
    """A step that says "type", "write" or "jot" is marked as taking text (keep or discard), and no other is."""
    for exercise in exercises:
        asks = {index for index, step in enumerate(exercise.steps) if WRITING_WORDS.search(step)}
        marked = {index for index, _ in exercise.writing}
        assert asks == marked, f"{exercise.id}: steps asking for writing {asks}, marked {marked}"
        assert all(mode in ("keep", "discard") for _, mode in exercise.writing)


def test_writing_must_name_a_real_step(tmp_path):
    """A writing mark on a step the exercise does not have is a content error naming the file and exercise."""
    folder = _copy_shipped(tmp_path)
    path = folder / "anxious.yaml"
    data = yaml.safe_load(path.read_text())
    data["exercises"][0]["writing"] = {9: "keep"}
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(ContentError, match="writing"):
        load_exercises(folder)


NAMED_IN_THE_ISSUE = ("B02", "B11", "C04", "A08", "A12")


def test_content_tags_mark_every_exercise_unsafe_with_a_frightening_partner(exercises):
    """Every partner exercise is tagged partner_task; the ones that still point at a partner are tagged too."""
    by_id = {exercise.id: exercise for exercise in exercises}
    for exercise in exercises:
        if exercise.partner:
            assert "partner_task" in exercise.tags, exercise.id
        if re.search(r"\bpartner\b", " ".join(exercise.steps), re.IGNORECASE):
            assert exercise.tags, f"{exercise.id} speaks of a partner but carries no tag"
    for exercise_id in NAMED_IN_THE_ISSUE:
        assert by_id[exercise_id].tags, exercise_id
    assert "phone_away" in by_id["A12"].tags
