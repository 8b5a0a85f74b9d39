"""No handler imports another feature's handler module: shared plumbing lives in modules made for it."""

import ast
from pathlib import Path

HANDLERS = Path(__file__).resolve().parent.parent / "handlers"
# Plumbing every handler may use: keyboards and edits, the onboarded guard, the setup questions it
# leads back to, help lines, and burst coalescing.
SHARED = {"replying", "guards", "questions", "help_lines", "bursts"}
# Routers hand typed text and commands to the feature that waits for them, like bot/app.py does.
ROUTERS = {"text", "prompts"}


def imported_handler_modules(source: str) -> set[str]:
    """The handlers.* modules `source` imports, however it spells the import."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(
                alias.name.split(".")[1] for alias in node.names if alias.name.startswith("handlers.")
            )
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "handlers":
                found.update(alias.name for alias in node.names)
            elif node.module.startswith("handlers."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.ImportFrom) and node.level == 1:
            found.update(alias.name for alias in node.names) if not node.module else found.add(node.module)
    return found


def test_feature_handlers_import_only_shared_plumbing():
    """Every feature handler module imports no other feature's handler module."""
    offenders = {}
    for path in sorted(HANDLERS.glob("*.py")):
        name = path.stem
        if name in ROUTERS or name == "__init__":
            continue
        features = imported_handler_modules(path.read_text()) - SHARED - {name}
        if features:
            offenders[name] = sorted(features)
    assert offenders == {}


def test_shared_plumbing_imports_no_feature():
    """The shared modules themselves import only each other, so a feature never arrives through them."""
    for name in SHARED:
        assert imported_handler_modules((HANDLERS / f"{name}.py").read_text()) <= SHARED


def test_the_check_sees_every_spelling_of_an_import():
    """`from handlers import x`, `from handlers.x import y`, `import handlers.x` and relative imports all count."""
    source = (
        "from handlers import onboarding, replying\n"
        "from handlers.recap import CAPACITIES\n"
        "import handlers.plans\n"
        "from . import safety\n"
        "from .moments import held_tap\n"
    )
    assert imported_handler_modules(source) == {
        "onboarding",
        "replying",
        "recap",
        "plans",
        "safety",
        "moments",
    }
