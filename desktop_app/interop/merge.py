"""Merging people read from an address book or a sheet into an open map (issue 6's rules).

A person in the file is the same as one in the map when their e-mail matches
(ignoring case), else when name and organisation match (ignoring case). A
match fills the fields the map leaves empty and adds new tags; it never
overwrites what the user typed. Organisations match by name. Everything the
import does is one change list, applied as one transaction (one undo step).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.changes import Added, Change, Updated
from ..domain.entities import Contact, Node, Organisation, Tie
from ..domain.enums import Attitude, BuyingRole, TieType
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network
from ..domain.values import coordinate
from ..memory import paused_gc
from .errors import ImportProblemsError, InteropError, Rendered, located
from .files import read_bytes
from .layout import place
from .progress import Progress, Ticker

if TYPE_CHECKING:
    from ..storage import MapStore


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One person as a file gives them, before merging; ``where`` names their place in the file."""

    where: tuple[str, dict[str, object]]
    """A template naming the place ("Line {line}") and its parameters."""
    name: str
    organisation: str = ""
    title: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    role: BuyingRole | None = None
    attitude: Attitude | None = None
    influence: int | None = None
    connected_on: dt.date | None = None
    """For a tie from the importing user (LinkedIn's Connected On)."""


@dataclass(frozen=True, slots=True)
class MergeSummary:
    """What an import did: created, filled in, and left out (each with its reason and place)."""

    organisations: int = 0
    contacts: int = 0
    ties: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: tuple[UserError, ...] = field(default=())
    malformed: tuple[UserError, ...] = field(default=())
    """The entries of ``skipped`` that could not be read (the user agreed to skip them)."""

    @classmethod
    def of(
        cls, changes: Sequence[Change], *, unchanged: int = 0, skipped: Sequence[UserError] = (),
        malformed: Sequence[UserError] = (),
    ) -> MergeSummary:
        added = [c.entity for c in changes if isinstance(c, Added)]
        return cls(
            organisations=sum(isinstance(e, Organisation) for e in added),
            contacts=sum(isinstance(e, Contact) for e in added),
            ties=sum(isinstance(e, Tie) for e in added),
            updated=sum(isinstance(c, Updated) for c in changes),
            unchanged=unchanged,
            skipped=tuple(skipped),
            malformed=tuple(malformed),
        )


def apply_merge(store: MapStore, network: Network, changes: Sequence[Change]) -> None:
    """Apply to memory, then to the file in one transaction; undo memory if the file refuses."""
    network.apply(changes)
    try:
        store.apply(changes)
    except BaseException:
        network.revert(changes)
        raise


def check_problems(source: str, problems: Sequence[UserError], skip_bad: bool) -> list[UserError]:
    """Malformed entries stop the import unless the user agreed to skip them; then they are skipped."""
    if problems and not skip_bad:
        raise ImportProblemsError(source, problems)
    return list(problems)


def _at(record: PersonRecord | Any, problem: UserError) -> UserError:
    template, params = record.where
    return located(template, problem, **params)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def plan_merge(
    network: Network, records: Sequence[PersonRecord], *, me: NodeId | None = None,
    skipped: Sequence[UserError] = (), ticker: Ticker | None = None,
) -> tuple[list[Change], MergeSummary]:
    """The changes that merge ``records`` into ``network`` (left untouched), and their summary.

    With ``me`` (a contact of the map: the importing user), each person gets a
    professional tie from ``me`` dated with their ``connected_on``. ``skipped``
    are the malformed entries the user agreed to leave out; ``ticker`` is
    told each record done (and may stop the import).
    """
    skips = list(skipped)
    tick = ticker or Ticker(None)
    organisations = {_key(o.name): o.id for o in network.organisations()}
    current: dict[NodeId, Contact] = {c.id: c for c in network.contacts()}
    by_email: dict[str, NodeId] = {}
    by_name: dict[tuple[str, str], NodeId] = {}

    def org_name(contact: Contact) -> str:
        org = network.nodes.get(contact.organisation_id) if contact.organisation_id else None
        return _key(org.name) if org is not None else new_org_names.get(contact.organisation_id or "", "")

    new_orgs: list[Organisation] = []
    new_org_names: dict[str, str] = {}
    for contact in current.values():
        if contact.email:
            by_email.setdefault(contact.email.casefold(), contact.id)
        by_name.setdefault((_key(contact.name), org_name(contact)), contact.id)

    first_seen: dict[NodeId, tuple[str, dict[str, object]]] = {}
    new_contacts: dict[NodeId, Contact] = {}
    updates: dict[NodeId, Contact] = {}
    dates: dict[NodeId, dt.date | None] = {}
    unchanged = 0
    for done, record in enumerate(records):
        tick(done)
        org_id: NodeId | None = None
        if record.organisation.strip():
            okey = _key(record.organisation)
            if okey not in organisations:
                org = Organisation(name=record.organisation.strip())
                new_orgs.append(org)
                new_org_names[org.id] = okey
                organisations[okey] = org.id
            org_id = organisations[okey]
        match = by_email.get(record.email.strip().casefold()) if record.email.strip() else None
        if match is None:
            match = by_name.get((_key(record.name), _key(record.organisation)))
        if match is not None and match in first_seen:
            template, params = first_seen[match]
            skips.append(_at(record, InteropError(
                "The same person as {first}; left out.", first=Rendered(InteropError(template, **params)),
            )))
            continue
        try:
            if match is None:
                contact = Contact(
                    name=record.name, organisation_id=org_id, title=record.title, email=record.email,
                    phone=record.phone, notes=record.notes, tags=record.tags, role=record.role,
                    attitude=record.attitude or Attitude.UNKNOWN, influence=record.influence,
                )
                new_contacts[contact.id] = contact
                by_name[(_key(record.name), _key(record.organisation))] = contact.id
                if contact.email:
                    by_email[contact.email.casefold()] = contact.id
                match = contact.id
            else:
                old = current[match]
                filled = dataclasses.replace(
                    old,
                    title=old.title or record.title, email=old.email or record.email,
                    phone=old.phone or record.phone, organisation_id=old.organisation_id or org_id,
                    notes=old.notes or record.notes, tags=(*old.tags, *record.tags),
                    role=old.role or record.role, influence=old.influence or record.influence,
                    attitude=old.attitude if old.attitude is not Attitude.UNKNOWN else (record.attitude or old.attitude),
                )
                if filled != old:
                    updates[match] = filled
                else:
                    unchanged += 1
        except UserError as exc:
            skips.append(_at(record, exc))
            continue
        first_seen[match] = record.where
        dates[match] = record.connected_on

    ties: list[Tie] = []
    if me is not None:
        for node_id, date in dates.items():
            if node_id == me:
                continue
            tie = Tie(source_id=me, target_id=node_id, type=TieType.PROFESSIONAL, last_contact=date)
            if node_id in new_contacts or network.find_tie(tie) is None:
                ties.append(tie)
    used = {c.organisation_id for c in (*new_contacts.values(), *updates.values())}
    new_orgs = [o for o in new_orgs if o.id in used]
    nodes: list[Node] = [*new_orgs, *new_contacts.values()]
    positions = place(nodes, {n.id for n in nodes}, network)
    for node in nodes:
        _move(node, *positions[node.id])
    changes: list[Change] = [Added(n) for n in nodes]
    changes += [Updated(current[i], c) for i, c in updates.items()]
    changes += [Added(t) for t in ties]
    return changes, MergeSummary.of(changes, unchanged=unchanged, skipped=skips, malformed=skipped)


def _move(node: Node, x: float, y: float) -> None:
    """Place a node this import just created, before anything else has seen it.

    ``dataclasses.replace`` would build and check every field again: a third
    of the time of a 200,000-row import. Entities are frozen for what holds
    them; this one is not held yet.
    """
    object.__setattr__(node, "x", coordinate(x, "X position"))
    object.__setattr__(node, "y", coordinate(y, "Y position"))


def me_by_name(network: Network, name: str) -> NodeId:
    """The contact of the map called ``name`` (ignoring case): the importing user of a LinkedIn export."""
    found = [c.id for c in network.contacts() if _key(c.name) == _key(name)]
    if len(found) != 1:
        raise InteropError(
            "The map has {count} contacts called {name}; name exactly one person as yourself.",
            count=len(found), name=name,
        )
    return found[0]


def read_people(
    parse: Callable[[bytes, str, Progress | None], tuple[list[PersonRecord], list[UserError]]],
    source: Path, network: Network, *, skip_bad: bool, me: NodeId | None, progress: Progress | None,
    parsed_at: float,
) -> tuple[list[Change], MergeSummary]:
    """Parse a file of people (vCard, LinkedIn), then plan their merge; ``parsed_at`` is the progress share of parsing."""
    source = Path(source)
    with paused_gc():
        records, problems = parse(read_bytes(source), source.name, progress)
        skipped = check_problems(source.name, problems, skip_bad)
        rest = Ticker(progress, start=parsed_at, end=1.0, total=len(records))
        planned = plan_merge(network, records, me=me, skipped=skipped, ticker=rest)
    rest.finish()
    return planned
