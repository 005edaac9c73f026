"""Editing one or several organisations: identity, size, resources and notes."""

from __future__ import annotations

from typing import Any

from ...domain.entities import Organisation
from ...domain.enums import ActorCategory, Resource
from ...i18n.labels import label
from .entity_editor import EditContext, EntityEditor
from .property_fields import (
    ChoicesField,
    ComboField,
    LineField,
    NotesField,
    parse_amount,
    parse_whole,
    show_amount,
)
from .tags_field import TagsField


class OrganisationEditor(EntityEditor):
    def __init__(self, context: EditContext) -> None:
        super().__init__(context)
        identity = self.section(self.tr("Identity"))
        self.add_field(identity, LineField("name", self.tr("Name"), self.tr("Change Name")))
        self.add_field(identity, ComboField(
            "category", self.tr("Category"), self.tr("Change Category"),
            [(self.tr("(none)"), None), *((label(c), c) for c in ActorCategory)],
        ))
        self.add_field(identity, NotesField(
            "description", self.tr("Description"), self.tr("Change Description"), max_height=72,
        ))
        self.add_field(identity, LineField("website", self.tr("Website"), self.tr("Change Website")))

        size = self.section(self.tr("Size"))
        self.add_field(size, LineField("employees", self.tr("Employees"), self.tr("Change Employees"), parse=parse_whole))
        self.add_field(size, LineField(
            "revenue_mnok", self.tr("Revenue (MNOK)"), self.tr("Change Revenue"), parse=parse_amount, show=show_amount,
        ))

        notes = self.section(self.tr("Resources and notes"))
        self.add_field(notes, ChoicesField(
            "resources", self.tr("Resources"), self.tr("Change Resources"),
            [(r, label(r)) for r in Resource], columns=2,
        ), label="above")
        self.add_field(notes, TagsField("tags", self.tr("Tags"), self.tr("Change Tags")))
        self.add_field(notes, NotesField("notes", self.tr("Notes"), self.tr("Change Notes")))
        self.members = self.add_readout(notes, self.tr("Members"))
        self._notes_section = notes

    def heading(self) -> str:
        organisations = self.entities()
        if len(organisations) == 1:
            return organisations[0].name
        return self.tr("%n organisations selected", "", len(organisations))

    def refresh_extra(self, entities: list[Any]) -> None:
        single = len(entities) == 1
        self.set_field_visible("name", single)
        organisation: Organisation = entities[0]
        members = sorted(c.name for c in self.context.network.members_of(organisation.id)) if single else []
        self.members.setText(", ".join(members) or "—")
        self.set_row_visible(self._notes_section, self.members, single)
