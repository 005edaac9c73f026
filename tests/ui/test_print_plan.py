"""File → Print: the plan's pages drawn on a printer (a PDF printer here: no dialog, no paper)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from desktop_app.examples import copy_example_to
from desktop_app.report import build_plan
from desktop_app.ui.plan_export import snapshot
from desktop_app.ui.print_plan import paper_of


@pytest.fixture
def window(make_window, tmp_path: Path):
    window = make_window()
    assert window.open_map(copy_example_to(tmp_path))
    return window


def pdf_printer(path: Path, size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(size))
    return printer


def run_print(qtbot, window, printer: QPrinter) -> tuple[int, str]:
    with qtbot.waitSignal(window.plan_print.finished, timeout=60_000) as blocker:
        window.plan_print.start(printer)
    return tuple(blocker.args)  # type: ignore[return-value]


def test_print_is_in_the_file_menu_with_the_standard_shortcut(window) -> None:
    action = window.plan_print.action
    assert action.text() == "&Print…" and action.isEnabled()
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()


def test_printing_draws_every_page_of_the_plan(qtbot, window, tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"
    pages, error = run_print(qtbot, window, pdf_printer(out))
    assert error == ""
    expected = len(PdfReader(io.BytesIO(build_plan(snapshot(window.document.network)))).pages)
    assert pages == expected
    printed = PdfReader(str(out))
    assert len(printed.pages) == expected
    for page in printed.pages:
        images = [k for k, v in page["/Resources"]["/XObject"].items() if v.get_object()["/Subtype"] == "/Image"]
        assert images, "each sheet carries the rendered plan page"
        assert abs(float(page.mediabox.width) - 595.3) < 1 and abs(float(page.mediabox.height) - 841.9) < 1
    assert "Sent" in window.statusBar().currentMessage()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_printed_cover_shows_the_plan_title(qtbot, window, tmp_path: Path) -> None:
    """The printed first sheet looks like the PDF's first page: mostly white, with dark text on it."""
    out = tmp_path / "printed.pdf"
    run_print(qtbot, window, pdf_printer(out))
    done = subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-gray", str(out), str(tmp_path / "p")],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 0 and not done.stderr
    (image,) = tmp_path.glob("p*.pgm")
    pixels = image.read_bytes().split(b"\n", 3)[3]
    dark = sum(1 for p in pixels if p < 100)
    assert 0.002 < dark / len(pixels) < 0.2


def test_a_letter_printer_gets_a_letter_plan_and_landscape_is_kept(window, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "x.pdf", QPageSize.PageSizeId.Letter)
    assert paper_of(printer) == ("letter", "portrait")
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert paper_of(printer) == ("letter", "landscape")


def test_a_page_range_prints_only_those_pages(qtbot, window, tmp_path: Path) -> None:
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setFromTo(2, 3)
    pages, error = run_print(qtbot, window, printer)
    assert (pages, error) == (2, "")
    assert len(PdfReader(str(out)).pages) == 2


def test_cancel_stops_printing(qtbot, window, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "cancelled.pdf")
    window.plan_print.start(printer)
    window.plan_print.cancel()
    with qtbot.waitSignal(window.plan_print.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == [-1, ""]
    assert "cancelled" in window.statusBar().currentMessage()
    assert window.plan_print.action.isEnabled()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt's own note of the refusal this test provokes
def test_a_printer_that_cannot_start_gives_a_clear_message(qtbot, window, tmp_path: Path) -> None:
    printer = pdf_printer(tmp_path / "no such folder" / "x.pdf")
    pages, error = run_print(qtbot, window, printer)
    assert pages == 0 and error
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible())
    assert window.message_box.windowTitle() == "Could not print the network plan"
    assert "printer could not be started" in window.message_box.text()


def test_the_workers_snapshot_keeps_the_goals(window) -> None:
    from desktop_app.domain.entities import Goal

    network = window.document.network
    hotel = next(o.id for o in network.organisations() if o.name == "Bergstadens Hotell")
    network.add(Goal(organisation_id=hotel, text="Fast leverandør"))
    copy = snapshot(network)
    assert copy.goals == network.goals and copy is not network
