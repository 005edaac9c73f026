"""Editing in the Properties panel with keyboard and mouse: every edit one undo step, written to the file."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.enums import Attitude, InteractionKind, TieType
from desktop_app.ui.panels.property_fields import ComboField, LineField, RatingField
from desktop_app.ui.widgets.rating import GAP, SEGMENT_HEIGHT, SEGMENT_WIDTH
from tests.ui.map_files import by_name, stored


@pytest.fixture
def window(make_window, small_map, qtbot):
    window = make_window()
    window.start(small_map)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def select(window, *ids: str) -> None:
    window.scene.clearSelection()
    for i in ids:
        (window.scene.node_items.get(i) or window.scene.tie_items.get(i)).setSelected(True)


def field(window, name: str):
    editor = window.properties.current_editor()
    assert editor is not None
    return editor.fields[name]


def type_into(qtbot, f: LineField, text: str, key=Qt.Key.Key_Return) -> None:
    """Focus the line, replace its text by typing, and finish with ``key``."""
    f.edit.setFocus()
    qtbot.waitUntil(f.edit.hasFocus)
    qtbot.keyClick(f.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(f.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(f.edit, text)
    if key is not None:
        qtbot.keyClick(f.edit, key)


def segment(n: int) -> QPoint:
    return QPoint(int(1 + (n - 1) * (SEGMENT_WIDTH + GAP) + SEGMENT_WIDTH / 2), SEGMENT_HEIGHT // 2)


def kari_ola_tie(network) -> Tie:
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    return next(t for t in network.ties.values() if {t.source_id, t.target_id} == {kari.id, ola.id})


# ---- a contact --------------------------------------------------------------------
def test_editing_a_contact_name_writes_the_file_and_undo_restores_it(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    name = field(window, "name")
    assert name.text() == "Kari Nordmann"
    type_into(qtbot, name, "Kari Berg")
    assert window.document.network.nodes[kari.id].name == "Kari Berg"
    assert stored(small_map).nodes[kari.id].name == "Kari Berg"
    assert window.properties.heading() == "Kari Berg"
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Change Name"
    assert name.edit.hasFocus(), "the cursor stays in the field"
    window.undo_stack.undo()
    assert stored(small_map).nodes[kari.id].name == "Kari Nordmann"
    assert name.text() == "Kari Nordmann", "the field follows the undo"
    window.undo_stack.redo()
    assert stored(small_map).nodes[kari.id].name == "Kari Berg"


def test_leaving_a_field_commits_and_escape_reverts(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    title = field(window, "title")
    type_into(qtbot, title, "Styreleder", key=Qt.Key.Key_Tab)
    assert stored(small_map).nodes[kari.id].title == "Styreleder"
    email = field(window, "email")
    type_into(qtbot, email, "oops", key=Qt.Key.Key_Escape)
    assert email.text() == "" and window.document.network.nodes[kari.id].email == ""
    assert window.undo_stack.count() == 1


def test_an_empty_name_is_refused_next_to_the_field_and_the_file_is_untouched(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    before = small_map.read_bytes()
    name = field(window, "name")
    type_into(qtbot, name, "   ")
    assert name.error.isVisible() and name.error.text() == "Name cannot be empty."
    assert name.text() == "   ", "the typed text stays until it is fixed or Esc"
    assert window.document.network.nodes[kari.id].name == "Kari Nordmann"
    assert small_map.read_bytes() == before and window.undo_stack.count() == 0
    window.document.edit(lambda n: n.update(dataclasses.replace(n.nodes[kari.id], phone="123")))
    assert name.text() == "   " and name.error.isVisible(), "a document change does not wipe the refused text"
    qtbot.keyClick(name.edit, Qt.Key.Key_Escape)
    assert name.text() == "Kari Nordmann" and not name.error.isVisible()


def test_a_rating_out_of_range_is_explained_and_nothing_changes(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    influence: RatingField = field(window, "influence")
    assert influence.text() == "4 / 5"
    influence.rating.setFocus()
    qtbot.keyClick(influence.rating, Qt.Key.Key_7)
    assert influence.error.text() == "Influence must be a whole number from 1 to 5, not '7'."
    assert stored(small_map).nodes[kari.id].influence == 4 and window.undo_stack.count() == 0
    qtbot.keyClick(influence.rating, Qt.Key.Key_2)
    assert not influence.error.isVisible()
    assert stored(small_map).nodes[kari.id].influence == 2


def test_contact_combos_commit_at_once(window, qtbot, small_map):
    network = window.document.network
    kari, hotel = by_name(network, "Kari Nordmann"), by_name(network, "Bergstadens Hotell")
    select(window, kari.id)
    organisation: ComboField = field(window, "organisation_id")
    assert organisation.text() == "Rørosmat"
    index = organisation.combo.findData(hotel.id)
    organisation.combo.setFocus()
    organisation.combo.setCurrentIndex(index - 1)
    qtbot.keyClick(organisation.combo, Qt.Key.Key_Down)
    assert stored(small_map).nodes[kari.id].organisation_id == hotel.id
    assert window.undo_stack.undoText() == "Change Organisation"
    organisation.combo.setCurrentIndex(1)
    qtbot.keyClick(organisation.combo, Qt.Key.Key_Up)  # to "(none)"
    assert stored(small_map).nodes[kari.id].organisation_id is None


def test_tags_resources_and_notes(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    type_into(qtbot, field(window, "tags"), "eier, styre, eier")
    box = field(window, "resources").choices.boxes["financial"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    notes = field(window, "notes")
    notes.edit.setFocus()
    qtbot.keyClicks(notes.edit, "Line one")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.edit, "line two")
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = stored(small_map).nodes[kari.id]
    assert saved.tags == ("eier", "styre")
    assert set(saved.resources) == {"financial"}
    assert saved.notes == "Line one\nline two"
    assert window.undo_stack.count() == 3


# ---- an organisation ----------------------------------------------------------------
def test_organisation_numbers_accept_a_decimal_comma_and_refuse_words(window, qtbot, small_map):
    hotel = by_name(window.document.network, "Bergstadens Hotell")
    select(window, hotel.id)
    type_into(qtbot, field(window, "revenue_mnok"), "12,5")
    assert stored(small_map).nodes[hotel.id].revenue_mnok == 12.5
    employees = field(window, "employees")
    before = small_map.read_bytes()
    type_into(qtbot, employees, "many")
    assert employees.error.text() == "Employees must be a number."
    type_into(qtbot, employees, "-3")
    assert employees.error.text() == "Employees must be zero or more."
    assert small_map.read_bytes() == before
    type_into(qtbot, employees, "45")
    assert not employees.error.isVisible()
    assert stored(small_map).nodes[hotel.id].employees == 45


# ---- a tie ------------------------------------------------------------------------------
def test_quality_ratings_by_click_and_by_key_each_one_undo_step(window, qtbot, small_map):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    acquaintance: RatingField = field(window, "acquaintance")
    trust: RatingField = field(window, "trust")
    assert acquaintance.text() == "5 / 5" and trust.text() == "4 / 5"
    qtbot.mouseClick(acquaintance.rating, Qt.MouseButton.LeftButton, pos=segment(3))
    assert stored(small_map).ties[tie.id].acquaintance == 3
    assert window.undo_stack.undoText() == "Change Acquaintance"
    assert acquaintance.rating.hasFocus()
    qtbot.keyClick(acquaintance.rating, Qt.Key.Key_Right)
    assert window.document.network.ties[tie.id].acquaintance == 4
    qtbot.keyClick(trust.rating, Qt.Key.Key_1)
    qtbot.keyClick(trust.rating, Qt.Key.Key_Delete)
    assert stored(small_map).ties[tie.id].trust is None
    assert trust.text() == "not rated"
    availability: RatingField = field(window, "availability")
    qtbot.keyClick(availability.rating, Qt.Key.Key_5)
    qtbot.mouseClick(availability.rating, Qt.MouseButton.LeftButton, pos=segment(5))  # the chosen value again clears
    assert window.document.network.ties[tie.id].availability is None
    assert window.undo_stack.count() == 6
    for _ in range(6):
        window.undo_stack.undo()
    assert stored(small_map).ties[tie.id] == tie


def test_ratings_show_their_meaning_and_the_score_follows(window, qtbot):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    editor = window.properties.current_editor()
    assert "know each other" in field(window, "acquaintance").explanation
    assert "when it matters" in field(window, "availability").explanation
    old = window.properties.field_text("Quality")
    assert old is not None and "/ 100" in old
    assert editor.points["trust"].text().startswith("+")
    with qtbot.waitSignal(window.analysis_controller.analysis_updated):
        qtbot.keyClick(field(window, "trust").rating, Qt.Key.Key_1)
    assert window.properties.field_text("Quality") != old
    assert "mean rating" in window.properties.field_text("How it is scored")


def test_changing_the_type_to_a_duplicate_is_refused(window, qtbot, small_map):
    network = window.document.network
    professional = kari_ola_tie(network)
    personal = Tie(source_id=professional.source_id, target_id=professional.target_id, type="personal")
    window.document.edit(lambda n: n.add(personal))
    select(window, personal.id)
    kind: ComboField = field(window, "type")
    assert kind.text() == "Personal"
    before = small_map.read_bytes()
    kind.combo.setFocus()
    qtbot.keyClick(kind.combo, Qt.Key.Key_Up)  # Personal -> Professional
    assert kind.error.isVisible()
    assert kind.error.text() == "There is already a tie of this type between Kari Nordmann and Ola Hansen."
    assert kind.text() == "Personal", "the list shows the model again"
    assert network.ties[personal.id].type == TieType.PERSONAL
    assert small_map.read_bytes() == before and window.undo_stack.count() == 0
    qtbot.keyClick(kind.combo, Qt.Key.Key_Down)  # Personal -> Reports to
    assert not kind.error.isVisible() and network.ties[personal.id].type == TieType.REPORTS_TO


def test_a_directed_tie_can_be_reversed(window, qtbot, small_map):
    network = window.document.network
    ours, hotel = by_name(network, "Rørosmat"), by_name(network, "Bergstadens Hotell")
    tie = next(t for t in network.ties.values() if t.type == TieType.SUPPLIER_OF)
    select(window, tie.id)
    editor = window.properties.current_editor()
    assert editor.direction.isVisible()
    assert editor.direction_label.text() == "Rørosmat → Bergstadens Hotell"
    assert field(window, "cooperation").container.isVisible(), "organisation ties show coopetition"
    qtbot.mouseClick(editor.reverse_button, Qt.MouseButton.LeftButton)
    saved = stored(small_map).ties[tie.id]
    assert (saved.source_id, saved.target_id) == (hotel.id, ours.id)
    assert window.properties.heading() == "Bergstadens Hotell → Rørosmat"
    window.undo_stack.undo()
    assert stored(small_map).ties[tie.id].source_id == ours.id
    select(window, kari_ola_tie(network).id)
    assert not editor.direction.isVisible() and not field(window, "cooperation").container.isVisible()


def test_a_bad_last_contact_date_is_refused_and_a_good_one_can_be_cleared(window, qtbot, small_map):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    last = field(window, "last_contact")
    before = small_map.read_bytes()
    last.date.edit.setFocus()
    qtbot.keyClicks(last.date.edit, "31.03.2026")
    qtbot.keyClick(last.date.edit, Qt.Key.Key_Return)
    assert last.error.text() == "Last contact must be a date like 2026-03-31, not '31.03.2026'."
    assert small_map.read_bytes() == before
    qtbot.keyClick(last.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(last.date.edit, "2026-03-31")
    qtbot.keyClick(last.date.edit, Qt.Key.Key_Return)
    assert not last.error.isVisible()
    assert stored(small_map).ties[tie.id].last_contact == dt.date(2026, 3, 31)
    assert window.properties.field_text("Latest contact").startswith("2026-03-31")
    qtbot.mouseClick(last.date.clear_button, Qt.MouseButton.LeftButton)
    assert stored(small_map).ties[tie.id].last_contact is None
    assert window.properties.field_text("Latest contact") == "never"


def test_interactions_add_edit_delete_each_undoable(window, qtbot, small_map):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    log = window.properties.current_editor().interactions
    assert log.rows() == []
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    assert log.form.isVisible() and log.date.text() == dt.date.today().isoformat()
    assert log.note.hasFocus()
    qtbot.keyClicks(log.note, "Lunsj på Vertshuset")
    qtbot.keyClick(log.note, Qt.Key.Key_Return)
    assert not log.form.isVisible()
    (saved,) = stored(small_map).interactions.values()
    assert (saved.tie_id, saved.date, saved.kind, saved.note) == (tie.id, dt.date.today(), InteractionKind.MEETING, "Lunsj på Vertshuset")
    assert log.rows() == [(dt.date.today().isoformat(), "Meeting", "Lunsj på Vertshuset")]
    assert window.properties.field_text("Latest contact").startswith(dt.date.today().isoformat())
    assert window.undo_stack.undoText() == "Add Interaction"

    log.select(saved.id)
    qtbot.mouseClick(log.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.save_button.width() > 0)  # the form is laid out once shown
    log.kind.setCurrentIndex(log.kind.findData(InteractionKind.CALL))
    qtbot.keyClick(log.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(log.date.edit, "2026-01-15")
    qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    (changed,) = stored(small_map).interactions.values()
    assert (changed.id, changed.date, changed.kind) == (saved.id, dt.date(2026, 1, 15), InteractionKind.CALL)
    assert window.undo_stack.undoText() == "Change Interaction"

    log.select(saved.id)
    log.list.setFocus()
    qtbot.keyClick(log.list, Qt.Key.Key_Delete)
    assert stored(small_map).interactions == {} and log.rows() == []
    assert window.undo_stack.undoText() == "Delete Interaction"
    window.undo_stack.undo()
    assert stored(small_map).interactions[saved.id].kind == InteractionKind.CALL
    assert log.rows() == [("2026-01-15", "Call", "Lunsj på Vertshuset")]
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert stored(small_map).interactions == {} and log.rows() == []


def test_an_interaction_with_a_bad_date_is_refused_in_the_form(window, qtbot, small_map):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    log = window.properties.current_editor().interactions
    log.start_add()
    qtbot.keyClick(log.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(log.date.edit, "yesterday")
    qtbot.keyClicks(log.note, "Telefon")
    qtbot.keyClick(log.note, Qt.Key.Key_Return)
    assert log.error.isVisible() and "must be a date like 2026-03-31" in log.error.text()
    assert log.form.isVisible() and log.note.text() == "Telefon", "nothing typed is lost"
    assert window.document.network.interactions == {} and window.undo_stack.count() == 0
    qtbot.keyClick(log.note, Qt.Key.Key_Escape)
    assert not log.form.isVisible()


# ---- several items -----------------------------------------------------------------------
def test_editing_several_contacts_sets_all_as_one_undo_step(window, qtbot, small_map):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, attitude="supporter")))
    select(window, kari.id, ola.id)
    assert window.properties.heading() == "2 contacts selected"
    assert not field(window, "name").container.isVisibleTo(window.properties), "names are not set in bulk"
    attitude: ComboField = field(window, "attitude")
    assert attitude.combo.currentIndex() == -1 and attitude.text() == "", "differing values show as blank"
    assert attitude.combo.placeholderText() == "Several values"
    title: LineField = field(window, "title")
    assert title.edit.placeholderText() == "Several values"
    attitude.combo.setFocus()
    attitude.combo.setCurrentIndex(attitude.combo.findData(Attitude.NEUTRAL) - 1)
    qtbot.keyClick(attitude.combo, Qt.Key.Key_Down)
    saved = stored(small_map)
    assert saved.nodes[kari.id].attitude == saved.nodes[ola.id].attitude == Attitude.NEUTRAL
    assert window.undo_stack.count() == 1
    type_into(qtbot, title, "Partner")
    assert {c.title for c in stored(small_map).contacts()} == {"Partner"}
    window.undo_stack.undo()
    window.undo_stack.undo()
    saved = stored(small_map)
    assert (saved.nodes[kari.id].attitude, saved.nodes[ola.id].attitude) == (Attitude.SUPPORTER, Attitude.UNKNOWN)
    assert (saved.nodes[kari.id].title, saved.nodes[ola.id].title) == ("Daglig leder", "Kjøkkensjef")


def test_tags_of_several_contacts_are_merged_not_replaced(window, qtbot, small_map):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, tags=("eier", "styre", "vip")))
                         + n.update(dataclasses.replace(ola, tags=("kjøkken", "eier"))))
    select(window, kari.id, ola.id)
    tags = field(window, "tags")
    assert tags.text() == "eier", "only the tags every selected contact has"
    assert tags.hint.isVisibleTo(window.properties)
    assert tags.hint.text() == "Only some have: kjøkken, styre, vip", "alphabetical, whichever was selected first"
    # add one: each keeps its own tags
    type_into(qtbot, tags, "eier, ny")
    saved = stored(small_map)
    assert saved.nodes[kari.id].tags == ("eier", "styre", "vip", "ny")
    assert saved.nodes[ola.id].tags == ("kjøkken", "eier", "ny")
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Change Tags"
    assert tags.text() == "eier, ny"
    # remove one from every contact
    type_into(qtbot, tags, "ny", key=Qt.Key.Key_Tab)
    saved = stored(small_map)
    assert saved.nodes[kari.id].tags == ("styre", "vip", "ny")
    assert saved.nodes[ola.id].tags == ("kjøkken", "ny")
    assert tags.text() == "ny" and tags.hint.text() == "Only some have: kjøkken, styre, vip"
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    saved = stored(small_map)
    assert (saved.nodes[kari.id].tags, saved.nodes[ola.id].tags) == (("eier", "styre", "vip"), ("kjøkken", "eier"))
    assert tags.text() == "eier"


def test_clearing_the_shared_tags_keeps_the_others_and_escape_changes_nothing(window, qtbot, small_map):
    network = window.document.network
    kari, hotel = by_name(network, "Kari Nordmann"), by_name(network, "Bergstadens Hotell")
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, tags=("eier", "røros")))
                         + n.update(dataclasses.replace(hotel, tags=("røros", "kunde"))))
    select(window, kari.id, hotel.id)  # a contact and an organisation: the mixed editor
    tags = field(window, "tags")
    assert tags.text() == "røros"
    type_into(qtbot, tags, "vip", key=Qt.Key.Key_Escape)
    assert tags.text() == "røros" and window.undo_stack.count() == 0
    type_into(qtbot, tags, "")
    saved = stored(small_map)
    assert (saved.nodes[kari.id].tags, saved.nodes[hotel.id].tags) == (("eier",), ("kunde",))
    assert tags.text() == "" and tags.hint.text() == "Only some have: eier, kunde"
    assert window.undo_stack.count() == 1


def test_one_contacts_tags_are_exactly_what_is_typed(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    window.document.edit(lambda n: n.update(dataclasses.replace(kari, tags=("a", "b", "c"))))
    select(window, kari.id)
    tags = field(window, "tags")
    assert tags.text() == "a, b, c" and not tags.hint.isVisibleTo(window.properties)
    type_into(qtbot, tags, "c, a")
    assert stored(small_map).nodes[kari.id].tags == ("c", "a"), "a single item keeps the typed order"


def test_leaving_a_mixed_field_untouched_changes_nothing(window, qtbot):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    select(window, kari.id, ola.id)
    title = field(window, "title")
    title.edit.setFocus()
    qtbot.keyClick(title.edit, Qt.Key.Key_Tab)
    assert window.undo_stack.count() == 0


def test_several_ties_rated_at_once_and_a_shared_choice_half_checked(window, qtbot, small_map):
    network = window.document.network
    ties = list(network.ties.values())
    window.document.edit(lambda n: n.update(dataclasses.replace(ties[0], reasons={"need"})))
    select(window, *(t.id for t in ties))
    assert window.properties.heading() == "2 ties selected"
    support: RatingField = field(window, "support")
    qtbot.keyClick(support.rating, Qt.Key.Key_4)
    assert {t.support for t in stored(small_map).ties.values()} == {4}
    reasons = field(window, "reasons").choices
    assert reasons.boxes["need"].checkState() == Qt.CheckState.PartiallyChecked
    qtbot.mouseClick(reasons.boxes["need"], Qt.MouseButton.LeftButton, pos=QPoint(6, 8))
    assert all("need" in t.reasons for t in stored(small_map).ties.values())
    assert reasons.boxes["need"].checkState() == Qt.CheckState.Checked
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert [("need" in t.reasons) for t in (network.ties[ties[0].id], network.ties[ties[1].id])] == [True, False]


def test_a_mixed_selection_edits_what_its_kinds_share(window, qtbot, small_map):
    network = window.document.network
    kari, hotel = by_name(network, "Kari Nordmann"), by_name(network, "Bergstadens Hotell")
    select(window, kari.id, hotel.id)
    assert window.properties.heading() == "2 items selected"
    assert window.properties.field_text("Selected") == "contacts: 1, organisations: 1"
    type_into(qtbot, field(window, "tags"), "hotell")
    saved = stored(small_map)
    assert saved.nodes[kari.id].tags == saved.nodes[hotel.id].tags == ("hotell",)
    tie = kari_ola_tie(network)
    select(window, kari.id, tie.id)
    assert not field(window, "tags").container.isVisibleTo(window.properties)
    assert field(window, "notes").container.isVisibleTo(window.properties)


# ---- focus, typing and read-only ---------------------------------------------------------
def test_typing_is_not_interrupted_by_a_document_change(window, qtbot):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    select(window, kari.id)
    title = field(window, "title")
    title.edit.setFocus()
    qtbot.waitUntil(title.edit.hasFocus)
    qtbot.keyClick(title.edit, Qt.Key.Key_End)
    qtbot.keyClicks(title.edit, " og eier")
    widgets_before = window.properties.findChildren(QLineEdit)
    window.document.edit(lambda n: n.update(dataclasses.replace(n.nodes[ola.id], phone="999")))
    window.document.edit(lambda n: n.update(dataclasses.replace(n.nodes[kari.id], phone="555")))
    assert title.edit.hasFocus() and title.text() == "Daglig leder og eier"
    assert field(window, "phone").text() == "555", "the fields not being edited follow the model"
    assert window.properties.findChildren(QLineEdit) == widgets_before, "no editor was rebuilt"
    qtbot.keyClick(title.edit, Qt.Key.Key_Return)
    assert network.nodes[kari.id].title == "Daglig leder og eier"


def test_focus_field_raises_the_panel_and_puts_the_cursor_on_the_rating(window, qtbot):
    tie = kari_ola_tie(window.document.network)
    window.findings_dock.raise_()
    qtbot.waitUntil(lambda: window.properties.visibleRegion().isEmpty())
    select(window, tie.id)
    assert window.properties.focus_field("acquaintance")
    qtbot.waitUntil(lambda: not window.properties.visibleRegion().isEmpty())
    rating = field(window, "acquaintance").rating
    qtbot.waitUntil(rating.hasFocus)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert window.document.network.ties[tie.id].acquaintance == 2
    assert not window.properties.focus_field("no such field")


def test_a_read_only_map_shows_values_but_refuses_edits(make_window, small_map, qtbot, monkeypatch):
    monkeypatch.setattr("desktop_app.storage.store._writable", lambda path: False)
    window = make_window()
    assert window.open_map(small_map)
    network = window.document.network
    kari = by_name(network, "Kari Nordmann")
    select(window, kari.id)
    assert field(window, "name").text() == "Kari Nordmann"
    assert field(window, "name").edit.isReadOnly()
    assert not field(window, "influence").rating.isEnabled()
    assert not field(window, "attitude").combo.isEnabled()
    select(window, kari_ola_tie(network).id)
    editor = window.properties.current_editor()
    assert not field(window, "trust").rating.isEnabled()
    assert not editor.interactions.add_button.isEnabled()
    qtbot.keyClick(field(window, "trust").rating, Qt.Key.Key_1)
    assert window.undo_stack.count() == 0


def test_selecting_another_item_after_a_refusal_forgets_the_bad_text(window, qtbot, small_map):
    network = window.document.network
    kari, ola = by_name(network, "Kari Nordmann"), by_name(network, "Ola Hansen")
    select(window, kari.id)
    name = field(window, "name")
    type_into(qtbot, name, "")
    assert name.error.isVisible()
    select(window, ola.id)
    assert name.text() == "Ola Hansen" and not name.error.isVisible()
    assert stored(small_map).nodes[kari.id].name == "Kari Nordmann"


def test_a_contact_added_elsewhere_appears_in_the_organisation_list(window):
    network = window.document.network
    kari = by_name(network, "Kari Nordmann")
    select(window, kari.id)
    window.document.edit(lambda n: n.add(Contact(name="Nils")))  # contacts do not join the list
    window.document.edit(lambda n: n.add(Organisation(name="Aaa Bakeri")))
    combo = field(window, "organisation_id").combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Aaa Bakeri", "Bergstadens Hotell", "Rørosmat"]
    assert combo.currentText() == "Rørosmat"


def test_a_newly_drawn_tie_can_be_rated_at_once_from_the_keyboard(window, qtbot, small_map):
    network = window.document.network
    kari, hotel = by_name(network, "Kari Nordmann"), by_name(network, "Bergstadens Hotell")
    tie_id = window.editor.add_tie(kari.id, hotel.id)
    assert tie_id is not None
    rating = field(window, "acquaintance").rating
    qtbot.waitUntil(rating.hasFocus)
    qtbot.keyClick(rating, Qt.Key.Key_3)
    qtbot.keyClick(rating, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)  # Tab moves on to availability
    saved = stored(small_map).ties[tie_id]
    assert (saved.acquaintance, saved.availability) == (3, 4)


def test_typing_then_closing_the_window_keeps_the_typing(window, qtbot, small_map):
    kari = by_name(window.document.network, "Kari Nordmann")
    select(window, kari.id)
    phone = field(window, "phone")
    phone.edit.setFocus()
    qtbot.waitUntil(phone.edit.hasFocus)
    qtbot.keyClicks(phone.edit, "+47 900 00 000")
    window.close()
    assert stored(small_map).nodes[kari.id].phone == "+47 900 00 000"


def test_a_date_can_be_picked_from_the_calendar_with_the_keyboard(window, qtbot, small_map):
    tie = kari_ola_tie(window.document.network)
    select(window, tie.id)
    date = field(window, "last_contact").date
    qtbot.mouseClick(date.calendar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: date.menu is not None and date.menu.isVisible())
    date.calendar.setSelectedDate(QDate(2026, 2, 3))
    view = date.calendar.findChild(QAbstractItemView)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not date.menu.isVisible()
    assert stored(small_map).ties[tie.id].last_contact == dt.date(2026, 2, 3)
    assert window.undo_stack.count() == 1
