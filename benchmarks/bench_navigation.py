"""Navigation benchmark: search, filters and the overview on a generated map, in the real window (offscreen).

    python benchmarks/bench_navigation.py [--contacts 5000] [--ties 20000] [--runs 7]

Measures (medians):
- the overview's redraw after a change (its cached picture, as ``scene.synced`` triggers it)
  and its repaint while scrolling (the picture plus the frame);
- building the search index (after an edit, at the next keystroke) and one search;
- computing a filter (pure) and applying it to the canvas (hide, then show all again),
  and re-applying it after an edit while it is active.
Times are wall clock and, in brackets, the CPU time of the UI thread (what a busy
machine inflates least). Targets (CPU): overview redraw <= 30 ms and repaint <= 5 ms;
a search <= 50 ms; the index built <= 150 ms once, rebuilt after an edit <= 50 ms;
re-applying an active filter after an edit <= 30 ms. Setting or clearing a filter on a 5,000-node map
is bounded by the scene hiding and showing its items (``MapScene.set_hidden``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.generate import generate_network, write_map
from desktop_app.analysis.filters import FilterCriteria, apply_filter
from desktop_app.analysis.quality import TieClass
from desktop_app.analysis.search import SearchIndex, fold, fold_old_spelling
from desktop_app.domain.enums import ActorCategory
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow


def median_ms(action: Callable[[], object], runs: int) -> str:
    """Median wall time, and the median CPU time of this thread (what a busy machine does not inflate)."""
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(time.thread_time() - start_cpu)
    return f"{statistics.median(times) * 1000:7.1f} ms (CPU {statistics.median(cpu) * 1000:6.1f} ms)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--ties", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = write_map(folder / "bench.knute", generate_network(
        contacts=args.contacts, organisations=max(1, args.contacts // 10), ties=args.ties))
    app = QApplication(sys.argv[:1])
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, documents=folder)
    window.resize(1400, 850)
    window.show()
    assert window.open_map(path)
    controller = window.analysis_controller
    assert controller is not None
    QTest.qWait(200)  # the window fits the map to the view on the next turn of the event loop
    deadline = time.perf_counter() + 60
    while window.scene.analysis is None and time.perf_counter() < deadline:
        QTest.qWait(50)
    network = window.document.network  # type: ignore[union-attr]
    navigation = window.navigation
    runs = args.runs
    print(f"map: {len(network.nodes)} nodes, {len(network.ties)} ties; runs: {runs}")

    minimap = navigation.minimap
    minimap.refresh()
    print(f"overview redraw after a change   {median_ms(minimap.refresh, runs)}  "
          f"(nodes, ties drawn: {minimap.drawn})")
    window.view.zoom(0.5 / window.view.current_scale())  # a part of the map: the overview shows
    app.processEvents()
    print(f"overview repaint (scrolling)      {median_ms(minimap.repaint, runs)}  visible: {minimap.isVisible()}")

    def first_build() -> None:
        fold.cache_clear()
        fold_old_spelling.cache_clear()
        SearchIndex(network)

    print(f"search index, first build         {median_ms(first_build, runs)}")
    print(f"search index, rebuilt after edit  {median_ms(lambda: SearchIndex(network), runs)}")
    index = SearchIndex(network)
    for query in ("ostby", "daglig leder", "a"):
        found = len(index.search(query))
        print(f"search {query!r:16}          {median_ms(lambda q=query: index.search(q), runs)}  ({found} hits)")

    criteria = FilterCriteria(categories=frozenset({ActorCategory.CUSTOMER}), tie_classes=frozenset({TieClass.WEAK}))
    qualities = window.scene.analysis.qualities  # type: ignore[union-attr]
    print(f"filter computed (pure)            {median_ms(lambda: apply_filter(network, criteria, qualities), runs)}")
    filters = navigation.filters
    print(f"filter set, then Show All         {median_ms(lambda: (filters.set_criteria(criteria), filters.show_all()), 3)}")
    filters.set_criteria(criteria)
    print(f"filter re-applied after an edit   {median_ms(filters.reapply, runs)}  ({filters.status.text().split(' ·')[0]})")
    window.document.close()  # type: ignore[union-attr]
    app.quit()


if __name__ == "__main__":
    main()
