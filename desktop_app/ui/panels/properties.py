"""The properties panel: every field of the selected contact, organisation or tie.

Read-only for now; the canvas editor issue turns the fields into editors.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...analysis import Analysis
from ...analysis.quality import class_name
from ...domain.entities import Contact, Organisation, Tie
from ...i18n.labels import label
from ..document import Document


def _breakable(text: str) -> str:
    """Let long e-mail addresses and links wrap (after @ . / -) instead of widening the panel."""
    words = []
    for word in text.split(" "):
        if len(word) > 20:
            for mark in "@./-_":
                word = word.replace(mark, mark + "\u200b")
        words.append(word)
    return " ".join(words)


class PropertiesPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self._ids: list[str] = []
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._heading = QLabel()
        self._heading.setWordWrap(True)
        self._heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._layout.addWidget(self._heading)
        self._layout.addLayout(self._form)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.show_selection([])

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.analysis = None
        self.show_selection([])

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show scores from this analysis; the shown selection is refreshed."""
        self.analysis = analysis
        self.show_selection(self._ids)

    def field_text(self, name: str) -> str | None:
        """The shown value of a field by its label (used by tests and accessibility)."""
        for row in range(self._form.rowCount()):
            label_item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item and field_item and label_item.widget().text() == name:
                return field_item.widget().text().replace("\u200b", "")
        return None

    def heading(self) -> str:
        return self._heading.text()

    def show_selection(self, ids: list[str]) -> None:
        self._ids = list(ids)
        while self._form.rowCount():
            self._form.removeRow(0)
        if self.document is None:
            self._heading.setText(self.tr("No map open"))
            return
        network = self.document.network
        if len(ids) > 1:
            self._heading.setText(self.tr("%n items selected", "", len(ids)))
            return
        entity = network.nodes.get(ids[0]) or network.ties.get(ids[0]) if ids else None  # type: ignore[arg-type]
        if isinstance(entity, Contact):
            self._show_contact(entity)
        elif isinstance(entity, Organisation):
            self._show_organisation(entity)
        elif isinstance(entity, Tie):
            self._show_tie(entity)
        else:
            self._show_map()

    def _row(self, name: str, value: object) -> None:
        if value in (None, "", (), frozenset()):
            value = "—"
        widget = QLabel(_breakable(str(value)))
        widget.setWordWrap(True)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form.addRow(QLabel(name), widget)

    def _show_map(self) -> None:
        assert self.document is not None
        network = self.document.network
        settings = network.settings
        self._heading.setText(settings.title)
        self._row(self.tr("Description"), settings.description)
        self._row(self.tr("Author"), settings.author)
        account = network.nodes.get(settings.account_id) if settings.account_id else None
        self._row(self.tr("Account"), account.name if account else "")
        self._row(self.tr("Organisations"), sum(1 for _ in network.organisations()))
        self._row(self.tr("Contacts"), sum(1 for _ in network.contacts()))
        self._row(self.tr("Ties"), len(network.ties))
        self._row(self.tr("Actions"), len(network.actions))
        self._row(self.tr("File"), str(self.document.path))

    def _show_contact(self, contact: Contact) -> None:
        assert self.document is not None
        organisation = self.document.network.organisation_of(contact)
        self._heading.setText(contact.name)
        self._row(self.tr("Title"), contact.title)
        self._row(self.tr("Organisation"), organisation.name if organisation else "")
        self._row(self.tr("Buying-centre role"), label(contact.role))
        self._row(self.tr("Attitude"), label(contact.attitude))
        self._row(self.tr("Influence"), f"{contact.influence} / 5" if contact.influence else "")
        importance = self.analysis.importance.get(contact.id) if self.analysis else None
        if importance is not None:
            self._row(self.tr("Importance"), f"{importance.score:.0f} / 100")
        self._row(self.tr("E-mail"), contact.email)
        self._row(self.tr("Phone"), contact.phone)
        self._row(self.tr("Resources"), ", ".join(sorted(label(r) for r in contact.resources)))
        self._row(self.tr("Tags"), ", ".join(contact.tags))
        self._row(self.tr("Notes"), contact.notes)
        self._row(self.tr("Ties"), len(self.document.network.ties_of(contact.id)))

    def _show_organisation(self, organisation: Organisation) -> None:
        assert self.document is not None
        network = self.document.network
        self._heading.setText(organisation.name)
        self._row(self.tr("Category"), label(organisation.category))
        self._row(self.tr("Description"), organisation.description)
        self._row(self.tr("Employees"), organisation.employees)
        self._row(self.tr("Revenue (MNOK)"), f"{organisation.revenue_mnok:g}" if organisation.revenue_mnok is not None else "")
        self._row(self.tr("Website"), organisation.website)
        self._row(self.tr("Resources"), ", ".join(sorted(label(r) for r in organisation.resources)))
        self._row(self.tr("Tags"), ", ".join(organisation.tags))
        self._row(self.tr("Notes"), organisation.notes)
        self._row(self.tr("Members"), ", ".join(sorted(c.name for c in network.members_of(organisation.id))))

    def _show_tie(self, tie: Tie) -> None:
        assert self.document is not None
        network = self.document.network
        arrow = "→" if tie.directed else "—"
        self._heading.setText(f"{network.name_of(tie.source_id)} {arrow} {network.name_of(tie.target_id)}")
        self._row(self.tr("Type"), label(tie.type))
        names = {
            "acquaintance": self.tr("Acquaintance"),
            "availability": self.tr("Availability"),
            "trust": self.tr("Trust"),
            "support": self.tr("Support"),
        }
        quality = self.analysis.qualities.get(tie.id) if self.analysis else None
        if quality is not None:
            shown = self.tr("unrated") if quality.quality is None else f"{quality.quality:.0f} / 100"
            self._row(self.tr("Quality"), shown)
            self._row(self.tr("Class"), class_name(quality.tie_class))
            self._row(self.tr("How it is scored"), quality.explain())
        points = quality.breakdown.contributions if quality is not None else {}
        for key, value in tie.ratings.items():
            text = f"{value} / 5" if value else self.tr("not rated")
            if points.get(key) is not None:
                text += "  " + self.tr("(+%1 points)").replace("%1", f"{points[key]:.0f}")
            self._row(names[key], text)
        self._row(self.tr("Closeness"), label(tie.closeness))
        self._row(self.tr("Why the tie exists"), ", ".join(sorted(label(r) for r in tie.reasons)))
        if tie.cooperation or tie.competition:
            self._row(self.tr("Cooperation"), tie.cooperation)
            self._row(self.tr("Competition"), tie.competition)
        last = network.last_contact(tie.id)
        self._row(self.tr("Last contact"), last.isoformat() if last else "")
        self._row(self.tr("Interactions"), len(network.interactions_of(tie.id)))
        self._row(self.tr("Notes"), tie.notes)
