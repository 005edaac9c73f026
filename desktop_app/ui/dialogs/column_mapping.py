"""Import of a CSV or Excel sheet: which column holds what, with a live preview of the first rows.

Shown before the file is read in full. Each column of the file gets a choice
of field, pre-filled by the header guess (or by what the user chose last time
for the same header, which the caller passes in); the user also says whether
the file lists contacts or ties. The preview renders the first rows exactly
as the import will, problems included, and follows every change. OK is
refused, with a message, while no column holds a name (or, for a tie list,
the two ends).
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.network import Network
from ...interop.columns import CONTACTS, FIELDS, IGNORE, TIES, ColumnMapping
from ...interop.sheet_preview import TablePreview, columns, preview_rows

PROBLEM_BACKGROUND = QColor("#fde2e1")
MESSAGE_STYLE = "color: #b3261e; font-weight: 600;"


class ColumnMappingDialog(QDialog):
    def __init__(
        self, preview: TablePreview, mapping: ColumnMapping, network: Network | None, source_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.network = network
        self.chosen = {mapping.kind: mapping}
        self.setWindowTitle(self.tr("Import %1").replace("%1", source_name))
        self.resize(900, 640)
        layout = QVBoxLayout(self)

        intro = QLabel(self.tr(
            "Choose what each column of %1 holds. The preview below shows the first rows as they will be imported."
        ).replace("%1", source_name))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kinds = QHBoxLayout()
        kinds.addWidget(QLabel(self.tr("The file is:")))
        self.contacts_button = QRadioButton(self.tr("a contact list (one person per row)"))
        self.ties_button = QRadioButton(self.tr("a tie list (one tie per row, between people in the map)"))
        self.kind_group = QButtonGroup(self)
        for button in (self.contacts_button, self.ties_button):
            self.kind_group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        self.columns_table = QTableWidget(len(preview.header), 3)
        self.columns_table.setObjectName("columns")
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                      self.tr("Import as")])
        self.columns_table.verticalHeader().setVisible(False)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        first = preview.rows[0][1] if preview.rows else ()
        self.combos: list[QComboBox] = []
        for index, title in enumerate(preview.header):
            self.columns_table.setItem(index, 0, QTableWidgetItem(title or self.tr("(column %1)").replace("%1", str(index + 1))))
            sample = first[index] if index < len(first) else ""
            self.columns_table.setItem(index, 1, QTableWidgetItem(sample if len(sample) <= 80 else sample[:80] + "…"))
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._refresh)
            self.columns_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        layout.addWidget(self.columns_table, 2)

        self.preview_label = QLabel()
        layout.addWidget(self.preview_label)
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        layout.addWidget(self.preview_table, 3)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()
        layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._filling = False
        (self.ties_button if mapping.kind == TIES else self.contacts_button).setChecked(True)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self._fill_combos(mapping)

    # ---- names shown for the fields ------------------------------------------------
    def field_names(self) -> dict[str, str]:
        return {
            IGNORE: self.tr("(ignore)"),
            "name": self.tr("Name"), "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "organisation": self.tr("Organisation"), "title": self.tr("Title"), "email": self.tr("E-mail"),
            "phone": self.tr("Phone"), "role": self.tr("Buying-centre role"), "attitude": self.tr("Attitude"),
            "influence": self.tr("Influence (1–5)"), "tags": self.tr("Tags"), "notes": self.tr("Notes"),
            "source": self.tr("From (name or e-mail)"), "target": self.tr("To (name or e-mail)"),
            "type": self.tr("Tie type"), "acquaintance": self.tr("Acquaintance (1–5)"),
            "availability": self.tr("Availability (1–5)"), "trust": self.tr("Trust (1–5)"),
            "support": self.tr("Support (1–5)"), "closeness": self.tr("Closeness"),
            "cooperation": self.tr("Cooperation (1–5)"), "competition": self.tr("Competition (1–5)"),
            "last_contact": self.tr("Last contact"),
        }

    def column_titles(self) -> dict[str, str]:
        """Short headers of the preview."""
        return {
            "name": self.tr("Name"), "organisation": self.tr("Organisation"), "title": self.tr("Title"),
            "email": self.tr("E-mail"), "phone": self.tr("Phone"), "role": self.tr("Role"),
            "attitude": self.tr("Attitude"), "influence": self.tr("Influence"), "tags": self.tr("Tags"),
            "notes": self.tr("Notes"), "source": self.tr("From"), "target": self.tr("To"), "type": self.tr("Type"),
            "acquaintance": self.tr("Acquaintance"), "availability": self.tr("Availability"),
            "trust": self.tr("Trust"), "support": self.tr("Support"), "closeness": self.tr("Closeness"),
            "cooperation": self.tr("Cooperation"), "competition": self.tr("Competition"),
            "last_contact": self.tr("Last contact"),
        }

    # ---- the mapping -----------------------------------------------------------
    @property
    def kind(self) -> str:
        return TIES if self.ties_button.isChecked() else CONTACTS

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(self.kind, tuple(combo.currentData() or IGNORE for combo in self.combos))

    def combo(self, column: int) -> QComboBox:
        return self.combos[column]

    def _fill_combos(self, mapping: ColumnMapping) -> None:
        self._filling = True
        names = self.field_names()
        for index, combo in enumerate(self.combos):
            combo.clear()
            for field in (IGNORE, *FIELDS[mapping.kind]):
                combo.addItem(names[field], field)
            wanted = mapping.fields[index] if index < len(mapping.fields) else IGNORE
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self._filling = False
        self._refresh()

    def _kind_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        previous = CONTACTS if self.kind == TIES else TIES
        self.chosen[previous] = ColumnMapping(previous, tuple(c.currentData() or IGNORE for c in self.combos))
        self._fill_combos(self.chosen.get(self.kind) or self.preview.guess(self.kind))

    # ---- preview and validation ------------------------------------------------
    def problem_text(self) -> str:
        """Why OK is refused, or ''."""
        if self.mapping().problem() is None:
            return ""
        if self.kind == TIES:
            return self.tr("Choose the columns that hold the two ends of each tie: From and To.")
        return self.tr("Choose the column that holds the name (or the columns with the first and last name).")

    def _refresh(self, *_args: object) -> None:
        if self._filling:
            return
        mapping = self.mapping()
        fields = columns(mapping.kind)
        titles = self.column_titles()
        rows = preview_rows(self.preview, mapping, self.network)
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(fields) + 1)
        table.setHorizontalHeaderLabels([self.tr("Problem")] + [titles[f] for f in fields])
        table.setRowCount(len(rows))
        table.setVerticalHeaderLabels([str(r.line) for r in rows])
        for r, row in enumerate(rows):
            for c, value in enumerate((row.problem, *row.values)):
                item = QTableWidgetItem(value.replace("\n", " ⏎ "))
                if row.problem:
                    item.setBackground(QBrush(PROBLEM_BACKGROUND))
                    item.setToolTip(row.problem)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for c in range(table.columnCount()):
            table.setColumnWidth(c, min(table.columnWidth(c), 320 if c == 0 else 220))
        bad = sum(1 for r in rows if r.problem)
        text = self.tr("Preview: the first rows of the file, as they will be imported.")
        if bad:
            text += " " + self.tr("Rows that cannot be read: %n (you will be asked before they are left out).", "", bad)
        self.preview_label.setText(text)
        problem = self.problem_text()
        self.message.setText(problem)
        self.message.setVisible(bool(problem))

    def accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.message.setText(problem)
            self.message.show()
            return
        super().accept()
