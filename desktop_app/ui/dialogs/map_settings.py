"""Map Settings: the map's title and author, its account, and how ties are scored.

The scoring settings are stored in the map file, so a map keeps the weights
its author chose; the dialog only builds a new MapSettings, and the window
applies it as one undoable edit.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.entities import MAX_DAYS, MapSettings
from ...domain.errors import UserError
from ...domain.network import Network
from ...i18n import describe

WEIGHTS = ("weight_acquaintance", "weight_availability", "weight_trust", "weight_support")


class MapSettingsDialog(QDialog):
    def __init__(self, network: Network, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Map Settings"))
        self.settings = network.settings
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Map"))
        form = QFormLayout(general)
        self.title = QLineEdit(self.settings.title)
        self.author = QLineEdit(self.settings.author)
        self.account = QComboBox()
        self.account.addItem(self.tr("(none)"), None)
        for organisation in sorted(network.organisations(), key=lambda o: o.name.casefold()):
            self.account.addItem(organisation.name, organisation.id)
        self.account.setCurrentIndex(max(0, self.account.findData(self.settings.account_id)))
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Key account:"), self.account)
        layout.addWidget(general)

        scoring = QGroupBox(self.tr("Tie quality"))
        form = QFormLayout(scoring)
        hint = QLabel(self.tr(
            "Quality is the weighted mean of the rated dimensions, from 0 to 100. "
            "Equal weights treat the four as equally important."
        ))
        hint.setWordWrap(True)
        form.addRow(hint)
        names = {
            "weight_acquaintance": self.tr("Weight of acquaintance:"),
            "weight_availability": self.tr("Weight of availability:"),
            "weight_trust": self.tr("Weight of trust:"),
            "weight_support": self.tr("Weight of support:"),
        }
        self.weights: dict[str, QDoubleSpinBox] = {}
        for name in WEIGHTS:
            box = QDoubleSpinBox()
            box.setRange(0.0, 10.0)
            box.setSingleStep(0.5)
            box.setDecimals(1)
            box.setValue(getattr(self.settings, name))
            self.weights[name] = box
            form.addRow(names[name], box)
        self.half_life = self._days(self.settings.half_life_days)
        self.half_life.setToolTip(self.tr("After this many days without contact, the part of a tie's quality that fades is halved."))
        form.addRow(self.tr("Half-life of contact:"), self.half_life)
        self.strong = self._percent(self.settings.strong_threshold)
        self.weak = self._percent(self.settings.weak_threshold)
        form.addRow(self.tr("Strong from:"), self.strong)
        form.addRow(self.tr("Weak below:"), self.weak)
        self.stale = self._days(self.settings.stale_after_days)
        form.addRow(self.tr("Not tended after:"), self.stale)
        layout.addWidget(scoring)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.result_settings: MapSettings | None = None

    def _days(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, MAX_DAYS)
        box.setSuffix(self.tr(" days"))
        box.setValue(value)
        return box

    def _percent(self, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setValue(value)
        return box

    def chosen(self) -> MapSettings:
        """The settings as entered; raises the domain's UserError when they are invalid."""
        return dataclasses.replace(
            self.settings,
            title=self.title.text(),
            author=self.author.text(),
            account_id=self.account.currentData(),
            half_life_days=self.half_life.value(),
            strong_threshold=self.strong.value(),
            weak_threshold=self.weak.value(),
            stale_after_days=self.stale.value(),
            **{name: box.value() for name, box in self.weights.items()},
        )

    def accept(self) -> None:
        # Refuse invalid input here, with the reason beside the fields: nothing invalid reaches the file.
        try:
            self.result_settings = self.chosen()
        except UserError as error:
            self.error.setText(describe(error))
            self.error.show()
            return
        super().accept()
