"""Findings: one sentence a key account manager understands, the people and ties involved,
a severity and a suggested action; most severe first.

Kinds and rules (access kinds are in ``findings_access.py``):

* ``isolated``: a contact with no tie at all (membership of an organisation
  does not count: it says where someone works, not that anyone in the map
  relates to them, and "every node needs a link to another node", ``001``),
  or an organisation with neither ties nor people. Low.
* ``stale``: a tie of ours (one end is one of our people or our organisation,
  the other is not) without contact for more than ``stale_after_days``.
  Tending ties is our job, so ties between other people are not listed, and
  an undated tie is not called stale (we do not know). Medium when the other
  end is a decision maker or influencer of an account, low otherwise.
* ``sceptic_influencer``: attitude sceptic and influence 4 or 5. High at an
  account, medium elsewhere.
* ``coopetition``: a tie rated cooperation >= 4 and competition >= 4 (the
  high/high quadrant of ``002``). Low: it is a fact to handle with care.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..domain.entities import Contact, Organisation
from ..domain.enums import Attitude, BuyingRole
from ..domain.ids import NodeId, TieId
from ..domain.network import Network
from .quality import TieQuality
from .text import Person, Text


class FindingKind(StrEnum):
    SINGLE_POINT_OF_FAILURE = "single_point_of_failure"
    BRIDGE = "bridge"
    UNREACHED = "unreached"
    WEAK_ACCESS = "weak_access"
    ISOLATED = "isolated"
    STALE = "stale"
    SCEPTIC_INFLUENCER = "sceptic_influencer"
    CONCENTRATION = "concentration"
    COOPETITION = "coopetition"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


SEVERITY_ORDER = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
KIND_ORDER = {kind: i for i, kind in enumerate(FindingKind)}
HIGH_INFLUENCE = 4
COOPETITION_LEVEL = 4


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    severity: Severity
    text: Text
    people: tuple[NodeId, ...]
    ties: tuple[TieId, ...]
    action: Text

    @property
    def message(self) -> str:
        """The sentence in the current language."""
        return str(self.text)

    @property
    def suggested_action(self) -> str:
        return str(self.action)


def ordered(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by kind in the documented order, then by message."""
    return tuple(sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], KIND_ORDER[f.kind], f.text.template,
                                                  f.text.params.__repr__())))


def person(network: Network, node_id: NodeId) -> Person:
    node = network.nodes[node_id]
    if isinstance(node, Contact):
        org = network.organisation_of(node)
        return Person(node.name, node.role, org.name if org else "")
    return Person(node.name)


def isolated(network: Network) -> list[Finding]:
    found = []
    for node in network.nodes.values():
        if network.has_ties(node.id):
            continue
        if isinstance(node, Organisation):
            if network.has_members(node.id):
                continue
            text = Text.of("{name} has no ties and no people in the map.", name=node.name)
            action = Text.of("Add who {name} works with, or remove {name} if it no longer matters.", name=node.name)
        else:
            text = Text.of("{person} has no ties to anyone in the map.", person=person(network, node.id))
            action = Text.of("Add whom {name} knows, or remove {name} from the map if no longer relevant.",
                             name=node.name)
        found.append(Finding(FindingKind.ISOLATED, Severity.LOW, text, (node.id,), (), action))
    return found


def stale(
    network: Network, qualities: Mapping[TieId, TieQuality], ours: set[NodeId], targets: set[NodeId],
) -> list[Finding]:
    limit = network.settings.stale_after_days
    found = []
    mine_ties = {t.id: t for node in ours for t in network.ties_of(node)}
    for tie in mine_ties.values():
        days = qualities[tie.id].days_since_contact
        if days is None or days <= limit:
            continue
        ends = (tie.source_id, tie.target_id)
        mine = [e for e in ends if e in ours]
        if len(mine) != 1:
            continue
        other = tie.other_end(mine[0])
        severity = Severity.MEDIUM if other in targets else Severity.LOW
        text = Text.of("No contact between {a} and {b} for {days} days.",
                       a=network.name_of(mine[0]), b=person(network, other), days=days)
        action = Text.of("Get in touch with {name}: book a meeting or a call.", name=network.name_of(other))
        found.append(Finding(FindingKind.STALE, severity, text, (mine[0], other), (tie.id,), action))
    return found


def sceptics(network: Network, account_ids: set[NodeId]) -> list[Finding]:
    found = []
    for contact in network.contacts():
        if contact.attitude is not Attitude.SCEPTIC or (contact.influence or 0) < HIGH_INFLUENCE:
            continue
        severity = Severity.HIGH if contact.organisation_id in account_ids else Severity.MEDIUM
        text = Text.of("{person} is sceptical of you and has influence {influence} of 5.",
                       person=person(network, contact.id), influence=contact.influence)
        action = Text.of("Find out what {name} objects to, and let someone {name} trusts answer it.",
                         name=contact.name)
        found.append(Finding(FindingKind.SCEPTIC_INFLUENCER, severity, text, (contact.id,), (), action))
    return found


def coopetition(network: Network) -> list[Finding]:
    found = []
    for tie in network.ties.values():
        if (tie.cooperation or 0) < COOPETITION_LEVEL or (tie.competition or 0) < COOPETITION_LEVEL:
            continue
        a, b = network.name_of(tie.source_id), network.name_of(tie.target_id)
        text = Text.of("{a} and {b} cooperate ({cooperation} of 5) and compete ({competition} of 5) at once.",
                       a=a, b=b, cooperation=tie.cooperation, competition=tie.competition)
        action = Text.of(
            "Handle {a} and {b} as partners and rivals at once: agree on what is shared, and build trust over time.",
            a=a, b=b,
        )
        found.append(Finding(FindingKind.COOPETITION, Severity.LOW, text, (tie.source_id, tie.target_id),
                             (tie.id,), action))
    return found


def ours_of(network: Network) -> set[NodeId]:
    """Our organisations and their people."""
    own = {o.id for o in network.own_organisations()}
    return own | {c.id for c in network.contacts() if c.organisation_id in own}


def role_rank(network: Network, node_id: NodeId) -> tuple[int, str]:
    node = network.nodes[node_id]
    role = node.role if isinstance(node, Contact) else None
    order = {BuyingRole.DECISION_MAKER: 0, BuyingRole.INFLUENCER: 1}
    return order.get(role, 2), node.name  # type: ignore[arg-type]


def today_or(today: dt.date | None) -> dt.date:
    return today or dt.date.today()
