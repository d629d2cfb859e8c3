"""The package's layering: the model imports no stage, and the dom and structure stages reach
the per-page context without going through the filter package (issue 15's two knots)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "articleclean"
#: The stages and what drives them: the model may import none of these, at any depth.
STAGES = ("api", "chain", "pipeline", "load", "dom", "filters", "structure", "report", "batch", "cli", "rules")


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of a module that runs, the ``if TYPE_CHECKING:`` blocks left out."""
    out: list[ast.AST] = []
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def imported_modules(path: Path) -> set[str]:
    """The package-relative modules a file imports when it runs, anywhere in it (functions
    included, type-checking imports aside)."""
    found: set[str] = set()
    package = path.relative_to(PACKAGE).parts[:-1]
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = list(package[: len(package) - node.level + 1])
            found.add(".".join([*base, *(node.module.split(".") if node.module else [])]))
            if not node.module:
                found.update(".".join([*base, alias.name]) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("articleclean."):
            found.add(node.module.removeprefix("articleclean."))
    return found


def test_the_model_imports_no_stage() -> None:
    imported = imported_modules(PACKAGE / "model.py")
    assert not {m for m in imported if m.split(".")[0] in STAGES}, imported


@pytest.mark.parametrize("stage", ["dom", "structure"])
def test_the_dom_and_structure_stages_import_nothing_of_the_filter_package(stage: str) -> None:
    for path in sorted((PACKAGE / stage).glob("*.py")):
        assert not {m for m in imported_modules(path) if m.split(".")[0] == "filters"}, path.name


def test_filter_authors_still_find_the_context_where_they_did() -> None:
    from articleclean import FilterContext as public
    from articleclean.context import FilterContext
    from articleclean.filters.base import FilterContext as in_filters

    assert public is FilterContext is in_filters
