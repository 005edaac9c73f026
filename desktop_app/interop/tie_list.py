"""Import of a tie list: a sheet with one tie per row between people (or organisations) already in the map.

Columns (columns.py): source and target (required), type (default
professional), acquaintance, availability, trust, support, closeness,
cooperation, competition, last contact, notes. An end is found by its e-mail
(ignoring case), else by its name (ignoring case and extra spaces); it must
name exactly one contact or organisation of the map. A row whose end names
none, or several, cannot be read: it is listed with its line, like any
malformed row, and skipped only when the user agrees.

Merging: a tie of the same type between the same two (either way round for
the mutual types) is the same tie. The row fills the fields the map leaves
empty and never overwrites one; the same tie twice in the file: the second
is skipped, with the place of the first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import values as v
from ..domain.changes import Added, Change, Updated
from ..domain.entities import Tie
from ..domain.enums import Closeness, TieType
from ..domain.errors import UserError
from ..domain.ids import NodeId
from ..domain.network import Network, PairKey, pair_key
from . import cells
from .errors import InteropError, Rendered, located
from .merge import MergeSummary, check_problems
from .progress import Ticker

RATINGS = {
    "acquaintance": "Acquaintance", "availability": "Availability", "trust": "Trust", "support": "Support",
    "cooperation": "Cooperation", "competition": "Competition",
}
FILLABLE = (*RATINGS, "closeness", "last_contact", "notes")
"""What a row may fill in on a tie the map already has (when the map leaves it empty)."""

Where = tuple[str, dict[str, object]]


@dataclass(frozen=True, slots=True)
class TieRecord:
    """One row of a tie list, its values checked, its ends still names or e-mail addresses."""

    where: Where
    source: str
    target: str
    type: TieType | None
    values: dict[str, Any]
    """Ratings, closeness, last_contact and notes: only those the row gives."""


def tie_record(values: dict[str, str], where: Where) -> TieRecord:
    """A row's fields as a TieRecord; the domain's message (a UserError) when a value does not fit."""
    get = values.get
    source, target = get("source", ""), get("target", "")
    if not source or not target:
        raise InteropError("It needs a source and a target.")
    found: dict[str, Any] = {name: cells.rating(get(name, ""), label) for name, label in RATINGS.items() if name in values}
    if "closeness" in values:
        found["closeness"] = cells.choice(values["closeness"], Closeness, "Closeness")
    if "last_contact" in values:
        found["last_contact"] = cells.date(values["last_contact"], "Last contact")
    if "notes" in values:
        found["notes"] = v.text(values["notes"], "Notes")
    return TieRecord(where=where, source=source, target=target,
                     type=cells.choice(get("type", ""), TieType, "Tie type"), values=found)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


class Resolver:
    """Finds the node a tie list names: by e-mail, else by name; exactly one or a problem."""

    def __init__(self, network: Network) -> None:
        self.by_email: dict[str, list[NodeId]] = {}
        self.by_name: dict[str, list[NodeId]] = {}
        for node in network.nodes.values():
            self.by_name.setdefault(_key(node.name), []).append(node.id)
            email = getattr(node, "email", "")
            if email:
                self.by_email.setdefault(email.strip().casefold(), []).append(node.id)

    def __call__(self, text: str) -> NodeId:
        found = self.by_email.get(text.strip().casefold(), []) if "@" in text else []
        if not found:
            found = self.by_name.get(_key(text), [])
        if len(found) == 1:
            return found[0]
        if not found:
            raise InteropError("No contact or organisation in the map is called '{name}' or has that e-mail.",
                               name=text.strip()[:80])
        raise InteropError("{count} contacts or organisations in the map are called '{name}'; "
                           "give their e-mail address instead.", count=len(found), name=text.strip()[:80])


def _at(where: Where, problem: UserError) -> UserError:
    template, params = where
    return located(template, problem, **params)


def _line(problem: UserError) -> int:
    line = problem.params.get("line")
    return line if isinstance(line, int) else 0


def plan_ties(
    network: Network, source: str, records: Sequence[TieRecord], problems: Sequence[UserError], *,
    skip_bad: bool = False, ticker: Ticker | None = None,
) -> tuple[list[Change], MergeSummary]:
    """The changes that merge the tie list into ``network`` (left untouched), and their summary.

    ``problems`` are the rows that could not be read; rows whose ends the map
    does not hold join them, and all of them stop the import unless ``skip_bad``.
    """
    resolve = Resolver(network)
    tick = ticker or Ticker(None)
    bad = list(problems)
    resolved: list[tuple[TieRecord, Tie]] = []
    for done, record in enumerate(records):
        tick(done)
        try:
            tie = Tie(source_id=resolve(record.source), target_id=resolve(record.target),
                      type=record.type or TieType.PROFESSIONAL, **record.values)
        except UserError as exc:
            bad.append(_at(record.where, exc))
            continue
        resolved.append((record, tie))
    malformed = check_problems(source, sorted(bad, key=_line), skip_bad)

    skips: list[UserError] = list(malformed)
    first: dict[PairKey, Where] = {}
    added: list[Tie] = []
    updates: list[Change] = []
    unchanged = 0
    for record, tie in resolved:
        key = pair_key(tie)
        if key in first:
            template, params = first[key]
            skips.append(_at(record.where, InteropError(
                "The same tie as {first}; left out.", first=Rendered(InteropError(template, **params)),
            )))
            continue
        first[key] = record.where
        existing = network.find_tie(tie)
        if existing is None:
            added.append(tie)
            continue
        filled = dataclasses.replace(existing, **{
            name: getattr(tie, name) for name in FILLABLE if getattr(existing, name) in (None, "")
        })
        if filled != existing:
            updates.append(Updated(existing, filled))
        else:
            unchanged += 1
    changes: list[Change] = [*(Added(t) for t in added), *updates]
    return changes, MergeSummary.of(changes, unchanged=unchanged, skipped=skips, malformed=malformed)
