"""The Network aggregate: every entity of one map, kept consistent.

Edits go through ``add``/``update``/``remove``/``change_settings``; each checks
references, computes the full list of changes (a removed node takes its ties,
their interactions, an organisation's goals and the references to it along),
applies it, and returns it.
``apply`` replays change lists (undo, redo) with the same checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from .changes import Added, Change, Entity, Removed, SettingsChanged, Updated, inverse_of
from .entities import Action, Contact, Goal, Interaction, MapSettings, Node, Organisation, Tie
from .enums import DIRECTED_TYPES
from .errors import DomainError
from .ids import ActionId, GoalId, InteractionId, NodeId, TieId

PairKey = tuple[str, NodeId, NodeId]


def pair_key(tie: Tie) -> PairKey:
    """Ties of one type between one pair must be unique; mutual types ignore order."""
    # The member itself, not .value: a StrEnum hashes and compares as its text, and
    # Enum.value is a slow descriptor on a path run twice per tie when a map loads.
    a, b = tie.source_id, tie.target_id
    if b < a and tie.type not in DIRECTED_TYPES:
        a, b = b, a
    return (tie.type, a, b)


class Network:
    def __init__(self, settings: MapSettings | None = None) -> None:
        self.settings = settings or MapSettings()
        self.nodes: dict[NodeId, Node] = {}
        self.ties: dict[TieId, Tie] = {}
        self.interactions: dict[InteractionId, Interaction] = {}
        self.actions: dict[ActionId, Action] = {}
        self.goals: dict[GoalId, Goal] = {}
        self._ties_by_node: dict[NodeId, set[TieId]] = {}
        self._pairs: dict[PairKey, TieId] = {}
        self._members: dict[NodeId, set[NodeId]] = {}
        self._interactions_by_tie: dict[TieId, set[InteractionId]] = {}
        self._actions_by_ref: dict[str, set[ActionId]] = {}
        """Actions by the id of each node, owner and tie they refer to: removals check it once, not per action."""
        self._goals_by_organisation: dict[NodeId, set[GoalId]] = {}

    @classmethod
    def from_entities(
        cls, settings: MapSettings, nodes: Iterable[Node], ties: Iterable[Tie],
        interactions: Iterable[Interaction], actions: Iterable[Action], goals: Iterable[Goal] = (),
    ) -> Network:
        """Build a network from stored entities, checking every reference."""
        network = cls(settings)
        nodes = sorted(nodes, key=lambda n: isinstance(n, Contact))  # organisations first
        groups: tuple[tuple[dict[Any, Any], Iterable[Entity]], ...] = (
            (network.nodes, nodes), (network.ties, ties),
            (network.interactions, interactions), (network.actions, actions), (network.goals, goals),
        )
        for table, group in groups:
            for entity in group:
                if entity.id in table:
                    raise DomainError("The id {id} is used twice.", id=entity.id)
                network._check_refs(entity)
                table[entity.id] = entity
                network._index(entity)
        network._check_settings(settings)
        return network

    # ---- queries -------------------------------------------------------
    def contacts(self) -> Iterator[Contact]:
        return (n for n in self.nodes.values() if isinstance(n, Contact))

    def organisations(self) -> Iterator[Organisation]:
        return (n for n in self.nodes.values() if isinstance(n, Organisation))

    def ties_of(self, node_id: NodeId) -> list[Tie]:
        return [self.ties[t] for t in self._ties_by_node.get(node_id, ())]

    def has_ties(self, node_id: NodeId) -> bool:
        return node_id in self._ties_by_node

    def has_members(self, organisation_id: NodeId) -> bool:
        return organisation_id in self._members

    def members_of(self, organisation_id: NodeId) -> list[Contact]:
        return [self.nodes[c] for c in self._members.get(organisation_id, ())]  # type: ignore[misc]

    def interactions_of(self, tie_id: TieId) -> list[Interaction]:
        found = [self.interactions[i] for i in self._interactions_by_tie.get(tie_id, ())]
        return sorted(found, key=lambda i: i.date)

    def last_contact(self, tie_id: TieId) -> dt.date | None:
        """The latest dated contact on a tie: its interactions or its recorded date."""
        dates = [i.date for i in self.interactions_of(tie_id)]
        recorded = self.ties[tie_id].last_contact
        if recorded:
            dates.append(recorded)
        return max(dates) if dates else None

    def goals_of(self, organisation_id: NodeId) -> list[Goal]:
        """An organisation's goals, in the order they were added."""
        if organisation_id not in self._goals_by_organisation:
            return []
        return [g for g in self.goals.values() if g.organisation_id == organisation_id]

    def organisation_of(self, contact: Contact) -> Organisation | None:
        org = self.nodes.get(contact.organisation_id) if contact.organisation_id else None
        return org if isinstance(org, Organisation) else None

    def own_organisations(self) -> list[Organisation]:
        return [o for o in self.organisations() if o.is_own]

    def find_tie(self, tie: Tie) -> Tie | None:
        found = self._pairs.get(pair_key(tie))
        return self.ties[found] if found else None

    def name_of(self, node_id: NodeId | None) -> str:
        node = self.nodes.get(node_id) if node_id else None
        return node.name if node else "?"

    def entity(self, kind: type, entity_id: str) -> Entity | None:
        return self._table(kind).get(entity_id)  # type: ignore[return-value]

    # ---- edits ---------------------------------------------------------
    def add(self, entity: Entity) -> list[Change]:
        changes: list[Change] = [Added(entity)]
        self.apply(changes)
        return changes

    def update(self, entity: Entity) -> list[Change]:
        before = self._table(type(entity)).get(entity.id)
        if before is None:
            raise DomainError("This item is no longer in the map.")
        if before == entity:
            return []
        changes: list[Change] = [Updated(before, entity)]
        self.apply(changes)
        return changes

    def change_settings(self, settings: MapSettings) -> list[Change]:
        if settings == self.settings:
            return []
        changes: list[Change] = [SettingsChanged(self.settings, settings)]
        self.apply(changes)
        return changes

    def remove(self, entity: Entity) -> list[Change]:
        """Remove an entity and everything that only makes sense with it."""
        current = self._table(type(entity)).get(entity.id)
        if current is None:
            raise DomainError("This item is no longer in the map.")
        changes = self._removal_plan(current)
        self.apply(changes)
        return changes

    def remove_many(self, entities: Iterable[Entity]) -> list[Change]:
        """Remove several entities as one edit (ties shared by two removed nodes go once)."""
        changes: list[Change] = []
        removed: set[str] = set()
        updated: dict[str, Entity] = {}
        order = sorted(entities, key=_removal_rank)
        for entity in order:
            if entity.id in removed:
                continue
            current = self._table(type(entity)).get(entity.id)
            if current is None:
                raise DomainError("This item is no longer in the map.")
            changes.extend(self._removal_plan(current, removed, updated))
        self.apply(changes)
        return changes

    def apply(self, changes: Sequence[Change]) -> None:
        """Apply changes in order, all or nothing."""
        done: list[Change] = []
        try:
            for change in changes:
                self._apply_one(change)
                done.append(change)
        except Exception:
            for change in inverse_of(done):
                self._apply_one(change)
            raise

    def revert(self, changes: Sequence[Change]) -> None:
        self.apply(inverse_of(list(changes)))

    # ---- internals -----------------------------------------------------
    def _table(self, kind: type) -> dict:
        if kind in (Contact, Organisation):
            return self.nodes
        if kind is Tie:
            return self.ties
        if kind is Interaction:
            return self.interactions
        if kind is Action:
            return self.actions
        if kind is Goal:
            return self.goals
        raise TypeError(kind)

    def _removal_plan(
        self, entity: Entity, removed: set[str] | None = None,
        updated: dict[str, Entity] | None = None,
    ) -> list[Change]:
        removed = set() if removed is None else removed
        updated = {} if updated is None else updated
        changes: list[Change] = []

        def update(e: Entity, **fields: object) -> None:
            current = updated.get(e.id, e)
            new = dataclasses.replace(current, **fields)  # type: ignore[type-var, arg-type]
            changes.append(Updated(current, new))
            updated[e.id] = new

        def drop(e: Entity) -> None:
            if e.id not in removed:
                removed.add(e.id)
                changes.append(Removed(updated.get(e.id, e)))

        ties: list[Tie] = []
        if isinstance(entity, (Contact, Organisation)):
            ties = [t for t in self.ties_of(entity.id) if t.id not in removed]
        elif isinstance(entity, Tie):
            ties = [entity]
        tie_ids = {t.id for t in ties}
        referring = {a for i in (entity.id, *tie_ids) for a in self._actions_by_ref.get(i, ())}
        for action in self.actions.values() if referring else ():  # in map order, as the plan must be
            if action.id in removed or action.id not in referring:
                continue
            fields: dict[str, object] = {}
            current = cast(Action, updated.get(action.id, action))
            if current.node_id == entity.id or current.owner_id == entity.id:
                fields.update({k: None for k in ("node_id", "owner_id") if getattr(current, k) == entity.id})
            if current.tie_id in tie_ids:
                fields["tie_id"] = None
            if fields and not isinstance(entity, Action):
                update(action, **fields)
        for tie in ties:
            for interaction in self.interactions_of(tie.id):
                drop(interaction)
            drop(tie)
        if isinstance(entity, Organisation):
            for goal in self.goals_of(entity.id):
                drop(goal)
            for member in self.members_of(entity.id):
                if member.id not in removed:
                    update(member, organisation_id=None)
            if self.settings.account_id == entity.id:
                changes.append(SettingsChanged(self.settings, dataclasses.replace(self.settings, account_id=None)))
        drop(entity)
        return changes

    def _apply_one(self, change: Change) -> None:
        if isinstance(change, SettingsChanged):
            self._check_settings(change.after)
            self.settings = change.after
        elif isinstance(change, Added):
            table = self._table(type(change.entity))
            if change.entity.id in table:
                raise DomainError("This item is already in the map.")
            self._check_refs(change.entity)
            table[change.entity.id] = change.entity
            self._index(change.entity)
        elif isinstance(change, Removed):
            table = self._table(type(change.entity))
            if change.entity.id not in table:
                raise DomainError("This item is no longer in the map.")
            self._check_unreferenced(change.entity)
            self._unindex(table.pop(change.entity.id))
        elif isinstance(change, Updated):
            table = self._table(type(change.after))
            old = table.get(change.before.id)
            if old is None or change.before.id != change.after.id:
                raise DomainError("This item is no longer in the map.")
            if type(old) is not type(change.after):
                raise DomainError("A contact cannot become an organisation or the reverse.")
            self._unindex(old)
            try:
                self._check_refs(change.after)
            except DomainError:
                self._index(old)
                raise
            table[change.after.id] = change.after
            self._index(change.after)
        else:  # pragma: no cover - exhaustive
            raise TypeError(change)

    def _check_settings(self, settings: MapSettings) -> None:
        if settings.account_id and not isinstance(self.nodes.get(settings.account_id), Organisation):
            raise DomainError("The account must be an organisation in this map.")

    def _check_refs(self, entity: Entity) -> None:
        if isinstance(entity, Contact):
            if entity.organisation_id and not isinstance(self.nodes.get(entity.organisation_id), Organisation):
                raise DomainError(
                    "{name} belongs to an organisation that is not in the map.", name=entity.name
                )
        elif isinstance(entity, Tie):
            for end in (entity.source_id, entity.target_id):
                if end not in self.nodes:
                    raise DomainError("The tie refers to a node that is not in the map ({node_id}).", node_id=end)
            existing = self._pairs.get(pair_key(entity))
            if existing and existing != entity.id:
                raise DomainError(
                    "There is already a tie of this type between {a} and {b}.",
                    a=self.name_of(entity.source_id), b=self.name_of(entity.target_id),
                )
        elif isinstance(entity, Interaction):
            if entity.tie_id not in self.ties:
                raise DomainError("The interaction refers to a tie that is not in the map.")
        elif isinstance(entity, Action):
            if entity.node_id and entity.node_id not in self.nodes:
                raise DomainError("The action refers to a contact or organisation that is not in the map.")
            if entity.tie_id and entity.tie_id not in self.ties:
                raise DomainError("The action refers to a tie that is not in the map.")
            if entity.owner_id and not isinstance(self.nodes.get(entity.owner_id), Contact):
                raise DomainError("The owner of an action must be a person in the map.")
        elif isinstance(entity, Goal) and not isinstance(self.nodes.get(entity.organisation_id), Organisation):
            raise DomainError("A goal must belong to an organisation in the map.")

    def _check_unreferenced(self, entity: Entity) -> None:
        if isinstance(entity, (Contact, Organisation)):
            if self._ties_by_node.get(entity.id) or self._members.get(entity.id):
                raise DomainError("{name} still has ties or members.", name=entity.name)
            if self.settings.account_id == entity.id or self._actions_by_ref.get(entity.id) or (
                self._goals_by_organisation.get(entity.id)
            ):
                raise DomainError("{name} is still referred to.", name=entity.name)
        elif isinstance(entity, Tie) and (
            self._interactions_by_tie.get(entity.id) or self._actions_by_ref.get(entity.id)
        ):
            raise DomainError("The tie is still referred to.")

    def _index(self, entity: Entity) -> None:
        if isinstance(entity, Tie):
            for end in (entity.source_id, entity.target_id):
                self._ties_by_node.setdefault(end, set()).add(entity.id)
            self._pairs[pair_key(entity)] = entity.id
        elif isinstance(entity, Contact) and entity.organisation_id:
            self._members.setdefault(entity.organisation_id, set()).add(entity.id)
        elif isinstance(entity, Interaction):
            self._interactions_by_tie.setdefault(entity.tie_id, set()).add(entity.id)
        elif isinstance(entity, Action):
            for ref in {entity.node_id, entity.owner_id, entity.tie_id} - {None}:
                self._actions_by_ref.setdefault(ref, set()).add(entity.id)  # type: ignore[arg-type]
        elif isinstance(entity, Goal):
            self._goals_by_organisation.setdefault(entity.organisation_id, set()).add(entity.id)

    def _unindex(self, entity: Entity) -> None:
        if isinstance(entity, Tie):
            for end in (entity.source_id, entity.target_id):
                ids = self._ties_by_node.get(end)
                if ids is not None:
                    ids.discard(entity.id)
                    if not ids:
                        del self._ties_by_node[end]
            self._pairs.pop(pair_key(entity), None)
        elif isinstance(entity, Contact) and entity.organisation_id:
            members = self._members.get(entity.organisation_id)
            if members is not None:
                members.discard(entity.id)
                if not members:
                    del self._members[entity.organisation_id]
        elif isinstance(entity, Interaction):
            _discard(self._interactions_by_tie, entity.tie_id, entity.id)
        elif isinstance(entity, Action):
            for ref in {entity.node_id, entity.owner_id, entity.tie_id} - {None}:
                _discard(self._actions_by_ref, ref, entity.id)  # type: ignore[arg-type]
        elif isinstance(entity, Goal):
            _discard(self._goals_by_organisation, entity.organisation_id, entity.id)


def _discard(index: dict[Any, set[Any]], key: Any, value: Any) -> None:
    """Take ``value`` out of ``index[key]``, and the key with its last value."""
    values = index.get(key)
    if values is not None:
        values.discard(value)
        if not values:
            del index[key]


def _removal_rank(entity: Entity) -> int:
    """Remove dependants before what they depend on, so one edit never trips over itself."""
    return {Action: 0, Goal: 0, Interaction: 1, Tie: 2, Contact: 3, Organisation: 4}[type(entity)]
