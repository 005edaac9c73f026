"""``knute analyze`` and ``knute path`` on the bundled Røros example: JSON, text, errors."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app import i18n
from desktop_app.analysis.report import analyze_json, find_node, path_json
from desktop_app.cli import main
from desktop_app.storage import MapStore

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "best_lokalt.knute"
TODAY = "2026-11-01"
KEYS = {"schema", "map", "contacts", "organisations", "ties", "findings", "coverage", "metrics"}


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "best_lokalt.knute"
    shutil.copy(EXAMPLE, path)
    return path


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main([*args, "--json", "--today", TODAY]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def findings_of(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in data["findings"] if f["kind"] == kind]


# ---- analyze --json ------------------------------------------------------------
def test_analyze_json_has_the_documented_shape_and_findings(
    capsys: pytest.CaptureFixture[str], example: Path,
) -> None:
    data = run_json(capsys, "analyze", str(example))
    assert set(data) == KEYS
    assert data["schema"] == 1
    assert data["map"] == {"title": "Best Lokalt Røros", "today": TODAY, "account": "Bergstadens Hotell"}
    assert {"name", "organisation", "importance", "betweenness", "constraint"} <= set(data["contacts"][0])
    assert {"source", "target", "quality", "class", "breakdown"} <= set(data["ties"][0])
    assert {"kind", "severity", "message", "people", "suggested_action"} <= set(data["findings"][0])
    assert any(f["people"][0] == "Hege Smeltholm" for f in findings_of(data, "single_point_of_failure"))
    assert any("Geir Hyttmo" in f["people"] for f in findings_of(data, "weak_access"))
    assert [f["people"] for f in findings_of(data, "isolated")] == [["Tuva Kisvold"]]
    assert findings_of(data, "coopetition")
    severities = [f["severity"] for f in data["findings"]]
    assert severities == sorted(severities, key=["high", "medium", "low"].index)
    assert data["coverage"]["account"] == "Bergstadens Hotell"
    assert data["coverage"]["targets"] == 2
    assert data["metrics"]["nodes"] == len(data["contacts"]) + len(data["organisations"])


def test_analyze_json_is_what_the_ui_api_returns(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    data = run_json(capsys, "analyze", str(example))
    with MapStore.open(example, read_only=True) as store:
        network = store.load()
    assert data == analyze_json(network, today=dt.date(2026, 11, 1))
    account = find_node(network, "Røros Hotell")
    assert run_json(capsys, "analyze", str(example), "--account", "røros hotell") == analyze_json(
        network, account_id=account, today=dt.date(2026, 11, 1))


def test_analyze_json_is_stable_text(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    outputs = []
    for _ in range(2):
        assert main(["analyze", str(example), "--json", "--today", TODAY]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert "Røros" in outputs[0]  # ensure_ascii=False: letters stay letters
    assert outputs[0].startswith('{\n  "schema": 1,\n  "map": {')  # indent=2, documented key order


def test_account_picks_the_organisation_to_cover(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    data = run_json(capsys, "analyze", str(example), "--account", "Røros Hotell")
    assert data["map"]["account"] == "Røros Hotell"
    assert data["coverage"]["account"] == "Røros Hotell"


# ---- analyze as text -----------------------------------------------------------
def test_analyze_text_in_english(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["analyze", str(example), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Best Lokalt Røros\nAnalysed on 2026-11-01\n")
    assert "Coverage of Bergstadens Hotell" in out
    assert "Reached at all: 2 of 2 (100 %)" in out
    assert out.index("[high] Only Hege Smeltholm") < out.index("[low]")
    assert "Suggested: " in out
    ranked = out.split("Most important contacts\n")[1].splitlines()
    assert len(ranked) == 10
    assert ranked[0].endswith("Kari Kobberud (Rørosmat)")


def test_analyze_text_in_bokmal(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["--lang", "nb", "analyze", str(example), "--today", TODAY]) == 0
    out = capsys.readouterr().out
    for words in ("Analysert 2026-11-01", "Dekning av Bergstadens Hotell", "Nådd i det hele tatt: 2 av 2",
                  "Funn (", "[høy] Bare Hege Smeltholm", "Forslag: ", "Viktigste kontakter", "Tetthet:"):
        assert words in out
    assert "Coverage" not in out and "Findings" not in out


# ---- path ----------------------------------------------------------------------
def test_path_json_strongest_is_longer_than_shortest(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    data = run_json(capsys, "path", str(example), "Kari Kobberud", "Siri Malmhaug")
    assert data["from"] == "Kari Kobberud" and data["to"] == "Siri Malmhaug"
    assert data["strongest"]["names"] == ["Kari Kobberud", "Ola Malmstein", "Bjørn Kisbakken", "Siri Malmhaug"]
    assert len(data["strongest"]["qualities"]) == 3
    assert data["shortest"]["names"] == ["Kari Kobberud", "Siri Malmhaug"]
    assert data["differ"] is True
    assert data["strongest"]["strength"] > data["shortest"]["strength"]
    with MapStore.open(example, read_only=True) as store:
        network = store.load()
    source, target = find_node(network, "Kari Kobberud"), find_node(network, "Siri Malmhaug")
    assert data == path_json(network, source, target, today=dt.date(2026, 11, 1))


def test_path_text_shows_hops_and_overall_quality(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["path", str(example), "kari kobberud", "Siri Malmhaug", "--today", TODAY]) == 0
    out = capsys.readouterr().out
    assert "Strongest path: Kari Kobberud → Ola Malmstein → Bjørn Kisbakken → Siri Malmhaug\n" in out
    assert "  Kari Kobberud → Ola Malmstein: 93.4\n" in out
    assert "  Overall quality: 54.3 (3 steps)\n" in out
    assert "Shortest path: Kari Kobberud → Siri Malmhaug\n  Kari Kobberud → Siri Malmhaug: 12.8\n" in out
    assert "  Overall quality: 12.8 (1 step)\n" in out


def test_path_text_in_bokmal(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["path", str(example), "Kari Kobberud", "Siri Malmhaug", "--today", TODAY, "--lang", "nb"]) == 0
    out = capsys.readouterr().out
    assert "Sterkeste vei: Kari Kobberud → Ola Malmstein" in out
    assert "Kari Kobberud → Ola Malmstein: 93,4" in out
    assert "Samlet kvalitet: 54,3 (3 steg)" in out


# ---- errors --------------------------------------------------------------------
@pytest.mark.parametrize(("args", "english", "bokmal"), [
    (["analyze", "{map}", "--account", "Ingen Slik"],
     "There is nobody called Ingen Slik in the map.", "Det finnes ingen som heter Ingen Slik i kartet."),
    (["analyze", "{map}", "--account", "Kari Kobberud"],
     "Kari Kobberud is not an organisation.", "Kari Kobberud er ikke en organisasjon."),
    (["path", "{map}", "Kari Kobberud", "Ingen Slik"],
     "There is nobody called Ingen Slik in the map.", "Det finnes ingen som heter Ingen Slik i kartet."),
    (["path", "{map}", "Kari Kobberud", "KARI KOBBERUD"],
     "FROM and TO are both Kari Kobberud: give two different ones.",
     "FROM og TO er begge Kari Kobberud: oppgi to forskjellige."),
    (["path", "{map}", "Kari Kobberud", "Tuva Kisvold"],
     "There is no path from Kari Kobberud to Tuva Kisvold in the map.",
     "Det finnes ingen vei fra Kari Kobberud til Tuva Kisvold i kartet."),
])
def test_user_errors_exit_1_with_one_translated_line(
    capsys: pytest.CaptureFixture[str], example: Path, args: list[str], english: str, bokmal: str,
) -> None:
    argv = [a.replace("{map}", str(example)) for a in args]
    for lang, message in (("en", english), ("nb", bokmal)):
        assert main([*argv, "--lang", lang]) == 1
        captured = capsys.readouterr()
        assert captured.out == ""
        assert captured.err == f"knute: {message}\n"
    i18n.set_language("en")


def test_no_path_with_json_still_prints_the_answer(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["path", str(example), "Kari Kobberud", "Tuva Kisvold", "--json"]) == 1
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["strongest"] is None and data["shortest"] is None and data["differ"] is False
    assert captured.err == "knute: There is no path from Kari Kobberud to Tuva Kisvold in the map.\n"


def test_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    assert main(["analyze", str(example), "--today", "1. november"]) == 2
    assert "--today" in capsys.readouterr().err


def test_analysis_opens_the_map_read_only(capsys: pytest.CaptureFixture[str], example: Path) -> None:
    before = example.read_bytes()
    assert main(["analyze", str(example), "--today", TODAY]) == 0
    assert example.read_bytes() == before
    assert main(["info", str(example)]) == 0  # the lock was released
    capsys.readouterr()


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`knute analyze map.knute | head -1`: no traceback when the reader stops early."""
    copy = tmp_path / "map.knute"
    shutil.copy(EXAMPLE, copy)
    script = "import sys; from desktop_app.cli import main; raise SystemExit(main(sys.argv[1:]))"
    process = subprocess.Popen([sys.executable, "-c", script, "analyze", str(copy), "--today", "2026-11-01"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before anything is written
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert b"Traceback" not in err
