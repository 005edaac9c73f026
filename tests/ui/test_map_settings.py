"""Map Settings: scoring weights, thresholds and the account, stored in the file, undoable."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.examples import copy_example_to


@pytest.fixture
def example(make_window, tmp_path: Path):
    window = make_window()
    path = copy_example_to(tmp_path)
    assert window.open_map(path)
    return window, path


def stored(path: Path, column: str):
    copy = path.with_name("read-copy.sqlite")
    shutil.copyfile(path, copy)
    try:
        with sqlite3.connect(copy) as conn:
            return conn.execute(f"SELECT {column} FROM map").fetchone()[0]
    finally:
        copy.unlink()


def open_dialog(window):
    window.map_settings_action.trigger()
    return window.settings_dialog


def test_weights_rescore_ties_are_stored_and_undo(qtbot, example):
    window, path = example
    network = window.document.network
    # A tie whose ratings differ, so the weights matter.
    def others(t):
        return [t.acquaintance, t.availability, t.support]

    tie = next(t for t in network.ties.values()
               if None not in (t.trust, *others(t)) and t.trust != sum(others(t)) / 3)
    before = window.analysis_controller.analysis.qualities[tie.id].base
    dialog = open_dialog(window)
    dialog.weights["weight_trust"].setValue(0.0)
    with qtbot.waitSignal(window.analysis_controller.analysis_updated) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    after = blocker.args[0].qualities[tie.id].base
    assert after == pytest.approx((sum(others(tie)) / 3 - 1) / 4 * 100)
    assert after != before
    assert stored(path, "weight_trust") == 0.0
    window.undo_stack.undo()
    assert stored(path, "weight_trust") == 1.0
    assert window.analysis_controller.analysis.qualities[tie.id].base == pytest.approx(before)


def test_invalid_thresholds_are_refused_beside_the_fields(example):
    window, path = example
    dialog = open_dialog(window)
    dialog.weak.setValue(80)
    dialog.strong.setValue(60)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "weak threshold must be below the strong threshold" in dialog.error.text()
    assert stored(path, "weak_threshold") == 40
    assert window.undo_stack.count() == 0


def test_choosing_the_account(example):
    window, path = example
    dialog = open_dialog(window)
    dialog.account.setCurrentIndex(dialog.account.findText("Rema 1000 Røros"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    rema = next(o.id for o in window.document.network.organisations() if o.name == "Rema 1000 Røros")
    assert window.document.network.settings.account_id == rema
    assert stored(path, "account_id") == rema
