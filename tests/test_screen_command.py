"""`python -m bot screen`: one JSON verdict per input line, in order, with no token, database or network."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_screen(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    # A bare environment: no BOT_TOKEN, no DATABASE_URL, no proxy settings.
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "screen", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_three_lines_in_give_three_verdicts_out_in_order():
    """The README's example prints crisis, crisis and a non-crisis verdict, one JSON object per line."""
    done = run_screen(stdin="I feel like dying\nquiero morir\nI will die if he leaves me lol\n")
    assert done.returncode == 0, done.stderr
    verdicts = [json.loads(line) for line in done.stdout.splitlines()]
    assert [verdict["tier"] for verdict in verdicts] == ["crisis", "crisis", "none"]
    assert verdicts[1] == {"tier": "crisis", "categories": ["suicide"], "language": "es"}
    assert set(verdicts[2]) == {"tier", "categories", "language"}


def test_a_file_argument_is_read_like_stdin(tmp_path):
    """A file given as the argument is screened line by line, blank lines included."""
    phrases = tmp_path / "phrases.txt"
    phrases.write_text(
        "my sister is suicidal\n\nhe checks my phone and won't let me see friends\n", encoding="utf-8"
    )
    done = run_screen(str(phrases))
    verdicts = [json.loads(line) for line in done.stdout.splitlines()]
    assert [v["categories"] for v in verdicts] == [["other_person"], [], ["partner_violence"]]


def test_an_unreadable_file_stops_with_one_line():
    """A missing file gives one line on stderr and exit status 2."""
    done = run_screen("/nonexistent/phrases.txt")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
