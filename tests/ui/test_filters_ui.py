"""Filters hide items on the canvas without touching the map, and keep up with edits."""

from __future__ import annotations

import dataclasses
import shutil

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu

from desktop_app.analysis.filters import FilterCriteria
from desktop_app.analysis.quality import TieClass
from desktop_app.domain.entities import Contact
from desktop_app.domain.enums import ActorCategory, BuyingRole, TieType


def open_map(make_window, path):
    window = make_window()
    assert window.open_map(path)
    return window


def hidden_names(window) -> set[str]:
    network = window.document.network
    return {network.name_of(i) for i, item in window.scene.node_items.items() if not item.isVisible()}


def test_ticking_a_category_off_hides_it_and_never_touches_the_file(make_window, small_map, qtbot):
    before = small_map.read_bytes()
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    assert not filters.status.isVisible() and not filters.button.isChecked()
    qtbot.mouseClick(filters.button, Qt.MouseButton.LeftButton)
    panel = filters.panel
    qtbot.waitUntil(panel.isVisible)
    box = panel.boxes["categories"][ActorCategory.CUSTOMER]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert not box.isChecked()
    # the hotel and its people are hidden, with their ties; nothing else
    assert hidden_names(window) == {"Bergstadens Hotell", "Ola Hansen"}
    assert all(not item.isVisible() for item in window.scene.tie_items.values())
    assert window.scene.hidden_by("filter")[0] == frozenset(
        i for i, n in window.document.network.nodes.items() if n.name in {"Bergstadens Hotell", "Ola Hansen"})
    assert filters.button.isChecked()
    assert filters.status.isVisible()
    assert "Filtered: 1 of 2 contacts, 0 of 2 ties shown" in filters.status.text()
    assert small_map.read_bytes() == before
    assert window.undo_stack.count() == 0
    assert len(window.document.network.nodes) == 4


def test_show_all_link_resets(make_window, small_map, qtbot):
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    filters.set_criteria(FilterCriteria(roles=frozenset({None})))
    assert hidden_names(window) == {"Kari Nordmann", "Ola Hansen"}
    filters.status.linkActivated.emit("show-all")
    assert hidden_names(window) == set()
    assert not filters.status.isVisible() and not filters.button.isChecked()
    assert all(box.isChecked() for boxes in filters.panel.boxes.values() for box in boxes.values())
    assert not filters.show_all_action.isEnabled()


def test_new_contact_while_filtered_follows_the_filter(make_window, small_map, qtbot):
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    filters.set_criteria(FilterCriteria(categories=frozenset({ActorCategory.CUSTOMER})))
    hotel = next(n for n in window.document.network.organisations() if n.name == "Bergstadens Hotell")
    guest = Contact(name="Ny Gjest", organisation_id=hotel.id, x=600, y=300)
    loner = Contact(name="Uten Firma", x=100, y=400)
    with qtbot.waitSignal(window.scene.synced):
        window.document.edit(lambda n: n.add(guest) + n.add(loner))
    assert not window.scene.node_items[guest.id].isVisible()
    assert window.scene.node_items[loner.id].isVisible()
    assert "Filtered: 2 of 4 contacts" in filters.status.text()
    # moving the hotel's contact to another organisation shows it again
    ours = next(n for n in window.document.network.organisations() if n.name == "Rørosmat")
    with qtbot.waitSignal(window.scene.synced):
        window.document.edit(lambda n: n.update(dataclasses.replace(n.nodes[guest.id], organisation_id=ours.id)))
    assert window.scene.node_items[guest.id].isVisible()


def test_tie_type_and_strength(make_window, small_map, qtbot):
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    ties = window.document.network.ties
    supplier = next(t for t in ties.values() if t.type is TieType.SUPPLIER_OF)
    personal = next(t for t in ties.values() if t.type is TieType.PROFESSIONAL)
    filters.set_criteria(FilterCriteria(tie_types=frozenset({TieType.SUPPLIER_OF})))
    assert not window.scene.tie_items[supplier.id].isVisible()
    assert window.scene.tie_items[personal.id].isVisible()
    assert hidden_names(window) == set()
    # the unrated supplier-of tie, by strength, with or without the analysis
    filters.set_criteria(FilterCriteria(tie_classes=frozenset({TieClass.UNRATED})))
    assert not window.scene.tie_items[supplier.id].isVisible()
    assert window.scene.tie_items[personal.id].isVisible()
    if window.scene.analysis is None:
        qtbot.waitUntil(lambda: window.scene.analysis is not None)
    assert not window.scene.tie_items[supplier.id].isVisible()
    assert window.scene.tie_items[personal.id].isVisible()


def test_a_new_map_starts_unfiltered(make_window, small_map, tmp_path, qtbot):
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    filters.set_criteria(FilterCriteria(categories=frozenset({ActorCategory.OWN})))
    assert hidden_names(window)
    other = tmp_path / "other.knute"
    shutil.copy(small_map, other)
    assert window.open_map(other)
    assert not filters.criteria.active
    assert hidden_names(window) == set()
    assert not filters.status.isVisible()


def test_right_click_hides_all_of_a_category(make_window, small_map, qtbot):
    window = open_map(make_window, small_map)
    hotel = next(n for n in window.document.network.organisations() if n.name == "Bergstadens Hotell")
    menu = QMenu()
    window.view.context_menu_about_to_show.emit(menu, [hotel.id])
    action = next(a for a in menu.actions() if a.text() == "Hide All: Customer")
    action.trigger()
    assert hidden_names(window) == {"Bergstadens Hotell", "Ola Hansen"}
    menu = QMenu()
    window.view.context_menu_about_to_show.emit(menu, [])
    show_all = next(a for a in menu.actions() if a.text() == "Show &All")
    show_all.trigger()
    assert hidden_names(window) == set()


def test_role_column_in_the_panel(make_window, small_map, qtbot):
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    network = window.document.network
    kari = next(n for n in network.contacts() if n.name == "Kari Nordmann")
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, role=BuyingRole.DECISION_MAKER)))
    filters.show_panel()
    filters.panel.boxes["roles"][BuyingRole.DECISION_MAKER].click()
    assert hidden_names(window) == {"Kari Nordmann"}
    filters.panel.show_all_button.click()
    assert hidden_names(window) == set()


def test_a_sync_that_changes_nothing_hidden_is_quiet(make_window, small_map, qtbot):
    """Frames and the overview redraw on ``applied``: a move must not trigger it."""
    window = open_map(make_window, small_map)
    filters = window.navigation.filters
    filters.set_criteria(FilterCriteria(categories=frozenset({ActorCategory.CUSTOMER})))
    kari = next(n for n in window.document.network.contacts() if n.name == "Kari Nordmann")
    with qtbot.assertNotEmitted(filters.applied), qtbot.waitSignal(window.scene.synced):
        window.document.edit(lambda n: n.update(dataclasses.replace(kari, x=kari.x + 30)))
    assert hidden_names(window) == {"Bergstadens Hotell", "Ola Hansen"}
    filters.show_all()
    with qtbot.assertNotEmitted(filters.applied), qtbot.waitSignal(window.scene.synced):
        window.document.edit(lambda n: n.update(dataclasses.replace(n.nodes[kari.id], x=kari.x)))
