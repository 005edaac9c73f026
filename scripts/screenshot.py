"""Take the README screenshot: the main window with the example map.

Run under a real X server for a faithful picture:
    xvfb-run -s "-screen 0 1400x900x24" python scripts/screenshot.py docs/screenshots/main-window.png [--lang nb]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from example_window import example_window  # scripts/ is on the path when a script runs
from PySide6.QtCore import QTimer


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="en", choices=["en", "nb"])
    parser.add_argument("--select", default="Hege Smeltholm", help="name of a node to select")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app, window = example_window(args.lang, 1400, 860, Path(tmp))
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
