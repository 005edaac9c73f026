"""Layout and frame benchmark on generated maps.

    python benchmarks/bench_layouts.py [--sizes 300 1000 5000] [--runs 3] [--frames-contacts 5000]

For each size (contacts; a tenth as many organisations, four ties per contact):
the median time of each automatic layout, computed as the Arrange menu does
(on the map, with the analysis' tie qualities, estimated boxes). Then, on the
``--frames-contacts`` map opened in a real window (offscreen): the time to
rebuild every organisation frame after a sync, and one full repaint of the view
(rendered to an image) at fit-to-map and zoomed in, with frames off and on.
CPU time is printed too: on a shared machine it says more than the wall clock.
Target (issue 3): force-directed on 1,000 nodes / 4,000 ties within a few seconds;
frames must not slow the repaint noticeably.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import TODAY, generate_network, write_map
from desktop_app.analysis import layouts
from desktop_app.analysis.quality import tie_qualities

LAYOUTS = {
    "force-directed": layouts.force_directed,
    "circular": layouts.circular,
    "hierarchical": layouts.hierarchical,
    "account view": layouts.account_view,
}


def bench_layouts(sizes: list[int], runs: int) -> None:
    for contacts in sizes:
        network = generate_network(contacts=contacts, organisations=max(1, contacts // 10), ties=4 * contacts)
        qualities = tie_qualities(network, TODAY)
        print(f"map: {len(network.nodes)} nodes, {len(network.ties)} ties")
        for name, layout in LAYOUTS.items():
            times, cpu = [], []
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                layout(network, qualities)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            print(f"  {name:15} median {statistics.median(times):7.3f} s  (CPU {statistics.median(cpu):6.3f} s; runs: {runs})")


def bench_frames(contacts: int, runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.app_settings import AppSettings
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "frames.knute"
        network = generate_network(contacts=contacts, organisations=max(1, contacts // 10), ties=4 * contacts)
        write_map(path, network)
        settings = AppSettings(QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, documents=Path(folder))
        window.resize(1600, 1000)
        window.show()
        window.open_map(path)
        app.processEvents()
        frames = window.frames
        print(f"frames: {len(frames.frames)} organisations framed, {len(window.scene.node_items)} nodes")
        times = []
        for _ in range(runs):
            start = time.process_time()
            frames.refresh()
            times.append(time.process_time() - start)
        print(f"  rebuild all frames after a sync  median CPU {statistics.median(times) * 1000:7.1f} ms")
        view = window.view

        def repaint() -> float:
            image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            view.render(painter)  # warm up: layers switch their drawing mode after a first paint
            painter.end()
            app.processEvents()
            out = []
            for _ in range(runs):
                painter = QPainter(image)
                start = time.process_time()
                view.render(painter)
                out.append(time.process_time() - start)
                painter.end()
            return statistics.median(out)

        for label, zoom in (("fit to map", None), ("zoomed in (100 %)", 1.0)):
            view.fit_to_map()
            if zoom:
                view.zoom(zoom / view.current_scale())
            app.processEvents()
            frames.set_shown(False)
            off = repaint()
            frames.set_shown(True)
            on = repaint()
            print(f"  repaint {label:18} CPU, frames off {off * 1000:7.1f} ms   on {on * 1000:7.1f} ms")
        window.document.close()
        window.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--frames-contacts", type=int, default=5000, help="0 skips the frame benchmark")
    args = parser.parse_args()
    bench_layouts(args.sizes, args.runs)
    if args.frames_contacts:
        bench_frames(args.frames_contacts, args.runs)


if __name__ == "__main__":
    main()
