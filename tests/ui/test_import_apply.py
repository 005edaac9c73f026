"""Applying a big import: written in slices with the window live, Cancel rolls back, one undo step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer

from desktop_app.domain.changes import inverse_of
from desktop_app.storage import store as store_module
from desktop_app.ui import analysis_controller
from desktop_app.ui import document as document_module

from .test_import_export import answering, big_sheet


def file_rows(document) -> dict[str, list[tuple]]:
    """Every row of every table by id, read through the document's own connection (it holds the lock)."""
    conn = document.store.db.conn
    tables = ("map", "nodes", "ties", "interactions", "actions", "goals")
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


class Ticker:
    """Counts the turns of the window's event loop while a long write is under way."""

    def __init__(self, document) -> None:
        self.during: list[int] = []
        self.writing = False
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._tick)
        document.write_started.connect(lambda *_: setattr(self, "writing", True))
        document.write_finished.connect(lambda: setattr(self, "writing", False))
        self.timer.start()

    def _tick(self) -> None:
        if self.writing:
            self.during.append(1)

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture(autouse=True)
def english_numbers():
    """Numbers as the English window writes them (the application sets this locale at start)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def small_steps(monkeypatch):
    """Write in slices from 300 changes on, 50 rows at a time: a small sheet behaves as a big one."""
    monkeypatch.setattr(document_module, "STEPPED_CHANGES", 300)
    monkeypatch.setattr(analysis_controller, "DEFER_CHANGES", 300)
    monkeypatch.setattr(store_module, "ROWS_PER_STEP", 50)


def test_a_big_import_is_written_with_the_window_live_and_undone_as_one_step(make_window, small_map, tmp_path):
    path = big_sheet(tmp_path / "stor.csv", rows=6_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document = window.document
    before = file_rows(document)
    progress = window.import_export.write_progress
    labels: list[str] = []
    document.write_progressed.connect(lambda _f: labels.append(progress.dialog.labelText()))
    shown: list[bool] = []
    document.write_progressed.connect(lambda _f: shown.append(progress.showing))
    nodes_while_writing: list[int] = []
    document.write_progressed.connect(lambda _f: nodes_while_writing.append(len(document.network.nodes)))
    ticker = Ticker(document)

    assert window.import_export.import_file(path, "csv")
    ticker.stop()
    assert labels[0] == "Adding 6,000 contacts and 500 organisations…"
    assert all(shown) and not progress.showing
    assert len(ticker.during) >= 5, "the event loop stood still while the import was written"
    values = progress.values
    assert values == sorted(values) and len(set(values)) >= 5 and values[-1] == 1000
    assert set(nodes_while_writing) == {4}, "memory changed before the file had the import"
    assert len(document.network.nodes) == 4 + 6_500
    assert window.undo_stack.count() == 1
    after = file_rows(document)
    assert len(after["nodes"]) == 4 + 6_500

    ticker = Ticker(document)
    labels.clear()
    window.undo_stack.undo()
    ticker.stop()
    assert labels[0] == "Removing 6,000 contacts and 500 organisations…"
    assert not progress.cancel_button.isVisible() or not progress.cancel_button.isEnabled()
    assert len(ticker.during) >= 5
    assert file_rows(document) == before
    assert len(document.network.nodes) == 4

    window.undo_stack.redo()
    assert file_rows(document) == after
    assert len(document.network.nodes) == 4 + 6_500


def test_cancel_while_the_import_is_written_leaves_file_and_history_alone(
        make_window, small_map, tmp_path, qtbot, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document = window.document
    before_rows, before_bytes = file_rows(document), small_map.read_bytes()
    progress = window.import_export.write_progress
    clicked: list[float] = []

    def click_cancel(fraction: float) -> None:
        if len(progress.values) == 4 and not clicked:  # a few slices are in the file's transaction
            clicked.append(fraction)
            assert progress.cancel_button.isVisible()
            qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)

    document.write_progressed.connect(click_cancel)
    assert not window.import_export.import_file(path, "csv")
    assert clicked and 0 < clicked[0] < 1
    assert max(progress.values) < 1000, "the write went on after Cancel"
    assert not progress.showing
    assert "cancelled" in window.statusBar().currentMessage()
    assert file_rows(document) == before_rows
    assert small_map.read_bytes() == before_bytes
    assert window.undo_stack.count() == 0
    assert len(document.network.nodes) == 4

    document.write_progressed.disconnect(click_cancel)
    assert window.import_export.import_file(path, "csv"), "a cancelled import can be made again"
    assert len(document.network.nodes) == 4 + 1_500


def test_a_disk_that_fills_up_during_the_write_says_so_and_keeps_the_file(
        make_window, small_map, tmp_path, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=2_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document = window.document
    before_rows, before_bytes = file_rows(document), small_map.read_bytes()
    pages = document.store.db.execute("PRAGMA page_count").fetchone()[0]
    document.store.db.execute(f"PRAGMA max_page_count = {pages + 8}")  # room for a few slices, not all
    fractions: list[float] = []
    document.write_progressed.connect(fractions.append)

    assert not window.import_export.import_file(path, "csv")
    assert fractions and max(fractions) < 1, "the disk should fill up part way"
    assert "Could not import stor.csv" in window.message_box.windowTitle() + window.message_box.text()
    assert "The disk is full" in window.message_box.text()
    assert not window.import_export.write_progress.showing
    assert file_rows(document) == before_rows
    assert small_map.read_bytes() == before_bytes
    assert window.undo_stack.count() == 0
    assert len(document.network.nodes) == 4

    document.store.db.execute("PRAGMA max_page_count = 1073741823")  # space again: the same import goes in
    assert window.import_export.import_file(path, "csv")
    assert len(file_rows(document)["nodes"]) == 4 + 2_500


def test_an_undo_that_cannot_be_written_keeps_screen_equal_to_file(make_window, small_map, tmp_path, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document = window.document
    assert window.import_export.import_file(path, "csv")
    imported = file_rows(document)
    real_apply = document.store.apply_in_steps

    def broken(changes, **options):  # the disk reports an error two slices into the undo
        steps = real_apply(changes, **options)
        yield next(steps)
        yield next(steps)
        steps.throw(sqlite3.OperationalError("disk I/O error"))

    document.store.apply_in_steps = broken
    window.undo_stack.undo()
    assert "could not be read or written" in window.message_box.text()
    assert file_rows(document) == imported
    assert len(document.network.nodes) == 4 + 1_500


def test_edits_wait_until_a_long_write_is_done(make_window, small_map, tmp_path, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document = window.document
    refused: list[str] = []

    def edit_meanwhile(_fraction: float) -> None:
        if not refused:
            from desktop_app.domain.entities import Contact
            from desktop_app.domain.errors import UserError
            try:
                document.edit(lambda n: n.add(Contact(name="Midt i")))
            except UserError as error:
                refused.append(str(error))

    document.write_progressed.connect(edit_meanwhile)
    assert window.import_export.import_file(path, "csv")
    assert refused == ["small.knute is still being written: wait until that is done."]
    assert "Midt i" not in {c.name for c in document.network.contacts()}
    assert len(file_rows(document)["nodes"]) == 4 + 1_500


def test_a_small_import_needs_no_progress_dialog(make_window, small_map, tmp_path):
    path = big_sheet(tmp_path / "liten.csv", rows=50)
    window = make_window()
    window.start(small_map)
    answering(window)
    started: list[object] = []
    window.document.write_started.connect(lambda *args: started.append(args))
    assert window.import_export.import_file(path, "csv")
    assert not started and window.import_export.write_progress.dialog is None
    assert window.undo_stack.count() == 1


def test_the_label_names_what_is_written(make_window, small_map):
    from desktop_app.domain.changes import Added, Removed, Updated
    from desktop_app.domain.entities import Contact, Tie

    window = make_window()
    window.start(small_map)
    describe = window.import_export.write_progress.describe
    kari = next(c for c in window.document.network.contacts() if c.name == "Kari Nordmann")
    ola = next(c for c in window.document.network.contacts() if c.name == "Ola Hansen")
    tie = Tie(source_id=kari.id, target_id=ola.id, type="personal")
    assert describe([Added(Contact(name="A")), Added(tie)]) == "Adding 1 contact and 1 tie…"
    assert describe([Removed(Contact(name=str(i))) for i in range(12_345)]) == "Removing 12,345 contacts…"
    assert describe([Added(Contact(name="A")), Updated(kari, ola)]) == "Adding 1 contact…\nUpdating 1 contact…"


def test_the_dialog_looks_right(make_window, small_map, tmp_path, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    progress = window.import_export.write_progress
    grabbed: list[Path] = []

    def grab(_fraction: float) -> None:
        if len(progress.values) == 6 and not grabbed:
            grabbed.append(tmp_path / "write-progress.png")
            assert progress.dialog.grab().save(str(grabbed[0]))

    window.document.write_progressed.connect(grab)
    assert window.import_export.import_file(path, "csv")
    assert grabbed and grabbed[0].stat().st_size > 0


def test_a_big_change_is_analysed_after_the_window_has_shown_it(make_window, small_map, tmp_path, qtbot, small_steps):
    path = big_sheet(tmp_path / "stor.csv", rows=1_000)
    window = make_window()
    window.start(small_map)
    answering(window)
    document, controller = window.document, window.analysis_controller
    qtbot.waitUntil(lambda: controller.analysis is not None)
    order: list[str] = []
    document.write_finished.connect(lambda: order.append("shown"))
    controller.analysis_updated.connect(lambda _a: order.append("analysed"))
    assert window.import_export.import_file(path, "csv")
    qtbot.waitUntil(lambda: "analysed" in order and not controller.pending)
    assert order.index("shown") < order.index("analysed")
    assert set(controller.analysis.importance) == set(document.network.nodes)


def test_changes_made_before_the_analysis_caught_up_are_analysed_together(make_window, small_map, qtbot, monkeypatch):
    from desktop_app.domain.changes import Added
    from desktop_app.domain.entities import Contact

    monkeypatch.setattr(analysis_controller, "DEFER_CHANGES", 300)  # written at once, analysed on the next turn
    window = make_window()
    window.start(small_map)
    document, controller = window.document, window.analysis_controller
    qtbot.waitUntil(lambda: controller.analysis is not None)
    updates: list[object] = []
    controller.analysis_updated.connect(updates.append)
    changes = [Added(Contact(name=f"Ny {i}")) for i in range(400)]
    assert document.apply_planned(changes)
    assert controller.pending
    document.replay(inverse_of(changes))  # undone before the event loop came round to analysing the import
    qtbot.waitUntil(lambda: not controller.pending)
    assert len(updates) == 1
    assert set(updates[0].importance) == set(document.network.nodes)
