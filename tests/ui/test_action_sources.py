"""Actions started where the need shows: a node's or a tie's context menu, and a finding; overdue flags on the canvas."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from desktop_app.analysis import FindingKind
from desktop_app.domain.enums import ActionIntent, ActionStatus
from desktop_app.examples import copy_example_to
from desktop_app.ui.canvas.badges import OverdueBadge
from desktop_app.ui.commands import perform
from desktop_app.ui.panels.action_drafts import DAYS_TO_ACT

from .test_action_plan import TODAY, plan_map, stored  # noqa: F401  (plan_map is a fixture)


@pytest.fixture
def window(make_window, plan_map: Path):  # noqa: F811
    window = make_window()
    assert window.open_map(plan_map)
    window.view.fit_to_map()
    return window


def right_click(qtbot, window, scene_point: QPointF):
    """A right click on the canvas at a scene point; returns the menu it opened."""
    view = window.view
    pos = view.mapFromScene(scene_point)
    assert view.viewport().rect().contains(pos), "the point is not on screen"
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return view.last_menu


def entry(menu, text: str):
    found = [a for a in menu.actions() if a.text() == text]
    assert found, f"{text!r} not in {[a.text() for a in menu.actions()]}"
    return found[0]


def confirm(qtbot, dialog) -> None:
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_add_action_from_a_nodes_context_menu(qtbot, window, plan_map) -> None:  # noqa: F811
    ola = window.scene.node_items["ola"]
    menu = right_click(qtbot, window, ola.scenePos())
    entry(menu, "Add Action…").trigger()
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.target.currentText() == "Ola Smeltholm"
    assert dialog.owner.currentData() is None and dialog.due.date() is None
    qtbot.keyClicks(dialog.what, "Be om omvisning på kjøkkenet")
    confirm(qtbot, dialog)
    (added,) = [a for a in window.document.network.actions.values() if a.title.startswith("Be om")]
    assert (added.node_id, added.tie_id) == ("ola", None)
    assert stored(plan_map).actions[added.id] == added
    assert window.undo_stack.undoText() == "Add Action"


def test_add_action_from_a_ties_context_menu_is_for_the_tie_and_owned_by_our_end(qtbot, window) -> None:
    tie = window.scene.tie_items["tie"]
    a, b = tie.source.scenePos(), tie.target.scenePos()
    menu = right_click(qtbot, window, QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2))
    entry(menu, "Add Action…").trigger()
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.target.currentText() == "Kari Kobberud – Ola Smeltholm"
    assert dialog.owner.currentText() == "Kari Kobberud"
    qtbot.keyClicks(dialog.what, "Lunsj")
    confirm(qtbot, dialog)
    (added,) = [a for a in window.document.network.actions.values() if a.title == "Lunsj"]
    assert (added.tie_id, added.node_id, added.owner_id) == ("tie", "ola", "kari")


def test_the_background_menu_has_no_add_action(qtbot, window) -> None:
    menu = right_click(qtbot, window, QPointF(250, 300))  # between the nodes
    assert "Add Action…" not in [a.text() for a in menu.actions()]


@pytest.fixture
def example(make_window, tmp_path: Path):
    window = make_window()
    assert window.open_map(copy_example_to(tmp_path))
    return window, window.findings


def test_turn_a_finding_into_a_prefilled_action(qtbot, example) -> None:
    window, panel = example
    qtbot.waitUntil(lambda: panel.row_of(lambda f: f.kind is FindingKind.STALE) >= 0)
    row = panel.row_of(lambda f: f.kind is FindingKind.STALE and "Anne Kobbervik" in f.message)
    finding = panel.findings[row]
    window.findings_dock.raise_()
    assert not panel.action_button.isEnabled(), "nothing selected yet"
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.action_button.isEnabled()
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.what.text() == finding.suggested_action
    assert dialog.target.currentText() == "Kari Kobberud – Anne Kobbervik"
    assert dialog.owner.currentText() == "Kari Kobberud", "the first of our people involved"
    assert dialog.intent.currentData() == ActionIntent.MAINTAIN
    assert dialog.due.date() == TODAY + dt.timedelta(days=DAYS_TO_ACT[finding.severity])
    before = len(window.document.network.actions)
    confirm(qtbot, dialog)
    network = window.document.network
    assert len(network.actions) == before + 1
    (added,) = [a for a in network.actions.values() if a.title == finding.suggested_action]
    assert added.tie_id == finding.ties[0]
    assert network.name_of(added.owner_id) == "Kari Kobberud" and network.name_of(added.node_id) == "Anne Kobbervik"
    assert window.action_plan.panel.selected_actions() == [added]


def test_a_findings_context_menu_offers_turn_into_action(qtbot, example) -> None:
    window, panel = example
    qtbot.waitUntil(lambda: len(panel.findings) > 0)
    window.findings_dock.raise_()
    rect = panel.list.visualItemRect(panel.list.item(0))
    panel._context_menu(rect.center())
    menu = panel.context_menu
    assert [a.text() for a in menu.actions()] == ["Show on the Map", "Turn into Action…"]
    entry(menu, "Turn into Action…").trigger()
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.what.text() == panel.findings[0].suggested_action
    dialog.reject()


def badge_of(item) -> OverdueBadge | None:
    found = [c for c in item.childItems() if isinstance(c, OverdueBadge)]
    return found[0] if found else None


def test_overdue_badges_on_nodes_and_ties_follow_the_plan(qtbot, window) -> None:
    scene, controller = window.scene, window.action_plan
    ola = scene.node_items["ola"]
    badge = badge_of(ola)
    assert badge is not None and "Ring Ola" in badge.toolTip() and badge.actions[0].id == "a1"
    assert badge_of(scene.node_items["hotel"]) is None, "a done action is not overdue"
    assert badge_of(scene.tie_items["tie"]) is None, "not due yet"

    a2 = window.document.network.actions["a2"]
    assert controller.update_action(a2, "due", TODAY - dt.timedelta(days=1))
    tie_badge = badge_of(scene.tie_items["tie"])
    assert tie_badge is not None and "Send prisliste" in tie_badge.toolTip()
    a, b = scene.node_items["kari"].pos(), scene.node_items["ola"].pos()
    assert tie_badge.pos() == QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)

    # A moved node takes its badge along, and the tie's badge stays at the tie's middle.
    kari = window.document.network.nodes["kari"]
    perform(window.undo_stack, window.document, "Move",
            lambda n: n.update(dataclasses.replace(kari, x=-300.0, y=600.0)))
    qtbot.waitUntil(lambda: scene.node_items["kari"].pos() == QPointF(-300, 600))
    a, b = scene.node_items["kari"].pos(), scene.node_items["ola"].pos()
    qtbot.waitUntil(lambda: badge_of(scene.tie_items["tie"]).pos() == QPointF((a.x() + b.x()) / 2,
                                                                                (a.y() + b.y()) / 2))

    a1 = window.document.network.actions["a1"]
    assert controller.update_action(a1, "status", ActionStatus.DONE)
    assert badge_of(scene.node_items["ola"]) is None
    window.undo_stack.undo()
    assert badge_of(scene.node_items["ola"]) is not None
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert badge_of(scene.tie_items["tie"]) is None


def test_badges_sit_on_the_node_and_hide_with_it(qtbot, window) -> None:
    ola = window.scene.node_items["ola"]
    badge = badge_of(ola)
    assert badge.parentItem() is ola
    assert ola.shape().boundingRect().adjusted(-12, -12, 12, 12).contains(badge.pos())
    window.scene.set_hidden("test", ["ola"])
    assert not badge.isVisible()
    window.scene.set_hidden("test", [])
    assert badge.isVisible()


def test_far_out_a_badge_is_a_small_dot(qtbot, window) -> None:
    """The whole map on screen with a badge per overdue node: dots mark them without covering the map."""
    from desktop_app.ui.canvas.badges import BADGE_COLOUR

    badge = badge_of(window.scene.node_items["ola"])
    view = window.view

    def red_pixels(scale: float) -> int:
        view.resetTransform()
        view.zoom(scale)
        view.centerOn(badge.scenePos())
        centre = view.mapFromScene(badge.scenePos())
        image = view.viewport().grab().toImage()
        return sum(
            1 for x in range(centre.x() - 12, centre.x() + 13) for y in range(centre.y() - 12, centre.y() + 13)
            if image.pixelColor(x, y).rgb() == BADGE_COLOUR.rgb()
        )

    near, far = red_pixels(1.0), red_pixels(0.1)
    assert window.scene.tie_layer.far_out
    assert 0 < far < near / 2, (near, far)
