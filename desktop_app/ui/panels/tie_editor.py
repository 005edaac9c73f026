"""Editing one or several ties: the relationship, the four quality ratings with their score, interactions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...analysis.quality import class_name
from ...domain.entities import RATING_FIELDS, Organisation, Tie
from ...domain.enums import Closeness, TieReason, TieType
from ...i18n.labels import label
from .entity_editor import EditContext, EntityEditor
from .interactions_editor import InteractionsEditor
from .property_fields import ERROR_STYLE, ChoicesField, ComboField, DateFieldBinding, NotesField, RatingField

HINT_STYLE = "color: palette(placeholder-text); font-size: 9pt;"


class TieEditor(EntityEditor):
    def __init__(self, context: EditContext) -> None:
        super().__init__(context)
        relationship = self.section(self.tr("Relationship"))
        self.add_field(relationship, ComboField(
            "type", self.tr("Tie type"), self.tr("Change Tie Type"), [(label(t), t) for t in TieType],
        ))
        self._build_direction(relationship)
        self.add_field(relationship, ComboField(
            "closeness", self.tr("Closeness"), self.tr("Change Closeness"),
            [(self.tr("(none)"), None), *((label(c), c) for c in Closeness)],
        ))
        self.add_field(relationship, ChoicesField(
            "reasons", self.tr("Why the tie exists"), self.tr("Change Reasons"), [(r, label(r)) for r in TieReason],
        ), label="above")
        self.add_field(relationship, RatingField("cooperation", self.tr("Cooperation"), self.tr("Change Cooperation")), label="above")
        self.add_field(relationship, RatingField("competition", self.tr("Competition"), self.tr("Change Competition")), label="above")
        self._relationship = relationship

        quality = self.section(self.tr("Quality"))
        explanations = {
            "acquaintance": (self.tr("Acquaintance"), self.tr("How well you know each other."),
                             self.tr("Change Acquaintance")),
            "availability": (self.tr("Availability"), self.tr("How easily you reach this person when it matters."),
                             self.tr("Change Availability")),
            "trust": (self.tr("Trust"), self.tr("How far you trust and confide in each other."),
                      self.tr("Change Trust")),
            "support": (self.tr("Support"), self.tr("How far this person backs you and your offer."),
                        self.tr("Change Support")),
        }
        self.points: dict[str, QLabel] = {}
        for name in RATING_FIELDS:
            title, explanation, command = explanations[name]
            field = RatingField(name, title, command, explanation)
            self.add_field(quality, field, label="none")
            self._add_rating_heading(quality, field)
        self.quality = self.add_readout(quality, self.tr("Quality"))
        self.tie_class = self.add_readout(quality, self.tr("Class"))
        self.how = self.add_readout(quality, self.tr("How it is scored"))
        self._quality = quality

        contact = self.section(self.tr("Contact"))
        self.add_field(contact, DateFieldBinding("last_contact", self.tr("Last contact"), self.tr("Change Last Contact")))
        self.latest = self.add_readout(contact, self.tr("Latest contact"))
        self.latest.setToolTip(self.tr(
            "The latest of the last-contact date and the logged interactions; a tie's quality fades with the time since."
        ))
        self.interactions_caption = QLabel(self.tr("Interactions"))
        contact.form.addRow(self.interactions_caption)
        self.interactions = InteractionsEditor(context)
        contact.form.addRow(self.interactions)
        self._contact = contact

        notes = self.section(self.tr("Notes"))
        self.add_field(notes, NotesField("notes", self.tr("Notes"), self.tr("Change Notes")), label="none")

    def _build_direction(self, section: Any) -> None:
        self.direction = QWidget()
        layout = QVBoxLayout(self.direction)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.direction_label = QLabel()
        self.direction_label.setWordWrap(True)
        self.reverse_button = QPushButton(self.tr("Reverse direction"))
        self.reverse_button.setToolTip(self.tr("Swap the two ends of this tie"))
        self.reverse_button.clicked.connect(self.reverse)
        self.direction_error = QLabel()
        self.direction_error.setWordWrap(True)
        self.direction_error.setStyleSheet(ERROR_STYLE)
        self.direction_error.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reverse_button)
        row.addStretch(1)
        layout.addWidget(self.direction_label)
        layout.addLayout(row)
        layout.addWidget(self.direction_error)
        self.direction_row_label = QLabel(self.tr("Direction"))
        section.form.addRow(self.direction_row_label, self.direction)

    def _add_rating_heading(self, section: Any, field: RatingField) -> None:
        """Name and points on one line and the explanation under it, as rows above the control.

        Direct rows of the form, not a nested layout: QFormLayout gives a wrapped
        label the height its width needs only for its own rows.
        """
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 6, 0, 0)
        name = QLabel(field.label)
        name.setStyleSheet("font-weight: 600;")
        name.setBuddy(field.editor)
        points = QLabel()
        points.setStyleSheet(HINT_STYLE)
        row.addWidget(name)
        row.addStretch(1)
        row.addWidget(points)
        explanation = QLabel(field.explanation)
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        index, _role = section.form.getWidgetPosition(field.container)
        section.form.insertRow(index, explanation)
        section.form.insertRow(index, top)
        self.points[field.name] = points

    # ---- showing -------------------------------------------------------------
    def heading(self) -> str:
        ties = self.entities()
        if len(ties) != 1:
            return self.tr("%n ties selected", "", len(ties))
        network = self.context.network
        tie = ties[0]
        arrow = "→" if tie.directed else "—"
        return f"{network.name_of(tie.source_id)} {arrow} {network.name_of(tie.target_id)}"

    def load(self, ids: Any) -> None:
        self.direction_error.setVisible(False)
        super().load(ids)

    def refresh_extra(self, entities: list[Any]) -> None:
        network = self.context.network
        single = len(entities) == 1
        tie: Tie = entities[0]
        directed = single and tie.directed
        form = self._relationship.form
        form.setRowVisible(self.direction, directed)
        if directed:
            self.direction_label.setText(f"{network.name_of(tie.source_id)} → {network.name_of(tie.target_id)}")
        organisations = all(
            isinstance(network.nodes.get(t.source_id), Organisation) and isinstance(network.nodes.get(t.target_id), Organisation)
            for t in entities
        )
        self.set_field_visible("cooperation", organisations)
        self.set_field_visible("competition", organisations)
        self._show_scores(tie if single else None)
        self._contact.form.setRowVisible(self.latest, single)
        self._contact.form.setRowVisible(self.interactions_caption, single)
        self._contact.form.setRowVisible(self.interactions, single)
        if single:
            last = network.last_contact(tie.id)
            if last is None:
                self.latest.setText(self.tr("never"))
            else:
                days = (dt.date.today() - last).days
                ago = {0: self.tr("today"), 1: self.tr("yesterday")}.get(days, self.tr("%1 days ago").replace("%1", str(days)))
                self.latest.setText(f"{last.isoformat()} ({ago})" if days >= 0 else last.isoformat())
            self.interactions.set_tie(tie.id)
        else:
            self.interactions.set_tie(None)

    def _show_scores(self, tie: Tie | None) -> None:
        analysis = self.context.analysis
        quality = analysis.qualities.get(tie.id) if analysis is not None and tie is not None else None
        contributions = quality.breakdown.contributions if quality is not None else {}
        for name, points in self.points.items():
            value = contributions.get(name)
            points.setText(self.tr("+%1 points").replace("%1", f"{value:.0f}") if value is not None else "")
        form = self._quality.form
        for row in (self.quality, self.tie_class, self.how):
            form.setRowVisible(row, quality is not None)
        if quality is None:
            return
        self.quality.setText(self.tr("unrated") if quality.quality is None else f"{quality.quality:.0f} / 100")
        self.tie_class.setText(class_name(quality.tie_class))
        self.how.setText(quality.explain())

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.reverse_button.setEnabled(not read_only)
        self.interactions.refresh()

    # ---- the direction ---------------------------------------------------------
    def reverse(self) -> bool:
        ties = self.entities()
        if len(ties) != 1 or self.context.read_only:
            return False
        tie = ties[0]
        reversed_tie = dataclasses.replace(tie, source_id=tie.target_id, target_id=tie.source_id)
        message = self.context.perform(self.tr("Reverse Direction"), lambda network: network.update(reversed_tie))
        self.direction_error.setText(message or "")
        self.direction_error.setVisible(message is not None)
        self.refresh()
        return message is None
