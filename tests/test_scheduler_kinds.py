"""The scheduler owns its kinds: each is declared once, has a renderer, and only scheduler/ writes due rows."""

import ast
from pathlib import Path

import pytest

from bot.app import DUE_KINDS
from bot.practice.export import SCHEDULED_KINDS
from scheduler.dispatch import one_at_a_time, with_renderers
from scheduler.kinds import KINDS

PROJECT = Path(__file__).resolve().parent.parent
# The storage functions that write due rows; only scheduler/ may call them.
DUE_ROW_WRITERS = {
    "set_due",
    "add_due",
    "delete_user_due",
    "delete_user",
    "release_held",
    "claim_due",
    "mark_sending",
    "mark_not_sent",
    "advance_due_rows",
    "delete_due_rows",
}
OUTSIDE_SCHEDULER = ("bot", "handlers")


def due_row_writes(path: Path, root: Path = PROJECT) -> list[str]:
    """`repo.<writer>(…)` calls and any mention of the DueMessage table in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Attribute) and node.attr in DUE_ROW_WRITERS:
            # `repo.<writer>` and `storage.repo.<writer>` alike.
            owner = (
                node.value.attr if isinstance(node.value, ast.Attribute) else getattr(node.value, "id", "")
            )
            if owner == "repo":
                found.append(f"{path.relative_to(root)}:{node.lineno} repo.{node.attr}")
        elif isinstance(node, ast.Name) and node.id == "DueMessage":
            found.append(f"{path.relative_to(root)}:{node.lineno} DueMessage")
        elif isinstance(node, ast.ImportFrom) and node.module == "storage.repo":
            found += [
                f"{path.relative_to(root)}:{node.lineno} import {alias.name}"
                for alias in node.names
                if alias.name in DUE_ROW_WRITERS
            ]
    return found


def test_only_the_scheduler_writes_due_rows():
    """No module in bot/ or handlers/ calls a due-row writer or touches the DueMessage table."""
    modules = [path for folder in OUTSIDE_SCHEDULER for path in sorted((PROJECT / folder).rglob("*.py"))]
    assert len(modules) > 20
    assert [write for path in modules for write in due_row_writes(path)] == []


def test_the_due_row_check_would_catch_a_direct_write(tmp_path):
    """A handler calling repo.set_due is reported (so the test above can fail)."""
    module = tmp_path / "handlers" / "probe.py"
    module.parent.mkdir()
    module.write_text("async def f(session, repo):\n    await repo.set_due(session, user_id=1)\n")
    assert due_row_writes(module, tmp_path) == ["handlers/probe.py:2 repo.set_due"]


def test_the_due_row_check_would_catch_a_handler_erasing_a_user(tmp_path):
    """A handler calling repo.delete_user itself (which takes the due rows with it) is reported."""
    module = tmp_path / "handlers" / "probe.py"
    module.parent.mkdir()
    module.write_text(
        "async def f(session, storage):\n    await storage.repo.delete_user(session, user_id=1)\n"
    )
    assert due_row_writes(module, tmp_path) == ["handlers/probe.py:2 repo.delete_user"]


def test_the_due_row_check_would_catch_a_handler_stopping_a_schedule(tmp_path):
    """A handler removing a user's due rows through the query, not through the scheduler, is reported."""
    module = tmp_path / "handlers" / "probe.py"
    module.parent.mkdir()
    module.write_text("from storage.repo import delete_user_due\n")
    assert due_row_writes(module, tmp_path) == ["handlers/probe.py:1 import delete_user_due"]


def test_every_declared_kind_has_a_renderer():
    """The wired kinds are exactly the declared ones, each joined with its declaration."""
    assert set(DUE_KINDS) == set(KINDS)
    assert all(DUE_KINDS[name].kind is KINDS[name] for name in KINDS)


def test_a_declared_kind_without_a_renderer_is_refused():
    """Wiring that leaves a declared kind out fails at start-up, naming it."""

    async def render(services, session, user, row, now):
        return None

    everything_but_one = {kind: one_at_a_time(render) for name, kind in KINDS.items() if name != "recap"}
    with pytest.raises(ValueError, match="recap"):
        with_renderers(everything_but_one)


def test_every_declared_kind_is_named_in_the_export():
    """A person's export says in words what each scheduled message is."""
    assert set(KINDS) <= set(SCHEDULED_KINDS)
