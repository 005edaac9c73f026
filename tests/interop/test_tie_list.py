"""Tie lists from CSV and Excel: ends found by e-mail or name, unresolved ends listed by line, merged not doubled."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop import tabular
from desktop_app.interop.errors import ImportProblemsError, InteropError
from desktop_app.interop.table_export import csv_paths, export_csv
from desktop_app.interop.tabular import import_table, read_table
from desktop_app.interop.tie_list import plan_ties
from desktop_app.storage import MapStore

HEADER = "Fra;Til;Type;Bekjentskap;Tilgjengelighet;Tillit;Støtte;Siste kontakt;Notater\n"


@pytest.fixture
def people(store: MapStore) -> tuple[MapStore, Network, dict[str, Contact]]:
    network = store.load()
    hotel = Organisation(name="Røros Hotell")
    found = {
        "kari": Contact(name="Kari Hansen", email="kari@roroshotell.no", organisation_id=hotel.id),
        "per": Contact(name="Per Ås"),
        "ola1": Contact(name="Ola Nordmann", email="ola@coop.no"),
        "ola2": Contact(name="Ola Nordmann", email="ola@rema.no"),
    }
    for entity in (hotel, *found.values()):
        store.apply(network.add(entity))
    return store, network, found


def write(tmp_path: Path, rows: str, name: str = "relasjoner.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_ties_link_by_email_or_name_with_their_ratings(people, tmp_path: Path) -> None:
    store, network, p = people
    source = write(tmp_path, "KARI@roroshotell.no;per ås;personal;4;3;5;2;31.03.2026;Kjenner fra skolen\n"
                             "ola@coop.no;Røros Hotell;;;;;;2026-01-05;\n")
    summary = import_table(store, network, source)
    assert (summary.ties, summary.contacts, summary.organisations) == (2, 0, 0)
    ties = {(network.name_of(t.source_id), network.name_of(t.target_id)): t for t in network.ties.values()}
    personal = ties["Kari Hansen", "Per Ås"]
    assert personal.type == "personal" and personal.ratings == {
        "acquaintance": 4, "availability": 3, "trust": 5, "support": 2}
    assert personal.last_contact == dt.date(2026, 3, 31) and personal.notes == "Kjenner fra skolen"
    org_tie = ties["Ola Nordmann", "Røros Hotell"]
    assert org_tie.source_id == p["ola1"].id and org_tie.type == "professional"
    assert store.load().ties == network.ties


def test_unresolved_and_ambiguous_ends_are_malformed_rows_with_lines(people, tmp_path: Path) -> None:
    store, network, _ = people
    source = write(tmp_path, "Kari Hansen;Per Ås;;4;;;;;\n"
                             "Kari Hansen;Ukjent Person;;;;;;;\n"
                             "Ola Nordmann;Per Ås;;;;;;;\n"
                             "Per Ås;Kari Hansen;;9;;;;;\n"
                             ";Kari Hansen;;;;;;;\n"
                             "Per Ås;per ås;;;;;;;\n")
    file_before = store.path.read_bytes()
    with pytest.raises(ImportProblemsError) as caught:
        import_table(store, network, source)
    assert str(caught.value).splitlines() == [
        "relasjoner.csv was not imported because of 5 problems:",
        "  Line 3: No contact or organisation in the map is called 'Ukjent Person' or has that e-mail.",
        "  Line 4: 2 contacts or organisations in the map are called 'Ola Nordmann'; give their e-mail address instead.",
        "  Line 5: Acquaintance must be a whole number from 1 to 5, not '9'.",
        "  Line 6: It needs a source and a target.",
        "  Line 7: A tie cannot join a node to itself.",
    ]
    assert not network.ties and store.path.read_bytes() == file_before
    summary = import_table(store, network, source, skip_bad=True)
    assert summary.ties == 1 and len(summary.malformed) == 5 and len(summary.skipped) == 5


def test_a_tie_already_in_the_map_is_filled_in_not_doubled(people, tmp_path: Path) -> None:
    store, network, p = people
    tie = Tie(source_id=p["kari"].id, target_id=p["per"].id, trust=2, notes="Mine notater")
    store.apply(network.add(tie))
    # Mutual: the file's Per -> Kari is the same professional tie as the map's Kari -> Per.
    source = write(tmp_path, "Per Ås;Kari Hansen;professional;4;3;5;;2026-02-01;Fra fila\n"
                             "Kari Hansen;Per Ås;;1;;;;;\n")
    summary = import_table(store, network, source)
    assert (summary.ties, summary.updated, len(summary.skipped)) == (0, 1, 1)
    assert "Line 3: The same tie as Line 2; left out." in str(summary.skipped[0])
    (merged,) = network.ties.values()
    assert merged.id == tie.id and (merged.source_id, merged.target_id) == (p["kari"].id, p["per"].id)
    assert merged.ratings == {"acquaintance": 4, "availability": 3, "trust": 2, "support": None}  # trust kept
    assert merged.notes == "Mine notater" and merged.last_contact == dt.date(2026, 2, 1)
    again = import_table(store, network, source)
    assert (again.ties, again.updated, again.unchanged) == (0, 0, 1)


def test_a_directed_tie_the_other_way_is_another_tie(people, tmp_path: Path) -> None:
    store, network, p = people
    store.apply(network.add(Tie(source_id=p["kari"].id, target_id=p["per"].id, type="reports_to")))
    summary = import_table(store, network, write(tmp_path, "Per Ås;Kari Hansen;Reports to;;;;;;\n"))
    assert summary.ties == 1 and len(network.ties) == 2


def test_exported_ties_read_back_as_a_tie_list(people, tmp_path: Path) -> None:
    store, network, p = people
    tie = Tie(source_id=p["kari"].id, target_id=p["per"].id, type="supplier_of", acquaintance=3, closeness="close",
              cooperation=4, last_contact="2026-03-01", notes="=ikke en formel")
    store.apply(network.add(tie))
    export_csv(network, tmp_path / "kart.csv")
    ties_file = csv_paths(tmp_path / "kart.csv")[2]
    copy = Network.from_entities(network.settings, list(network.nodes.values()), [], [], [])
    changes, summary = read_table(ties_file, copy)
    copy.apply(changes)
    (back,) = copy.ties.values()
    assert dataclasses.replace(back, id=tie.id) == tie and summary.ties == 1


def test_an_excel_tie_list(people, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    store, network, _ = people
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Source", "Target", "Trust", "Last contact"])
    sheet.append(["kari@roroshotell.no", "Per Ås", 4, dt.datetime(2026, 3, 31)])
    book.save(tmp_path / "ties.xlsx")
    summary = import_table(store, network, tmp_path / "ties.xlsx")
    (tie,) = network.ties.values()
    assert summary.ties == 1 and tie.trust == 4 and tie.last_contact == dt.date(2026, 3, 31)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=1000),
    st.lists(st.lists(st.sampled_from(["Kari Hansen", "kari@roroshotell.no", "Per Ås", "Ola Nordmann", "", "x",
                                       "4", "9", "2026-03-31", "31.13.2026", "personal", "enemy", "'=1", "\"", ";"]),
                      max_size=9).map(";".join), max_size=8).map(lambda rows: (HEADER + "\n".join(rows)).encode()),
))
def test_fuzzed_tie_lists_give_ties_or_located_problems(data: bytes) -> None:
    network = Network()
    kari = Contact(name="Kari Hansen", email="kari@roroshotell.no")
    for entity in (kari, Contact(name="Per Ås"), Contact(name="Ola Nordmann"), Contact(name="ola nordmann")):
        network.add(entity)
    try:
        sheet = tabular.parse(data, "fuzz.csv", "csv")
    except InteropError as exc:
        assert str(exc).startswith("fuzz.csv was not imported")
        return
    if sheet.mapping.kind != "ties":
        return
    try:
        changes, summary = plan_ties(network, "fuzz.csv", sheet.records, sheet.problems)
    except ImportProblemsError as exc:
        assert all(str(p).startswith("Line ") for p in exc.problems)
        changes, summary = plan_ties(network, "fuzz.csv", sheet.records, sheet.problems, skip_bad=True)
    network.apply(changes)
    assert summary.ties + summary.updated + summary.unchanged + len(summary.skipped) <= len(sheet.records) + len(
        sheet.problems)
