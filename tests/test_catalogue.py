"""Every message the Qt-free layers can show has a bokmål translation that keeps its placeholders."""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain import values
from desktop_app.i18n.catalogue import NB

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
VALUES_MODULE = "desktop_app.domain.values"
LETTER = re.compile(r"[^\W\d_]")


def _field_positions() -> dict[str, tuple[int, object]]:
    """For each helper of domain.values taking a field name: its position and default."""
    found = {}
    for name, fn in inspect.getmembers(values, inspect.isfunction):
        if fn.__module__ != VALUES_MODULE or name.startswith("_"):
            continue
        params = list(inspect.signature(fn).parameters.values())
        for index, param in enumerate(params):
            if param.name == "field":
                found[name] = (index, param.default)
    return found


FIELD_HELPERS = _field_positions()


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(node: ast.ImportFrom, path: Path) -> str:
    if not node.level:
        return node.module or ""
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    base = package.split(".")[: len(package.split(".")) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _values_aliases(tree: ast.Module, path: Path) -> tuple[set[str], dict[str, str]]:
    """Names bound to the values module, and names bound to its helpers (alias -> helper)."""
    modules: set[str] = set()
    helpers: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {a.asname for a in node.names if a.name == VALUES_MODULE and a.asname}
        elif isinstance(node, ast.ImportFrom):
            target = _absolute(node, path)
            for alias in node.names:
                if f"{target}.{alias.name}" == VALUES_MODULE:
                    modules.add(alias.asname or alias.name)
                elif target == VALUES_MODULE and alias.name in FIELD_HELPERS:
                    helpers[alias.asname or alias.name] = alias.name
    if path == PACKAGE / "domain" / "values.py":
        helpers.update({name: name for name in FIELD_HELPERS})
    return modules, helpers


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and LETTER.search(node.value):
        return node.value
    return None


def _callee(node: ast.Call) -> tuple[str | None, str | None]:
    """(object name, called name) of ``obj.name(...)`` or ``name(...)``."""
    if isinstance(node.func, ast.Attribute):
        owner = node.func.value.id if isinstance(node.func.value, ast.Name) else None
        return owner, node.func.attr
    if isinstance(node.func, ast.Name):
        return None, node.func.id
    return None, None


def user_texts(path: Path) -> Iterator[tuple[int, str]]:
    """Every literal in ``path`` that reaches a user through the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    modules, helpers = _values_aliases(tree, path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        owner, name = _callee(node)
        if name is None:
            continue
        first = node.args[0] if node.args else None
        # Qt's QCoreApplication.translate(context, text) belongs to the .ts files, not this catalogue.
        qt_translate = name == "translate" and owner in ("QCoreApplication", "QApplication")
        if (name.endswith("Error") and not hasattr(builtins, name)) or (name in ("translate", "Label") and not qt_translate):
            text = _literal(first)
            if text is not None:
                yield node.lineno, text
        helper = helpers.get(name) if owner is None else (name if owner in modules else None)
        if helper in FIELD_HELPERS:
            index, default = FIELD_HELPERS[helper]
            given = node.args[index] if len(node.args) > index else None
            given = given or next((k.value for k in node.keywords if k.arg == "field"), None)
            text = _literal(given) if given is not None else (default if isinstance(default, str) else None)
            if text is not None:
                yield node.lineno, text


def all_user_texts() -> list[tuple[str, str]]:
    return [
        (f"{path.relative_to(PACKAGE.parent)}:{line}", text)
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in user_texts(path)
    ]


def placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_the_scan_finds_messages_and_field_names() -> None:
    texts = {text for _, text in all_user_texts()}
    assert "A tie cannot join a node to itself." in texts  # DomainError(...)
    assert "{name} is not a Knute map." in texts  # a StorageError subclass
    assert "Buying-centre role" in texts  # v.optional_enum(cls, value, field): third argument
    assert "Influence" in texts  # v.rating(value, field): second argument
    assert "Revenue" in texts  # v.optional_number(value, field): second argument
    assert "Tags" in texts  # the default field name of v.tags


def test_every_message_has_a_bokmaal_entry() -> None:
    missing = sorted({f"{where}: {text!r}" for where, text in all_user_texts() if text not in NB})
    assert missing == [], "add these to the nb_*.py module of their layer:\n" + "\n".join(missing)


@pytest.mark.parametrize("english", sorted(NB))
def test_translation_keeps_the_placeholders(english: str) -> None:
    assert placeholders(NB[english]) == placeholders(english), NB[english]


def test_translations_are_not_blank() -> None:
    assert [k for k, v in NB.items() if not v.strip()] == []


def _layer_catalogues() -> list[tuple[str, dict[str, str]]]:
    found = []
    for path in sorted((PACKAGE / "i18n").glob("nb_*.py")):
        module = importlib.import_module(f"desktop_app.i18n.{path.stem}")
        found += [(f"{path.stem}.{n}", d) for n, d in vars(module).items() if n.startswith("NB_") and isinstance(d, dict)]
    return found


def test_every_layer_catalogue_is_merged_without_conflict() -> None:
    """A module missing from catalogue.py, or two modules translating one text differently, loses entries."""
    catalogues = _layer_catalogues()
    assert len(catalogues) >= 2
    problems = [
        f"{name}: {english!r}"
        for name, catalogue in catalogues for english, bokmaal in catalogue.items()
        if NB.get(english) != bokmaal
    ]
    assert problems == []
