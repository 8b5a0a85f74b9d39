"""Measures the crisis screen on the labelled corpus beside this file: recall and false alarms by language."""

# Run `python -m tests.screen_corpus.measure` for the table the README shows.

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.practice.screen import Tier, screen

CORPUS = Path(__file__).parent
# Phrases written by someone who saw neither the patterns nor the corpus, after the screen was
# tuned on the corpus; measured and reported, never tuned on, and held to no floor.
AFTER_TUNING = CORPUS / "written_after_tuning"
LABELS = ("crisis", "check", "clear")
FLOORS = {"crisis_recall": 0.97, "check_coverage": 0.95, "false_alarm": 0.03, "check_on_clear": 0.15}


@dataclass(frozen=True)
class Phrase:
    """One labelled phrase: its language (from the file name), text, label and categories."""

    language: str
    text: str
    label: str
    categories: tuple[str, ...]


def load(folder: Path = CORPUS) -> list[Phrase]:
    """Every phrase of every `<language>[_part].jsonl` file in the folder."""
    phrases = []
    for path in sorted(folder.glob("*.jsonl")):
        language = path.stem.split("_")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                phrases.append(Phrase(language, row["text"], row["label"], tuple(row["categories"])))
    return phrases


@dataclass
class Figures:
    """Counts for one language (or all), and the four rates the floors apply to."""

    crisis: int = 0
    crisis_hit: int = 0
    flagged: int = 0
    flagged_hit: int = 0
    clear: int = 0
    clear_crisis: int = 0
    clear_check: int = 0

    def add(self, label: str, tier: Tier) -> None:
        """Count one phrase's label against the tier the screen gave it."""
        if label == "crisis":
            self.crisis += 1
            self.crisis_hit += tier is Tier.CRISIS
        if label in ("crisis", "check"):
            self.flagged += 1
            self.flagged_hit += tier is not Tier.NONE
        if label == "clear":
            self.clear += 1
            self.clear_crisis += tier is Tier.CRISIS
            self.clear_check += tier is Tier.CHECK

    def rates(self) -> dict[str, float]:
        """Crisis recall, check coverage, false alarm and check-on-clear."""
        return {
            "crisis_recall": self.crisis_hit / self.crisis if self.crisis else 1.0,
            "check_coverage": self.flagged_hit / self.flagged if self.flagged else 1.0,
            "false_alarm": self.clear_crisis / self.clear if self.clear else 0.0,
            "check_on_clear": self.clear_check / self.clear if self.clear else 0.0,
        }


def measure(phrases: list[Phrase]) -> tuple[dict[str, Figures], list[tuple[Phrase, Tier]]]:
    """Figures by language (and "all"), and the phrases the screen got wrong with the tier it gave."""
    figures: dict[str, Figures] = {}
    wrong = []
    for phrase in phrases:
        tier = screen(phrase.text).tier
        for key in (phrase.language, "all"):
            figures.setdefault(key, Figures()).add(phrase.label, tier)
        expected_ok = {
            "crisis": tier is Tier.CRISIS,
            "check": tier is not Tier.NONE,
            "clear": tier is not Tier.CRISIS,
        }[phrase.label]
        if not expected_ok or (phrase.label == "clear" and tier is Tier.CHECK):
            wrong.append((phrase, tier))
    return figures, wrong


def below_floor(figures: Figures) -> list[str]:
    """The rates of `figures` that miss their floor, worded for a failure message."""
    misses = []
    for name, value in figures.rates().items():
        floor = FLOORS[name]
        if (value < floor) if name in ("crisis_recall", "check_coverage") else (value > floor):
            misses.append(f"{name} {value:.3f} (floor {floor})")
    return misses


def table(figures: dict[str, Figures]) -> str:
    """A Markdown table of the figures by language."""
    rows = [
        "| language | phrases | crisis recall | check coverage | false alarm | check on clear |",
        "|---|---|---|---|---|---|",
    ]
    for language in sorted(figures, key=lambda key: (key == "all", key)):
        f = figures[language]
        r = f.rates()
        rows.append(
            f"| {language} | {f.flagged + f.clear} | {r['crisis_recall']:.2f} ({f.crisis_hit}/{f.crisis}) | "
            f"{r['check_coverage']:.2f} | {r['false_alarm']:.3f} ({f.clear_crisis}/{f.clear}) | "
            f"{r['check_on_clear']:.2f} ({f.clear_check}/{f.clear}) |"
        )
    return "\n".join(rows)


if __name__ == "__main__":
    import sys

    results, mistakes = measure(load())
    print(table(results))
    if "--after-tuning" in sys.argv:
        print("\nWritten after tuning (never tuned on):\n")
        print(table(measure(load(AFTER_TUNING))[0]))
    if "-v" in sys.argv:
        for phrase, tier in mistakes:
            print(f"{phrase.language}\t{phrase.label}->{tier}\t{phrase.categories}\t{phrase.text}")
