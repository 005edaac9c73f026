"""The printed plan: content in both languages, embedded fonts, a vector map, clean rendering, paging, cancel."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.generate import TODAY, generate_network
from desktop_app import i18n
from desktop_app.analysis import analyze
from desktop_app.domain.network import Network
from desktop_app.report import PlanCancelled, build_plan, write_plan

from .helpers import example, flat, pages_text, run

DAY = dt.date(2026, 11, 23)
ACCOUNT = "Bergstadens Hotell"
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def network() -> Network:
    return example()


@pytest.fixture(scope="module")
def english_pdf(network: Network) -> bytes:
    return build_plan(network, language="en", today=DAY, author="Kari Kobberud")


@pytest.fixture(scope="module")
def bokmaal_pdf(network: Network) -> bytes:
    return build_plan(network, language="nb", today=DAY, author="Kari Kobberud")


def test_english_plan_holds_names_numbers_findings_and_actions(network: Network, english_pdf: bytes) -> None:
    pages = pages_text(english_pdf)
    text = flat(" ".join(pages))
    assert f"Network plan {ACCOUNT}" in flat(pages[0])
    assert "Kari Kobberud" in pages[0] and "23 November 2026" in pages[0] and "Rørosmat" in pages[0]
    for name in ("Trond Kobbhaug", "Randi Slaggvold", "Røros Bryggeri og Mineralvannfabrikk"):
        assert name in text
    assert f"Ties {len(network.ties)}" in text
    assert f"Contacts {sum(1 for _ in network.contacts())}" in text
    findings = analyze(network, today=DAY).findings
    assert findings
    for finding in findings:
        assert flat(finding.message) in text
        assert flat(finding.suggested_action) in text
    for action in network.actions.values():
        assert action.title in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_findings_are_printed_most_severe_first(network: Network, english_pdf: bytes) -> None:
    text = flat(" ".join(pages_text(english_pdf)))
    findings = analyze(network, today=DAY).findings
    positions = [text.index(flat(f.message)) for f in findings]
    assert positions == sorted(positions)
    assert "1. High" in text


def test_bokmaal_plan_speaks_norwegian_and_keeps_aeoeaa(network: Network, bokmaal_pdf: bytes) -> None:
    pages = pages_text(bokmaal_pdf)
    text = flat(" ".join(pages))
    for heading in ("Nettverksplan", "Kartet", "Nøkkeltall", "Funn", "Handlingsplan", "Kontakter", "Relasjoner",
                    "Dekning av kundens beslutningstakere"):
        assert heading in text
    assert "23. november 2026" in pages[0]
    assert "Side 1 av" in pages[0]
    for word in ("Støttespiller", "Røros", "Rørosmeieriet", "Bekj.", "Økonomisjef",
                 "Åpne tiltak", "Tetthet"):
        assert word in text
    i18n.set_language("nb")
    try:
        finding = analyze(network, today=DAY).findings[0]
        message, action = flat(finding.message), flat(finding.suggested_action)
    finally:
        i18n.set_language("en")
    assert message in text and action in text
    assert "Network plan" not in text


def test_language_is_put_back_after_a_plan(network: Network) -> None:
    build_plan(network, language="nb", today=DAY)
    assert i18n.language() == "en"


@needs_poppler
def test_fonts_are_embedded(english_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(english_pdf)
    result = run("pdffonts", path)
    assert result.returncode == 0, result.stderr
    rows = result.stdout.decode().splitlines()[2:]
    assert rows, "no fonts listed"
    names = [row.split()[0] for row in rows]
    assert any("DejaVuSans" in n for n in names) and any("DejaVuSans-Bold" in n for n in names)
    # columns: name type encoding emb sub uni object ID; emb is the 4th from the end
    assert all(row.split()[-5] == "yes" for row in rows), rows
    assert not any("Helvetica" in n for n in names)


@needs_poppler
def test_renders_with_poppler_without_warnings(english_pdf: bytes, bokmaal_pdf: bytes, tmp_path: Path) -> None:
    for name, pdf in (("en", english_pdf), ("nb", bokmaal_pdf)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        result = run("pdftoppm", "-r", "50", "-png", path, tmp_path / name)
        assert result.returncode == 0
        assert result.stderr == b""
        assert len(list(tmp_path.glob(f"{name}-*.png"))) == len(PdfReader(io.BytesIO(pdf)).pages)


def _map_page(pdf: bytes) -> int:
    return next(i for i, text in enumerate(pages_text(pdf)) if "The map" in text.splitlines())


def _images(page: object) -> list[object]:
    resources = page.get("/Resources") or {}  # type: ignore[attr-defined]
    xobjects = resources.get("/XObject")
    if xobjects is None:
        return []
    xobjects = xobjects.get_object()
    return [k for k in xobjects if xobjects[k].get_object().get("/Subtype") == "/Image"]


def test_the_map_is_vector_with_a_legend(network: Network, english_pdf: bytes) -> None:
    index = _map_page(english_pdf)
    page = PdfReader(io.BytesIO(english_pdf)).pages[index]
    assert _images(page) == []
    text = flat(page.extract_text())
    assert "The whole map: 41 nodes." in text
    for entry in ("Our organisation", "Customer", "Supplier", "Strong", "Weak", "Unrated", "Directed"):
        assert entry in text
    for name in ("Trond Kobbhaug", ACCOUNT):
        assert name in text
    content = page.get_contents().get_data()
    assert content.count(b" l") > len(network.ties) // 2  # the ties are drawn as lines, not pasted in
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert width > height  # a wide map gets a turned page


def test_a_given_map_image_replaces_the_figure(network: Network, tmp_path: Path) -> None:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "#E69F00").save(buffer, format="PNG")
    pdf = build_plan(network, today=DAY, map_image=buffer.getvalue())
    page = PdfReader(io.BytesIO(pdf)).pages[_map_page(pdf)]
    assert len(_images(page)) == 1
    assert "The whole map" not in page.extract_text()


def test_letter_landscape(network: Network) -> None:
    pdf = build_plan(network, today=DAY, paper="letter", orientation="landscape")
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == (792, 612)


def test_unknown_paper_is_refused(network: Network) -> None:
    with pytest.raises(ValueError):
        build_plan(network, paper="a3")


@pytest.fixture(scope="module")
def large_pdf() -> bytes:
    network = generate_network(contacts=300, organisations=30, ties=1000)
    return build_plan(network, today=TODAY)


def test_a_large_map_paginates_and_repeats_table_headers(large_pdf: bytes) -> None:
    pages = [flat(p) for p in pages_text(large_pdf)]
    contact_header = "Name Organisation Title Role Attitude Influence Importance"
    tie_header = "Between Type Quality Class Acq. Avail. Trust Supp. Last contact"
    assert sum(contact_header in p for p in pages) >= 2
    assert sum(tie_header in p for p in pages) >= 10
    assert len(pages) > 20


def test_a_large_map_shows_the_accounts_neighbourhood(large_pdf: bytes) -> None:
    text = flat(" ".join(pages_text(large_pdf)))
    assert "The neighbourhood of" in text and "of 330 nodes" in text


def test_progress_runs_from_zero_to_the_total(network: Network) -> None:
    seen: list[tuple[int, int]] = []
    build_plan(network, today=DAY, progress=lambda done, total: seen.append((done, total)) or True)
    dones = [d for d, _ in seen]
    assert dones[0] == 0 and dones[-1] == seen[-1][1] == 100
    assert dones == sorted(dones)
    assert len(seen) > 5


@pytest.mark.parametrize("stop_after", [1, 5, 12])
def test_cancel_raises_and_writes_nothing(network: Network, tmp_path: Path, stop_after: int) -> None:
    calls = 0

    def progress(done: int, total: int) -> bool:
        nonlocal calls
        calls += 1
        return calls < stop_after

    target = tmp_path / "plan.pdf"
    with pytest.raises(PlanCancelled):
        write_plan(target, network, today=DAY, progress=progress)
    assert list(tmp_path.iterdir()) == []
    assert calls == stop_after


def test_cancel_during_page_layout_of_a_large_map(tmp_path: Path) -> None:
    network = generate_network(contacts=300, organisations=30, ties=1000)
    target = tmp_path / "plan.pdf"
    with pytest.raises(PlanCancelled):
        write_plan(target, network, today=TODAY, progress=lambda done, total: done < 60)
    assert list(tmp_path.iterdir()) == []


def test_write_plan_writes_a_pdf(network: Network, tmp_path: Path) -> None:
    target = write_plan(tmp_path / "plan.pdf", network, today=DAY, language="nb")
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_an_empty_map_still_makes_a_plan() -> None:
    text = flat(" ".join(pages_text(build_plan(Network(), today=DAY))))
    assert "No customer account in the map." in text
    assert "No actions planned yet." in text


def test_a_very_large_map_lists_the_ties_that_matter() -> None:
    network = generate_network(contacts=1000, organisations=100, ties=4000)
    text = flat(" ".join(pages_text(build_plan(network, today=TODAY))))
    assert "ties of our people and the account (all 4000 ties are in the CSV export)" in text
    assert text.count(" – ") < 2000  # not every tie is listed
