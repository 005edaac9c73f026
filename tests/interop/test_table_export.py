"""CSV and XLSX export: every table, safe against formula injection, readable by the CSV import."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest

from desktop_app.domain.entities import Action, Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop.errors import InteropError
from desktop_app.interop.table_export import csv_paths, export_csv, export_xlsx, safe
from desktop_app.interop.tabular import read_table


def sample() -> Network:
    network = Network()
    org = Organisation(name="Røros Hotell", category="customer")
    kari = Contact(name="Kari Hansen", organisation_id=org.id, email="kari@r.no", tags=("kunde", "mat"),
                   notes="=HYPERLINK(\"http://evil\",\"klikk\")")
    ola = Contact(name="-Ola", title="@sjef")
    tie = Tie(source_id=kari.id, target_id=ola.id, trust=4, last_contact=dt.date(2026, 3, 31))
    for entity in (org, kari, ola, tie, Action(title="+Ring Kari", node_id=kari.id, due=dt.date(2026, 4, 1))):
        network.add(entity)
    return network


def test_csv_files_hold_every_table_and_no_formula(tmp_path: Path) -> None:
    export_csv(sample(), tmp_path / "kart.csv")
    contacts, orgs, ties, actions = (
        list(csv.reader(p.read_text(encoding="utf-8-sig").splitlines(), delimiter=";")) for p in csv_paths(tmp_path / "kart.csv")
    )
    assert [p.name for p in csv_paths(tmp_path / "kart.csv")] == [
        "kart.csv", "kart-organisations.csv", "kart-ties.csv", "kart-actions.csv"]
    assert contacts[0][:3] == ["Name", "Organisation", "Title"]
    rows = {r[0]: r for r in contacts[1:]}
    assert rows["'-Ola"][2] == "'@sjef"
    assert rows["Kari Hansen"][1] == "Røros Hotell" and rows["Kari Hansen"][8] == "kunde, mat"
    assert rows["Kari Hansen"][9].startswith("'=HYPERLINK")
    assert orgs[1][:2] == ["Røros Hotell", "customer"]
    assert ties[1][0:2] == ["Kari Hansen", "'-Ola"] and ties[1][5] == "4" and ties[1][10] == "2026-03-31"
    assert actions[1][0] == "'+Ring Kari" and actions[1][3] == "2026-04-01"
    back = Network()
    changes, _ = read_table(tmp_path / "kart.csv", back)
    back.apply(changes)
    assert {c.name for c in back.contacts()} == {"Kari Hansen", "-Ola"}  # the protecting quote comes off again


def test_xlsx_has_a_sheet_per_table(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    export_xlsx(sample(), tmp_path / "kart.xlsx")
    book = openpyxl.load_workbook(tmp_path / "kart.xlsx")
    assert book.sheetnames == ["Contacts", "Organisations", "Ties", "Actions"]
    values = [c.value for row in book["Contacts"].iter_rows() for c in row]
    assert "'=HYPERLINK(\"http://evil\",\"klikk\")" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)


def test_export_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="does not exist"):
        export_csv(sample(), tmp_path / "borte" / "kart.csv")


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+47 1", "'+47 1"), ("-3", "'-3"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Kari", "Kari"), ("a=b", "a=b"), ("", ""), (None, ""), (5, 5), (("a", "b"), "a, b"),
])
def test_safe(value: object, expected: object) -> None:
    assert safe(value) == expected


def test_csv_is_utf8_with_bom_semicolons_and_quotes_what_needs_it(tmp_path: Path) -> None:
    network = Network()
    org = Organisation(name="Blåbær & Søn; Ærø")
    network.add(org)
    network.add(Contact(name="Øystein Ås", organisation_id=org.id, notes='Linje én\nlinje "to"'))
    export_csv(network, tmp_path / "kart.csv")
    data = (tmp_path / "kart.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))
    assert rows[1][:2] == ["Øystein Ås", "Blåbær & Søn; Ærø"] and rows[1][9] == 'Linje én\nlinje "to"'


def test_exported_contacts_read_back_as_the_same_people(tmp_path: Path) -> None:
    network = sample()
    kari = next(c for c in network.contacts() if c.name == "Kari Hansen")
    network.update(dataclasses.replace(kari, role="decision_maker", attitude="sceptic", influence=4, phone="+47 2"))
    export_csv(network, tmp_path / "kart.csv")
    back = Network()
    changes, _ = read_table(tmp_path / "kart.csv", back)
    back.apply(changes)
    copy = next(c for c in back.contacts() if c.name == "Kari Hansen")
    fields = ("name", "title", "email", "phone", "role", "attitude", "influence", "tags", "notes")
    assert [getattr(copy, f) for f in fields] == [getattr(network.nodes[kari.id], f) for f in fields]
    assert back.name_of(copy.organisation_id) == "Røros Hotell"
