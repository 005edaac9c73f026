"""Screenshots of search and filters on the example map: the results list, and the filter panel.

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshot_navigation.py OUT_DIR [en|nb]

Writes OUT_DIR/search.png (typing "hotell": the list of hits under the box, the
count in the status bar, the overview in the corner) and OUT_DIR/filters.png
(suppliers and sceptics hidden: the panel, the Filtered indicator). Popups are
windows of their own, so each is painted onto the window's picture where it is.
"""

import sys
from pathlib import Path

from example_window import example_window  # scripts/ is on the path when a script runs
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop_app.domain.enums import ActorCategory, Attitude

out = Path(sys.argv[1])
lang = sys.argv[2] if len(sys.argv) > 2 else "en"
out.mkdir(parents=True, exist_ok=True)
app, window = example_window(lang, 1280, 800)
navigation = window.navigation


def composite(popup: QWidget, anchor: QWidget) -> QPixmap:
    """The window with a popup painted under the widget it drops from (X may not have placed it yet)."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(anchor.mapTo(window, QPoint(0, anchor.height())), popup.grab())
    painter.end()
    return picture


def search() -> None:
    window.view.fit_to_map()
    window.view.zoom(2.2)
    window.view.centerOn(window.scene.node_items[_id("Bergstadens Hotell")])
    window.activateWindow()  # the list shows only while the search box has the focus
    QTest.qWait(200)
    navigation.search.focus_field()
    QTest.keyClicks(navigation.search.field, "hotell")
    navigation.search.run()
    app.processEvents()
    QTest.qWait(300)
    composite(navigation.search.completer.popup(), navigation.search.field).save(str(out / "search.png"))
    QTest.keyClick(navigation.search.field, Qt.Key.Key_Escape)
    QTest.keyClick(navigation.search.field, Qt.Key.Key_Escape)
    QTimer.singleShot(100, filters)


def filters() -> None:
    navigation.search.clear()
    window.statusBar().clearMessage()
    window.view.fit_to_map()
    navigation.filters.hide_values(categories={ActorCategory.SUPPLIER}, attitudes={Attitude.SCEPTIC})
    navigation.filters.show_panel()
    app.processEvents()
    QTest.qWait(300)
    composite(navigation.filters.panel, navigation.filters.button).save(str(out / "filters.png"))
    window.document.close()
    app.quit()


def _id(name: str) -> str:
    return next(n.id for n in window.document.network.nodes.values() if n.name == name)


QTimer.singleShot(400, search)
app.exec()
