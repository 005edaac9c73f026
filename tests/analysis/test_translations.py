"""Every English text the analysis shows has a bokmål translation."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.analysis import quality, text
from desktop_app.i18n.catalogue import NB
from desktop_app.i18n.nb_analysis import NB_ANALYSIS

PACKAGE = Path(quality.__file__).parent


def source_texts() -> set[str]:
    """String literals passed first to translate(), Text.of() or a UserError subclass in the package."""
    found: set[str] = set()
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("translate", "of", "PathError", "NodeNotFoundError") and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


def test_every_source_text_is_translated() -> None:
    texts = source_texts()
    assert len(texts) > 25
    assert texts - NB.keys() == set()
    words = {w for pair in text.ROLE_WORDS.values() for w in pair} | set(quality.CLASS_NAMES.values())
    assert words - NB.keys() == set()


def test_translations_keep_their_placeholders_and_are_merged() -> None:
    import string

    for english, bokmal in NB_ANALYSIS.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(bokmal) if f}, english
        assert NB[english] == bokmal
