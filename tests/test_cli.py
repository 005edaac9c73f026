"""The ``knute`` command: each sub-command, each error, exit codes and what the user reads."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop_app import __version__, i18n
from desktop_app.cli import main
from desktop_app.domain.entities import Contact
from desktop_app.storage import MapStore
from desktop_app.storage.schema import SCHEMA_VERSION

GRAPHML = Path(__file__).parent / "fixtures" / "graphml"


@pytest.fixture
def gui(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None]]:
    """Stands in for desktop_app.app (Qt): records what the window was asked to open."""
    opened: list[tuple[str | None, str | None]] = []

    def run(path: str | None = None, *, language: str | None = None) -> int:
        opened.append((path, language))
        return 0

    monkeypatch.setitem(sys.modules, "desktop_app.app", types.SimpleNamespace(run=run))
    return opened


@pytest.fixture
def knute_map(tmp_path: Path) -> Path:
    path = tmp_path / "kart.knute"
    assert main(["new", str(path), "--title", "Kundekart"]) == 0
    return path


# ---- the window ----------------------------------------------------------------
def test_no_arguments_opens_the_window(gui: list[tuple[str | None, str | None]]) -> None:
    assert main([]) == 0
    assert gui == [(None, None)]


def test_a_single_path_opens_it_in_the_window(gui: list[tuple[str | None, str | None]], tmp_path: Path) -> None:
    path = str(tmp_path / "kart.knute")
    assert main([path]) == 0
    assert main(["--lang", "nb", path]) == 0
    assert gui == [(path, None), (path, "nb")]
    assert i18n.language() == "nb"


# ---- options -------------------------------------------------------------------
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"knute {__version__}\n"
    assert __version__ == "0.1.0"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("new", "info", "import"))


@pytest.mark.parametrize("argv", [["frobnicate", "x", "y"], ["info"], ["--lang", "de", "info", "x"], ["new", "a", "b"]])
def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: knute") and ": error: " in err and "Traceback" not in err


# ---- new -----------------------------------------------------------------------
def test_new_creates_an_empty_map(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "ny.knute"
    assert main(["new", str(path), "--title", "Røros-kunden"]) == 0
    assert capsys.readouterr().out == f"Created {path} (title: Røros-kunden).\n"
    with MapStore.open(path) as store:
        network = store.load()
    assert network.settings.title == "Røros-kunden" and not network.nodes


def test_new_without_title_uses_the_file_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "Hotellkjeden.knute")]) == 0
    assert "(title: Hotellkjeden)" in capsys.readouterr().out


def test_new_refuses_an_existing_file(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    before = knute_map.read_bytes()
    capsys.readouterr()
    assert main(["new", str(knute_map)]) == 1
    captured = capsys.readouterr()
    assert captured.err == "knute: kart.knute already exists.\n" and captured.out == ""
    assert knute_map.read_bytes() == before


def test_new_refuses_a_missing_folder_and_an_empty_title(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "nowhere" / "x.knute")]) == 1
    assert capsys.readouterr().err == f"knute: The folder {tmp_path / 'nowhere'} does not exist.\n"
    assert main(["new", str(tmp_path / "x.knute"), "--title", " "]) == 1
    assert capsys.readouterr().err == "knute: Title cannot be empty.\n"
    assert not (tmp_path / "x.knute").exists()


# ---- info ----------------------------------------------------------------------
def test_info_describes_a_healthy_map(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    capsys.readouterr()
    assert main(["import", str(knute_map), str(GRAPHML / "realistic.graphml")]) == 0
    capsys.readouterr()
    before = knute_map.read_bytes()

    assert main(["info", str(knute_map)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "Title:         Kundekart",
        f"File format:   {SCHEMA_VERSION}",
        "Organisations: 4",
        "Contacts:      4",
        "Ties:          5",
        "Interactions:  0",
        "Actions:       0",
        "Check:         healthy",
    ]
    assert knute_map.read_bytes() == before


def test_info_as_json(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    capsys.readouterr()
    assert main(["info", str(knute_map), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {
        "file": str(knute_map), "title": "Kundekart", "schema_version": SCHEMA_VERSION,
        "counts": {"organisations": 0, "contacts": 0, "ties": 0, "interactions": 0, "actions": 0},
        "integrity": [], "error": None, "healthy": True,
    }


def test_info_in_bokmal(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    capsys.readouterr()
    assert main(["--lang", "nb", "info", str(knute_map)]) == 0
    out = capsys.readouterr().out
    assert "Tittel:" in out and "Organisasjoner: 0" in out and "Kontroll:       i orden" in out


def test_info_does_not_open_a_map_another_program_holds(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    with MapStore.open(knute_map):
        assert main(["info", str(knute_map)]) == 1
    assert capsys.readouterr().err.startswith("knute: kart.knute is open in another Knute window")


def test_info_on_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["info", str(tmp_path / "borte.knute")]) == 1
    captured = capsys.readouterr()
    assert captured.err == "knute: The file borte.knute does not exist.\n" and captured.out == ""


def test_info_on_a_text_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "notater.txt"
    text.write_text("Ikke et kart\n", encoding="utf-8")
    assert main(["info", str(text)]) == 1
    assert capsys.readouterr().err == "knute: notater.txt is not a Knute map.\n"
    assert main(["info", str(text), "--json"]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"file": str(text), "healthy": False, "error": "notater.txt is not a Knute map."}
    assert text.read_text(encoding="utf-8") == "Ikke et kart\n"


def test_info_on_a_map_from_a_newer_version(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    with sqlite3.connect(knute_map) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    capsys.readouterr()
    assert main(["info", str(knute_map)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("knute: kart.knute was saved by a newer version of Knute (file format 99;")
    assert err.count("\n") == 1 and "Traceback" not in err


def test_info_reports_a_map_with_broken_contents(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    with MapStore.open(knute_map) as store:
        store.apply(store.load().add(Contact(name="Kari")))
    with sqlite3.connect(knute_map) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE nodes SET role = 'boss', organisation_id = 'gone'")
    conn.close()
    capsys.readouterr()

    assert main(["info", str(knute_map)]) == 1
    captured = capsys.readouterr()
    assert "Contacts:      1" in captured.out
    assert "Check:         2 problems found" in captured.out
    assert "broken reference in nodes" in captured.out
    assert "kart.knute contains data Knute cannot read" in captured.out
    assert captured.err == "knute: kart.knute is not a healthy Knute map.\n"


# ---- import --------------------------------------------------------------------
def test_import_adds_a_graphml_file(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    capsys.readouterr()
    assert main(["import", str(knute_map), str(GRAPHML / "realistic.graphml")]) == 0
    assert capsys.readouterr().out == "Imported 4 organisations, 4 contacts and 5 ties from realistic.graphml.\n"
    with MapStore.open(knute_map) as store:
        assert store.counts()["contacts"] == 4


def test_import_speaks_bokmal(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path) -> None:
    source = tmp_path / "en.graphml"
    source.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">'
        '<node id="a"/></graph></graphml>', encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import", str(knute_map), str(source), "--lang", "nb"]) == 0
    assert capsys.readouterr().out == "Importerte 0 organisasjoner, 1 kontakt og 0 relasjoner fra en.graphml.\n"


def test_import_errors_list_the_problems_and_change_nothing(
    capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path,
) -> None:
    source = tmp_path / "feil.graphml"
    source.write_text(
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
        '<key id="i" for="node" attr.name="influence" attr.type="int"/>'
        '<graph edgedefault="undirected"><node id="n3"><data key="i">7</data></node>'
        '<edge id="e1" source="n3" target="n9"/></graph></graphml>', encoding="utf-8",
    )
    before = knute_map.read_bytes()
    capsys.readouterr()
    assert main(["import", str(knute_map), str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "knute: feil.graphml was not imported because of 2 problems:\n"
        "  Node n3: Influence must be a whole number from 1 to 5, not '7'.\n"
        "  Edge e1: It refers to node 'n9', which is not in the file.\n"
    )
    assert knute_map.read_bytes() == before


@pytest.mark.parametrize(
    ("source_name", "message"),
    [
        ("contacts.doc", "knute: Importing .doc files is not supported yet (supported: csv, xlsx, vcard, linkedin,"),
        ("missing.graphml", "knute: The file missing.graphml does not exist.\n"),
        ("broken.graphml", "knute: broken.graphml was not imported. The file is not valid XML (line 5, column 5"),
    ],
)
def test_import_refuses_what_it_cannot_read(
    capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path, source_name: str, message: str,
) -> None:
    source = GRAPHML / source_name if (GRAPHML / source_name).exists() else tmp_path / source_name
    before = knute_map.read_bytes()
    capsys.readouterr()
    assert main(["import", str(knute_map), str(source)]) == 1
    assert capsys.readouterr().err.startswith(message)
    assert knute_map.read_bytes() == before


def test_import_into_a_missing_map(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["import", str(tmp_path / "borte.knute"), str(GRAPHML / "realistic.graphml")]) == 1
    assert capsys.readouterr().err == "knute: The file borte.knute does not exist.\n"


# ---- as a separate process -------------------------------------------------------
def test_version_in_a_fresh_process_without_qt() -> None:
    script = (
        "import sys\n"
        "from desktop_app.cli import main\n"
        "code = main(['--version'])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'the CLI imported Qt'\n"
        "raise SystemExit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"knute {__version__}\n", "")


# ---- import of other formats, and export -------------------------------------------
INTEROP = Path(__file__).parent / "fixtures" / "interop"


def test_export_json_then_import_into_a_new_map(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path) -> None:
    assert main(["import", str(knute_map), str(GRAPHML / "realistic.graphml")]) == 0
    capsys.readouterr()
    out = tmp_path / "kart.json"
    assert main(["export", str(knute_map), "--to", "json", str(out)]) == 0
    assert capsys.readouterr().out == "Exported 4 organisations, 4 contacts and 5 ties to kart.json.\n"
    copy = tmp_path / "kopi.knute"
    assert main(["new", str(copy)]) == 0
    capsys.readouterr()
    assert main(["import", str(copy), str(out)]) == 0
    assert capsys.readouterr().out == "Imported 4 organisations, 4 contacts and 5 ties from kart.json.\n"
    with MapStore.open(knute_map) as a, MapStore.open(copy) as b:
        assert a.load().nodes == b.load().nodes and a.load().ties == b.load().ties


@pytest.mark.parametrize("form", ["graphml", "gexf", "csv", "xlsx"])
def test_export_formats(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path, form: str) -> None:
    assert main(["import", str(knute_map), str(GRAPHML / "realistic.graphml")]) == 0
    out = tmp_path / f"kart.{form}"
    assert main(["export", str(knute_map), "--to", form, str(out)]) == 0
    assert capsys.readouterr().out.endswith(f"Exported 4 organisations, 4 contacts and 5 ties to kart.{form}.\n")
    assert out.stat().st_size > 100


def test_import_linkedin_with_me_and_a_summary_of_the_merge(
    capsys: pytest.CaptureFixture[str], knute_map: Path,
) -> None:
    with MapStore.open(knute_map) as store:
        network = store.load()
        store.apply(network.add(Contact(name="Meg Selv")))
        store.apply(network.add(Contact(name="Kari", email="KARI.HANSEN@roroshotell.no")))
    capsys.readouterr()
    assert main(["import", str(knute_map), str(INTEROP / "Connections.csv"), "--me", "Meg Selv"]) == 0
    assert capsys.readouterr().out == (
        "Imported 2 organisations, 3 contacts and 4 ties from Connections.csv.\n"
        "1 updated, 0 already in the map, 0 skipped.\n"
    )


def test_import_bad_rows_need_skip_bad(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    source = INTEROP / "kontakter_excel.csv"
    before = knute_map.read_bytes()
    assert main(["import", str(knute_map), str(source)]) == 1
    assert capsys.readouterr().err == "knute: kontakter_excel.csv was not imported. Line 4: It has no name.\n"
    assert knute_map.read_bytes() == before
    assert main(["import", str(knute_map), str(source), "--skip-bad", "--format", "csv"]) == 0
    assert capsys.readouterr().out == (
        "Imported 3 organisations, 3 contacts and 0 ties from kontakter_excel.csv.\n"
        "0 updated, 0 already in the map, 1 skipped.\n"
        "  Line 4: It has no name.\n"
    )


def test_import_vcard_in_bokmal(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    capsys.readouterr()
    assert main(["import", str(knute_map), str(INTEROP / "contacts.vcf"), "--lang", "nb"]) == 0
    assert capsys.readouterr().out == "Importerte 3 organisasjoner, 3 kontakter og 0 relasjoner fra contacts.vcf.\n"


def test_me_must_name_one_contact(capsys: pytest.CaptureFixture[str], knute_map: Path) -> None:
    assert main(["import", str(knute_map), str(INTEROP / "Connections.csv"), "--me", "Ingen"]) == 1
    assert capsys.readouterr().err == (
        "knute: The map has 0 contacts called Ingen; name exactly one person as yourself.\n"
    )


# ---- CSV column mappings and tie lists ---------------------------------------------
SHEET = "Kontakt;Kunde;Mobil;Intern kode\nKari Hansen;Røros Hotell;+47 900 00 000;K-17\n"


def test_import_with_a_mapping_file(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path) -> None:
    (tmp_path / "k.csv").write_text(SHEET, encoding="utf-8")
    (tmp_path / "m.json").write_text('{"Kontakt": "name", "Kunde": "organisation", "Mobil": "phone"}', encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(knute_map), str(tmp_path / "k.csv"), "--mapping", str(tmp_path / "m.json")]) == 0
    assert capsys.readouterr().out == "Imported 1 organisation, 1 contact and 0 ties from k.csv.\n"
    with MapStore.open(knute_map, read_only=True) as store:
        (kari,) = store.load().contacts()
    assert (kari.name, kari.phone, kari.notes) == ("Kari Hansen", "+47 900 00 000", "")


@pytest.mark.parametrize(("mapping", "message"), [
    ('{"Kontakt": "navn"}', "knute: m.json: Unknown field 'navn' for the column 'Kontakt' (fields: "),
    ('{"Kontakten": "name"}', "knute: m.json: The column 'Kontakten' is not in k.csv (its columns: Kontakt, Kunde, "
                              "Mobil, Intern kode).\n"),
    ('{"Kontakt": "name",', "knute: m.json: The mapping file is not valid JSON (line 1, column 20: "),
    ('{"Kunde": "organisation"}', "knute: m.json: The mapping file does not fit: No column holds the name"),
    (None, "knute: The file m.json does not exist.\n"),
])
def test_a_bad_mapping_file_is_a_usage_error_and_touches_nothing(
    capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path, mapping: str | None, message: str,
) -> None:
    (tmp_path / "k.csv").write_text(SHEET, encoding="utf-8")
    if mapping is not None:
        (tmp_path / "m.json").write_text(mapping, encoding="utf-8")
    before = knute_map.read_bytes()
    assert main(["import", str(knute_map), str(tmp_path / "k.csv"), "--mapping", str(tmp_path / "m.json")]) == 2
    assert capsys.readouterr().err.startswith(message)
    assert knute_map.read_bytes() == before


def test_a_mapping_is_only_for_sheets(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path) -> None:
    (tmp_path / "m.json").write_text('{"a": "name"}', encoding="utf-8")
    assert main(["import", str(knute_map), str(INTEROP / "contacts.vcf"), "--mapping", str(tmp_path / "m.json")]) == 2
    assert capsys.readouterr().err == "knute: --mapping is for CSV and Excel files, not vcard.\n"


def test_a_csv_with_from_and_to_is_a_tie_list(capsys: pytest.CaptureFixture[str], knute_map: Path, tmp_path: Path) -> None:
    with MapStore.open(knute_map) as store:
        network = store.load()
        store.apply(network.add(Contact(name="Kari Hansen", email="kari@r.no")))
        store.apply(network.add(Contact(name="Per Ås")))
    (tmp_path / "t.csv").write_text("Fra;Til;Tillit\nkari@r.no;Per Ås;4\nKari Hansen;Ola;3\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(knute_map), str(tmp_path / "t.csv")]) == 1
    assert capsys.readouterr().err == (
        "knute: t.csv was not imported. Line 3: No contact or organisation in the map is called 'Ola' or has that "
        "e-mail.\n")
    assert main(["import", str(knute_map), str(tmp_path / "t.csv"), "--skip-bad"]) == 0
    assert capsys.readouterr().out.startswith("Imported 0 organisations, 0 contacts and 1 tie from t.csv.\n")
    with MapStore.open(knute_map, read_only=True) as store:
        (tie,) = store.load().ties.values()
    assert tie.trust == 4
