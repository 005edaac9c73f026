"""Qt translations: the compiled .qm of a frozen build, else the .ts sources in resources/translations.

The installer builds compile ``knute_<lang>.qm`` with pyside6-lrelease
(``installers/build_qm.py``) and bundle it; ``load_translator`` prefers it.
WORKAROUND for the other install modes: compiling needs lrelease at build time,
which an editable install never runs, so there the .ts files (small XML) are
parsed at start-up. Both hold the same finished messages.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QObject, QTranslator

from ..paths import resource

QM_FILE = "knute_{language}.qm"
"""Both .ts files of a language compiled into one (installers/build_qm.py)."""
TS_FILES = ("knute_{language}.ts", "qt_{language}.ts")
"""Knute's own strings, and the Qt dialog strings Qt ships no bokmål for (standard buttons, file dialog)."""


def load_ts(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translated forms, for the finished messages of one language."""
    table: dict[tuple[str, str], list[str]] = {}
    for pattern in TS_FILES:
        path = resource("translations", pattern.format(language=language))
        if path.is_file():
            _read_ts(path.read_bytes(), table)
    return table


def _read_ts(data: bytes, table: dict[tuple[str, str], list[str]]) -> None:
    root = ElementTree.fromstring(data)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if any(forms):
                table[(name, source)] = forms


class TsTranslator(QTranslator):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.table = load_ts(language)

    def isEmpty(self) -> bool:
        return not self.table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        forms = self.table.get((context, source))
        if not forms:
            # None becomes a null QString, which tells Qt "not translated" (use the source);
            # an empty string would be taken as the translation and blank the text.
            return None
        # Bokmål and English both have two plural forms: one, and everything else.
        return forms[0] if n == 1 or len(forms) == 1 else forms[1]


def load_translator(language: str, parent: QObject | None = None) -> QTranslator:
    """A native QTranslator over the bundled .qm when there is one, else the .ts reader."""
    compiled = resource("translations", QM_FILE.format(language=language))
    if compiled.is_file() and isinstance(compiled, Path):
        translator = QTranslator(parent)
        if translator.load(str(compiled)):
            return translator
    return TsTranslator(language, parent)
