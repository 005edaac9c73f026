"""A selection of different kinds (contacts with organisations, nodes with ties): what they share.

Nodes share resources, tags and notes; ties share only notes with them. Each
edit is one undo command over every selected item; resources and tags are
added to or removed from each item, not replaced.
"""

from __future__ import annotations

from typing import Any

from ...domain.entities import Contact, Organisation, Tie
from ...domain.enums import Resource
from ...i18n.labels import label
from .entity_editor import EditContext, EntityEditor
from .property_fields import ChoicesField, NotesField
from .tags_field import TagsField


class MixedEditor(EntityEditor):
    def __init__(self, context: EditContext) -> None:
        super().__init__(context)
        shared = self.section(self.tr("Shared fields"))
        self.counts = self.add_readout(shared, self.tr("Selected"))
        self.add_field(shared, ChoicesField(
            "resources", self.tr("Resources"), self.tr("Change Resources"),
            [(r, label(r)) for r in Resource], columns=2,
        ), label="above")
        self.add_field(shared, TagsField("tags", self.tr("Tags"), self.tr("Change Tags")))
        self.add_field(shared, NotesField("notes", self.tr("Notes"), self.tr("Change Notes")))

    def heading(self) -> str:
        return ""  # the panel says how many items are selected

    def refresh(self) -> None:
        entities = self.entities()
        nodes_only = not any(isinstance(e, Tie) for e in entities)
        self.set_field_visible("resources", nodes_only)
        self.set_field_visible("tags", nodes_only)
        if nodes_only:
            super().refresh()
            return
        # Ties have no resources or tags: refresh only what every item has.
        self.fields["notes"].load([e.notes for e in entities])
        self.refresh_extra(entities)

    def refresh_extra(self, entities: list[Any]) -> None:
        contacts = sum(isinstance(e, Contact) for e in entities)
        organisations = sum(isinstance(e, Organisation) for e in entities)
        ties = sum(isinstance(e, Tie) for e in entities)
        parts = []
        if contacts:
            parts.append(self.tr("contacts: %1").replace("%1", str(contacts)))
        if organisations:
            parts.append(self.tr("organisations: %1").replace("%1", str(organisations)))
        if ties:
            parts.append(self.tr("ties: %1").replace("%1", str(ties)))
        self.counts.setText(", ".join(parts))
