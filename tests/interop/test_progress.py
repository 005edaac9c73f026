"""Every importer reports how far it is and stops, changing nothing, when the caller says so."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.domain.network import Network
from desktop_app.interop.gexf import read_gexf
from desktop_app.interop.graph_export import export_gexf, export_graphml
from desktop_app.interop.graphml import read_graphml
from desktop_app.interop.json_format import export_json, read_json
from desktop_app.interop.linkedin import read_linkedin
from desktop_app.interop.progress import ImportCancelled, Ticker
from desktop_app.interop.tabular import read_table
from desktop_app.interop.vcard import read_vcard

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"


def some_map() -> Network:
    network = Network()
    org = Organisation(name="Røros Hotell")
    people = [Contact(name=f"Person {i}", organisation_id=org.id) for i in range(30)]
    for entity in (org, *people):
        network.add(entity)
    for a, b in itertools.pairwise(people):
        network.add(Tie(source_id=a.id, target_id=b.id, trust=3))
    return network


def sources(tmp_path: Path) -> dict[str, tuple[Callable[..., object], Path]]:
    csv = tmp_path / "k.csv"
    csv.write_text("Navn;Firma\n" + "".join(f"Person {i};Firma {i % 7}\n" for i in range(3000)), encoding="utf-8")
    export_graphml(some_map(), tmp_path / "k.graphml")
    export_gexf(some_map(), tmp_path / "k.gexf")
    export_json(some_map(), tmp_path / "k.json")
    return {
        "csv": (read_table, csv),
        "linkedin": (read_linkedin, FIXTURES / "Connections.csv"),
        "vcard": (read_vcard, FIXTURES / "contacts.vcf"),
        "graphml": (read_graphml, tmp_path / "k.graphml"),
        "gexf": (read_gexf, tmp_path / "k.gexf"),
        "json": (read_json, tmp_path / "k.json"),
    }


@pytest.mark.parametrize("form", ["csv", "linkedin", "vcard", "graphml", "gexf", "json"])
def test_progress_rises_to_the_end(tmp_path: Path, form: str) -> None:
    reader, path = sources(tmp_path)[form]
    seen: list[float] = []
    reader(path, Network(), progress=lambda f: seen.append(f) or True)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)


@pytest.mark.parametrize("form", ["csv", "linkedin", "vcard", "graphml", "gexf", "json"])
def test_cancel_stops_the_import_and_leaves_the_map_alone(tmp_path: Path, form: str) -> None:
    reader, path = sources(tmp_path)[form]
    network = some_map()
    before = (dict(network.nodes), dict(network.ties))
    calls: list[float] = []

    def stop_soon(fraction: float) -> bool:
        calls.append(fraction)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        reader(path, network, progress=stop_soon)
    assert (dict(network.nodes), dict(network.ties)) == before
    assert len(calls) == 2  # it stopped at the first check after being told


def test_a_large_sheet_reports_often_but_not_per_row(tmp_path: Path) -> None:
    reader, path = sources(tmp_path)["csv"]
    seen: list[float] = []
    reader(path, Network(), progress=lambda f: seen.append(f) or True)
    assert 20 < len(seen) < 600


def test_a_ticker_without_a_callback_costs_nothing() -> None:
    tick = Ticker(None, total=10)
    for i in range(100):
        tick(i)
    tick.finish()
