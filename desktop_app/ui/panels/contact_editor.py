"""Editing one or several contacts: identity, role in the buying centre, notes."""

from __future__ import annotations

from typing import Any

from ...domain.entities import Contact
from ...domain.enums import Attitude, BuyingRole, Resource
from ...i18n.labels import label
from .entity_editor import EditContext, EntityEditor
from .property_fields import ChoicesField, ComboField, LineField, NotesField, RatingField
from .tags_field import TagsField


class ContactEditor(EntityEditor):
    def __init__(self, context: EditContext) -> None:
        super().__init__(context)
        identity = self.section(self.tr("Identity"))
        self.add_field(identity, LineField("name", self.tr("Name"), self.tr("Change Name")))
        self.add_field(identity, LineField("title", self.tr("Title"), self.tr("Change Title")))
        self.organisation = ComboField("organisation_id", self.tr("Organisation"), self.tr("Change Organisation"))
        self.add_field(identity, self.organisation)
        self.add_field(identity, LineField("email", self.tr("E-mail"), self.tr("Change E-mail")))
        self.add_field(identity, LineField("phone", self.tr("Phone"), self.tr("Change Phone")))

        role = self.section(self.tr("Role"))
        none = self.tr("(none)")
        self.add_field(role, ComboField(
            "role", self.tr("Buying-centre role"), self.tr("Change Buying-centre Role"),
            [(none, None), *((label(r), r) for r in BuyingRole)],
        ))
        self.add_field(role, ComboField(
            "attitude", self.tr("Attitude"), self.tr("Change Attitude"), [(label(a), a) for a in Attitude],
        ))
        self.add_field(role, RatingField("influence", self.tr("Influence"), self.tr("Change Influence")), label="above")
        self.importance = self.add_readout(role, self.tr("Importance"))
        self.add_field(role, ChoicesField(
            "resources", self.tr("Resources"), self.tr("Change Resources"),
            [(r, label(r)) for r in Resource], columns=2,
        ), label="above")

        notes = self.section(self.tr("Notes"))
        self.add_field(notes, TagsField("tags", self.tr("Tags"), self.tr("Change Tags")))
        self.add_field(notes, NotesField("notes", self.tr("Notes"), self.tr("Change Notes")))
        self.ties = self.add_readout(notes, self.tr("Ties"))
        self._role_section = role
        self._notes_section = notes

    def heading(self) -> str:
        contacts = self.entities()
        if len(contacts) == 1:
            return contacts[0].name
        return self.tr("%n contacts selected", "", len(contacts))

    def refresh(self) -> None:
        if self.context.document is not None:
            organisations = sorted(self.context.network.organisations(), key=lambda o: o.name.casefold())
            self.organisation.set_items([(self.tr("(none)"), None), *((o.name, o.id) for o in organisations)])
        super().refresh()

    def refresh_extra(self, entities: list[Any]) -> None:
        single = len(entities) == 1
        self.set_field_visible("name", single)
        contact: Contact = entities[0]
        analysis = self.context.analysis
        importance = analysis.importance.get(contact.id) if analysis and single else None
        self.importance.setText(f"{importance.score:.0f} / 100" if importance is not None else "")
        self.set_row_visible(self._role_section, self.importance, importance is not None)
        self.ties.setText(str(len(self.context.network.ties_of(contact.id))) if single else "")
        self.set_row_visible(self._notes_section, self.ties, single)
