"""Applying a planned import in the real window, and undoing it: where the time goes, and how long the window stalls.

Run by ``bench_interop.py --only window`` in a fresh process per run
(``python -m benchmarks.window_apply SHEET FOLDER``); prints one JSON line.
The sheet is read and planned in this process as the import worker does it
(not timed here: ``bench_interop.py`` times the worker), then applied as the
window applies it after the summary is confirmed. Each phase is timed on its
own:

* **storage**: writing the rows (``MapStore.apply_in_steps``, or ``apply`` in
  versions before it), without the memory update it runs last;
* **memory**: ``Network.apply`` (the Document's update of the map in memory);
* **scene**: ``MapScene._on_changed``, the canvas following the changes,
  with what listens to its ``synced`` (appearance, frames, minimap, filters);
* **analysis**: ``AnalysisController._on_changed`` (the quick tier on the UI
  thread; the structure metrics go to a worker afterwards);
* **other**: the rest of the window's reactions (panels, status bar).

After each phase it waits until the structure metrics, computed in the
background, are in (``background``: seconds), so that the undo starts with an
idle window.

The longest stall is the longest gap between two turns of the event loop
(a zero-interval timer) from the confirmation until the map is shown.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain.network import Network
from desktop_app.interop.tabular import read_table
from desktop_app.storage import MapStore
from desktop_app.ui import analysis_controller
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.canvas import scene as scene_module
from desktop_app.ui.main_window import MainWindow

spent: dict[str, float] = {"storage": 0.0, "memory": 0.0, "scene": 0.0, "analysis": 0.0}


def _timing(name: str, function: Callable) -> Callable:
    def timed(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - start
    return timed


def _instrument() -> None:
    """Wrap the phases at class level, before the window connects to them."""
    Network.apply = _timing("memory", Network.apply)  # type: ignore[method-assign]
    scene_module.MapScene._on_changed = _timing("scene", scene_module.MapScene._on_changed)  # type: ignore[method-assign]
    controller = analysis_controller.AnalysisController
    deferred = getattr(controller, "_analyse_pending", None)  # a big change is analysed on the next turn
    if deferred is not None:
        controller._analyse_pending = _timing("analysis", deferred)  # type: ignore[method-assign]
    else:
        controller._on_changed = _timing("analysis", controller._on_changed)  # type: ignore[method-assign]
    stepped = getattr(MapStore, "apply_in_steps", None)
    if stepped is None:  # before the write in steps: one call
        MapStore.apply = _timing("storage", MapStore.apply)  # type: ignore[method-assign]
        return

    def apply_in_steps(self: MapStore, changes: object, **options: object) -> object:
        steps = stepped(self, changes, **options)
        while True:
            start = time.perf_counter()
            try:
                fraction = next(steps)
            except StopIteration:
                return
            finally:
                spent["storage"] += time.perf_counter() - start
            yield fraction

    MapStore.apply_in_steps = apply_in_steps  # type: ignore[method-assign]


class Stalls(QObject):
    """The longest time the event loop did not turn: an event that posts itself again each time it is
    delivered is handled once per turn, with the posted events (paints among them), before the timers."""

    TICK = QEvent.Type(QEvent.registerEventType())

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.longest = 0
        self.turns = 0
        self.running = False
        self.writing = False
        self.longest_writing = 0
        """The longest while the rows were being written (before the map in memory and on screen follows)."""

    def follow(self, document: object) -> None:
        for name, slot in (("write_started", lambda *_: self._writing(True)),
                           ("write_progressed", lambda fraction: fraction >= 1.0 and self._writing(False))):
            signal = getattr(document, name, None)
            if signal is not None:
                signal.connect(slot)

    def _writing(self, writing: bool) -> None:
        self._turn()
        self.writing = writing

    def start(self) -> None:
        self.longest, self.turns, self.running, self.longest_writing = 0, 0, True, 0
        self.clock.start()
        QCoreApplication.postEvent(self, QEvent(self.TICK))

    def event(self, event: QEvent) -> bool:
        if event.type() != self.TICK:
            return super().event(event)
        if self.running:
            self._turn()
            QCoreApplication.postEvent(self, QEvent(self.TICK))
        return True

    def _turn(self) -> None:
        gap = self.clock.restart()
        self.longest = max(self.longest, gap)
        if self.writing:
            self.longest_writing = max(self.longest_writing, gap)
        self.turns += 1

    def stop(self) -> dict[str, float]:
        self.longest = max(self.longest, self.clock.restart())
        self.running = False
        return {"longest_stall": self.longest / 1000, "longest_stall_writing": self.longest_writing / 1000,
                "turns": self.turns}


def _phase(window: MainWindow, stalls: Stalls, action: Callable[[], object]) -> dict[str, float]:
    """Run ``action`` from the event loop (as a click would), then wait until the window is idle again."""
    for key in spent:
        spent[key] = 0.0
    done: list[float] = []
    loop = QEventLoop()  # not QApplication.quit: in Qt 6 it closes the windows first
    start = time.perf_counter()

    def run() -> None:
        stalls.start()
        try:
            action()
        finally:
            QTimer.singleShot(0, idle)

    def idle() -> None:  # a deferred analysis (a zero timer set during the action) has run by now
        done.append(time.perf_counter() - start)
        loop.quit()

    QTimer.singleShot(0, run)
    loop.exec()
    result = {"total": done[0], **spent, **stalls.stop()}
    if spent["storage"] and "apply_in_steps" in MapStore.__dict__:
        result["storage"] -= spent["memory"]  # the memory update runs inside the last step
    result["other"] = done[0] - result["storage"] - spent["memory"] - spent["scene"] - spent["analysis"]
    return result


def _until_analysed(window: MainWindow, limit_s: float = 600.0) -> float:
    """Seconds until the structure metrics computed in the background are in (so the next phase starts idle)."""
    start = time.perf_counter()
    controller = window.analysis_controller
    while controller is not None and (controller.busy or getattr(controller, "pending", False)):
        if time.perf_counter() - start > limit_s:
            break
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    return time.perf_counter() - start


def run(sheet: Path, folder: Path) -> dict[str, object]:
    _instrument()
    app = QApplication.instance() or QApplication([])
    settings = AppSettings(QSettings(str(folder / f"settings-{os.getpid()}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, documents=folder)
    window.resize(1200, 800)
    window.show()
    path = folder / f"window-{time.monotonic_ns()}.knute"
    MapStore.create(path).close()
    window.start(path)
    app.processEvents()
    document = window.document
    changes, summary = read_table(sheet, document.network, skip_bad=True)
    stalls = Stalls()
    stalls.follow(document)
    try:
        from desktop_app.ui.commands import perform_planned

        def apply() -> object:
            return perform_planned(window.undo_stack, document, "Import", changes)
    except ImportError:  # before the write in steps
        from desktop_app.ui.commands import perform

        def apply() -> object:
            return perform(window.undo_stack, document, "Import", lambda network: (network.apply(changes), changes)[1])

    applied = _phase(window, stalls, apply)
    applied["background"] = _until_analysed(window)
    nodes = len(document.network.nodes)
    undone = _phase(window, stalls, window.undo_stack.undo)
    undone["background"] = _until_analysed(window)
    assert len(document.network.nodes) == 0 and nodes == len(changes)
    window.close()
    return {"changes": len(changes), "contacts": summary.contacts, "apply": applied, "undo": undone}


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), Path(sys.argv[2]))))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's static destructors (see tests/conftest.py)
