"""The Action Plan dock: the table (edit in place, filter, sort, add, delete), every edit undoable and in the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from desktop_app.domain.entities import Action, Contact, Goal, Organisation, Tie
from desktop_app.domain.enums import ActionIntent, ActionStatus
from desktop_app.storage import MapStore
from desktop_app.ui.panels.action_editors import DueDateEditor
from desktop_app.ui.panels.action_model import OVERDUE_COLOUR, Column
from tests.ui.map_files import stored

TODAY = dt.date.today()


@pytest.fixture
def plan_map(tmp_path: Path) -> Path:
    """Our two people, the hotel's chef, a tie, and three actions: one overdue, one due, one done."""
    path = tmp_path / "plan.knute"
    store = MapStore.create(path)
    network = store.load()
    ours = Organisation(id="ours", name="Rørosmat", category="own", x=0, y=0)
    hotel = Organisation(id="hotel", name="Bergstadens Hotell", category="customer", x=500, y=0)
    kari = Contact(id="kari", name="Kari Kobberud", organisation_id="ours", x=0, y=200)
    eli = Contact(id="eli", name="Eli Gruvli", organisation_id="ours", x=0, y=400)
    ola = Contact(id="ola", name="Ola Smeltholm", organisation_id="hotel", x=500, y=200)
    tie = Tie(id="tie", source_id="kari", target_id="ola", trust=4)
    actions = [
        Action(id="a1", title="Ring Ola", node_id="ola", owner_id="kari", due=TODAY - dt.timedelta(days=5)),
        Action(id="a2", title="Send prisliste", tie_id="tie", owner_id="eli", due=TODAY + dt.timedelta(days=10),
               status=ActionStatus.IN_PROGRESS, intent=ActionIntent.STRENGTHEN),
        Action(id="a3", title="Årsmøte holdt", node_id="hotel", due=TODAY - dt.timedelta(days=20),
               status=ActionStatus.DONE),
    ]
    goal = Goal(id="g1", organisation_id="hotel", text="Fast leverandør av spekemat")
    changes = []
    for entity in (ours, hotel, kari, eli, ola, tie, *actions, goal):
        changes += network.add(entity)
    store.apply(changes)
    store.close()
    return path


@pytest.fixture
def window(make_window, plan_map: Path):
    window = make_window()
    assert window.open_map(plan_map)
    window.action_plan.dock.show()
    window.action_plan.dock.raise_()
    return window


def panel_of(window):
    return window.action_plan.panel


def index_of(window, title: str, column: Column) -> QModelIndex:
    panel = panel_of(window)
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.action_at(row).title == title:
            return panel.proxy.index(row, column)
    raise KeyError(title)


def titles(window) -> list[str]:
    panel = panel_of(window)
    return [panel.proxy.action_at(row).title for row in range(panel.proxy.rowCount())]


def start_editing(qtbot, window, title: str, column: Column):
    """Select a cell and press F2, as a user would; returns the editor that took focus."""
    table = panel_of(window).table
    table.setFocus()
    table.setCurrentIndex(index_of(window, title, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState)
    return table.indexWidget(table.currentIndex()) or QApplication.focusWidget()


def press_return(qtbot, editor, table) -> None:
    """Enter commits a line edit on the next turn of the event loop (Qt queues it): wait for it."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def editor_of(window, kind: type):
    found = [w for w in panel_of(window).table.viewport().findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} editor open"
    return found[0]


def test_the_dock_lists_the_actions_with_their_columns_and_has_a_view_menu_toggle(window) -> None:
    panel = panel_of(window)
    assert window.action_plan.dock.objectName() == "action_plan_dock"
    labels = [a.text() for a in window.view_menu.actions()]
    assert labels.index("Action Plan") == labels.index("Path Finder") + 1
    headers = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["What", "For", "Owner", "Due", "Status", "Intent", "Note"]
    assert titles(window) == ["Årsmøte holdt", "Ring Ola", "Send prisliste"]  # by due date
    row = [index_of(window, "Send prisliste", c).data() for c in Column]
    assert row == ["Send prisliste", "Kari Kobberud – Ola Smeltholm", "Eli Gruvli",
                   (TODAY + dt.timedelta(days=10)).isoformat(), "In progress", "Strengthen", ""]
    assert index_of(window, "Ring Ola", Column.FOR).data() == "Ola Smeltholm"
    assert "1 overdue" in panel.count_label.text() and "3 of 3" in panel.count_label.text()


def test_overdue_actions_are_red_and_done_ones_are_not(window) -> None:
    late = index_of(window, "Ring Ola", Column.DUE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert "Overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    for title in ("Årsmøte holdt", "Send prisliste"):  # done long ago / not yet due
        assert index_of(window, title, Column.DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_editing_what_in_place_is_one_undoable_command_written_to_the_file(qtbot, window, plan_map) -> None:
    editor = start_editing(qtbot, window, "Ring Ola", Column.WHAT)
    assert isinstance(editor, QLineEdit) and editor.text() == "Ring Ola"
    editor.selectAll()
    qtbot.keyClicks(editor, "Ring Ola om menyen")
    press_return(qtbot, editor, panel_of(window).table)
    network = window.document.network
    assert network.actions["a1"].title == "Ring Ola om menyen"
    assert stored(plan_map).actions["a1"].title == "Ring Ola om menyen"
    assert "Ring Ola om menyen" in titles(window)
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Edit Action"
    window.undo_stack.undo()
    assert network.actions["a1"].title == "Ring Ola" and stored(plan_map).actions["a1"].title == "Ring Ola"
    window.undo_stack.redo()
    assert stored(plan_map).actions["a1"].title == "Ring Ola om menyen"


def test_an_empty_what_is_refused_with_the_reason_and_nothing_written(qtbot, window, plan_map) -> None:
    editor = start_editing(qtbot, window, "Ring Ola", Column.WHAT)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    press_return(qtbot, editor, panel_of(window).table)
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    assert window.message_box.text() == "What cannot be empty."
    assert window.message_box.windowTitle() == "Could not change the action"
    assert window.document.network.actions["a1"].title == "Ring Ola"
    assert stored(plan_map).actions["a1"].title == "Ring Ola"
    assert window.undo_stack.count() == 0
    assert "Ring Ola" in titles(window)


def test_owner_status_and_intent_are_chosen_from_lists(qtbot, window, plan_map) -> None:
    start_editing(qtbot, window, "Ring Ola", Column.OWNER)
    combo = editor_of(window, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(no owner)", "Eli Gruvli", "Kari Kobberud"]
    assert combo.currentText() == "Kari Kobberud"
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # to Eli Gruvli: chosen at once
    assert window.document.network.actions["a1"].owner_id == "eli"

    start_editing(qtbot, window, "Ring Ola", Column.STATUS)
    combo = editor_of(window, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Planned", "In progress", "Done", "Dropped"]
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.network.actions["a1"].status is ActionStatus.IN_PROGRESS

    start_editing(qtbot, window, "Ring Ola", Column.INTENT)
    combo = editor_of(window, QComboBox)
    assert combo.currentText() == "(none)"
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.network.actions["a1"].intent is ActionIntent.BUILD
    saved = stored(plan_map).actions["a1"]
    assert (saved.owner_id, saved.status, saved.intent) == ("eli", ActionStatus.IN_PROGRESS, ActionIntent.BUILD)
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.undo_stack.undo()
    assert stored(plan_map).actions["a1"] == window.document.network.actions["a1"]
    assert window.document.network.actions["a1"].owner_id == "kari"


def test_marking_the_overdue_action_done_clears_the_red(qtbot, window) -> None:
    start_editing(qtbot, window, "Ring Ola", Column.STATUS)
    combo = editor_of(window, QComboBox)
    combo.setCurrentIndex(combo.findData(ActionStatus.DONE))
    combo.activated.emit(combo.currentIndex())
    assert index_of(window, "Ring Ola", Column.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "overdue" not in panel_of(window).count_label.text()


def test_the_due_date_is_picked_or_cleared(qtbot, window, plan_map) -> None:
    start_editing(qtbot, window, "Send prisliste", Column.DUE)
    editor = editor_of(window, DueDateEditor)
    assert editor.date() == TODAY + dt.timedelta(days=10)
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert window.document.network.actions["a2"].due is None
    assert stored(plan_map).actions["a2"].due is None
    assert index_of(window, "Send prisliste", Column.DUE).data() == ""
    assert titles(window)[-1] == "Send prisliste", "undated actions sort last"

    start_editing(qtbot, window, "Send prisliste", Column.DUE)
    editor = editor_of(window, DueDateEditor)
    assert editor.date() is None and editor.edit.text() == "No date"
    editor.set_date(dt.date(2031, 5, 17))
    press_return(qtbot, editor.edit, panel_of(window).table)
    assert window.document.network.actions["a2"].due == dt.date(2031, 5, 17)
    window.undo_stack.undo()
    assert window.document.network.actions["a2"].due is None

    # A day clicked in the calendar is taken at once.
    start_editing(qtbot, window, "Send prisliste", Column.DUE)
    editor = editor_of(window, DueDateEditor)
    editor.edit.calendarWidget().clicked.emit(QDate(2032, 2, 29))
    qtbot.waitUntil(lambda: window.document.network.actions["a2"].due == dt.date(2032, 2, 29))


def test_filters_by_owner_status_and_overdue(window) -> None:
    panel = panel_of(window)
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findText("Kari Kobberud"))
    assert titles(window) == ["Ring Ola"]
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findText("No owner"))
    assert titles(window) == ["Årsmøte holdt"]
    panel.owner_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Open (planned or in progress)"))
    assert titles(window) == ["Ring Ola", "Send prisliste"]
    panel.status_filter.setCurrentIndex(panel.status_filter.findText("Done"))
    assert titles(window) == ["Årsmøte holdt"]
    panel.status_filter.setCurrentIndex(0)
    panel.overdue_only.click()
    assert titles(window) == ["Ring Ola"]
    assert panel.count_label.text().startswith("1 of 3 actions")


def test_clicking_a_header_sorts(qtbot, window) -> None:
    header = panel_of(window).table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(Column.WHAT)
    assert titles(window) == ["Ring Ola", "Send prisliste", "Årsmøte holdt"]
    click(Column.WHAT)
    assert titles(window) == ["Årsmøte holdt", "Send prisliste", "Ring Ola"]
    click(Column.STATUS)
    assert titles(window) == ["Ring Ola", "Send prisliste", "Årsmøte holdt"]  # planned, in progress, done
    click(Column.DUE)
    assert titles(window) == ["Årsmøte holdt", "Ring Ola", "Send prisliste"]


def test_delete_key_removes_the_selected_actions_undoably(qtbot, window, plan_map) -> None:
    panel = panel_of(window)
    panel.select_actions(["a1", "a3"])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert set(window.document.network.actions) == {"a2"}
    assert set(stored(plan_map).actions) == {"a2"}
    assert window.undo_stack.undoText() == "Delete 2 Actions"
    window.undo_stack.undo()
    assert set(stored(plan_map).actions) == {"a1", "a2", "a3"}
    assert titles(window) == ["Årsmøte holdt", "Ring Ola", "Send prisliste"]


def test_add_action_dialog_refuses_an_empty_what_then_adds_and_selects(qtbot, window, plan_map) -> None:
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "What cannot be empty."
    assert len(window.document.network.actions) == 3
    qtbot.keyClicks(dialog.what, "Inviter kjøkkensjefen til smaking")
    dialog.owner.setCurrentIndex(dialog.owner.findText("Eli Gruvli"))
    dialog.target.setCurrentIndex(dialog.target.findText("Ola Smeltholm"))
    dialog.due.set_date(dt.date(2031, 1, 15))
    dialog.intent.setCurrentIndex(dialog.intent.findText("Introduce"))
    qtbot.keyClicks(dialog.note, "Ta med ost")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (added,) = [a for a in window.document.network.actions.values() if a.title.startswith("Inviter")]
    assert (added.owner_id, added.node_id, added.due, added.intent, added.note) == (
        "eli", "ola", dt.date(2031, 1, 15), ActionIntent.INTRODUCE, "Ta med ost")
    assert stored(plan_map).actions[added.id] == added
    assert [a.id for a in panel.selected_actions()] == [added.id]
    window.undo_stack.undo()
    assert added.id not in stored(plan_map).actions


def test_goals_are_added_edited_and_deleted_undoably(qtbot, window, plan_map) -> None:
    goals = panel_of(window).goals
    assert goals.account.currentText() == "Bergstadens Hotell"
    assert goals.model.rowCount() == 1 and goals.model.index(0, 1).data() == "This year"
    qtbot.mouseClick(goals.add_button, Qt.MouseButton.LeftButton)
    dialog = window.action_plan.dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Goal cannot be empty."
    qtbot.keyClicks(dialog.text, "Egen Rørosmat-meny")
    dialog.horizon.setCurrentIndex(dialog.horizon.findText("3–5 years"))
    qtbot.keyClicks(dialog.strategy, "Bygg tillit hos økonomisjefen")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = stored(plan_map).goals
    (new,) = [g for g in saved.values() if g.text == "Egen Rørosmat-meny"]
    assert new.organisation_id == "hotel" and new.strategy == "Bygg tillit hos økonomisjefen"
    assert [goals.model.index(r, 0).data() for r in range(2)] == ["Fast leverandør av spekemat", "Egen Rørosmat-meny"]

    # The horizon in place, from a list.
    goals.table.setFocus()
    goals.table.setCurrentIndex(goals.model.index(0, 1))
    qtbot.keyClick(goals.table, Qt.Key.Key_F2)
    combo = next(w for w in goals.table.viewport().findChildren(QComboBox) if w.isVisible())
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.document.network.goals["g1"].horizon.value == "one_to_two_years"
    assert stored(plan_map).goals["g1"].horizon.value == "one_to_two_years"

    # An empty goal text is refused in place too.
    goals.table.setCurrentIndex(goals.model.index(0, 0))
    qtbot.keyClick(goals.table, Qt.Key.Key_F2)
    line = next(w for w in goals.table.viewport().findChildren(QLineEdit) if w.isVisible())
    line.clear()
    press_return(qtbot, line, goals.table)
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    assert window.message_box.text() == "Goal cannot be empty."
    assert stored(plan_map).goals["g1"].text == "Fast leverandør av spekemat"
    qtbot.mouseClick(window.message_box.button(window.message_box.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.message_box.isVisible())

    goals.table.selectRow(0)
    goals.table.setFocus()
    qtbot.keyClick(goals.table, Qt.Key.Key_Delete)
    assert "g1" not in stored(plan_map).goals
    window.undo_stack.undo()
    assert "g1" in stored(plan_map).goals


def test_removing_the_account_takes_its_goals_and_undo_brings_them_back(window, plan_map) -> None:
    from desktop_app.ui.commands import perform

    network = window.document.network
    perform(window.undo_stack, window.document, "Delete", lambda n: n.remove(n.nodes["hotel"]))
    assert network.goals == {} and stored(plan_map).goals == {}
    assert panel_of(window).goals.account.findText("Bergstadens Hotell") < 0
    window.undo_stack.undo()
    assert set(stored(plan_map).goals) == {"g1"}
    assert panel_of(window).goals.model.rowCount() == 1


def test_a_read_only_map_shows_the_plan_but_offers_no_edits(qtbot, make_window, plan_map, monkeypatch) -> None:
    from desktop_app.storage import store as store_module

    monkeypatch.setattr(store_module, "_writable", lambda path: False)  # as for a file without write permission
    window = make_window()
    assert window.open_map(plan_map)
    assert window.document.read_only
    panel = panel_of(window)
    assert panel.proxy.rowCount() == 3
    assert not panel.add_button.isEnabled() and not panel.goals.add_button.isEnabled()
    assert not (index_of(window, "Ring Ola", Column.WHAT).flags() & Qt.ItemFlag.ItemIsEditable)
    assert not (panel.goals.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable)
    assert not window.findings.action_button.isEnabled()
    panel.select_actions(["a1"])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "a1" in window.document.network.actions
    assert window.action_plan.add_for_item("ola") is None
