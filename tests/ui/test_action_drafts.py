"""Drafts of actions: from every finding of the example map, and for a node or a tie picked on the canvas."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.analysis import FindingKind, analyze
from desktop_app.domain.entities import Contact
from desktop_app.domain.enums import ActionIntent
from desktop_app.ui.panels.action_drafts import (
    DAYS_TO_ACT,
    ActionDraft,
    draft_for,
    draft_from_finding,
    our_people,
    target_label,
)
from tests.report.helpers import example

DAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def network():
    return example()


def test_our_people_are_the_contacts_of_our_organisation_by_name(network) -> None:
    assert [c.name for c in our_people(network)] == ["Eli Gruvli", "Kari Kobberud", "Ola Malmstein"]


def test_every_finding_gives_a_valid_action_answering_it(network) -> None:
    ours = {c.id for c in our_people(network)}
    findings = analyze(network, today=DAY).findings
    assert {f.kind for f in findings} >= {FindingKind.STALE, FindingKind.SINGLE_POINT_OF_FAILURE}
    for finding in findings:
        draft = draft_from_finding(network, finding, DAY)
        action = draft.build()
        assert action.title == finding.suggested_action
        assert action.due == DAY + dt.timedelta(days=DAYS_TO_ACT[finding.severity])
        assert action.intent is not None
        assert action.node_id in finding.people
        assert action.owner_id is None or (action.owner_id in ours and action.owner_id in finding.people)
        if len(finding.ties) == 1:
            assert action.tie_id == finding.ties[0]
        network.add(action)  # it refers only to what is in the map
        network.remove(action)


def test_a_stale_tie_becomes_a_maintain_action_for_the_other_person_owned_by_ours(network) -> None:
    finding = next(f for f in analyze(network, today=DAY).findings
                   if f.kind is FindingKind.STALE and "Anne Kobbervik" in f.message)
    draft = draft_from_finding(network, finding, DAY)
    assert network.name_of(draft.owner_id) == "Kari Kobberud"
    assert network.name_of(draft.node_id) == "Anne Kobbervik"
    assert draft.intent is ActionIntent.MAINTAIN
    assert target_label(network, draft) == "Kari Kobberud – Anne Kobbervik"


def test_drafts_for_a_node_and_for_a_tie(network) -> None:
    trond = next(c for c in network.contacts() if c.name == "Trond Kobbhaug")
    assert draft_for(network, trond.id) == ActionDraft(node_id=trond.id)
    kari = next(c for c in network.contacts() if c.name == "Kari Kobberud")
    ours = {c.id for c in our_people(network)}
    tie = next(t for t in sorted(network.ties_of(kari.id), key=lambda t: t.id)
               if isinstance(network.nodes[t.other_end(kari.id)], Contact) and t.other_end(kari.id) not in ours)
    draft = draft_for(network, tie.id)
    assert (draft.tie_id, draft.owner_id, draft.node_id) == (tie.id, kari.id, tie.other_end(kari.id))
    with pytest.raises(KeyError):
        draft_for(network, "no such id")


def test_an_empty_draft_does_not_build(network) -> None:
    from desktop_app.domain.errors import DomainError

    with pytest.raises(DomainError, match=r"What cannot be empty\."):
        ActionDraft().build()
