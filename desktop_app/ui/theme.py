"""Follow the system's dark mode: a dark Fusion palette for the widgets, a light canvas.

``QStyleHints.colorScheme()`` tells whether the system is dark (Windows 10/11,
macOS, GNOME and KDE through their platform themes). Not every native style
draws a dark palette well, so in dark mode Knute switches to Fusion, which
draws any palette. The map canvas keeps its own light background and dark
labels (``MapScene``): the category colours of the nodes are chosen for a light
ground, and the printed plan looks the same.

``KNUTE_COLOR_SCHEME=dark|light`` overrides the system (for desktops that do
not report a scheme, and for screenshots).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

DARK_COLOURS: dict[QPalette.ColorRole, str] = {
    Role.Window: "#2B2D31", Role.WindowText: "#E6E7EA", Role.Base: "#1F2023", Role.AlternateBase: "#2A2B2F",
    Role.ToolTipBase: "#3A3C42", Role.ToolTipText: "#F0F1F3", Role.PlaceholderText: "#8C9099",
    Role.Text: "#E6E7EA", Role.Button: "#35373C", Role.ButtonText: "#E6E7EA", Role.BrightText: "#FF7A6B",
    Role.Light: "#4A4D54", Role.Midlight: "#3E4046", Role.Mid: "#2E3034", Role.Dark: "#1B1C1F",
    Role.Shadow: "#0E0F10", Role.Highlight: "#2A6FAB", Role.HighlightedText: "#FFFFFF",
    Role.Link: "#56B4E9", Role.LinkVisited: "#CC79A7", Role.Accent: "#2A6FAB",
}
DISABLED_TEXT = "#7A7E86"
SCHEMES = {"dark": Qt.ColorScheme.Dark, "light": Qt.ColorScheme.Light}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.ButtonText, Role.WindowText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#44474D"))
    return palette


def requested_scheme(app: QApplication) -> Qt.ColorScheme:
    """The environment's override, else what the system reports."""
    override = SCHEMES.get(os.environ.get("KNUTE_COLOR_SCHEME", "").strip().lower())
    return override if override is not None else app.styleHints().colorScheme()


class Theme(QObject):
    """Applies the palette for a colour scheme now and whenever the system switches."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.native_style = app.style().name()
        self.dark = False
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())

    def apply(self, scheme: Qt.ColorScheme | None = None) -> bool:
        """Dark palette for a dark scheme, the style's own palette otherwise; True when dark."""
        dark = (scheme if scheme is not None else requested_scheme(self.app)) == Qt.ColorScheme.Dark
        if dark:
            self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette())
        elif self.dark:
            self.app.setStyle(self.native_style)
            self.app.setPalette(self.app.style().standardPalette())
        self.dark = dark
        return dark
