"""Screenshot: example map, Findings panel shown, Kari -> Siri paths highlighted.

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshot_analysis.py OUT.png [findings|coverage|path] [en|nb]
"""
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

out, panel = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "findings")
lang = sys.argv[3] if len(sys.argv) > 3 else "en"
app = QApplication(sys.argv[:1])
configure_application(app)
i18n.set_language(lang)
if lang == "nb":
    app.installTranslator(TsTranslator("nb", app))
tmp = tempfile.mkdtemp()
settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
window = MainWindow(settings, documents=Path(tmp))
window.resize(1400, 860)
window.show()
window.open_map(copy_example_to(Path(tmp)))
ids = {n.name: n.id for n in window.document.network.nodes.values()}
window.path_finder.choose(ids["Kari Kobberud"], ids["Siri Malmhaug"])
if panel == "coverage":
    window.coverage.choose_leaver(ids["Hege Smeltholm"])
getattr(window, f"{panel}_dock").raise_()
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
