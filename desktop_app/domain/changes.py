"""Typed records of what an edit changed.

The Network returns them, storage applies them in one transaction, the UI
refreshes only what they touch, and undo applies their inverses.
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities import Action, Contact, Goal, Interaction, MapSettings, Organisation, Tie

Entity = Organisation | Contact | Tie | Interaction | Action | Goal


@dataclass(frozen=True, slots=True)
class Added:
    entity: Entity

    def inverse(self) -> Removed:
        return Removed(self.entity)


@dataclass(frozen=True, slots=True)
class Removed:
    entity: Entity

    def inverse(self) -> Added:
        return Added(self.entity)


@dataclass(frozen=True, slots=True)
class Updated:
    before: Entity
    after: Entity

    def inverse(self) -> Updated:
        return Updated(self.after, self.before)


@dataclass(frozen=True, slots=True)
class SettingsChanged:
    before: MapSettings
    after: MapSettings

    def inverse(self) -> SettingsChanged:
        return SettingsChanged(self.after, self.before)


Change = Added | Removed | Updated | SettingsChanged


def inverse_of(changes: list[Change] | tuple[Change, ...]) -> list[Change]:
    """The changes that undo ``changes``: each inverted, in reverse order."""
    return [c.inverse() for c in reversed(changes)]
