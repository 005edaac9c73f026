"""Organisation frames and collapsing, driven with the mouse on the real window."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desktop_app.domain.entities import Contact, Tie
from desktop_app.domain.enums import ActorCategory
from desktop_app.paths import bundled_example
from desktop_app.ui.canvas.collapse import REASON, AggregateTieItem
from desktop_app.ui.canvas.footprint import node_rect
from desktop_app.ui.canvas.frames import FrameItem
from desktop_app.ui.canvas.items import NodeItem
from tests.ui.map_files import by_name, file_rows


def point(window, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


def header_point(window, frame: FrameItem) -> QPoint:
    """A spot on the header, right of the toggle and its label."""
    header = frame.header_rect()
    return point(window, QPointF(header.right() - 12, header.center().y()))


def toggle_point(window, frame: FrameItem) -> QPoint:
    return point(window, frame.toggle_rect().center())


def drag(qtbot, viewport, start: QPoint, end: QPoint) -> None:
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def context_menu(window, at: QPoint):
    seen = []
    window.view.context_menu_about_to_show.connect(lambda menu, ids: seen.append(menu))
    QApplication.sendEvent(window.view.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, window.view.viewport().mapToGlobal(at)))
    return seen[-1]


@pytest.fixture
def window(make_window, small_map):
    window = make_window()
    window.start(small_map)
    QApplication.processEvents()
    window.view.resetTransform()
    window.view.centerOn(250, 100)
    return window


@pytest.fixture
def example_window(make_window, tmp_path):
    path = tmp_path / "example.knute"
    shutil.copyfile(bundled_example(), path)
    window = make_window()
    window.start(path)
    QApplication.processEvents()
    return window


def test_each_organisation_with_people_is_framed_round_them(example_window):
    window = example_window
    network = window.document.network
    orgs = [o for o in network.organisations() if network.members_of(o.id)]
    assert set(window.frames.frames) == {o.id for o in orgs}
    for org in orgs:
        frame = window.frames.frames[org.id]
        assert frame.zValue() < min(i.zValue() for i in window.scene.tie_items.values())
        for node_id in (org.id, *(m.id for m in network.members_of(org.id))):
            assert frame.rect.contains(node_rect(window.scene.node_items[node_id]))
        assert frame.count == len(network.members_of(org.id))


def test_an_organisation_without_people_has_no_frame(window):
    network = window.document.network
    ours = by_name(network, "Rørosmat")
    assert ours.id in window.frames.frames
    window.document.edit(lambda net: net.remove(by_name(net, "Kari Nordmann")))
    assert ours.id not in window.frames.frames
    assert not [i for i in window.scene.items() if isinstance(i, FrameItem) and i.organisation_id == ours.id]


def test_the_frame_follows_a_member_while_it_is_dragged_and_after(window, qtbot):
    network = window.document.network
    kari, ours = by_name(network, "Kari Nordmann"), by_name(network, "Rørosmat")
    frame = window.frames.frames[ours.id]
    item = window.scene.node_items[kari.id]
    viewport = window.view.viewport()
    start, end = point(window, item.pos()), point(window, QPointF(-150, 330))
    qtbot.mouseMove(viewport, start)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * i / 6)
    assert item.pos() != QPointF(kari.x, kari.y)  # being dragged
    assert frame.rect.contains(node_rect(item))  # the frame already follows
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    moved = network.nodes[kari.id]
    assert (moved.x, moved.y) != (kari.x, kari.y)
    assert window.frames.frames[ours.id].rect.contains(node_rect(item))


def test_clicking_the_header_selects_the_organisation(window, qtbot):
    ours = by_name(window.document.network, "Rørosmat")
    frame = window.frames.frames[ours.id]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, frame))
    assert [i.node_id for i in window.scene.selectedItems()] == [ours.id]


def test_a_rubber_band_can_start_inside_a_frame(window, qtbot):
    network = window.document.network
    kari, ours = by_name(network, "Kari Nordmann"), by_name(network, "Rørosmat")
    frame = window.frames.frames[ours.id]
    inside = QPointF(frame.rect.left() + 3, frame.rect.center().y())  # empty frame area, below the header
    assert frame.rect.contains(inside) and not frame.header_rect().contains(inside)
    drag(qtbot, window.view.viewport(), point(window, inside), point(window, QPointF(60, 260)))
    assert [i.node_id for i in window.scene.selectedItems() if isinstance(i, NodeItem)] == [kari.id]


def test_dragging_the_header_moves_the_organisation_with_its_people_in_one_step(window, qtbot, small_map):
    network = window.document.network
    kari, ours = by_name(network, "Kari Nordmann"), by_name(network, "Rørosmat")
    frame = window.frames.frames[ours.id]
    before = file_rows(small_map)
    start = header_point(window, frame)
    drag(qtbot, window.view.viewport(), start, start + QPoint(-60, 40))
    moved_ours, moved_kari = network.nodes[ours.id], network.nodes[kari.id]
    dx, dy = moved_ours.x - ours.x, moved_ours.y - ours.y
    assert (dx, dy) != (0, 0)
    assert (moved_kari.x - kari.x, moved_kari.y - kari.y) == pytest.approx((dx, dy), abs=0.11)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert file_rows(small_map) == before


def test_collapse_with_the_toggle_hides_the_people_and_draws_their_ties_from_the_organisation(window, qtbot, small_map):
    network = window.document.network
    hotel, ola, kari = (by_name(network, n) for n in ("Bergstadens Hotell", "Ola Hansen", "Kari Nordmann"))
    frame = window.frames.frames[hotel.id]
    before = file_rows(small_map)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=toggle_point(window, frame))
    assert window.frames.collapse.is_collapsed(hotel.id)
    assert not window.scene.node_items[ola.id].isVisible()
    assert window.scene.hidden_by(REASON)[0] == {ola.id}
    kari_ola = next(t for t in window.scene.tie_items.values() if {t.source.node_id, t.target.node_id} == {kari.id, ola.id})
    assert not kari_ola.isVisible()
    lines = [i for i in window.scene.items() if isinstance(i, AggregateTieItem)]
    assert len(lines) == 1 and {lines[0].a.node_id, lines[0].b.node_id} == {hotel.id, kari.id} and lines[0].count == 1
    frame = window.frames.frames[hotel.id]
    assert frame.collapsed and frame.count == 1 and frame.label == "1 person"
    assert frame.rect.contains(node_rect(window.scene.node_items[hotel.id]))
    assert not frame.rect.contains(node_rect(window.scene.node_items[ola.id]))
    # a view state, not an edit
    assert window.undo_stack.count() == 0
    assert file_rows(small_map) == before
    # and back
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=toggle_point(window, frame))
    assert window.scene.node_items[ola.id].isVisible() and kari_ola.isVisible()
    assert not [i for i in window.scene.items() if isinstance(i, AggregateTieItem)]
    assert window.frames.frames[hotel.id].rect.contains(node_rect(window.scene.node_items[ola.id]))


def test_double_click_on_the_header_collapses_and_makes_no_contact(window, qtbot):
    network = window.document.network
    hotel = by_name(network, "Bergstadens Hotell")
    count = len(network.nodes)
    qtbot.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=header_point(window, window.frames.frames[hotel.id]))
    assert window.frames.collapse.is_collapsed(hotel.id)
    assert len(network.nodes) == count
    assert window.editor.inline_editor is None or not window.editor.inline_editor.isVisible()


def test_collapse_and_expand_from_the_context_menu(window):
    network = window.document.network
    hotel, ola = by_name(network, "Bergstadens Hotell"), by_name(network, "Ola Hansen")
    menu = context_menu(window, point(window, window.scene.node_items[hotel.id].pos()))
    collapse = next(a for a in menu.actions() if a.text().replace("&", "") == "Collapse")
    menu.close()
    collapse.trigger()
    assert not window.scene.node_items[ola.id].isVisible()
    menu = context_menu(window, point(window, window.scene.node_items[hotel.id].pos()))
    assert not [a for a in menu.actions() if a.text().replace("&", "") == "Collapse"]
    expand = next(a for a in menu.actions() if a.text().replace("&", "") == "Expand")
    menu.close()
    expand.trigger()
    assert window.scene.node_items[ola.id].isVisible()


def test_collapsed_organisations_are_remembered_per_map(make_window, small_map, tmp_path, qtbot):
    window = make_window()
    window.start(small_map)
    network = window.document.network
    hotel, ola = by_name(network, "Bergstadens Hotell"), by_name(network, "Ola Hansen")
    window.frames.collapse.set_collapsed([hotel.id], True)
    other = tmp_path / "other.knute"
    assert window.new_map(other)
    assert window.scene.hidden_by(REASON) == (frozenset(), frozenset())
    assert window.open_map(small_map)
    assert window.frames.collapse.is_collapsed(hotel.id)
    assert not window.scene.node_items[ola.id].isVisible()
    assert window.frames.frames[hotel.id].collapsed
    # and in a new window (a new start of the application)
    window.close()
    again = make_window()
    again.start(small_map)
    assert not again.scene.node_items[ola.id].isVisible()
    again.frames.collapse.set_collapsed([hotel.id], False)
    again.close()
    third = make_window()
    third.start(small_map)
    assert third.scene.node_items[ola.id].isVisible()


def test_a_collapsed_organisation_follows_edits(window):
    doc = window.document
    network = doc.network
    hotel, kari, ours = (by_name(network, n) for n in ("Bergstadens Hotell", "Kari Nordmann", "Rørosmat"))
    window.frames.collapse.set_collapsed([hotel.id], True)
    anne = Contact(name="Anne Resepsjon", organisation_id=hotel.id, x=600, y=300)
    doc.edit(lambda net: net.add(anne))
    assert not window.scene.node_items[anne.id].isVisible()  # a new member is inside the collapsed organisation
    doc.edit(lambda net: net.add(Tie(source_id=kari.id, target_id=anne.id)))
    line = next(i for i in window.scene.items() if isinstance(i, AggregateTieItem))
    assert line.count == 2  # Kari - Ola and Kari - Anne
    assert window.frames.frames[hotel.id].count == 2
    doc.edit(lambda net: net.add(Tie(source_id=ours.id, target_id=anne.id)))
    lines = sorted((i for i in window.scene.items() if isinstance(i, AggregateTieItem)), key=lambda i: i.count)
    assert [line.count for line in lines] == [1, 2]


def test_organisation_frames_can_be_switched_off_and_it_is_remembered(make_window, small_map, app_settings):
    window = make_window()
    window.start(small_map)
    hotel = by_name(window.document.network, "Bergstadens Hotell")
    window.frames.show_action.trigger()
    assert not [i for i in window.scene.items() if isinstance(i, FrameItem)]
    window.frames.collapse.set_collapsed([hotel.id], True)  # a collapsed organisation still shows what it holds
    assert [i.organisation_id for i in window.scene.items() if isinstance(i, FrameItem)] == [hotel.id]
    assert app_settings.organisation_frames is False
    window.close()
    again = make_window()
    again.start(small_map)
    assert not again.frames.show_action.isChecked()


def test_collapse_all_and_expand_all(example_window):
    window = example_window
    network = window.document.network
    window.frames.collapse_all_action.trigger()
    assert all(not window.scene.node_items[c.id].isVisible() for c in network.contacts() if c.organisation_id)
    lines = [i for i in window.scene.items() if isinstance(i, AggregateTieItem)]
    assert lines and all(i.a.isVisible() and i.b.isVisible() for i in lines)
    window.frames.expand_all_action.trigger()
    assert all(i.isVisible() for i in window.scene.node_items.values())
    assert not [i for i in window.scene.items() if isinstance(i, AggregateTieItem)]


def framed(window) -> bool:
    """Every frame holds its organisation and people where their items are now."""
    network = window.document.network
    return all(frame.rect.contains(node_rect(window.scene.node_items[node_id]))
               for org_id, frame in window.frames.frames.items()
               for node_id in (org_id, *(m.id for m in network.members_of(org_id))))


def test_frames_follow_a_layout_while_it_glides(example_window, qtbot):
    window = example_window
    network = window.document.network
    steps: list[bool] = []
    window.scene.nodes_moving.connect(lambda _ids: steps.append(framed(window)))
    window.layouts.arrange("circular")
    qtbot.waitUntil(lambda: all(abs(n.x - i.pos().x()) + abs(n.y - i.pos().y()) < 0.01
                                for n in network.nodes.values() if (i := window.scene.node_items.get(n.id))),
                    timeout=3000)  # the glide has arrived where the model is
    assert len(steps) > 2 and all(steps), "every step of the glide, not just its end"
    assert framed(window)


@pytest.fixture
def reshaped(monkeypatch):
    """The organisations whose frame was reshaped (``FrameItem.set_state``), in order."""
    seen: list[str] = []
    set_state = FrameItem.set_state

    def spy(self, *args):
        seen.append(self.organisation_id)
        return set_state(self, *args)

    monkeypatch.setattr(FrameItem, "set_state", spy)
    return seen


def test_moving_one_person_reshapes_only_their_organisations_frame(example_window, qtbot, reshaped):
    window = example_window
    network = window.document.network
    hege, hotel = by_name(network, "Hege Smeltholm"), by_name(network, "Bergstadens Hotell")
    assert len(window.frames.frames) > 5
    start = point(window, window.scene.node_items[hege.id].pos())
    drag(qtbot, window.view.viewport(), start, start + QPoint(-60, 40))
    assert (network.nodes[hege.id].x, network.nodes[hege.id].y) != (hege.x, hege.y)
    assert window.undo_stack.count() == 1
    QApplication.processEvents()  # and anything queued after the edit
    assert set(reshaped) == {hotel.id}
    assert framed(window)
    reshaped.clear()
    window.undo_stack.undo()
    QApplication.processEvents()
    assert set(reshaped) == {hotel.id} and framed(window)


def test_a_person_moving_to_another_organisation_reshapes_both_frames(example_window, reshaped):
    window = example_window
    network = window.document.network
    hege, hotel, ours = (by_name(network, n) for n in ("Hege Smeltholm", "Bergstadens Hotell", "Rørosmat"))
    count = window.frames.frames[ours.id].count
    window.document.edit(lambda net: net.update(dataclasses.replace(net.nodes[hege.id], organisation_id=ours.id)))
    QApplication.processEvents()
    assert {hotel.id, ours.id} <= set(reshaped)  # (and those whose people's importance the move changed)
    assert window.frames.frames[ours.id].count == count + 1 and framed(window)


def test_new_scores_reshape_only_the_frames_of_people_who_changed_size(example_window, reshaped):
    window = example_window
    network = window.document.network
    analysis = window.scene.analysis
    assert analysis is not None
    lise, hotel = by_name(network, "Lise Kobbstad"), by_name(network, "Bergstadens Hotell")  # the top of its frame
    before = window.frames.frames[hotel.id].rect
    bigger = dict(analysis.importance)
    bigger[lise.id] = dataclasses.replace(bigger[lise.id], score=100.0)
    window.scene.set_analysis(dataclasses.replace(analysis, importance=bigger))  # what a new analysis does
    QApplication.processEvents()
    assert set(reshaped) == {hotel.id}
    assert window.frames.frames[hotel.id].rect.top() < before.top() and framed(window)


def test_a_rebuilt_scene_gets_every_frame_back(example_window):
    window = example_window
    expected = set(window.frames.frames)
    window.scene.rebuild()
    assert set(window.frames.frames) == expected
    assert all(f.scene() is window.scene for f in window.frames.frames.values())
    assert framed(window)


def test_a_frame_shrinks_to_the_people_a_filter_leaves(window):
    network = window.document.network
    hotel, ola = by_name(network, "Bergstadens Hotell"), by_name(network, "Ola Hansen")
    ola_rect = node_rect(window.scene.node_items[ola.id])
    assert window.frames.frames[hotel.id].rect.contains(ola_rect)
    window.navigation.filters.hide_values(roles={None})  # people without a buying-centre role
    assert not window.scene.node_items[ola.id].isVisible()
    assert not window.frames.frames[hotel.id].rect.intersects(ola_rect)
    window.navigation.filters.show_all()
    assert window.frames.frames[hotel.id].rect.contains(ola_rect)
    # an organisation the filter hides loses its frame
    window.navigation.filters.hide_values(categories={ActorCategory.CUSTOMER})
    assert hotel.id not in window.frames.frames
