"""The Coverage panel: how well our people reach the account's decision makers and influencers,
and "what if … leaves?" answered without touching the map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis import Analysis, Coverage, WhatIf
from ...i18n.labels import label
from ..document import Document
from .path_finder import chooser


class CoveragePanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self.what_if_result: WhatIf | None = None

        self.account_box = QComboBox()
        self.account_box.currentIndexChanged.connect(self._refresh)
        self.summary = QFormLayout()
        self.summary.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.targets = QTreeWidget()
        self.targets.setHeaderLabels([self.tr("Person"), self.tr("Reach"), self.tr("Routes")])
        self.targets.setRootIsDecorated(False)
        self.targets.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.targets.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.header().setStretchLastSection(False)
        self.targets.setSizeAdjustPolicy(QTreeWidget.SizeAdjustPolicy.AdjustToContents)
        self.targets.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.leaver_box = chooser()
        self.leaver_box.currentIndexChanged.connect(self._what_if)
        self.what_if_label = QLabel()
        self.what_if_label.setWordWrap(True)
        self.what_if_label.setTextFormat(Qt.TextFormat.RichText)
        what_if_group = QGroupBox(self.tr("What if … leaves?"))
        group_layout = QVBoxLayout(what_if_group)
        group_layout.addWidget(self.leaver_box)
        group_layout.addWidget(self.what_if_label)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.account_box)
        layout.addLayout(self.summary)
        layout.addWidget(self.targets)
        layout.addWidget(what_if_group)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_document(None)

    # ---- data --------------------------------------------------------------
    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.analysis = None
        self._refresh()

    def set_analysis(self, analysis: Analysis | None) -> None:
        self.analysis = analysis
        self._fill_accounts()
        self._fill_people()
        self._refresh()

    def _fill_accounts(self) -> None:
        chosen = self.account_box.currentData()
        self.account_box.blockSignals(True)
        self.account_box.clear()
        if self.analysis is not None and self.document is not None:
            for account_id in self.analysis.account_ids:
                self.account_box.addItem(self.document.network.name_of(account_id), account_id)
        self.account_box.setCurrentIndex(max(self.account_box.findData(chosen), 0))
        self.account_box.setVisible(self.account_box.count() > 1)
        self.account_box.blockSignals(False)

    def _fill_people(self) -> None:
        chosen = self.leaver_box.currentData()
        people = sorted((c.name, c.id) for c in self.document.network.contacts()) if self.document else []
        listed = [(self.leaver_box.itemText(i), self.leaver_box.itemData(i)) for i in range(1, self.leaver_box.count())]
        if listed == people:
            return
        self.leaver_box.blockSignals(True)
        self.leaver_box.clear()
        self.leaver_box.addItem(self.tr("Choose a person"), None)
        for name, node_id in people:
            self.leaver_box.addItem(name, node_id)
        self.leaver_box.setCurrentIndex(max(self.leaver_box.findData(chosen), 0))
        self.leaver_box.blockSignals(False)

    def coverage(self) -> Coverage | None:
        account = self.account_box.currentData()
        return self.analysis.coverage_of(account) if self.analysis and account else None

    def choose_leaver(self, person_id: str) -> None:
        self.leaver_box.setCurrentIndex(self.leaver_box.findData(person_id))

    # ---- display -----------------------------------------------------------
    def _row(self, name: str, value: str, wrap: bool = False) -> None:
        """Numbers stay on one line; the (long) names and labels wrap."""
        widget = QLabel(value)
        widget.setWordWrap(wrap)
        heading = QLabel(name)
        heading.setWordWrap(True)
        self.summary.addRow(heading, widget)

    def field_text(self, name: str) -> str | None:
        for row in range(self.summary.rowCount()):
            label_item = self.summary.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = self.summary.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item and field_item and label_item.widget().text() == name:
                return field_item.widget().text()
        return None

    def _share(self, count: int, total: int) -> str:
        percent = round(100 * count / total) if total else 0
        return self.tr("%1 of %2 (%3 %)").replace("%1", str(count)).replace("%2", str(total)).replace("%3", str(percent))

    def reach_name(self, level: int | None) -> str:
        return {2: self.tr("strong"), 1: self.tr("medium"), 0: self.tr("weak"), None: self.tr("none")}[level]

    def _refresh(self) -> None:
        while self.summary.rowCount():
            self.summary.removeRow(0)
        self.targets.clear()
        coverage = self.coverage()
        if self.document is None or coverage is None:
            message = self.tr("No map open") if self.document is None else self.tr(
                "No account: mark an organisation as a customer or choose the map's account."
            )
            self._row(self.tr("Account"), message, wrap=True)
            self.targets.setVisible(False)
            self._what_if()
            return
        network = self.document.network
        self.targets.setVisible(True)
        self._row(self.tr("Account"), network.name_of(coverage.account_id), wrap=True)
        self._row(self.tr("Decision makers and influencers"), str(coverage.total))
        self._row(self.tr("Reached by strong ties"), self._share(coverage.reached_strong, coverage.total))
        self._row(self.tr("Reached by any tie"), self._share(coverage.reached_any, coverage.total))
        names = ", ".join(network.name_of(h) for h in coverage.holders) or "—"
        self._row(self.tr("Through our people"), f"{len(coverage.holders)}: {names}" if coverage.holders else names, wrap=True)
        for target in coverage.targets:
            routes = {0: "0", 1: "1", 2: "2+"}[min(target.routes, 2)]
            item = QTreeWidgetItem([
                f"{network.name_of(target.person)} ({label(target.role)})", self.reach_name(target.level), routes,
            ])
            if target.routes == 1:
                item.setToolTip(2, self.tr("A single person or tie could cut this access off."))
            self.targets.addTopLevelItem(item)
        self._what_if()

    def _what_if(self) -> None:
        person = self.leaver_box.currentData()
        coverage = self.coverage()
        self.what_if_result = None
        if self.document is None or self.analysis is None or coverage is None or person is None:
            self.what_if_label.setText(self.tr("Choose one of the people to see what the account would lose."))
            return
        network = self.document.network
        result = self.analysis.what_if(network, person, coverage.account_id)
        self.what_if_result = result
        name = network.name_of(person)
        lines = [
            self.tr("Without %1:").replace("%1", f"<b>{name}</b>"),
            self.tr("reached by any tie %1, was %2")
            .replace("%1", self._share(result.after.reached_any, result.after.total)).replace("%2", str(result.before.reached_any)),
            self.tr("reached by strong ties %1, was %2")
            .replace("%1", self._share(result.after.reached_strong, result.after.total))
            .replace("%2", str(result.before.reached_strong)),
        ]
        if result.lost:
            lost = ", ".join(network.name_of(p) for p in result.lost)
            lines.append("<span style='color:#B3261E'>" + self.tr("Lost access to: %1").replace("%1", lost) + "</span>")
        if result.weakened:
            lines.append(self.tr("Only weaker access to: %1").replace("%1", ", ".join(network.name_of(p) for p in result.weakened)))
        for target, before, after in result.broken_routes:
            old = " → ".join(network.name_of(n) for n in before.nodes)
            if after is None:
                lines.append(self.tr("Route to %1 is lost: %2").replace("%1", network.name_of(target)).replace("%2", old))
                continue
            new = " → ".join(network.name_of(n) for n in after.nodes)
            lines.append(self.tr("Route to %1: %2 becomes %3").replace("%1", network.name_of(target))
                         .replace("%2", old).replace("%3", new))
        if not (result.lost or result.weakened or result.broken_routes):
            lines.append(self.tr("The account would not lose any access."))
        lines.append("<i>" + self.tr("The map is not changed.") + "</i>")
        self.what_if_label.setText("<br>".join(lines))
