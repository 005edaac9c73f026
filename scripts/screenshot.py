"""Take the README screenshot: the main window with the example map.

Run under a real X server for a faithful picture:
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py docs/screenshots/main-window.png [--lang nb]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.app import configure_application
from desktop_app.examples import copy_example_to
from desktop_app.ui.app_settings import AppSettings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.translator import TsTranslator


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="en", choices=["en", "nb"])
    parser.add_argument("--select", default="Hege Smeltholm", help="name of a node to select")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    configure_application(app)
    i18n.set_language(args.lang)
    if args.lang == "nb":
        app.installTranslator(TsTranslator("nb", app))
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, documents=Path(tmp))
        window.resize(1400, 860)
        window.show()
        window.open_map(copy_example_to(Path(tmp)))
        for node_id, item in window.scene.node_items.items():
            if window.document.network.nodes[node_id].name == args.select:
                item.setSelected(True)

        def shoot() -> None:
            window.view.fit_to_map()
            app.processEvents()
            window.grab().save(str(args.output))
            window.document.close()
            app.quit()

        QTimer.singleShot(300, shoot)
        return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
