"""Opening a big map shows it first and scores it after; opening builds no tie items."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject

from benchmarks.generate import generate_network, write_map


class PaintLog(QObject):
    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


def test_a_big_map_is_painted_before_its_scores_are_computed(make_window, qtbot, tmp_path: Path):
    path = write_map(tmp_path / "big.knute", generate_network(1200, 80, 3000, seed=3))
    window = make_window()
    log: list[str] = []
    watcher = PaintLog(log)
    window.view.viewport().installEventFilter(watcher)
    window.analysis_progress.setVisible(False)
    assert window.open_map(path)
    controller = window.analysis_controller
    assert controller.in_background, "1,280 nodes: a big map"
    controller.analysis_updated.connect(lambda _analysis: log.append("analysis"))
    qtbot.waitUntil(lambda: "analysis" in log, timeout=10000)
    assert "paint" in log and log.index("paint") < log.index("analysis"), log
    with_actions = {a.tie_id for a in window.document.network.actions.values() if a.tie_id}
    assert set(window.scene.tie_items.made) <= with_actions, "only ties carrying an overdue badge have items"
    assert len(window.scene.tie_items) == len(window.document.network.ties)
    window.view.viewport().removeEventFilter(watcher)
