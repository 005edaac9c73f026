"""Applying what an importer read: one edit, in memory and in the file, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.changes import Added, Change
from ..domain.entities import Contact, Organisation, Tie
from ..domain.network import Network

if TYPE_CHECKING:
    from ..storage import MapStore


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import created, for the line the user reads afterwards."""

    organisations: int = 0
    contacts: int = 0
    ties: int = 0

    @classmethod
    def of(cls, changes: Sequence[Change]) -> ImportSummary:
        added = [c.entity for c in changes if isinstance(c, Added)]
        return cls(
            organisations=sum(isinstance(e, Organisation) for e in added),
            contacts=sum(isinstance(e, Contact) for e in added),
            ties=sum(isinstance(e, Tie) for e in added),
        )


def apply_import(store: MapStore, network: Network, changes: Sequence[Change]) -> ImportSummary:
    """Apply ``changes`` to memory, then to the file in one transaction; undo memory if the file refuses."""
    network.apply(changes)
    try:
        store.apply(changes)
    except BaseException:
        network.revert(changes)
        raise
    return ImportSummary.of(changes)
