"""Every user-visible Qt string has a bokmål translation, and the window speaks it."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop_app.ui.translator import TsTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def messages(path: Path):
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("name", ["knute_nb.ts", "qt_nb.ts"])
def test_every_message_is_translated_with_its_placeholders(name):
    checked = 0
    for context, message in messages(TRANSLATIONS / name):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"{context}: {source!r} is unfinished"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"{context}: {source!r} has an empty translation"
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (context, source, form)
        checked += 1
    assert checked > 20


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate comes with PySide6")
def test_ts_file_is_up_to_date_with_the_code(tmp_path):
    """A string added to the UI without a translation fails here."""
    copy = tmp_path / "knute_nb.ts"
    shutil.copy(TRANSLATIONS / "knute_nb.ts", copy)
    sources = [*sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py")), str(ROOT / "desktop_app" / "app.py")]
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True)
    unfinished = [
        message.findtext("source") for _ctx, message in messages(copy)
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], "run scripts/update_translations.sh and translate these"


@pytest.fixture
def bokmaal(qapp):
    translator = TsTranslator("nb")
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_window_and_standard_buttons_in_bokmaal(bokmaal, make_window, small_map):
    window = make_window()
    window.start(small_map)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fil", "R&ediger", "&Vis", "&Ordne", "&Hjelp"]
    assert window.counts_label.text() == "2 organisasjoner · 2 kontakter · 2 relasjoner"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Discard)
    assert sorted(b.text() for b in box.buttons()) == ["Avbryt", "Forkast", "Lagre"]
    assert QApplication.translate("PropertiesPanel", "%n items selected", "", 3) == "3 elementer valgt"


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease comes with PySide6")
def test_the_compiled_catalogue_translates_every_count_the_code_asks_for(tmp_path):
    """The frozen app reads a .qm: a message used with a count must be found there with one.

    A plain (not numerus) message looked up with a count is not found in a .qm
    (QTranslator only; our .ts reader is lenient), so the code asks for those
    without the count; this checks every call site with "%n" against the .qm.
    """
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "knute_nb.qm"
    subprocess.run(["pyside6-lrelease", str(TRANSLATIONS / "knute_nb.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    numerus = {(ctx, m.findtext("source")) for ctx, m in messages(TRANSLATIONS / "knute_nb.ts")
               if m.get("numerus") == "yes"}
    call = re.compile(r'(?:self\.tr|translate\("(\w+)",)\(?\s*"([^"]*%n[^"]*)"\s*,\s*"",')
    asked_with_count = []
    for path in (ROOT / "desktop_app" / "ui").rglob("*.py"):
        for match in call.finditer(path.read_text(encoding="utf-8")):
            asked_with_count.append((path.name, match.group(1), match.group(2)))
    assert asked_with_count, "the pattern finds the calls"
    for name, context, source in asked_with_count:
        found = [ctx for ctx, text in numerus if text == source and (context is None or ctx == context)]
        assert found, f"{name}: {source!r} is asked for with a count but is not a numerus message"
        assert translator.translate(found[0], source, "", 3) not in ("", source), (name, source)
