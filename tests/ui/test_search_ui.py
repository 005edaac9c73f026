"""The search box, driven with the keyboard as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop_app.analysis.filters import FilterCriteria
from desktop_app.analysis.search import search as search_map
from desktop_app.domain.entities import Contact
from desktop_app.domain.enums import ActorCategory


def open_example(make_window, qtbot):
    window = make_window()
    window.start(None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts go to the active window
    return window


def selected_names(window) -> list[str]:
    network = window.document.network
    return sorted(network.name_of(i.node_id) for i in window.scene.selectedItems())


def test_typing_counts_matches_and_enter_selects_and_centres_them(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    window.view.zoom(3.0)
    window.view.centerOn(-5000, -5000)
    before = window.view.mapToScene(window.view.viewport().rect().center())
    window.view.setFocus()
    qtbot.keySequence(window.view, QKeySequence(QKeySequence.StandardKey.Find))
    qtbot.waitUntil(search.field.hasFocus)
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "SMELT")
    expected = sorted(hit.name for hit in search_map(window.document.network, "smelt"))
    assert len(expected) > 1 and "Hege Smeltholm" in expected
    assert window.statusBar().currentMessage() == f"{len(expected)} matches"
    assert search.completer.popup().isVisible()
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert selected_names(window) == expected
    after = window.view.mapToScene(window.view.viewport().rect().center())
    assert (after - before).manhattanLength() > 100
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    for item in window.scene.selectedItems():
        assert visible.contains(item.sceneBoundingRect())


def test_enter_again_and_f3_step_through_matches(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "smelt")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert len(window.scene.selectedItems()) == len(search.hits) > 1
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    first = selected_names(window)
    assert first == [search.hits[0].name]
    assert window.statusBar().currentMessage() == f"Match 1 of {len(search.hits)}: {first[0]}"
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    item = window.scene.selectedItems()[0]
    assert (centre - item.sceneBoundingRect().center()).manhattanLength() < 5
    assert window.view.current_scale() >= 0.6  # close enough to read the name
    search.next_action.trigger()  # F3
    second = selected_names(window)
    assert second == [search.hits[1].name] != first
    for _ in range(len(search.hits) - 1):
        search.next_action.trigger()
    assert selected_names(window) == first  # wrapped round
    search.previous_action.trigger()  # Shift+F3, back round
    assert selected_names(window) == [search.hits[-1].name]
    assert QKeySequence("F3") in search.next_action.shortcuts()


def test_accents_and_organisation_names(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "roros hotell")  # "Røros Hotell" and its people
    names = [hit.name for hit in search.hits]
    assert names[0] == "Røros Hotell" and len(names) > 1


def test_no_match_says_so_and_changes_nothing(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    before = window.document.path.read_bytes()
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "xyz' OR 1=1 --")
    assert window.statusBar().currentMessage() == "No match for 'xyz' OR 1=1 --'"
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    assert window.scene.selectedItems() == []
    assert not search.next_action.isEnabled()
    assert window.document.path.read_bytes() == before


def test_escape_clears(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "kari")
    search.completer.popup().hide()
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)
    assert search.field.text() == "" and search.hits == []
    assert window.statusBar().currentMessage() == ""
    qtbot.keyClick(search.field, Qt.Key.Key_Escape)  # once more: back to the canvas
    qtbot.waitUntil(window.view.hasFocus)


def test_choosing_a_row_in_the_list_goes_to_that_one(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "hotell")
    popup = search.completer.popup()
    assert popup.isVisible() and search.model.rowCount() > 3
    row = search.model.index(2, 0)
    popup.setCurrentIndex(row)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert selected_names(window) == [search.hits[2].name]


def test_finds_what_was_added_after_the_first_search(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "Åsmund")
    assert search.hits == []
    window.document.edit(lambda n: n.add(Contact(name="Åsmund Øverby", x=50, y=50)))
    search.field.clear()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "asmund overby")
    assert [h.name for h in search.hits] == ["Åsmund Øverby"]


def test_one_match_is_singular(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "Kobbhaug")
    assert window.statusBar().currentMessage() == "1 match"


def test_matches_hidden_by_the_filter_are_counted_but_not_selected(make_window, qtbot):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    window.navigation.filters.set_criteria(FilterCriteria(categories=frozenset({ActorCategory.CUSTOMER})))
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "hotell")
    qtbot.keyClick(search.field, Qt.Key.Key_Return)
    # every hotel and hotel person is a customer: counted, none selected
    assert window.statusBar().currentMessage() == f"{len(search.hits)} matches ({len(search.hits)} hidden)"
    assert window.scene.selectedItems() == []
    search.next_action.trigger()
    assert window.statusBar().currentMessage() == "Every match is hidden (a filter or a collapsed organisation)"


def test_another_map_clears_the_search(make_window, qtbot, small_map):
    window = open_example(make_window, qtbot)
    search = window.navigation.search
    search.focus_field()
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "kari")
    assert window.open_map(small_map)
    assert search.field.text() == "" and search.hits == []
    with qtbot.waitSignal(search.searched):
        qtbot.keyClicks(search.field, "kari")
    assert [h.name for h in search.hits] == ["Kari Nordmann"]
