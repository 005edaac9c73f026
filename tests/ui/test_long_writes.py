"""Long writes besides the import: a big deletion from the canvas, and the progress dialog's Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop_app.domain.entities import Contact
from desktop_app.storage import store as store_module
from desktop_app.ui import analysis_controller
from desktop_app.ui import document as document_module

from .test_import_apply import Ticker, file_rows
from .test_import_export import answering, big_sheet


@pytest.fixture(autouse=True)
def small_steps(monkeypatch):
    monkeypatch.setattr(document_module, "STEPPED_CHANGES", 300)
    monkeypatch.setattr(analysis_controller, "DEFER_CHANGES", 300)
    monkeypatch.setattr(store_module, "ROWS_PER_STEP", 50)


def test_deleting_everything_is_written_in_steps_and_undone(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    document = window.document
    document.edit(lambda n: [c for i in range(400) for c in n.add(Contact(name=f"Person {i}", x=i, y=600))])
    window.undo_stack.clear()
    before = file_rows(document)
    started: list[bool] = []
    document.write_started.connect(lambda _changes, cancellable: started.append(cancellable))
    ticker = Ticker(document)
    window.activateWindow()  # shortcuts go to the active window's focused widget
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    qtbot.keySequence(window.view, QKeySequence(QKeySequence.StandardKey.SelectAll))
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    ticker.stop()
    assert started == [False], "a deletion is written in steps, without Cancel"
    assert len(ticker.during) >= 3
    assert document.network.nodes == {} and file_rows(document)["nodes"] == []
    assert window.scene.node_items == {}
    window.undo_stack.undo()
    assert file_rows(document) == before
    assert len(window.scene.node_items) == 404


def test_escape_does_not_hide_an_undo_that_cannot_be_cancelled(make_window, small_map, tmp_path, qtbot):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    assert window.import_export.import_file(path, "csv")
    document, progress = window.document, window.import_export.write_progress
    pressed: list[bool] = []

    def press_escape(_fraction: float) -> None:
        if len(progress.values) == 3 and not pressed:
            qtbot.keyClick(progress.dialog, Qt.Key.Key_Escape)
            pressed.append(progress.showing)

    document.write_progressed.connect(press_escape)
    window.undo_stack.undo()
    assert pressed == [True], "the dialog went away while the undo went on"
    assert progress.values[-1] == 1000 and not progress.showing
    assert len(document.network.nodes) == 4 and len(file_rows(document)["nodes"]) == 4


def test_escape_cancels_an_import_and_says_so_until_it_is_rolled_back(make_window, small_map, tmp_path, qtbot):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document, progress = window.document, window.import_export.write_progress
    before = file_rows(document)
    seen: list[tuple[bool, str]] = []

    def press_escape(_fraction: float) -> None:
        if len(progress.values) == 3 and not seen:
            qtbot.keyClick(progress.dialog, Qt.Key.Key_Escape)
            seen.append((progress.showing, progress.dialog.labelText()))

    document.write_progressed.connect(press_escape)
    assert not window.import_export.import_file(path, "csv")
    assert seen == [(True, "Cancelling…")]
    assert file_rows(document) == before and window.undo_stack.count() == 0


def test_an_import_the_map_cannot_take_is_refused_in_words_with_nothing_written(make_window, small_map):
    from desktop_app.domain.changes import Added
    from desktop_app.domain.errors import DomainError

    window = make_window()
    window.start(small_map)
    document = window.document
    before = file_rows(document)
    changes = [Added(Contact(name=f"Person {i}")) for i in range(350)]
    changes.insert(200, Added(Contact(name="Per Ås", organisation_id="not-in-the-map")))
    with pytest.raises(DomainError) as info:
        document.apply_planned(changes)
    assert str(info.value) == "Per Ås belongs to an organisation that is not in the map."
    assert file_rows(document) == before and len(document.network.nodes) == 4
