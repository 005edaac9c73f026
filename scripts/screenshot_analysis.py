"""Screenshot: example map, Findings panel shown, Kari -> Siri paths highlighted.

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshot_analysis.py OUT.png [findings|coverage|path] [en|nb]
"""
import sys

from example_window import example_window  # scripts/ is on the path when a script runs
from PySide6.QtCore import QTimer

out, panel = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "findings")
lang = sys.argv[3] if len(sys.argv) > 3 else "en"
app, window = example_window(lang, 1400, 860)
ids = {n.name: n.id for n in window.document.network.nodes.values()}
window.path_finder.choose(ids["Kari Kobberud"], ids["Siri Malmhaug"])
if panel == "coverage":
    window.coverage.choose_leaver(ids["Hege Smeltholm"])
getattr(window, {"path": "path_finder"}.get(panel, panel) + "_dock").raise_()
if panel == "findings":
    window.findings.list.setCurrentRow(0)


def shoot() -> None:
    window.view.fit_to_map()
    app.processEvents()
    window.grab().save(out)
    window.document.close()
    app.quit()


QTimer.singleShot(400, shoot)
app.exec()
