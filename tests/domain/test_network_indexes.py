"""The indices that let a removal check its references at once (instead of scanning every action and goal)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Action, Contact, Goal, Organisation, Tie
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network

from . import strategies as s


def reference_indices(network: Network) -> tuple[dict, dict]:
    """What the indices must hold, computed the slow way from the entities."""
    actions: dict[str, set[str]] = {}
    for action in network.actions.values():
        for ref in {action.node_id, action.owner_id, action.tie_id} - {None}:
            actions.setdefault(ref, set()).add(action.id)
    goals: dict[str, set[str]] = {}
    for goal in network.goals.values():
        goals.setdefault(goal.organisation_id, set()).add(goal.id)
    return actions, goals


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), steps=st.integers(1, 30))
def test_the_reference_indices_follow_every_edit_undo_and_redo(data: st.DataObject, steps: int) -> None:
    net = Network()
    history = []
    for _ in range(steps):
        with contextlib.suppress(DomainError):
            history.append(s.random_edit(net, data, data.draw(st.sampled_from(s.OPERATIONS))))
        assert (net._actions_by_ref, net._goals_by_organisation) == reference_indices(net)
    for changes in reversed(history):
        net.revert(changes)
        assert (net._actions_by_ref, net._goals_by_organisation) == reference_indices(net)
    assert net._actions_by_ref == {} and net._goals_by_organisation == {}


def test_what_an_action_or_goal_refers_to_cannot_be_taken_from_under_it() -> None:
    from desktop_app.domain.changes import Removed

    net = Network()
    org = Organisation(name="Kunde AS")
    kari, ola = Contact(name="Kari"), Contact(name="Ola", organisation_id=org.id)
    tie = Tie(source_id=kari.id, target_id=ola.id)
    for entity in (org, kari, ola, tie, Action(title="Ring", tie_id=tie.id, owner_id=kari.id),
                   Goal(organisation_id=org.id, text="Bli leverandør")):
        net.add(entity)
    net.remove(ola)  # takes the tie along, and clears the action's tie
    for entity, message in ((kari, "Kari is still referred to."), (org, "Kunde AS is still referred to.")):
        with pytest.raises(DomainError) as info:
            net.apply([Removed(entity)])
        assert str(info.value) == message
    changes = net.remove(kari)
    (action,) = net.actions.values()
    assert action.owner_id is None and action.tie_id is None and len(changes) == 2


def test_removing_many_contacts_of_a_map_with_actions_plans_only_the_actions_that_refer_to_them() -> None:
    net = Network()
    people = [Contact(name=f"P{i}") for i in range(300)]
    for person in people:
        net.add(person)
    for i in range(0, 300, 30):
        net.add(Action(title=f"Ring {i}", node_id=people[i].id))
    changes = net.remove_many(people)
    assert sum(type(c).__name__ == "Updated" for c in changes) == 10
    assert len(net.nodes) == 0 and all(a.node_id is None for a in net.actions.values())
