"""File → Export → Network Plan: built in a worker, with progress, cancel leaves no file."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from desktop_app.examples import copy_example_to
from desktop_app.report import plan as plan_module


def test_plan_is_written_off_the_ui_thread_with_progress(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    assert window.open_map(copy_example_to(tmp_path))
    threads: list[bool] = []
    real = plan_module.build_plan

    def recording(*args, **kwargs):
        threads.append(QThread.currentThread() is window.thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_module, "build_plan", recording)
    out = tmp_path / "plan"
    with qtbot.waitSignal(window.plan_export.finished, timeout=30_000) as done:
        window.plan_export.start(window.document.network, out)
        assert window.plan_export.dialog is not None
    path, error = done.args
    assert error == "" and Path(path) == tmp_path / "plan.pdf"
    assert threads == [False]
    assert "Hege Smeltholm" in "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Wrote the network plan" in window.statusBar().currentMessage()


def test_cancel_writes_no_file(make_window, tmp_path, qtbot):
    window = make_window()
    assert window.open_map(copy_example_to(tmp_path))
    out = tmp_path / "plan.pdf"
    with qtbot.waitSignal(window.plan_export.finished, timeout=30_000) as done:
        window.plan_export.start(window.document.network, out)
        window.plan_export.dialog.findChild(QPushButton).click()
    assert done.args == ["", ""]
    assert not out.exists()
    assert "cancelled" in window.statusBar().currentMessage()
