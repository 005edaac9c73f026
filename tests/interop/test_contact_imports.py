"""vCard, LinkedIn and CSV/XLSX contact imports: fields, merge rules, bad rows with their lines, fuzzing."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop import linkedin, merge, tabular, vcard
from desktop_app.interop.columns import CONTACTS, ColumnMapping
from desktop_app.interop.errors import ImportProblemsError, InteropError
from desktop_app.interop.linkedin import import_linkedin, read_linkedin
from desktop_app.interop.merge import me_by_name
from desktop_app.interop.tabular import import_table, read_table
from desktop_app.interop.vcard import import_vcard
from desktop_app.storage import MapStore

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def people(network: Network) -> dict[str, Contact]:
    return {c.name: c for c in network.contacts()}


def org_name(network: Network, contact: Contact) -> str | None:
    org = network.organisation_of(contact)
    return org.name if org else None


# ---- vCard -----------------------------------------------------------------------
def test_vcard_reads_30_40_and_21_cards(store: MapStore) -> None:
    network = store.load()
    summary = import_vcard(store, network, FIXTURES / "contacts.vcf")
    assert (summary.organisations, summary.contacts, summary.skipped) == (3, 3, ())
    found = people(store.load())
    kari = found["Kari Hansen"]
    assert kari.title == "Innkjøpssjef med ansvar for mat og drikke"  # folded line
    assert org_name(network, kari) == "Røros Hotell"  # first ORG unit
    assert (kari.email, kari.phone) == ("kari.hansen@roroshotell.no", "+47 72 40 80 00")
    assert kari.notes == "Møtte henne på Rørosmartnan.\nLiker lokalmat." and kari.tags == ("kunde", "hotell")
    ola = found["Ola Nordmann"]
    assert ola.email == "ola.privat@example.no"  # the preferred address
    siri = found["Siri Bakken"]
    assert org_name(network, siri) == "Destinasjon Røros"
    assert siri.notes == "Ansvar for markedsføring av regionen. Ring før besøk."  # quoted-printable, soft break


def test_vcard_broken_cards_are_listed_with_lines(tmp_path: Path, store: MapStore) -> None:
    text = (FIXTURES / "contacts.vcf").read_text(encoding="utf-8")
    text += "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:;\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Avkuttet\r\n"
    (tmp_path / "bok.vcf").write_text(text, encoding="utf-8")
    network = store.load()
    with pytest.raises(ImportProblemsError) as caught:
        import_vcard(store, network, tmp_path / "bok.vcf")
    assert str(caught.value).splitlines() == [
        "bok.vcf was not imported because of 2 problems:",
        "  Card 4 (line 32): The card has no name (FN or N).",
        "  Card 5 (line 36): The card has no END:VCARD line (the file may be cut short).",
    ]
    assert not network.nodes and store.counts()["contacts"] == 0
    summary = import_vcard(store, network, tmp_path / "bok.vcf", skip_bad=True)
    assert summary.contacts == 3 and len(summary.skipped) == 2
    assert "Card 4 (line 32)" in str(summary.skipped[0])


def test_vcard_merges_by_email_then_by_name_and_organisation(store: MapStore) -> None:
    network = store.load()
    hotel = Organisation(name="RØROS HOTELL")
    kari = Contact(name="K. Hansen", email="Kari.Hansen@RorosHotell.no", title="Sjef", organisation_id=hotel.id)
    ola = Contact(name="ola nordmann", organisation_id=None)
    rorosmat = Organisation(name="Rørosmat")
    ola_at = Contact(name="Ola Nordmann", organisation_id=rorosmat.id)
    for entity in (hotel, kari, ola, rorosmat, ola_at):
        store.apply(network.add(entity))
    summary = import_vcard(store, network, FIXTURES / "contacts.vcf")
    assert (summary.contacts, summary.organisations, summary.updated) == (1, 1, 2)
    kari_now = network.nodes[kari.id]
    assert isinstance(kari_now, Contact)
    assert kari_now.title == "Sjef" and kari_now.phone == "+47 72 40 80 00"  # kept what the user typed, filled the rest
    assert kari_now.name == "K. Hansen" and kari_now.tags == ("kunde", "hotell")
    assert network.nodes[ola_at.id].email == "ola.privat@example.no"  # name + organisation
    assert network.nodes[ola.id] == ola  # same name, other organisation: another person
    assert store.load().nodes == network.nodes
    again = import_vcard(store, network, FIXTURES / "contacts.vcf")
    assert (again.contacts, again.updated, again.unchanged) == (0, 0, 3)


@FUZZ
@given(st.one_of(
    st.binary(max_size=1500),
    st.integers(min_value=0, max_value=900).map(lambda cut: (FIXTURES / "contacts.vcf").read_bytes()[:cut]),
    st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:3.0", "VERSION:4.0", "FN:A", "N:;;;;",
                              "ORG:;", "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=", "TEL;TYPE=\"x:1", " folded",
                              "EMAIL;PREF=x:a@b", "CATEGORIES:,,", "BDAY:2026-99-99", "PHOTO;ENCODING=b:@@@",
                              ":", "=", "X-;:"]), max_size=30).map(lambda ls: "\r\n".join(ls).encode()),
))
def test_fuzzed_vcard_gives_records_or_located_problems(data: bytes) -> None:
    try:
        records, problems = vcard.parse(data, "fuzz.vcf")
    except InteropError as exc:
        assert str(exc).startswith("fuzz.vcf was not imported")
        return
    assert all(str(p).startswith("Card ") for p in problems)
    network = Network()
    changes, _ = merge.plan_merge(network, records)
    network.apply(changes)


# ---- LinkedIn ----------------------------------------------------------------------
def test_linkedin_connections_with_preamble_and_a_tie_from_me(store: MapStore) -> None:
    network = store.load()
    store.apply(network.add(Contact(name="Meg Selv")))
    me = me_by_name(network, "meg selv")
    summary = import_linkedin(store, network, FIXTURES / "Connections.csv", me=me)
    assert (summary.contacts, summary.organisations, summary.ties) == (4, 2, 4)
    found = people(network)
    per = found["Per Olsen"]
    assert per.title == "Salgssjef, dagligvare" and org_name(network, per) == "Rørosmeieriet AS"
    assert per.notes == "LinkedIn: https://www.linkedin.com/in/perolsen"
    assert found["Anne Lie"].organisation_id == per.organisation_id
    ties = {network.nodes[t.target_id].name: t for t in network.ties.values()}
    assert ties["Kari Hansen"].last_contact == dt.date(2024, 3, 14) and ties["Kari Hansen"].source_id == me
    assert ties["Jon"].last_contact == dt.date(2021, 2, 5)
    assert store.load().ties == network.ties


def test_linkedin_bad_rows_are_listed_by_line(tmp_path: Path) -> None:
    text = (FIXTURES / "Connections.csv").read_text(encoding="utf-8")
    text += ",,https://x,,,,\nEva,Berg,,,,,31 Feb 2024\n"
    (tmp_path / "Connections.csv").write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblemsError) as caught:
        read_linkedin(tmp_path / "Connections.csv", Network())
    assert str(caught.value).splitlines()[1:] == [
        "  Line 9: It has no name (First Name, Last Name).",
        "  Line 10: '31 Feb 2024' in Connected On is not a date like 01 Mar 2024.",
    ]


def test_linkedin_refuses_another_csv() -> None:
    with pytest.raises(ImportProblemsError, match=r"not LinkedIn.s Connections\.csv"):
        linkedin.parse((FIXTURES / "kontakter_excel.csv").read_bytes(), "x.csv")


def test_linkedin_20000_connections(tmp_path: Path, store: MapStore) -> None:
    """20,000 connections in one transaction; the 3 s target is measured by benchmarks/bench_interop.py."""
    lines = ["Notes:", '"When exporting your connection data..."', "",
             "First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"Fornavn{i},Etternavn{i},https://www.linkedin.com/in/p{i},p{i}@example.no,Firma {i % 800},"
              f"Rolle {i % 17},{(i % 28) + 1:02d} Mar 2024" for i in range(20_000)]
    (tmp_path / "Connections.csv").write_text("\n".join(lines), encoding="utf-8")
    network = store.load()
    store.apply(network.add(Contact(name="Meg")))
    start = time.perf_counter()
    summary = import_linkedin(store, network, tmp_path / "Connections.csv", me=me_by_name(network, "Meg"))
    took = time.perf_counter() - start
    print(f"\nLinkedIn 20,000 connections: {took:.2f} s (parse, merge, layout, one transaction)")
    assert (summary.contacts, summary.organisations, summary.ties) == (20_000, 800, 20_000)
    assert store.counts()["contacts"] == 20_001


@FUZZ
@given(st.one_of(
    st.binary(max_size=1500),
    st.integers(min_value=0, max_value=900).map(lambda cut: (FIXTURES / "Connections.csv").read_bytes()[:cut]),
    st.text(max_size=300).map(lambda t: ("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                                         + t).encode("utf-8", "surrogatepass")),
))
def test_fuzzed_linkedin_gives_records_or_located_problems(data: bytes) -> None:
    try:
        records, problems = linkedin.parse(data, "fuzz.csv")
    except InteropError as exc:
        assert str(exc).startswith("fuzz.csv was not imported")
        return
    assert all(str(p).startswith("Line ") for p in problems)
    network = Network()
    changes, _ = merge.plan_merge(network, records)
    network.apply(changes)


# ---- CSV and XLSX ------------------------------------------------------------------
def test_norwegian_excel_csv_windows_1252_semicolons(store: MapStore) -> None:
    network = store.load()
    store.apply(network.add(Contact(name="Kari H.", email="kari.hansen@roroshotell.no")))
    with pytest.raises(ImportProblemsError, match="Line 4: It has no name"):
        import_table(store, network, FIXTURES / "kontakter_excel.csv")
    summary = import_table(store, network, FIXTURES / "kontakter_excel.csv", skip_bad=True)
    assert (summary.contacts, summary.updated, len(summary.skipped)) == (2, 1, 1)
    found = people(network)
    assert found["Bjørn Ås"].notes == "Leverer kjøtt; også vilt" and found["Bjørn Ås"].title == "Gårdbruker"
    assert org_name(network, found["Åse Øvergård"]) == "Rørosmeieriet AS"
    assert found["Kari H."].phone == "+47 72 40 80 00"  # matched by e-mail, ignoring case
    assert "Uten navn AS" not in {o.name for o in network.organisations()}  # only for the skipped row


@pytest.mark.parametrize(("encoding", "separator"), [("utf-8-sig", "\t"), ("utf-8", ","), ("latin-1", ";")])
def test_csv_encodings_and_separators(tmp_path: Path, encoding: str, separator: str) -> None:
    rows = [["First name", "Last name", "Company", "E-mail", "Tags"], ["Åse", "Ødegård", "Røros Bryggeri", "a@b.no", "\"øl; lokal\""]]
    (tmp_path / "k.csv").write_bytes("\r\n".join(separator.join(r) for r in rows).encode(encoding))
    network = Network()
    changes, _ = read_table(tmp_path / "k.csv", network)
    network.apply(changes)
    (ase,) = network.contacts()
    assert ase.name == "Åse Ødegård" and ase.email == "a@b.no" and ase.tags == ("øl", "lokal")
    assert org_name(network, ase) == "Røros Bryggeri"


def test_xlsx_sheet(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Navn", "Organisasjon", "Tittel", "Telefon"])
    sheet.append(["Kari Hansen", "Røros Hotell", "Innkjøpssjef", 4772408000])
    sheet.append([None, None, None, None])
    sheet.append([None, "Firma uten navn", None, None])
    book.save(tmp_path / "k.xlsx")
    with pytest.raises(ImportProblemsError, match="Row 4: It has no name"):
        read_table(tmp_path / "k.xlsx", Network())
    network = Network()
    changes, summary = read_table(tmp_path / "k.xlsx", network, skip_bad=True)
    network.apply(changes)
    (kari,) = network.contacts()
    assert kari.phone == "4772408000" and kari.title == "Innkjøpssjef" and len(summary.skipped) == 1


def test_a_sheet_without_a_name_column_is_refused(tmp_path: Path) -> None:
    (tmp_path / "k.csv").write_text("Firma,Telefon\nA,1\n", encoding="utf-8")
    with pytest.raises(ImportProblemsError, match="Line 1: The first row names no column for the name"):
        read_table(tmp_path / "k.csv", Network())


@FUZZ
@given(st.one_of(
    st.binary(max_size=1500),
    st.binary(max_size=600).map(lambda b: b"PK\x03\x04" + b),
    st.integers(min_value=0, max_value=300).map(lambda cut: (FIXTURES / "kontakter_excel.csv").read_bytes()[:cut]),
    st.text(max_size=300).map(lambda t: ("Navn;Firma;E-post\n" + t).encode("utf-8", "surrogatepass")),
))
def test_fuzzed_sheets_give_records_or_located_problems(data: bytes) -> None:
    kind = "xlsx" if data.startswith(b"PK") else "csv"
    try:
        sheet = tabular.parse(data, "fuzz", kind)
    except InteropError as exc:
        assert str(exc).startswith("fuzz was not imported")
        return
    assert all(str(p).startswith(("Line ", "Row ")) for p in sheet.problems)
    network = Network()
    changes, _ = tabular.plan_merge(network, sheet.records)
    network.apply(changes)


def test_buying_role_attitude_and_influence_in_english_or_bokmaal(tmp_path: Path) -> None:
    (tmp_path / "k.csv").write_text(
        "Navn;Rolle i kjøpegruppen;Holdning;Innflytelse;Stikkord\n"
        "Kari;Beslutningstaker;Støttespiller;5;kunde, hotell\n"
        "Per;decision-maker;Sceptic;4.0;\n"
        "Liv;Keiser;;;\n"
        "Ola;;;9;\n", encoding="utf-8")
    with pytest.raises(ImportProblemsError) as caught:
        read_table(tmp_path / "k.csv", Network())
    assert str(caught.value).splitlines()[1:] == [
        "  Line 4: Buying-centre role: unknown value 'Keiser' (allowed: decision_maker, influencer, buyer, user, "
        "gatekeeper, champion).",
        "  Line 5: Influence must be a whole number from 1 to 5, not '9'.",
    ]
    network = Network()
    changes, summary = read_table(tmp_path / "k.csv", network, skip_bad=True)
    network.apply(changes)
    found = people(network)
    assert (found["Kari"].role, found["Kari"].attitude, found["Kari"].influence) == ("decision_maker", "supporter", 5)
    assert (found["Per"].role, found["Per"].attitude, found["Per"].influence) == ("decision_maker", "sceptic", 4)
    assert found["Kari"].tags == ("kunde", "hotell") and len(summary.malformed) == 2


def test_merge_fills_an_empty_role_and_keeps_a_typed_one(store: MapStore, tmp_path: Path) -> None:
    network = store.load()
    kari = Contact(name="Kari", email="kari@r.no", attitude="sceptic")
    per = Contact(name="Per", role="buyer")
    for entity in (kari, per):
        store.apply(network.add(entity))
    (tmp_path / "k.csv").write_text("Name,E-mail,Role,Attitude,Influence\nKari,KARI@R.NO,champion,supporter,3\n"
                                    "Per,,user,neutral,\n", encoding="utf-8")
    summary = import_table(store, network, tmp_path / "k.csv")
    assert summary.updated == 2
    assert (network.nodes[kari.id].role, network.nodes[kari.id].attitude, network.nodes[kari.id].influence) == (
        "champion", "sceptic", 3)
    assert (network.nodes[per.id].role, network.nodes[per.id].attitude) == ("buyer", "neutral")


def test_an_explicit_mapping_reads_only_the_columns_it_names(tmp_path: Path) -> None:
    (tmp_path / "k.csv").write_text("Kontakt;Kunde;Mobil;Jobb\nKari;Coop;+47 1;Sjef\n", encoding="utf-8")
    mapping = ColumnMapping(CONTACTS, ("name", "", "phone", "notes"))
    network = Network()
    changes, _ = read_table(tmp_path / "k.csv", network, mapping=mapping)
    network.apply(changes)
    (kari,) = network.contacts()
    assert (kari.name, kari.phone, kari.notes, kari.organisation_id) == ("Kari", "+47 1", "Sjef", None)
    with pytest.raises(ImportProblemsError, match="No column holds the name"):
        read_table(tmp_path / "k.csv", Network(), mapping=ColumnMapping(CONTACTS, ("", "organisation", "", "")))


def test_existing_tie_is_not_doubled(store: MapStore) -> None:
    network = store.load()
    me = Contact(name="Meg")
    kari = Contact(name="Kari Hansen", email="kari.hansen@roroshotell.no")
    for entity in (me, kari, Tie(source_id=me.id, target_id=kari.id)):
        store.apply(network.add(entity))
    summary = import_linkedin(store, network, FIXTURES / "Connections.csv", me=me.id)
    assert summary.ties == 3 and len(network.ties) == 4
