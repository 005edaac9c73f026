"""Running a long write in slices from the window's event loop.

The storage layer writes a big change list in one transaction but pauses
between slices (``MapStore.apply_in_steps`` yields its progress). ``run_steps``
resumes it from a zero-interval timer in a local event loop, so between two
slices Qt repaints, the progress dialog moves and its Cancel button can be
clicked; the caller still gets a plain synchronous answer, which is what an
undo command needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEventLoop, QTimer


def run_steps(
    steps: Iterator[float], progressed: Callable[[float], object], cancelled: Callable[[], bool],
) -> bool:
    """Resume ``steps`` once per turn of the event loop until it ends.

    Returns True when it ran to the end, False when ``cancelled()`` said stop
    (the generator is closed, which rolls its transaction back). Whatever a
    step raises is raised here, after the local loop has ended.
    """
    loop = QEventLoop()
    outcome: list[bool | BaseException] = []

    def step() -> None:
        if outcome:
            return
        try:
            if cancelled():
                steps.close()  # type: ignore[attr-defined]
                outcome.append(False)
            else:
                progressed(next(steps))
                return
        except StopIteration:
            outcome.append(True)
        except BaseException as error:  # handed to the caller below
            outcome.append(error)
        loop.quit()

    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(step)
    timer.start()
    try:
        loop.exec()
    finally:
        timer.stop()
        if not outcome:  # the loop was left some other way (the application is quitting)
            steps.close()  # type: ignore[attr-defined]
            outcome.append(False)
    result = outcome[0]
    if isinstance(result, BaseException):
        raise result
    return result
