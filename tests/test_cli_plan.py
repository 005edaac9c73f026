"""`knute export FILE --to pdf OUT`: the printed plan from the command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main

EXAMPLE = Path(__file__).parent.parent / "resources" / "examples" / "best_lokalt.knute"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    copy = tmp_path / "best_lokalt.knute"
    shutil.copy(EXAMPLE, copy)
    return copy


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_export_plan_in_bokmaal_on_letter_landscape(example, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    before = example.read_bytes()
    assert main(["--lang", "nb", "export", str(example), "--to", "pdf", str(out),
                 "--paper", "letter", "--orientation", "landscape", "--account", "Bergstadens Hotell"]) == 0
    assert "Skrev nettverksplanen til plan.pdf." in capsys.readouterr().out
    text = text_of(out)
    assert "Hege Smeltholm" in text and "Bergstadens Hotell" in text
    page = PdfReader(out).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (792, 612)  # Letter, landscape
    assert example.read_bytes() == before


def test_export_plan_for_an_unknown_account_fails_cleanly(example, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["export", str(example), "--to", "pdf", str(out), "--account", "Kari Kobberud"]) == 1
    assert capsys.readouterr().err.strip() == "knute: Kari Kobberud is not an organisation."
    assert not out.exists()
