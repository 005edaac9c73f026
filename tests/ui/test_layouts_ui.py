"""The Arrange menu driven as a user would: each layout is one animated, undoable step written to the file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desktop_app.paths import bundled_example
from desktop_app.ui.document import Document
from tests.ui.map_files import by_name


def file_positions(path: Path) -> dict[str, tuple[float, float]]:
    """Every node's stored position, read from a byte copy (the window holds the lock)."""
    copy = path.with_name(path.stem + "-positions.sqlite")
    shutil.copyfile(path, copy)
    try:
        with sqlite3.connect(copy) as conn:
            return {i: (x, y) for i, x, y in conn.execute("SELECT id, x, y FROM nodes")}
    finally:
        copy.unlink()


def model_positions(window) -> dict[str, tuple[float, float]]:
    return {n.id: (n.x, n.y) for n in window.document.network.nodes.values()}


@pytest.fixture
def example_map(tmp_path: Path) -> Path:
    path = tmp_path / "example.knute"
    shutil.copyfile(bundled_example(), path)
    return path


@pytest.fixture
def window(make_window, example_map):
    window = make_window()
    window.start(example_map)
    QApplication.processEvents()
    return window


def context_menu(window, point: QPoint):
    seen = []
    window.view.context_menu_about_to_show.connect(lambda menu, ids: seen.append(menu))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    assert seen
    return seen[-1]


def test_the_arrange_menu_lists_the_layouts(window):
    texts = [a.text().replace("&", "") for a in window.arrange_menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["Force-Directed", "Circular", "Hierarchical", "Account View"]
    assert "Arrange as Organisation Chart" in texts
    assert all(a.isEnabled() for a in window.layouts.actions.values())
    assert not window.layouts.chart_action.isEnabled()  # nothing selected


@pytest.mark.parametrize("kind", ["force", "circular", "hierarchical", "account"])
def test_a_layout_is_one_undo_step_and_undo_restores_every_position_in_the_file(window, example_map, qtbot, kind):
    before = file_positions(example_map)
    assert before == model_positions(window)
    with qtbot.waitSignal(window.layouts.arranged, timeout=10000) as signal:
        window.layouts.actions[kind].trigger()
    assert signal.args == [kind]
    after = file_positions(example_map)
    assert after == model_positions(window)
    assert sum(after[i] != before[i] for i in before) > len(before) // 2
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert file_positions(example_map) == before
    assert model_positions(window) == before
    window.undo_stack.redo()
    assert file_positions(example_map) == after


def test_nodes_glide_to_their_new_places(window, qtbot):
    network = window.document.network
    hotel = by_name(network, "Bergstadens Hotell")
    item = window.scene.node_items[hotel.id]
    start = QPointF(item.pos())
    window.layouts.arrange("circular")
    target = QPointF(network.nodes[hotel.id].x, network.nodes[hotel.id].y)
    assert target != start
    qtbot.waitUntil(lambda: item.pos() not in (start, target), timeout=3000)  # on its way
    qtbot.waitUntil(lambda: item.pos() == target, timeout=3000)


def test_the_view_is_fitted_to_the_new_layout(window, qtbot):
    window.view.resetTransform()
    window.view.zoom(4.0)
    window.layouts.arrange("hierarchical")
    network = window.document.network
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for node in network.nodes.values():
        assert visible.contains(QPointF(node.x, node.y)), node.name


def test_a_large_map_is_arranged_in_the_background(window, example_map, qtbot):
    window.layouts.background_nodes = 10
    before = file_positions(example_map)
    with qtbot.waitSignal(window.layouts.arranged, timeout=20000):
        assert window.layouts.arrange("force")
        assert window.layouts.busy
        assert not window.layouts.actions["circular"].isEnabled()  # one layout at a time
        assert not window.layouts.arrange("circular")
        assert file_positions(example_map) == before  # nothing applied until it is done
    assert window.layouts.worker_thread not in (None, threading.get_ident())
    assert window.layouts.actions["circular"].isEnabled()
    assert window.undo_stack.count() == 1
    assert file_positions(example_map) != before
    window.undo_stack.undo()
    assert file_positions(example_map) == before


def test_a_background_layout_for_a_map_since_closed_is_dropped(make_window, window, example_map, tmp_path, qtbot):
    window.layouts.background_nodes = 10
    other = tmp_path / "other.knute"
    shutil.copyfile(bundled_example(), other)
    assert window.layouts.arrange("force")
    window.open_map(other)
    qtbot.waitUntil(lambda: not window.layouts.busy, timeout=20000)
    assert window.undo_stack.count() == 0
    assert file_positions(other) == model_positions(window)
    assert file_positions(other) == file_positions(example_map)  # neither was moved


def test_account_view_without_a_key_account_explains_and_changes_nothing(make_window, small_map):
    window = make_window()
    window.start(small_map)
    before = file_positions(small_map)
    assert not window.layouts.arrange("account")
    assert "key account" in window.message_box.text()
    assert "Map Settings" in window.message_box.text()
    assert window.undo_stack.count() == 0
    assert file_positions(small_map) == before


def test_arrange_an_organisation_as_its_chart_from_its_context_menu(window, example_map, qtbot):
    network = window.document.network
    hotel = by_name(network, "Bergstadens Hotell")
    window.view.fit_to_map()
    menu = context_menu(window, window.view.mapFromScene(window.scene.node_items[hotel.id].pos()))
    entry = next(a for a in menu.actions() if a.text().replace("&", "") == "Arrange as Organisation Chart")
    menu.close()
    assert window.layouts.chart_action.isEnabled()  # the right-click selected the organisation
    before = file_positions(example_map)
    entry.trigger()
    stored = file_positions(example_map)
    y = {name: stored[by_name(network, name).id][1] for name in
         ("Bergstadens Hotell", "Trond Kobbhaug", "Hege Smeltholm", "Randi Slaggvold", "Jonas Ertsli")}
    assert y["Bergstadens Hotell"] < y["Trond Kobbhaug"] < y["Hege Smeltholm"] < y["Jonas Ertsli"]
    assert y["Hege Smeltholm"] == y["Randi Slaggvold"]
    assert stored[hotel.id] == before[hotel.id]  # the organisation stays put
    chart = {hotel.id, *(m.id for m in network.members_of(hotel.id))}
    moved = {i for i in before if stored[i] != before[i]} - chart
    moved_orgs = {network.nodes[i].id for i in moved if network.nodes[i].kind == "organisation"}
    assert moved_orgs  # neighbours in the chart's way made room, each with its people
    assert all(m.id in moved for org in moved_orgs for m in network.members_of(org))
    assert window.undo_stack.undoText() == "Arrange Bergstadens Hotell as Organisation Chart"
    window.undo_stack.undo()
    assert file_positions(example_map) == before


def test_an_organisation_without_people_has_no_chart(make_window, small_map):
    window = make_window()
    window.start(small_map)
    network = window.document.network
    ours = by_name(network, "Rørosmat")
    kari = by_name(network, "Kari Nordmann")
    window.document.edit(lambda net: net.remove(kari))
    assert not window.layouts.arrange_chart(ours.id)
    assert "no people" in window.message_box.text()
    assert window.undo_stack.count() == 0


def test_the_canvas_menu_offers_the_layouts(window, qtbot):
    window.view.fit_to_map()
    menu = context_menu(window, QPoint(3, 3))
    arrange = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == "Arrange")
    texts = [a.text().replace("&", "") for a in arrange.actions()]
    menu.close()
    assert texts == ["Force-Directed", "Circular", "Hierarchical", "Account View"]


def test_arranging_twice_the_same_way_changes_nothing(window, qtbot):
    window.layouts.arrange("hierarchical")
    with qtbot.waitSignal(window.layouts.arranged) as signal:
        window.layouts.arrange("hierarchical")
    assert signal.args == [""]
    assert window.undo_stack.count() == 1
    assert "already" in window.statusBar().currentMessage()


def test_a_read_only_map_cannot_be_arranged(make_window, small_map, monkeypatch):
    opened = Document.open.__func__  # type: ignore[attr-defined]
    monkeypatch.setattr(Document, "open", classmethod(lambda cls, path, read_only=False: opened(cls, path, read_only=True)))
    window = make_window()
    window.open_map(small_map)
    assert window.document.read_only
    before = file_positions(small_map)
    assert not any(a.isEnabled() for a in window.layouts.actions.values())
    assert not window.layouts.arrange("force")
    assert not window.layouts.arrange_chart(by_name(window.document.network, "Rørosmat").id)
    assert file_positions(small_map) == before
