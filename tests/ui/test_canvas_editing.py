"""Drawing on the canvas with mouse and keyboard: create, tie, move, delete, undo — all written through to the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entities import Contact, Tie
from desktop_app.ui.canvas.inline_editor import InlineEditor
from desktop_app.ui.canvas.items import NodeItem
from tests.ui.map_files import by_name, file_rows, stored


def viewport_point(window, scene_point) -> QPoint:
    return window.view.mapFromScene(scene_point)


def node_point(window, node_id) -> QPoint:
    return viewport_point(window, window.scene.node_items[node_id].pos())


@pytest.fixture
def window(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    QApplication.processEvents()  # the first fit-to-map is queued; let it run before placing the view
    window.view.resetTransform()
    window.view.centerOn(250, 100)
    window.view.setFocus()
    return window


def focus(qtbot, window) -> None:
    """Shortcuts go to the active window's focused widget."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def inline_editor(window) -> InlineEditor:
    editor = window.editor.inline_editor
    assert editor is not None and editor.isVisible()
    return editor


def test_double_click_empty_canvas_creates_a_contact_named_inline(window, qtbot, small_map):
    spot = QPointF(250, 380)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, spot))
    editor = inline_editor(window)
    qtbot.keyClicks(editor, "Siri Aas")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    siri = by_name(stored(small_map), "Siri Aas")
    assert isinstance(siri, Contact)
    assert (siri.x, siri.y) == pytest.approx((spot.x(), spot.y()), abs=1.5)
    assert window.scene.node_items[siri.id].isSelected()
    assert window.undo_stack.undoText() == "New Contact"


def test_escape_in_the_inline_editor_creates_nothing(window, qtbot, small_map):
    before = file_rows(small_map)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(window, QPointF(250, 380)))
    editor = inline_editor(window)
    qtbot.keyClicks(editor, "Nobody")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert file_rows(small_map) == before
    assert window.undo_stack.count() == 0


def hover(viewport, point: QPoint) -> None:
    """A plain mouse move with no button (QTest drops a move to where the cursor already is)."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def drag(qtbot, viewport, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    steps = 6
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, end)


def test_drag_from_the_handle_draws_a_tie(window, qtbot, small_map):
    network = window.document.network
    ours, ola = by_name(network, "Rørosmat"), by_name(network, "Ola Hansen")
    viewport = window.view.viewport()
    # hovering a node shows its tie handle on the right edge
    hover(viewport, node_point(window, ours.id))
    assert window.view._handle is not None
    handle = viewport_point(window, window.view._handle.scenePos())
    drag(qtbot, viewport, handle, node_point(window, ola.id))
    ties = [t for t in stored(small_map).ties.values() if {t.source_id, t.target_id} == {ours.id, ola.id}]
    assert len(ties) == 1 and ties[0].source_id == ours.id
    assert window.scene.tie_items[ties[0].id].isSelected()
    # the nodes did not move: the handle drag draws, it does not drag
    assert (by_name(stored(small_map), "Rørosmat").x, by_name(stored(small_map), "Rørosmat").y) == (0, 0)


def test_alt_drag_to_empty_canvas_makes_a_contact_and_tie_in_one_step(window, qtbot, small_map):
    network = window.document.network
    kari = by_name(network, "Kari Nordmann")
    before = file_rows(small_map)
    drag(qtbot, window.view.viewport(), node_point(window, kari.id), viewport_point(window, QPointF(200, 420)),
         Qt.KeyboardModifier.AltModifier)
    editor = inline_editor(window)
    qtbot.keyClicks(editor, "Per Berg")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    after = stored(small_map)
    per = by_name(after, "Per Berg")
    assert any({t.source_id, t.target_id} == {kari.id, per.id} for t in after.ties.values())
    assert window.undo_stack.undoText() == "New Contact and Tie"
    window.undo_stack.undo()
    assert file_rows(small_map) == before


def test_a_tie_to_itself_and_a_duplicate_tie_are_refused(window, qtbot, small_map):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    before = file_rows(small_map)
    viewport = window.view.viewport()
    start = node_point(window, kari.id)
    drag(qtbot, viewport, start, start + QPoint(3, 3), Qt.KeyboardModifier.AltModifier)
    assert "itself" in window.statusBar().currentMessage()
    # Kari and Ola already have a professional tie
    drag(qtbot, viewport, start, node_point(window, ola.id), Qt.KeyboardModifier.AltModifier)
    assert window.message_box is not None and window.message_box.isVisible()
    assert "already" in window.message_box.text()
    assert file_rows(small_map) == before
    assert window.undo_stack.count() == 0


def test_dragging_a_node_stores_its_position_in_one_undo_step(window, qtbot, small_map):
    ola = by_name(window.document.network, "Ola Hansen")
    start = node_point(window, ola.id)
    drag(qtbot, window.view.viewport(), start, start + QPoint(60, 40))
    moved = by_name(stored(small_map), "Ola Hansen")
    assert (moved.x, moved.y) == pytest.approx((560, 240), abs=1.0)
    assert window.undo_stack.count() == 1
    tie = next(t for t in window.scene.tie_items.values() if t.target.node_id == ola.id or t.source.node_id == ola.id)
    assert tie.sceneBoundingRect().intersects(window.scene.node_items[ola.id].sceneBoundingRect())
    window.undo_stack.undo()
    back = by_name(stored(small_map), "Ola Hansen")
    assert (back.x, back.y) == (500, 200)
    assert window.scene.node_items[ola.id].pos() == QPointF(500, 200)


def test_dragging_an_organisation_takes_its_members_along(window, qtbot, small_map):
    hotel, ola = by_name(window.document.network, "Bergstadens Hotell"), by_name(window.document.network, "Ola Hansen")
    start = node_point(window, hotel.id)
    drag(qtbot, window.view.viewport(), start, start + QPoint(-50, 30))
    after = stored(small_map)
    assert (by_name(after, "Bergstadens Hotell").x, by_name(after, "Bergstadens Hotell").y) == pytest.approx((450, 30), abs=1)
    assert (by_name(after, "Ola Hansen").x, by_name(after, "Ola Hansen").y) == pytest.approx((450, 230), abs=1)
    assert window.undo_stack.count() == 1
    assert ola.id in window.document.network.nodes


def test_arrow_keys_nudge_and_merge_into_one_step(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    window.scene.node_items[kari.id].setSelected(True)
    window.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.keyClick(window.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    moved = by_name(stored(small_map), "Kari Nordmann")
    assert (moved.x, moved.y) == (30, 201)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert (by_name(stored(small_map), "Kari Nordmann").x, by_name(stored(small_map), "Kari Nordmann").y) == (0, 200)


def test_delete_a_node_with_three_ties_then_undo_and_redo(window, qtbot, small_map):
    network = window.document.network
    kari = by_name(network, "Kari Nordmann")
    for name in ("Rørosmat", "Bergstadens Hotell"):
        window.editor.add_tie(kari.id, by_name(network, name).id)
    assert len(network.ties_of(kari.id)) == 3
    before = file_rows(small_map)
    window.undo_stack.clear()
    window.scene.clearSelection()
    window.scene.node_items[kari.id].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert kari.id not in stored(small_map).nodes
    assert kari.id not in window.scene.node_items
    assert not any(kari.id in (t.source.node_id, t.target.node_id) for t in window.scene.tie_items.values())
    assert "3 ties" in window.statusBar().currentMessage()
    after_delete = file_rows(small_map)
    window.undo_stack.undo()
    assert file_rows(small_map) == before
    assert len([t for t in window.scene.tie_items.values() if kari.id in (t.source.node_id, t.target.node_id)]) == 3
    window.undo_stack.redo()
    assert file_rows(small_map) == after_delete


def test_select_all_and_rubber_band(window, qtbot):
    window.view.setFocus()
    qtbot.keySequence(window.view, QKeySequence(QKeySequence.StandardKey.SelectAll))
    assert len(window.scene.selectedItems()) == len(window.scene.node_items) + len(window.scene.tie_items)
    window.scene.clearSelection()
    # a band around the two contacts (y=200) only
    top_left = viewport_point(window, QPointF(-80, 150))
    bottom_right = viewport_point(window, QPointF(580, 260))
    drag(qtbot, window.view.viewport(), top_left, bottom_right)
    names = {window.document.network.nodes[i.node_id].name for i in window.scene.selectedItems() if isinstance(i, NodeItem)}
    assert names == {"Kari Nordmann", "Ola Hansen"}


def test_rename_inline_with_f2(window, qtbot, small_map):
    ola = by_name(window.document.network, "Ola Hansen")
    window.scene.node_items[ola.id].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F2)
    editor = inline_editor(window)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ola Bergh")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(small_map).nodes[ola.id].name == "Ola Bergh"


def test_new_member_from_an_organisations_context_menu(window, qtbot, small_map):
    hotel = by_name(window.document.network, "Bergstadens Hotell")
    menu = _context_menu(window, qtbot, node_point(window, hotel.id))
    entry = next(a for a in menu.actions() if a.text().startswith("New Member of"))
    menu.close()
    entry.trigger()
    editor = inline_editor(window)
    qtbot.keyClicks(editor, "Anne Resepsjon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    anne = by_name(stored(small_map), "Anne Resepsjon")
    assert anne.organisation_id == hotel.id


def _context_menu(window, qtbot, point: QPoint):
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    seen = []
    window.view.context_menu_about_to_show.connect(lambda menu, ids: seen.append((menu, ids)))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, window.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(window.view.viewport(), event)
    assert seen
    return seen[-1][0]


def test_copy_paste_between_two_maps(make_window, small_map, tmp_path, qtbot):
    first = make_window()
    first.start(small_map)
    other = tmp_path / "other.knute"
    second = make_window()
    assert second.new_map(other)
    network = first.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    for node_id in (kari.id, ola.id):
        first.scene.node_items[node_id].setSelected(True)
    focus(qtbot, first)
    qtbot.keySequence(first.view, QKeySequence(QKeySequence.StandardKey.Copy))
    focus(qtbot, second)
    qtbot.keySequence(second.view, QKeySequence(QKeySequence.StandardKey.Paste))
    pasted = stored(other)
    names = sorted(n.name for n in pasted.nodes.values())
    assert names == ["Kari Nordmann", "Ola Hansen"]
    assert len(pasted.ties) == 1  # the tie between them came along
    tie = next(iter(pasted.ties.values()))
    assert (tie.trust, tie.acquaintance) == (4, 5)
    assert not set(pasted.nodes) & set(network.nodes)  # new ids
    # their organisations are not in the other map: the copies belong to none
    assert all(isinstance(n, Contact) and n.organisation_id is None for n in pasted.nodes.values())
    second.undo_stack.undo()
    assert not stored(other).nodes


def test_duplicate_offsets_the_copy_and_keeps_the_organisation(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    window.scene.node_items[kari.id].setSelected(True)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copies = [n for n in stored(small_map).nodes.values() if n.name == "Kari Nordmann"]
    assert len(copies) == 2
    copy = next(n for n in copies if n.id != kari.id)
    assert (copy.x, copy.y) == (40, 240)
    assert copy.organisation_id == kari.organisation_id


def test_the_scene_follows_the_document(window):
    """Model -> scene sync without gestures: add, move, restyle, remove."""
    doc = window.document
    kari = by_name(doc.network, "Kari Nordmann")
    siri = Contact(name="Siri", x=100, y=100)
    doc.edit(lambda n: n.add(siri))
    assert window.scene.node_items[siri.id].pos() == QPointF(100, 100)
    tie = Tie(source_id=siri.id, target_id=kari.id)
    doc.edit(lambda n: n.add(tie))
    assert window.scene.tie_items[tie.id].source is window.scene.node_items[siri.id]
    doc.edit(lambda n: n.update(Contact(**{**_fields(siri), "x": 300.0, "name": "Siri Aas"})))
    item = window.scene.node_items[siri.id]
    assert item.pos() == QPointF(300, 100) and item.name == "Siri Aas"
    doc.edit(lambda n: n.remove(n.nodes[siri.id]))
    assert siri.id not in window.scene.node_items and tie.id not in window.scene.tie_items


def _fields(entity):
    import dataclasses
    return {f.name: getattr(entity, f.name) for f in dataclasses.fields(entity)}


def test_a_read_only_map_cannot_be_edited_on_the_canvas(make_window, small_map, qtbot):
    small_map.chmod(0o444)
    try:
        window = make_window()
        window.open_map(small_map)
        if not window.document.read_only:
            pytest.skip("this user can write read-only files (root)")
        assert not window.editor.new_contact_action.isEnabled()
        qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert window.editor.inline_editor is None
    finally:
        small_map.chmod(0o644)


def type_inline(qtbot, window, text: str) -> None:
    editor = inline_editor(window)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_build_a_small_map_from_scratch_then_undo_every_step(make_window, tmp_path, qtbot):
    """Organisations, members and ties by keyboard and mouse alone; undo all of it back to the empty file."""
    path = tmp_path / "roros.knute"
    window = make_window()
    assert window.new_map(path)
    QApplication.processEvents()
    empty = file_rows(path)
    focus(qtbot, window)
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_inline(qtbot, window, "Rørosmat")
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    type_inline(qtbot, window, "Bergstadens Hotell")
    network = window.document.network
    ours, hotel = by_name(network, "Rørosmat"), by_name(network, "Bergstadens Hotell")
    window.editor.new_contact(ours.id)
    type_inline(qtbot, window, "Kari Nordmann")
    window.editor.new_contact(hotel.id)
    type_inline(qtbot, window, "Ola Hansen")
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    assert kari.organisation_id == ours.id and ola.organisation_id == hotel.id
    window.view.fit_to_map()
    drag(qtbot, window.view.viewport(), node_point(window, kari.id), node_point(window, ola.id), Qt.KeyboardModifier.AltModifier)
    assert len(stored(path).ties) == 1
    start = node_point(window, ola.id)
    drag(qtbot, window.view.viewport(), start, start + QPoint(30, 0))
    steps = window.undo_stack.count()
    assert steps == 6
    for _ in range(steps):
        window.undo_stack.undo()
    assert file_rows(path) == empty
    for _ in range(steps):
        window.undo_stack.redo()
    rebuilt = stored(path)
    assert sorted(n.name for n in rebuilt.nodes.values()) == ["Bergstadens Hotell", "Kari Nordmann", "Ola Hansen", "Rørosmat"]
    assert len(rebuilt.ties) == 1
