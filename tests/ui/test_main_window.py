"""The application shell driven as a user would, offscreen."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.domain.entities import Contact
from desktop_app.paths import EXAMPLE_FILE_NAME, bundled_example
from desktop_app.storage import DiskFullError, MapStore


def file_title(path: Path) -> str:
    """The title as stored on disk, read from a plain byte copy of the file.

    The open window holds the map's lock, and a copy made at any moment must be
    a complete map: reading a copy checks both.
    """
    copy = path.with_name("copy-for-reading.sqlite")
    shutil.copyfile(path, copy)
    try:
        with sqlite3.connect(copy) as conn:
            return conn.execute("SELECT title FROM map").fetchone()[0]
    finally:
        copy.unlink()


def test_first_start_opens_a_copy_of_the_example(make_window, documents, app_settings):
    window = make_window()
    window.start(None)
    copy = documents / EXAMPLE_FILE_NAME
    assert copy.is_file()
    assert window.document is not None and window.document.path == copy
    assert "Best Lokalt" in window.windowTitle()
    assert len(window.scene.node_items) == len(window.document.network.nodes) > 12
    assert app_settings.last_map == copy.resolve()
    # the bundled example is only ever copied
    assert copy.read_bytes() == bundled_example().read_bytes()


def test_second_start_reopens_the_last_map(make_window, small_map, app_settings):
    app_settings.last_map = small_map
    window = make_window()
    window.start(None)
    assert window.document.path == small_map
    assert window.windowTitle().startswith("small")


def test_last_map_gone_shows_welcome(make_window, tmp_path, app_settings):
    app_settings.last_map = tmp_path / "gone.knute"
    window = make_window()
    window.start(None)
    assert window.document is None
    assert window.stack.currentWidget() is window.welcome
    assert "gone.knute" in window.statusBar().currentMessage()


def test_map_drawn_at_stored_positions(make_window, small_map):
    window = make_window()
    window.start(small_map)
    network = window.document.network
    for node in network.nodes.values():
        item = window.scene.node_items[node.id]
        assert (item.pos().x(), item.pos().y()) == (node.x, node.y)
    assert len(window.scene.tie_items) == 2
    assert window.counts_label.text() == "2 organisations · 2 contacts · 2 ties"


def test_click_on_a_node_shows_its_properties(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    kari = next(c for c in window.document.network.contacts() if c.name == "Kari Nordmann")
    window.view.fit_to_map()
    point = window.view.mapFromScene(window.scene.node_items[kari.id].pos())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.properties.heading() == "Kari Nordmann"
    assert window.properties.field_text("Title") == "Daglig leder"
    assert window.properties.field_text("Organisation") == "Rørosmat"
    # clicking empty canvas shows the map again
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.properties.heading() == "small"


def test_rename_undo_redo_write_through(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    assert window.rename_map("Hotellkunder 2027")
    assert window.windowTitle().startswith("Hotellkunder 2027")
    assert file_title(small_map) == "Hotellkunder 2027"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert file_title(small_map) == "small"
    assert window.windowTitle().startswith("small")
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Redo))
    assert file_title(small_map) == "Hotellkunder 2027"


def test_invalid_edit_is_refused_with_a_message(make_window, small_map):
    window = make_window()
    window.start(small_map)
    assert not window.rename_map("   ")
    assert "Title cannot be empty" in window.message_box.text()
    assert window.undo_stack.count() == 0
    assert file_title(small_map) == "small"


def test_new_map_and_open_recent(make_window, small_map, tmp_path, app_settings):
    window = make_window()
    window.start(small_map)
    target = tmp_path / "Ny kunde"
    assert window.new_map(target)
    created = tmp_path / "Ny kunde.knute"
    assert window.document.path == created
    assert window.windowTitle().startswith("Ny kunde")
    assert app_settings.recent_files()[:2] == [created.resolve(), small_map.resolve()]
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert names[:2] == ["Ny kunde.knute", "small.knute"]
    window.recent_menu.actions()[1].trigger()
    assert window.document.path == small_map


def test_save_a_copy_while_open(make_window, small_map, tmp_path):
    window = make_window()
    window.start(small_map)
    window.rename_map("Med siste endring")
    copy = tmp_path / "kopi.knute"
    assert window.save_copy(copy)
    with MapStore.open(copy, read_only=True) as store:
        assert store.load().settings.title == "Med siste endring"
        assert store.integrity_check() == []


def test_bad_files_leave_the_window_running_and_the_file_untouched(make_window, tmp_path):
    window = make_window()
    text = tmp_path / "notes.knute"
    text.write_text("hello, not a map")
    empty = tmp_path / "empty.knute"
    empty.write_bytes(b"")
    other = tmp_path / "other.knute"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    for path, words in ((text, "not a Knute map"), (empty, "empty"), (other, "another program")):
        before = path.read_bytes()
        assert not window.open_map(path)
        assert words in window.message_box.text()
        assert path.read_bytes() == before
        assert window.document is None
    assert window.stack.currentWidget() is window.welcome


def test_map_locked_by_another_knute(make_window, small_map):
    holder = MapStore.open(small_map)
    try:
        window = make_window()
        assert not window.open_map(small_map)
        assert "open in another Knute" in window.message_box.text()
    finally:
        holder.close()


def test_read_only_map_opens_with_notice(make_window, small_map, monkeypatch):
    monkeypatch.setattr("desktop_app.storage.store._writable", lambda path: False)
    window = make_window()
    assert window.open_map(small_map)
    assert window.document.read_only
    assert "[read-only]" in window.windowTitle()
    assert "read-only" in window.message_box.text()
    assert not window.rename_action.isEnabled()


def test_graphml_import_is_one_undo_step(make_window, small_map, tmp_path, qtbot):
    source = tmp_path / "people.graphml"
    source.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="trust" for="edge" attr.name="trust" attr.type="int"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="label">Åse Ødegård</data></node>
    <node id="b"><data key="label">Per Ås</data></node>
    <edge source="a" target="b"><data key="trust">4</data></edge>
  </graph>
</graphml>""",
        encoding="utf-8",
    )
    window = make_window()
    window.start(small_map)
    shown: list[str] = []
    window.import_export.confirm = lambda src, changes, skipped: shown.append(
        window.import_export.summary_text(changes, skipped)) or True
    assert window.import_graphml(source)
    assert "New contacts: 2" in shown[0] and "New ties: 1" in shown[0]
    names = {c.name for c in window.document.network.contacts()}
    assert {"Åse Ødegård", "Per Ås"} <= names
    assert len(window.scene.node_items) == 6
    window.undo_stack.undo()
    assert {c.name for c in window.document.network.contacts()} == {"Kari Nordmann", "Ola Hansen"}
    window.document.close()
    with MapStore.open(small_map, read_only=True) as store:
        assert {c.name for c in store.load().contacts()} == {"Kari Nordmann", "Ola Hansen"}


def test_failed_write_keeps_screen_equal_to_file(make_window, small_map):
    window = make_window()
    window.start(small_map)
    document = window.document
    contact_count = sum(1 for _ in document.network.contacts())
    # Fill the file to its page limit so the next write fails like a full disk.
    pages = document.store.db.execute("PRAGMA page_count").fetchone()[0]
    document.store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError):
        document.edit(lambda n: n.add(Contact(name="Big", notes="x" * 50_000)))
    assert sum(1 for _ in document.network.contacts()) == contact_count


def test_bad_graphml_is_refused_whole_with_the_problems_listed(make_window, small_map, tmp_path):
    source = tmp_path / "bad.graphml"
    source.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="role" for="node" attr.name="role" attr.type="string"/>
  <key id="trust" for="edge" attr.name="trust" attr.type="int"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="label">Åse</data><data key="role">emperor</data></node>
    <node id="b"><data key="label">Per</data></node>
    <edge id="e1" source="a" target="b"><data key="trust">9</data></edge>
  </graph>
</graphml>""",
        encoding="utf-8",
    )
    window = make_window()
    window.start(small_map)
    before = dict(window.document.network.nodes)
    assert not window.import_graphml(source)
    text = window.message_box.text()
    assert "Node a" in text and "emperor" in text
    assert "e1" in text and "9" in text
    assert window.document.network.nodes == before
    assert window.undo_stack.count() == 0


def test_long_values_wrap_inside_the_properties_panel(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    kari = next(c for c in window.document.network.contacts() if c.name == "Kari Nordmann")
    long_mail = "kari.nordmann.daglig.leder@rorosmat-produsentsammenslutning.example.no"
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, email=long_mail, notes="ord " * 200)))
    window.scene.node_items[kari.id].setSelected(True)
    assert window.properties.field_text("E-mail") == long_mail
    panel = window.properties
    qtbot.waitUntil(lambda: panel.widget().layout().geometry().isValid())

    def fits() -> bool:
        """Every value's wrapped text fits its label, and every label fits the panel."""
        for label in (w for w in panel.widget().findChildren(QLabel) if w.isVisible()):
            text = QFontMetrics(label.font()).boundingRect(label.rect(), Qt.TextFlag.TextWordWrap, label.text())
            if text.width() > label.width() or label.mapTo(panel.viewport(), label.rect().topRight()).x() > panel.viewport().width():
                return False
        return True

    QApplication.processEvents()
    assert fits()
