"""The layering of ARCHITECTURE.md, enforced: Qt only in ui/, nothing of ours in domain/, SQL only in storage/."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT_FREE = ("domain", "storage", "analysis", "interop", "report", "i18n")
QT_MODULES = ("PySide6", "shiboken6")
DOMAIN_FORBIDDEN = ("sqlite3", "sqlite_utils", "networkx", "reportlab", *QT_MODULES)
SQL_CALLS = {"execute", "executemany", "executescript"}
SQL_TEXT = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|DROP\s+TABLE|PRAGMA\s+\w+|"
    r"VACUUM|BEGIN\s+(EXCLUSIVE|IMMEDIATE|TRANSACTION))\b",
    re.DOTALL,
)


def sources(*subpackages: str) -> list[Path]:
    folders = [PACKAGE / s for s in subpackages] if subpackages else [PACKAGE]
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module) for every import in ``path``, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # ``from . import x`` imports the module x
                yield node.lineno, f"{target}.{alias.name}"
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name))
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) == "import_module"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, node.args[0].value


def _is(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == r or module.startswith(r + ".") for r in roots)


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(PACKAGE.parent)}:{line}"


def test_the_sources_are_found() -> None:
    assert len(sources("domain")) >= 5 and len(sources("storage")) >= 4


def test_imports_resolve_relative_ones() -> None:
    found = dict((m, n) for n, m in imports(PACKAGE / "storage" / "errors.py"))
    assert "desktop_app.domain.errors" in found


@pytest.mark.parametrize("subpackage", QT_FREE)
def test_no_qt_below_the_ui(subpackage: str) -> None:
    offenders = [
        f"{_where(path, line)} imports {module}"
        for path in sources(subpackage) for line, module in imports(path) if _is(module, QT_MODULES)
    ]
    assert offenders == []


def test_domain_imports_nothing_of_ours_nor_infrastructure() -> None:
    offenders = [
        f"{_where(path, line)} imports {module}"
        for path in sources("domain") for line, module in imports(path)
        if (_is(module, ("desktop_app",)) and not _is(module, ("desktop_app.domain",)))
        or _is(module, DOMAIN_FORBIDDEN)
    ]
    assert offenders == []


def _sql_outside_storage(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in SQL_CALLS:
                yield f"{_where(path, node.lineno)} calls .{node.func.attr}()"
            elif node.func.attr == "query" and any(
                isinstance(a, ast.Constant) and isinstance(a.value, str) and SQL_TEXT.search(a.value)
                for a in node.args
            ):
                yield f"{_where(path, node.lineno)} calls .query() with SQL"
        elif (
            isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value)
            and not _is_docstring(node, tree)
        ):
            yield f"{_where(path, node.lineno)} holds SQL text {node.value[:40]!r}"
    for line, module in imports(path):
        if _is(module, ("sqlite3", "sqlite_utils")):
            yield f"{_where(path, line)} imports {module}"


def _is_docstring(node: ast.Constant, tree: ast.Module) -> bool:
    for owner in ast.walk(tree):
        if isinstance(owner, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = owner.body
            if body and isinstance(body[0], ast.Expr) and body[0].value is node:
                return True
    return False


def test_no_sql_outside_storage() -> None:
    storage = PACKAGE / "storage"
    offenders = [
        problem
        for path in sources() if storage not in path.parents
        for problem in _sql_outside_storage(path)
    ]
    assert offenders == []


def test_the_sql_check_sees_sql() -> None:
    found = list(_sql_outside_storage(PACKAGE / "storage" / "store.py"))
    assert any(".execute()" in f for f in found) and any("imports sqlite3" in f for f in found)
