"""Ties without graphics items until needed: the tie table draws them, a click or a panel makes the item.

Opening a map of 20,000 ties must not build 20,000 items (about a second); the
tie layer draws every tie from the scene's tie table (numpy arrays). These
tests hold the two ways of knowing where a tie runs (the table, the item)
equal, and check that a user can still click, right-click, select and filter
ties that had no item.
"""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.storage import MapStore
from desktop_app.ui.canvas.items import TieItem
from desktop_app.ui.canvas.scene import MapScene
from desktop_app.ui.canvas.tie_table import X0, X1, Y0, Y1
from desktop_app.ui.document import Document


def viewport_point(window, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


@pytest.fixture
def window(make_window, small_map, qtbot):
    window = make_window()
    assert window.open_map(small_map)
    qtbot.waitUntil(lambda: window.analysis_controller is not None and window.analysis_controller.analysis is not None)
    return window


def tie_between(network, a_name: str, b_name: str) -> Tie:
    ids = {n.id for n in network.nodes.values() if n.name in (a_name, b_name)}
    return next(t for t in network.ties.values() if {t.source_id, t.target_id} == ids)


def test_opening_a_map_makes_no_tie_items(window):
    scene = window.scene
    assert len(scene.tie_items) == 2, "every tie is on the canvas"
    assert scene.tie_items.made == {}, "but none has a graphics item yet"
    assert not [i for i in scene.items() if isinstance(i, TieItem)]


def test_clicking_a_tie_without_an_item_selects_it_and_shows_it_in_the_panel(window, qtbot):
    network = window.document.network
    tie = tie_between(network, "Kari Nordmann", "Ola Hansen")
    kari, ola = network.nodes[tie.source_id], network.nodes[tie.target_id]
    middle = QPointF((kari.x + ola.x) / 2, (kari.y + ola.y) / 2 + 2)  # 2 units off the line: still on it
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, middle))
    assert tie.id in window.scene.tie_items.made
    assert window.scene.tie_items[tie.id].isSelected()
    assert window.editor.selected_ids() == [tie.id]
    assert window.properties._ids == [tie.id], "the panel shows the tie"


def test_clicking_beside_a_tie_selects_nothing(window, qtbot):
    network = window.document.network
    tie = tie_between(network, "Kari Nordmann", "Ola Hansen")
    kari, ola = network.nodes[tie.source_id], network.nodes[tie.target_id]
    beside = QPointF((kari.x + ola.x) / 2, (kari.y + ola.y) / 2 + 40)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, beside))
    assert window.scene.selectedItems() == []
    assert window.scene.tie_items.made == {}


def test_right_click_on_a_tie_offers_the_tie_menu(window, qtbot):
    network = window.document.network
    tie = tie_between(network, "Kari Nordmann", "Ola Hansen")
    kari, ola = network.nodes[tie.source_id], network.nodes[tie.target_id]
    at = viewport_point(window, QPointF((kari.x + ola.x) / 2, (kari.y + ola.y) / 2))
    seen: list[list[str]] = []
    window.view.context_menu_about_to_show.connect(lambda menu, ids: seen.append(list(ids)))
    assert window.view.context_ids(at) == [tie.id]
    window.view.contextMenuEvent(_context_event(window, at))
    assert seen and seen[-1] == [tie.id]
    if window.view.last_menu is not None:
        window.view.last_menu.close()


def _context_event(window, at: QPoint):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, window.view.viewport().mapToGlobal(at))


def test_a_tie_made_after_a_filter_hid_it_is_hidden_and_a_tie_type_filter_hides_it_in_the_table(window, qtbot):
    scene = window.scene
    network = window.document.network
    supplier = next(t for t in network.ties.values() if t.type.value == "supplier_of")
    scene.set_hidden("test", (), (supplier.id,))
    row = scene.tie_table.rows[supplier.id]
    assert scene.tie_table.arrays()[4, row] == 0.0, "a hidden tie is not drawn"
    assert not scene.tie_items[supplier.id].isVisible()
    scene.set_hidden("test", ())
    assert scene.tie_table.arrays()[4, row] > 0.0
    assert scene.tie_items[supplier.id].isVisible()


def test_dragging_a_node_moves_its_ties_in_the_table(window, qtbot):
    scene = window.scene
    network = window.document.network
    tie = tie_between(network, "Kari Nordmann", "Ola Hansen")
    before = scene.tie_table.arrays()[:4, scene.tie_table.rows[tie.id]].copy()
    kari = next(n for n in network.nodes.values() if n.name == "Kari Nordmann")
    start = viewport_point(window, QPointF(kari.x, kari.y))
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        _move(viewport, start + QPoint(0, 12 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(0, 60))
    after = scene.tie_table.arrays()[:4, scene.tie_table.rows[tie.id]]
    assert not np.allclose(before, after)
    moved = window.document.network.nodes[kari.id]
    assert (moved.x, moved.y) != (kari.x, kari.y)
    expected = scene.tie_items[tie.id].coords
    assert np.allclose(after, expected)


def _move(viewport, pos: QPoint) -> None:
    from PySide6.QtGui import QMouseEvent

    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def test_the_table_draws_every_tie_where_its_item_would(qtbot, tmp_path: Path):
    """Random contacts and organisations, parallel ties, overlapping nodes: table lines == item lines."""
    rng = random.Random(7)
    path = tmp_path / "random.knute"
    store = MapStore.create(path)
    network = store.load()
    changes = []
    orgs = [Organisation(name=f"Org {i}", x=rng.uniform(-800, 800), y=rng.uniform(-800, 800)) for i in range(8)]
    people = [Contact(name=f"Person {i}", influence=rng.choice([None, 1, 3, 5]), x=rng.uniform(-800, 800),
                      y=rng.uniform(-800, 800)) for i in range(30)]
    people.append(Contact(name="On top", x=orgs[0].x + 5, y=orgs[0].y + 3))  # overlaps an organisation
    people.append(Contact(name="Straight below", x=orgs[1].x, y=orgs[1].y + 300))  # a vertical tie
    for entity in (*orgs, *people):
        changes += network.add(entity)
    nodes = [*orgs, *people]
    pairs: dict[frozenset[int], tuple[int, int]] = {}
    for _ in range(80):
        a, b = rng.sample(range(len(nodes) - 2), 2)  # the last two get their own ties below
        pairs.setdefault(frozenset((a, b)), (a, b))
    types = ["professional", "personal", "reports_to", "partner"]
    for (a, b), kind in zip(pairs.values(), itertools.cycle(types), strict=False):
        changes += network.add(Tie(source_id=nodes[a].id, target_id=nodes[b].id, type=kind,
                                   trust=rng.choice([None, 2, 5])))
    changes += network.add(Tie(source_id=orgs[0].id, target_id=people[-2].id))
    changes += network.add(Tie(source_id=orgs[1].id, target_id=people[-1].id))
    for kind in ("personal", "other", "professional"):  # parallel ties between one pair (beside any drawn above)
        if not any(t.type.value == kind and {t.source_id, t.target_id} == {people[0].id, people[1].id}
                   for t in network.ties.values()):
            changes += network.add(Tie(source_id=people[0].id, target_id=people[1].id, type=kind))
    store.apply(changes)
    store.close()

    document = Document.open(path)
    scene = MapScene()
    scene.set_document(document)
    try:
        table = scene.tie_table.arrays()
        for tie_id in scene.tie_items:
            item = scene.tie_items[tie_id]
            row = scene.tie_table.rows[tie_id]
            assert np.allclose(table[[X0, Y0, X1, Y1], row], item.coords, atol=1e-9), tie_id
        assert any(math.isclose(x0, x1) and math.isclose(y0, y1)
                   for x0, y0, x1, y1 in (scene.tie_items[t].coords for t in scene.tie_items)), "the overlap case ran"
    finally:
        scene.set_document(None)
        document.close()




def test_a_bulk_change_rebuilds_the_canvas_and_its_undo_takes_it_away(window, qtbot):
    """An import-sized edit (past BULK_CHANGES) is followed by a rebuild, not item by item."""
    from desktop_app.ui.canvas.scene import BULK_CHANGES
    from desktop_app.ui.commands import perform

    scene = window.scene
    network = window.document.network
    kari = next(n for n in network.nodes.values() if n.name == "Kari Nordmann")
    before_nodes, before_ties = set(scene.node_items), set(scene.tie_items)
    people = [Contact(name=f"Imported {i}", x=1000 + 40 * (i % 30), y=40 * (i // 30)) for i in range(BULK_CHANGES)]

    def add(net):
        changes = []
        for person in people:
            changes += net.add(person)
            changes += net.add(Tie(source_id=kari.id, target_id=person.id))
        return changes

    perform(window.undo_stack, window.document, "Import", add)
    assert len(scene.node_items) == len(before_nodes) + BULK_CHANGES
    assert len(scene.tie_items) == len(before_ties) + BULK_CHANGES
    last = people[-1]
    tie = next(t for t in window.document.network.ties.values() if t.target_id == last.id)
    row = scene.tie_table.rows[tie.id]
    assert scene.tie_table.arrays()[4, row] > 0, "the new tie is drawn"
    window.undo_stack.undo()
    assert set(scene.node_items) == before_nodes
    assert set(scene.tie_items) == before_ties
