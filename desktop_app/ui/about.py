"""Help → About Knute: version, licence, and the folders where Knute keeps the user's files."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__


def licence() -> str | None:
    """The licence the package declares (pyproject.toml), or None when it declares none."""
    try:
        data = metadata.metadata("knute")
    except metadata.PackageNotFoundError:
        return None
    return data.get("License-Expression") or data.get("License") or None


class AboutDialog(QDialog):
    def __init__(self, documents: Path, settings_file: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Knute"))
        self.folders: dict[str, Path] = {
            "documents": documents,
            "settings": Path(settings_file or QSettings().fileName()).parent,
        }
        self.opened: list[QUrl] = []

        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = licence()
        self.text = QLabel(
            self.tr(
                "<h3>Knute %1</h3><p>Relationship maps for key account management: who knows whom, "
                "how strong the ties are, and where an account hangs on one person.</p>"
                "<p>Works offline. Every change is saved at once in the map file.</p>"
            ).replace("%1", __version__)
            + "<p>" + (self.tr("Licence: %1").replace("%1", name) if name else self.tr("No licence is stated.")) + "</p>"
        )
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setMinimumWidth(380)

        grid = QGridLayout()
        self.open_buttons: dict[str, QPushButton] = {}
        for row, (key, label) in enumerate((("documents", self.tr("Your maps:")), ("settings", self.tr("Settings:")))):
            path_label = QLabel(str(self.folders[key]))
            path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            path_label.setWordWrap(True)
            button = QPushButton(self.tr("Open Folder"))
            button.setToolTip(self.tr("Show this folder in the file manager"))
            button.clicked.connect(lambda _checked=False, k=key: self.open_folder(k))
            self.open_buttons[key] = button
            grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(path_label, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #D55E00;")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def open_folder(self, key: str) -> bool:
        """Show one of the folders in the system's file manager (created first if it is not there yet)."""
        folder = self.folders[key]
        url = QUrl.fromLocalFile(str(folder))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            opened = QDesktopServices.openUrl(url)
        except OSError:
            opened = False
        if not opened:
            self.error.setText(self.tr("Could not open %1.").replace("%1", str(folder)))
            self.error.show()
            return False
        self.error.hide()
        self.opened.append(url)
        return True
