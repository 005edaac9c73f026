"""File → Import / Export from the window: summary first, one undo step, malformed rows only with consent."""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.storage import MapStore
from desktop_app.ui import import_worker

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interop"


def answering(window, *, confirm: bool = True, skip: bool = False):
    """Stand in for the two questions the user is asked; record what they were shown."""
    seen: dict[str, list[str]] = {"summary": [], "problems": []}

    def confirm_(source, changes, skipped):
        seen["summary"].append(window.import_export.summary_text(changes, skipped))
        return confirm

    def ask_skip(error):
        seen["problems"].append(str(error))
        return skip

    window.import_export.confirm = confirm_
    window.import_export._ask_skip = ask_skip
    return seen


def names(window) -> set[str]:
    return {c.name for c in window.document.network.contacts()}


def test_vcard_import_shows_the_summary_and_is_one_undo_step(make_window, small_map):
    window = make_window()
    window.start(small_map)
    seen = answering(window)
    before = names(window)
    assert window.import_export.import_file(FIXTURES / "contacts.vcf", "vcard")
    assert "New contacts: 3" in seen["summary"][0]
    assert len(names(window)) == len(before) + 3
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert names(window) == before
    window.document.close()
    with MapStore.open(small_map, read_only=True) as store:
        assert {c.name for c in store.load().contacts()} == before


def test_declining_the_summary_changes_nothing(make_window, small_map):
    window = make_window()
    window.start(small_map)
    answering(window, confirm=False)
    before = names(window)
    assert not window.import_export.import_file(FIXTURES / "contacts.vcf", "vcard")
    assert names(window) == before and window.undo_stack.count() == 0


def test_malformed_rows_are_skipped_only_with_consent(make_window, small_map, tmp_path):
    table = tmp_path / "kontakter.csv"
    table.write_text("Navn;Firma;Stilling\nPer Ås;Røros Hotell;Kokk\n;Uten navn AS;\nLiv Berg;Coop;Butikksjef\n",
                     encoding="utf-8")
    window = make_window()
    window.start(small_map)
    seen = answering(window, skip=False)
    before = names(window)
    assert not window.import_export.import_file(table, "csv")
    assert "Line 3" in seen["problems"][0]
    assert names(window) == before

    seen = answering(window, skip=True)
    assert window.import_export.import_file(table, "csv")
    assert names(window) == before | {"Per Ås", "Liv Berg"}
    assert "Skipped: 1" in seen["summary"][0]


def test_export_json_and_import_into_a_new_map_gives_the_same_map(make_window, small_map, tmp_path):
    window = make_window()
    window.start(small_map)
    original = window.document.network
    out = tmp_path / "kart.json"
    assert window.import_export.export_actions["json"].isEnabled()
    assert window.import_export.export_file(out, "json")
    assert window.new_map(tmp_path / "tom")
    answering(window)
    assert window.import_export.import_file(out, "json")
    copy = window.document.network
    assert copy.nodes == original.nodes and copy.ties == original.ties


def test_import_and_export_need_an_open_map(make_window):
    window = make_window()
    assert not any(a.isEnabled() for a in window.import_export.import_actions.values())
    assert not any(a.isEnabled() for a in window.import_export.export_actions.values())


# ---- the column-mapping dialog ----------------------------------------------------------
import pytest  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

SHEET = ("Kontaktperson;Kunde;Mobilnr;Kommentar\n"
         "Per Ås;Røros Hotell;+47 900 00 001;Kokk\n"
         ";Uten navn AS;;\n"
         "Liv Berg;Coop;+47 900 00 002;Butikksjef\n")


def choose(qtbot, combo, field: str) -> None:
    """Pick ``field`` in a column's combo with the keyboard, as a user would."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != field:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{field} is not offered"


def open_mapping(window, qtbot, path):
    window.import_export.begin(path, "csv")
    dialog = window.import_export.mapping_dialog
    qtbot.waitExposed(dialog)
    return dialog


def preview_column(dialog, title: str) -> list[str]:
    table = dialog.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    c = headers.index(title)
    return [table.item(r, c).text() for r in range(table.rowCount())]


@pytest.fixture
def sheet(tmp_path):
    path = tmp_path / "kunder.csv"
    path.write_text(SHEET, encoding="utf-8")
    return path


def test_the_dialog_guesses_the_columns_and_previews_the_rows_live(make_window, small_map, sheet, qtbot):
    window = make_window()
    window.start(small_map)
    dialog = open_mapping(window, qtbot, sheet)
    assert [c.currentData() for c in dialog.combos] == ["name", "organisation", "phone", "notes"]
    assert preview_column(dialog, "Name") == ["Per Ås", "", "Liv Berg"]
    assert preview_column(dialog, "Problem") == ["", "It has no name.", ""]
    assert "Rows that cannot be read: 1" in dialog.preview_label.text()

    choose(qtbot, dialog.combo(3), "title")  # Kommentar holds job titles after all
    assert preview_column(dialog, "Title") == ["Kokk", "", "Butikksjef"]
    assert preview_column(dialog, "Notes") == ["", "", ""]
    dialog.reject()


def test_ok_is_refused_with_a_message_while_no_column_holds_the_name(make_window, small_map, sheet, qtbot):
    window = make_window()
    window.start(small_map)
    before = set(window.document.network.nodes)
    dialog = open_mapping(window, qtbot, sheet)
    choose(qtbot, dialog.combo(0), "")
    assert dialog.message.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "name" in dialog.message.text()
    choose(qtbot, dialog.combo(0), "name")
    assert not dialog.message.isVisible()
    with qtbot.waitSignal(window.import_export.finished, timeout=5000) as done:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert done.args == [False] and set(window.document.network.nodes) == before


def test_the_chosen_mapping_imports_and_is_remembered_for_the_same_header(make_window, small_map, sheet, qtbot):
    window = make_window()
    window.start(small_map)
    seen = answering(window, skip=True)
    dialog = open_mapping(window, qtbot, sheet)
    choose(qtbot, dialog.combo(3), "title")
    with qtbot.waitSignal(window.import_export.finished, timeout=20000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert "Line 3: It has no name." in seen["problems"][0]
    per = next(c for c in window.document.network.contacts() if c.name == "Per Ås")
    assert (per.title, per.phone, per.notes) == ("Kokk", "+47 900 00 001", "")
    assert window.undo_stack.count() == 1

    other = sheet.with_name("andre.csv")
    other.write_text("KONTAKTPERSON;kunde;Mobil-nr.;Kommentar\nAnne;Rema;1;Sjef\n", encoding="utf-8")
    again = open_mapping(window, qtbot, other)
    assert again.combo(3).currentData() == "title"  # same header, once normalised: the choice comes back
    again.reject()


def test_a_tie_list_links_people_already_in_the_map(make_window, small_map, tmp_path, qtbot):
    path = tmp_path / "relasjoner.csv"
    path.write_text("Person A;Person B;Hvor godt\nKari Nordmann;Ola Hansen;5\nKari Nordmann;Ingen;2\n", encoding="utf-8")
    window = make_window()
    window.start(small_map)
    seen = answering(window, skip=True)
    dialog = open_mapping(window, qtbot, path)
    assert dialog.kind == "contacts"
    qtbot.mouseClick(dialog.ties_button, Qt.MouseButton.LeftButton)
    choose(qtbot, dialog.combo(0), "source")
    choose(qtbot, dialog.combo(1), "target")
    choose(qtbot, dialog.combo(2), "support")
    assert preview_column(dialog, "Support") == ["5", "2"]
    assert "Ingen" in preview_column(dialog, "Problem")[1]
    with qtbot.waitSignal(window.import_export.finished, timeout=20000) as done:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert done.args == [True]
    assert "Updated: 1" in seen["summary"][0] and "Line 3:" in seen["problems"][0]
    (tie,) = [t for t in window.document.network.ties.values() if t.type == "professional"]
    assert (tie.support, tie.trust, tie.acquaintance) == (5, 4, 5)  # filled in, nothing overwritten, not doubled
    assert len(window.document.network.ties) == 2


# ---- large files: a worker with progress and Cancel -----------------------------------------
def big_sheet(path, rows: int = 150_000):
    with path.open("w", encoding="utf-8") as out:
        out.write("Navn;Firma;E-post;Notater\n")
        for i in range(rows):
            out.write(f"Person {i};Firma {i % 500};p{i}@example.no;Kunde siden {2000 + i % 25}\n")
    return path


def test_a_large_file_reads_in_the_background_and_cancel_leaves_the_map_alone(
        make_window, small_map, tmp_path, qtbot, monkeypatch):
    path = big_sheet(tmp_path / "stor.csv")
    # The reader reports once, then waits (as a slow disk would) until the user has clicked Cancel:
    # the click must land while the file is still being read, however fast this machine is.
    gate, calls = threading.Event(), []
    report = import_worker._ImportJob._progress

    def slow_progress(job, fraction):
        calls.append(fraction)
        if len(calls) > 1:
            gate.wait(20)
        return report(job, fraction)

    monkeypatch.setattr(import_worker._ImportJob, "_progress", slow_progress)
    window = make_window()
    window.start(small_map)
    answering(window)
    before = (dict(window.document.network.nodes), small_map.read_bytes())
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    runner = window.import_export.runner
    runner.show_timer.setInterval(50)  # the dialog must be up well before this machine finishes reading
    with qtbot.waitSignal(runner.progressed, timeout=20000):
        assert window.import_export.start(path, "csv")
    qtbot.waitUntil(lambda: runner.showing, timeout=20000)
    assert ticks  # the window's event loop kept running while the file was read
    (cancel,) = runner.dialog.findChildren(QPushButton)
    with qtbot.waitSignal(window.import_export.finished, timeout=20000) as done:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    timer.stop()
    assert done.args == [False]
    assert "cancelled" in window.statusBar().currentMessage()
    assert (dict(window.document.network.nodes), small_map.read_bytes()) == before
    assert window.undo_stack.count() == 0


def test_a_large_file_imports_as_one_undo_step(make_window, small_map, tmp_path, qtbot):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    seen = answering(window)
    fractions: list[float] = []
    window.import_export.runner.progressed.connect(fractions.append)
    assert window.import_export.import_file(path, "csv")
    assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert "New contacts: 1000" in seen["summary"][0]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert sum(1 for _ in window.document.network.contacts()) == 2


def test_a_file_that_cannot_be_read_says_so(make_window, small_map, tmp_path, qtbot):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    window = make_window()
    window.start(small_map)
    window.import_export.begin(path, "csv")
    assert window.import_export.mapping_dialog is None
    assert "tom.csv was not imported. The file is empty." in window.message_box.text()


def test_an_edit_made_while_the_file_was_read_stops_the_import(make_window, small_map, sheet, qtbot):
    window = make_window()
    window.start(small_map)
    answering(window)
    before = set(window.document.network.nodes)
    with qtbot.waitSignal(window.import_export.finished, timeout=20000) as done:
        assert window.import_export.start(sheet, "csv")
        window.document.changed.emit([])  # as an edit would, before the worker is done
    assert done.args == [False]
    assert "The map changed while kunder.csv was being read" in window.message_box.text()
    assert set(window.document.network.nodes) == before
