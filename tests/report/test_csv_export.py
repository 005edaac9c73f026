"""CSV exports: UTF-8 with BOM, æøå intact, proper quoting, and formula injection defused."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from desktop_app.domain.entities import Action, Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.report.csv_export import actions_csv, contacts_csv, safe, ties_csv, write_csv

from .helpers import example


def rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


@pytest.fixture
def risky() -> Network:
    network = Network()
    org = Organisation(name="Blåbær & Søn, Ærø")
    kari = Contact(name="=HYPERLINK(\"http://evil\",\"x\")", organisation_id=org.id, phone="+47 900 00 000",
                   title="@SUM(A1)", notes="Line one\nline \"two\"")
    ola = Contact(name="Øystein Ås", organisation_id=org.id, title="-2+3")
    tie = Tie(source_id=kari.id, target_id=ola.id, trust=4, notes="\tcmd")
    action = Action(title="=1+1", node_id=ola.id, owner_id=kari.id)
    for entity in (org, kari, ola, tie, action):
        network.add(entity)
    return network


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+47 1", "'+47 1"), ("-3", "'-3"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Kari", "Kari"), ("a=b", "a=b"), ("", ""), (None, ""), (5, "5"),
])
def test_safe(value: object, expected: str) -> None:
    assert safe(value) == expected


def test_contacts_are_escaped_quoted_and_keep_norwegian_letters(risky: Network) -> None:
    table = rows(contacts_csv(risky))
    header, body = table[0], table[1:]
    assert header[:3] == ["Name", "Organisation", "Title"]
    by_name = {r[0]: r for r in body}
    evil = by_name["'=HYPERLINK(\"http://evil\",\"x\")"]
    assert evil[1] == "Blåbær & Søn, Ærø"  # the comma survives inside quotes
    assert evil[2] == "'@SUM(A1)"
    assert evil[4] == "'+47 900 00 000"
    assert evil[-1] == "Line one\nline \"two\""
    assert by_name["Øystein Ås"][2] == "'-2+3"
    assert all(not cell.startswith(("=", "+", "-", "@", "\t")) for row in body for cell in row)


def test_ties_and_actions(risky: Network) -> None:
    ties = rows(ties_csv(risky))
    assert ties[0][:2] == ["From", "To"]
    assert ties[1][1] == "Øystein Ås" and ties[1][-1] == "'\tcmd"
    actions = rows(actions_csv(risky))
    assert actions[0] == ["What", "For", "Owner", "Due", "Status", "Intent", "Note"]
    assert actions[1][:3] == ["'=1+1", "Øystein Ås", "'=HYPERLINK(\"http://evil\",\"x\")"]
    assert actions[1][4] == "Planned"


def test_bokmaal_headers_and_vocabulary() -> None:
    network = example()
    contacts = rows(contacts_csv(network, language="nb"))
    assert contacts[0][:3] == ["Navn", "Organisasjon", "Tittel"]
    assert "Støttespiller" in {r[6] for r in contacts[1:]}
    assert len(contacts) == 1 + sum(1 for _ in network.contacts())
    ties = rows(ties_csv(network, language="nb"))
    assert ties[0][:2] == ["Fra", "Til"] and len(ties) == 1 + len(network.ties)
    actions = rows(actions_csv(network, language="nb"))
    assert actions[0][0] == "Hva" and len(actions) == 1 + len(network.actions)


def test_write_csv(risky: Network, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "kontakter.csv", "contacts", risky)
    assert rows(path.read_bytes())[0][0] == "Name"
    assert b"\r\n" in path.read_bytes()
    with pytest.raises(ValueError):
        write_csv(tmp_path / "x.csv", "nodes", risky)
    assert [p.name for p in tmp_path.iterdir()] == ["kontakter.csv"]
