"""What the action plan needs to know about the map: our people, what an action is for, drafts from findings.

Plain Python over the domain (no widgets), so it is cheap to test.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...analysis import Finding, FindingKind, Severity
from ...domain.entities import Action, Contact, Organisation
from ...domain.enums import ActionIntent, ActionStatus
from ...domain.ids import NodeId, TieId
from ...domain.network import Network

INTENT_OF: dict[FindingKind, ActionIntent] = {
    FindingKind.SINGLE_POINT_OF_FAILURE: ActionIntent.INTRODUCE,
    FindingKind.BRIDGE: ActionIntent.BUILD,
    FindingKind.UNREACHED: ActionIntent.INTRODUCE,
    FindingKind.WEAK_ACCESS: ActionIntent.STRENGTHEN,
    FindingKind.ISOLATED: ActionIntent.BUILD,
    FindingKind.STALE: ActionIntent.MAINTAIN,
    FindingKind.SCEPTIC_INFLUENCER: ActionIntent.RECOVER,
    FindingKind.CONCENTRATION: ActionIntent.INTRODUCE,
    FindingKind.COOPETITION: ActionIntent.MAINTAIN,
}
"""What an action taken on a finding sets out to do."""

DAYS_TO_ACT: dict[Severity, int] = {Severity.HIGH: 14, Severity.MEDIUM: 30, Severity.LOW: 60}
"""A first due date for an action on a finding: the more severe, the sooner."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionDraft:
    """The fields an Add Action dialog starts with; unlike an Action it may be incomplete (no title yet)."""

    title: str = ""
    node_id: NodeId | None = None
    tie_id: TieId | None = None
    owner_id: NodeId | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    intent: ActionIntent | None = None
    note: str = ""

    def build(self) -> Action:
        """The action; raises DomainError (e.g. an empty title) with a readable reason."""
        return Action(title=self.title, node_id=self.node_id, tie_id=self.tie_id, owner_id=self.owner_id,
                      due=self.due, status=self.status, intent=self.intent, note=self.note)


def our_people(network: Network) -> list[Contact]:
    """The people of our own organisations: those who can own an action, by name."""
    own = {o.id for o in network.own_organisations()}
    return sorted((c for c in network.contacts() if c.organisation_id in own), key=lambda c: c.name.casefold())


def tie_label(network: Network, tie_id: str) -> str:
    tie = network.ties.get(tie_id)  # type: ignore[call-overload]
    return f"{network.name_of(tie.source_id)} – {network.name_of(tie.target_id)}" if tie else ""


def target_label(network: Network, action: Action | ActionDraft) -> str:
    """What the action is for: the person or organisation, the tie, or both."""
    node = network.name_of(action.node_id) if action.node_id else ""
    tie = tie_label(network, action.tie_id) if action.tie_id else ""
    if node and tie and node not in tie.split(" – "):
        return f"{node} ({tie})"
    return tie or node


def draft_from_finding(network: Network, finding: Finding, today: dt.date) -> ActionDraft:
    """An action that answers a finding: its suggested action, for the person (and tie) it is about,
    owned by the first of our people involved."""
    ours = {c.id for c in our_people(network)} | {o.id for o in network.own_organisations()}
    involved = [p for p in finding.people if p in network.nodes]
    others = [p for p in involved if p not in ours]
    node_id: NodeId | None = (others or involved or [None])[0]  # type: ignore[list-item]
    owner = next((p for p in involved if p in ours and isinstance(network.nodes[p], Contact)), None)
    tie_id = finding.ties[0] if len(finding.ties) == 1 and finding.ties[0] in network.ties else None
    return ActionDraft(
        title=finding.suggested_action, node_id=node_id, tie_id=tie_id, owner_id=owner,
        due=today + dt.timedelta(days=DAYS_TO_ACT[finding.severity]), intent=INTENT_OF.get(finding.kind),
    )


def draft_for(network: Network, item_id: str) -> ActionDraft:
    """A blank action for a node or a tie picked on the canvas (owner: our person on a tie, if any)."""
    if item_id in network.ties:
        tie = network.ties[item_id]  # type: ignore[index]
        ours = {c.id for c in our_people(network)}
        owner = next((e for e in (tie.source_id, tie.target_id) if e in ours), None)
        other = tie.other_end(owner) if owner else None
        return ActionDraft(tie_id=tie.id, node_id=other, owner_id=owner)
    node = network.nodes.get(item_id)  # type: ignore[call-overload]
    if isinstance(node, (Contact, Organisation)):
        return ActionDraft(node_id=node.id)
    raise KeyError(item_id)
