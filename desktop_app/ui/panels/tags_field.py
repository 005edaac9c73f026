"""Tags of one or several nodes, edited as a comma-separated line.

With several items selected the line shows the tags they all have, and an
edit is a difference, not a new list: a tag typed in is added to each item,
a tag deleted from the line is removed from each, and the tags only some of
them have stay where they are (the row under the line names them).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from .property_fields import LineField, parse_tags, show_tags

HINT_STYLE = "color: #5F6673;"


@dataclasses.dataclass(frozen=True)
class TagEdit:
    """What the user typed, and the tags the line showed when they started."""

    typed: tuple[str, ...]
    shown: tuple[str, ...]

    def applied_to(self, tags: Sequence[str]) -> tuple[str, ...]:
        """The item's tags after this edit: its own extra tags kept, in its order."""
        if set(tags) <= set(self.shown):
            return self.typed  # the item has just the shown tags: take the typed order too
        removed = set(self.shown) - set(self.typed)
        kept = [t for t in tags if t not in removed]
        return tuple(kept + [t for t in self.typed if t not in kept])


def shared_tags(values: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tags every item has and those only some have.

    One item keeps its own order; for several, both are alphabetical, so the line
    reads the same whichever item was selected first.
    """
    if len(values) <= 1:
        return (tuple(values[0]) if values else ()), ()
    everyone = set(values[0]).intersection(*map(set, values[1:]))
    some = set().union(*map(set, values)) - everyone
    return tuple(sorted(everyone, key=str.casefold)), tuple(sorted(some, key=str.casefold))


class TagsField(LineField):
    def __init__(self, name: str, label: str, command: str) -> None:
        super().__init__(name, label, command, parse=self._edit, show=show_tags)
        self.common: tuple[str, ...] = ()
        self.some: tuple[str, ...] = ()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(False)
        layout = self.container.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.hint)  # under the line, above a refusal
        self.edit.setToolTip(self.tr("Separate tags with commas"))

    def load(self, values: Sequence[Any]) -> None:
        if self.is_editing():
            return
        self.common, self.some = shared_tags([tuple(v) for v in values])
        self.show_value(self.common)
        self.hint.setText(self.tr("Only some have: %1").replace("%1", show_tags(self.some)))
        self.hint.setVisible(bool(self.some))

    def _edit(self, text: str) -> TagEdit:
        return TagEdit(parse_tags(text), self.common)

    def apply(self, entity: Any, value: Any) -> Any:
        tags = value.applied_to(entity.tags) if isinstance(value, TagEdit) else value
        return dataclasses.replace(entity, **{self.name: tags})
