"""The overview in the corner: shown when the map is bigger than the view, and it moves the view."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from desktop_app import style
from desktop_app.analysis.filters import FilterCriteria
from desktop_app.domain.entities import Contact
from desktop_app.domain.enums import ActorCategory


def open_example(make_window, qtbot):
    window = make_window()
    window.start(None)
    minimap = window.navigation.minimap
    qtbot.waitUntil(lambda: minimap.drawn[0] > 0)
    return window, minimap


def view_centre(window) -> QPointF:
    return window.view.mapToScene(window.view.viewport().rect().center())


def test_hidden_when_the_whole_map_fits_shown_when_zoomed_in(make_window, qtbot):
    window, minimap = open_example(make_window, qtbot)
    window.view.fit_to_map()
    qtbot.waitUntil(lambda: not minimap.isVisible())
    window.view.zoom(4.0)
    qtbot.waitUntil(minimap.isVisible)
    # in the bottom-right corner of the view, inside it
    viewport = window.view.viewport().geometry()
    assert viewport.contains(minimap.geometry())
    assert minimap.geometry().right() > viewport.center().x()
    assert minimap.geometry().bottom() > viewport.center().y()
    nodes, ties = minimap.drawn
    assert nodes == len(window.document.network.nodes) and ties == len(window.document.network.ties)


def test_click_and_drag_move_the_view(make_window, qtbot):
    window, minimap = open_example(make_window, qtbot)
    window.view.zoom(4.0)
    qtbot.waitUntil(minimap.isVisible)
    before = view_centre(window)
    # click where a node at the map's edge is drawn: the view centres on it
    item = min(window.scene.node_items.values(), key=lambda i: i.pos().x() + i.pos().y())
    target = minimap.from_scene(item.pos()).toPoint()
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=target)
    after = view_centre(window)
    assert (after - before).manhattanLength() > 100
    pixel = 1.0 / minimap._scale  # one overview pixel in scene units
    assert abs(after.x() - item.pos().x()) < 2 * pixel and abs(after.y() - item.pos().y()) < 2 * pixel
    assert minimap.frame_rect().contains(QPointF(target))  # the frame follows the view
    qtbot.mousePress(minimap, Qt.MouseButton.LeftButton, pos=QPoint(minimap.width() // 2, minimap.height() // 2))
    middle = view_centre(window)
    qtbot.mouseMove(minimap, QPoint(minimap.width() - 10, 10))
    qtbot.mouseRelease(minimap, Qt.MouseButton.LeftButton, pos=QPoint(minimap.width() - 10, 10))
    assert view_centre(window).x() > middle.x() and view_centre(window).y() < middle.y()


def test_view_menu_toggle_is_remembered(make_window, qtbot, app_settings):
    window, minimap = open_example(make_window, qtbot)
    window.view.zoom(4.0)
    qtbot.waitUntil(minimap.isVisible)
    action = window.navigation.overview_action
    assert action in window.view_menu.actions() and action.isChecked()
    action.trigger()
    assert not minimap.isVisible()
    assert app_settings.qsettings.value("view/overview") == "false"
    second = make_window()
    assert not second.navigation.overview_action.isChecked()
    action.trigger()
    assert minimap.isVisible()


def test_follows_edits_and_filters(make_window, qtbot):
    window, minimap = open_example(make_window, qtbot)
    nodes, ties = minimap.drawn
    with qtbot.waitSignal(minimap.rendered, timeout=2000):
        window.document.edit(lambda n: n.add(Contact(name="Ny Person", x=-3000, y=-3000)))
    assert minimap.drawn == (nodes + 1, ties)
    assert minimap.to_scene(QPointF(0, 0)).x() < -3000  # the map grew to the top left
    window.navigation.filters.set_criteria(FilterCriteria(categories=frozenset({ActorCategory.CUSTOMER})))
    with qtbot.waitSignal(minimap.rendered, timeout=2000):
        pass
    shown = sum(item.isVisible() for item in window.scene.node_items.values())
    assert minimap.drawn[0] == shown < nodes


def test_closed_map_shows_no_overview(make_window, qtbot):
    window = make_window()
    minimap = window.navigation.minimap
    minimap.refresh()
    assert not minimap.isVisible() and minimap.drawn == (0, 0)


def test_recolours_when_an_organisation_changes_category(make_window, qtbot):
    window, minimap = open_example(make_window, qtbot)
    network = window.document.network
    hotel = next(o for o in network.organisations() if o.name == "Bergstadens Hotell")

    def colour_at_hotel() -> str:
        point = minimap.from_scene(QPointF(hotel.x, hotel.y)) * minimap._image.devicePixelRatio()
        return minimap._image.pixelColor(point.toPoint()).name()

    assert colour_at_hotel() == QColor(style.CATEGORY_COLOURS[ActorCategory.CUSTOMER]).darker(115).name()
    with qtbot.waitSignal(minimap.rendered, timeout=2000):
        window.document.edit(lambda n: n.update(dataclasses.replace(hotel, category=ActorCategory.SUPPLIER)))
    assert colour_at_hotel() == QColor(style.CATEGORY_COLOURS[ActorCategory.SUPPLIER]).darker(115).name()


def test_a_structure_a_turn_behind_the_map_is_drawn_without_the_nodes_gone(make_window, qtbot):
    """The overview's structure can still list nodes an undo just removed: it draws the rest, no KeyError."""
    window, minimap = open_example(make_window, qtbot)
    minimap._structure_for(window.document)  # built for the map as it is now
    network = window.document.network
    gone = next(iter(network.contacts()))
    stale_nodes = dict(network.nodes)
    del network.nodes[gone.id]  # as if removed before the overview heard of it
    try:
        minimap._render()
        assert minimap.drawn[0] == len(network.nodes)
    finally:
        network.nodes.clear()
        network.nodes.update(stale_nodes)
