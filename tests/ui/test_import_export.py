"""File → Import / Export from the window: summary first, one undo step, malformed rows only with consent."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage import MapStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interop"


def answering(window, *, confirm: bool = True, skip: bool = False):
    """Stand in for the two questions the user is asked; record what they were shown."""
    seen: dict[str, list[str]] = {"summary": [], "problems": []}

    def confirm_(source, changes, skipped):
        seen["summary"].append(window.import_export.summary_text(changes, skipped))
        return confirm

    def ask_skip(error):
        seen["problems"].append(str(error))
        return skip

    window.import_export.confirm = confirm_
    window.import_export._ask_skip = ask_skip
    return seen


def names(window) -> set[str]:
    return {c.name for c in window.document.network.contacts()}


def test_vcard_import_shows_the_summary_and_is_one_undo_step(make_window, small_map):
    window = make_window()
    window.start(small_map)
    seen = answering(window)
    before = names(window)
    assert window.import_export.import_file(FIXTURES / "contacts.vcf", "vcard")
    assert "New contacts: 3" in seen["summary"][0]
    assert len(names(window)) == len(before) + 3
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert names(window) == before
    window.document.close()
    with MapStore.open(small_map, read_only=True) as store:
        assert {c.name for c in store.load().contacts()} == before


def test_declining_the_summary_changes_nothing(make_window, small_map):
    window = make_window()
    window.start(small_map)
    answering(window, confirm=False)
    before = names(window)
    assert not window.import_export.import_file(FIXTURES / "contacts.vcf", "vcard")
    assert names(window) == before and window.undo_stack.count() == 0


def test_malformed_rows_are_skipped_only_with_consent(make_window, small_map, tmp_path):
    table = tmp_path / "kontakter.csv"
    table.write_text("Navn;Firma;Stilling\nPer Ås;Røros Hotell;Kokk\n;Uten navn AS;\nLiv Berg;Coop;Butikksjef\n",
                     encoding="utf-8")
    window = make_window()
    window.start(small_map)
    seen = answering(window, skip=False)
    before = names(window)
    assert not window.import_export.import_file(table, "csv")
    assert "Line 3" in seen["problems"][0]
    assert names(window) == before

    seen = answering(window, skip=True)
    assert window.import_export.import_file(table, "csv")
    assert names(window) == before | {"Per Ås", "Liv Berg"}
    assert "Skipped: 1" in seen["summary"][0]


def test_export_json_and_import_into_a_new_map_gives_the_same_map(make_window, small_map, tmp_path):
    window = make_window()
    window.start(small_map)
    original = window.document.network
    out = tmp_path / "kart.json"
    assert window.import_export.export_actions["json"].isEnabled()
    assert window.import_export.export_file(out, "json")
    assert window.new_map(tmp_path / "tom")
    answering(window)
    assert window.import_export.import_file(out, "json")
    copy = window.document.network
    assert copy.nodes == original.nodes and copy.ties == original.ties


def test_import_and_export_need_an_open_map(make_window):
    window = make_window()
    assert not any(a.isEnabled() for a in window.import_export.import_actions.values())
    assert not any(a.isEnabled() for a in window.import_export.export_actions.values())
