"""Account goals: validation, references, the removal cascade, undo; and when an action is overdue."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.changes import Removed, inverse_of
from desktop_app.domain.entities import Action, Contact, Goal, Organisation
from desktop_app.domain.enums import ActionStatus, ActorCategory, GoalHorizon
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network

from .strategies import rebuilt, state


@pytest.fixture
def net() -> Network:
    network = Network()
    network.add(Organisation(id="acme", name="Acme", category=ActorCategory.CUSTOMER))
    network.add(Organisation(id="oss", name="Oss", category=ActorCategory.OWN))
    network.add(Contact(id="kari", name="Kari", organisation_id="oss"))
    return network


def test_goal_defaults_and_coercion() -> None:
    goal = Goal(organisation_id="acme", text="  Bli foretrukket leverandør ", horizon="three_to_five_years")
    assert goal.text == "Bli foretrukket leverandør"
    assert goal.horizon is GoalHorizon.THREE_TO_FIVE_YEARS
    assert goal.strategy == "" and goal.id
    assert Goal(organisation_id="acme", text="x").horizon is GoalHorizon.THIS_YEAR


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "  "}, "Goal cannot be empty."),
        ({"horizon": "someday"}, "Horizon: unknown value 'someday'"),
        ({"strategy": 5}, "Strategy must be text."),
        ({"organisation_id": ""}, "A goal belongs to an organisation."),
    ],
)
def test_invalid_goal_is_refused_with_a_reason(fields: dict, message: str) -> None:
    values = {"organisation_id": "acme", "text": "Vokse", **fields}
    with pytest.raises(DomainError) as info:
        Goal(**values)
    assert str(info.value).startswith(message)


def test_add_update_remove_and_undo(net: Network) -> None:
    empty = state(net)
    goal = Goal(organisation_id="acme", text="Vokse 20 %", horizon=GoalHorizon.ONE_TO_TWO_YEARS)
    added = net.add(goal)
    assert net.goals == {goal.id: goal} and net.goals_of("acme") == [goal]
    changed = dataclasses.replace(goal, strategy="Nye produkter hver høst")
    updated = net.update(changed)
    assert net.goals[goal.id].strategy == "Nye produkter hver høst"
    removed = net.remove(changed)
    assert net.goals == {}
    for changes in (removed, updated, added):
        net.revert(changes)
    assert state(net) == empty


def test_goal_must_belong_to_an_organisation_in_the_map(net: Network) -> None:
    with pytest.raises(DomainError, match=r"A goal must belong to an organisation in the map\."):
        net.add(Goal(organisation_id="kari", text="En person har ikke mål her"))
    with pytest.raises(DomainError, match=r"A goal must belong to an organisation in the map\."):
        net.add(Goal(organisation_id="ghost", text="x"))
    assert net.goals == {}


def test_removing_the_organisation_removes_its_goals_and_undo_restores_them(net: Network) -> None:
    mine = [Goal(organisation_id="acme", text=f"Mål {i}") for i in range(3)]
    other = Goal(organisation_id="oss", text="Vårt eget mål")
    for goal in (*mine, other):
        net.add(goal)
    with_goals = state(net)
    changes = net.remove(net.nodes["acme"])
    assert {c.entity.id for c in changes if isinstance(c, Removed) and isinstance(c.entity, Goal)} == {
        g.id for g in mine}
    assert set(net.goals) == {other.id}
    assert state(net) == state(rebuilt(net))
    net.apply(inverse_of(changes))
    assert state(net) == with_goals
    net.remove_many([net.nodes["kari"], net.nodes["oss"], net.nodes["acme"]])
    assert net.goals == {}
    assert set(net.nodes) == set()


def test_an_organisation_with_goals_cannot_be_dropped_alone(net: Network) -> None:
    net.add(Goal(organisation_id="acme", text="x"))
    with pytest.raises(DomainError, match="still referred to"):
        net.apply([Removed(net.nodes["acme"])])
    assert "acme" in net.nodes


def test_from_entities_checks_goal_references(net: Network) -> None:
    goal = Goal(organisation_id="acme", text="x")
    loaded = Network.from_entities(net.settings, net.nodes.values(), [], [], [], [goal])
    assert loaded.goals == {goal.id: goal}
    with pytest.raises(DomainError):
        Network.from_entities(net.settings, [], [], [], [], [goal])


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        (ActionStatus.PLANNED, dt.date(2026, 11, 22), True),
        (ActionStatus.IN_PROGRESS, dt.date(2026, 1, 1), True),
        (ActionStatus.PLANNED, dt.date(2026, 11, 23), False),  # due today is not late yet
        (ActionStatus.DONE, dt.date(2026, 1, 1), False),
        (ActionStatus.DROPPED, dt.date(2026, 1, 1), False),
        (ActionStatus.PLANNED, None, False),
    ],
)
def test_overdue_means_open_and_due_before_today(status: ActionStatus, due: dt.date | None, overdue: bool) -> None:
    action = Action(title="Ring", status=status, due=due)
    assert action.overdue_on(dt.date(2026, 11, 23)) is overdue
    assert action.is_open is (status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
