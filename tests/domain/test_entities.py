"""Every entity validates and coerces on construction: an invalid one cannot exist."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest

from desktop_app.domain.entities import Action, Contact, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.enums import (
    ActionIntent,
    ActionStatus,
    ActorCategory,
    Attitude,
    BuyingRole,
    Closeness,
    InteractionKind,
    Resource,
    TieReason,
    TieType,
)
from desktop_app.domain.errors import DomainError, UserError
from desktop_app.domain.values import MAX_TEXT


def message(call, **kwargs) -> str:
    with pytest.raises(DomainError) as info:
        call(**kwargs)
    assert isinstance(info.value, UserError)
    return str(info.value)


class TestOrganisation:
    def test_coercion(self) -> None:
        org = Organisation(
            name="  Rørosmat  ", category="customer", employees=12.0, revenue_mnok=3, resources=["human"],
            tags=["mat", " mat "],
        )
        assert org.name == "Rørosmat"
        assert org.category is ActorCategory.CUSTOMER
        assert org.employees == 12 and type(org.employees) is int
        assert org.revenue_mnok == 3.0 and type(org.revenue_mnok) is float
        assert org.resources == frozenset({Resource.HUMAN})
        assert org.tags == ("mat",)
        assert org.id and not org.is_own

    def test_own_organisation(self) -> None:
        assert Organisation(name="Oss", category=ActorCategory.OWN).is_own

    def test_ids_are_unique(self) -> None:
        assert Organisation(name="A").id != Organisation(name="A").id

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"name": ""}, "Name cannot be empty."),
            ({"name": "   "}, "Name cannot be empty."),
            ({"name": None}, "Name cannot be empty."),
            ({"name": "A", "category": "friend"}, "Category: unknown value 'friend'"),
            ({"name": "A", "employees": -3}, "Employees must be zero or more."),
            ({"name": "A", "employees": 2.5}, "Employees must be a whole number."),
            ({"name": "A", "revenue_mnok": "much"}, "Revenue must be a number."),
            ({"name": "A", "resources": ["gold"]}, "Resource: unknown value 'gold'"),
            ({"name": "A", "description": "d" * (MAX_TEXT + 1)}, "Description is too long"),
            ({"name": "A", "x": math.nan}, "X position is outside the drawing area."),
            ({"name": "A", "y": math.inf}, "Y position is outside the drawing area."),
            ({"name": "A", "tags": "one,two"}, "Tags must be a list."),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        assert message(Organisation, **fields).startswith(expected)

    def test_frozen(self) -> None:
        org = Organisation(name="A")
        with pytest.raises(dataclasses.FrozenInstanceError):
            org.name = "B"  # type: ignore[misc]

    def test_replace_validates_again(self) -> None:
        with pytest.raises(DomainError, match="Name cannot be empty"):
            dataclasses.replace(Organisation(name="A"), name=" ")


class TestContact:
    def test_coercion(self) -> None:
        c = Contact(
            name=" Åse Øvergård ", email=" ase@example.no ", phone=" +47 1 ", role="decision_maker",
            attitude=None, influence=5.0, organisation_id="",
        )
        assert c.name == "Åse Øvergård"
        assert c.email == "ase@example.no" and c.phone == "+47 1"
        assert c.role is BuyingRole.DECISION_MAKER
        assert c.attitude is Attitude.UNKNOWN
        assert c.influence == 5
        assert c.organisation_id is None

    def test_no_role_and_unrated_influence(self) -> None:
        c = Contact(name="A", role="", influence=None)
        assert c.role is None and c.influence is None

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"name": " \t"}, "Name cannot be empty."),
            ({"name": "A", "influence": 0}, "Influence must be a whole number from 1 to 5, not '0'."),
            ({"name": "A", "influence": 6}, "Influence must be a whole number from 1 to 5, not '6'."),
            ({"name": "A", "influence": "x"}, "Influence must be a whole number from 1 to 5, not 'x'."),
            ({"name": "A", "influence": 4.5}, "Influence must be a whole number from 1 to 5, not '4.5'."),
            ({"name": "A", "role": "emperor"}, "Buying-centre role: unknown value 'emperor'"),
            ({"name": "A", "attitude": "hostile"}, "Attitude: unknown value 'hostile'"),
            ({"name": "A", "notes": "n" * (MAX_TEXT + 1)}, "Notes is too long"),
            ({"name": "A", "title": 3}, "Title must be text."),
            ({"name": "A", "x": -math.inf}, "X position is outside the drawing area."),
            ({"name": "A", "resources": "human"}, "Resource must be a list."),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        assert message(Contact, **fields).startswith(expected)


class TestTie:
    def test_coercion(self) -> None:
        tie = Tie(
            source_id="a", target_id="b", type="reports_to", trust=3.0, closeness="close",
            reasons=["need", "threat"], last_contact="2026-01-15",
        )
        assert tie.type is TieType.REPORTS_TO and tie.directed
        assert tie.trust == 3
        assert tie.closeness is Closeness.CLOSE
        assert tie.reasons == frozenset({TieReason.NEED, TieReason.THREAT})
        assert tie.last_contact == dt.date(2026, 1, 15)
        assert tie.ratings == {"acquaintance": None, "availability": None, "trust": 3, "support": None}
        assert tie.other_end("a") == "b" and tie.other_end("b") == "a"

    def test_mutual_types_are_undirected(self) -> None:
        assert not Tie(source_id="a", target_id="b", type="partner").directed

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"source_id": "a", "target_id": "a"}, "A tie cannot join a node to itself."),
            ({"source_id": "a", "target_id": ""}, "A tie needs two ends."),
            ({"source_id": None, "target_id": "b"}, "A tie needs two ends."),
            ({"type": "friend"}, "Tie type: unknown value 'friend'"),
            ({"acquaintance": 0}, "Acquaintance must be a whole number from 1 to 5"),
            ({"availability": 6}, "Availability must be a whole number from 1 to 5"),
            ({"trust": "x"}, "Trust must be a whole number from 1 to 5"),
            ({"support": 4.5}, "Support must be a whole number from 1 to 5"),
            ({"cooperation": -2}, "Cooperation must be a whole number from 1 to 5"),
            ({"competition": 9}, "Competition must be a whole number from 1 to 5"),
            ({"closeness": "intimate"}, "Closeness: unknown value 'intimate'"),
            ({"reasons": ["boredom"]}, "Reason: unknown value 'boredom'"),
            ({"last_contact": "2026-02-30"}, "Last contact must be a date like 2026-03-31, not '2026-02-30'."),
            ({"notes": "n" * (MAX_TEXT + 1)}, "Notes is too long"),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        base = {"source_id": "a", "target_id": "b"}
        assert message(Tie, **{**base, **fields}).startswith(expected)


class TestInteraction:
    def test_coercion(self) -> None:
        i = Interaction(tie_id="t", date="2026-03-01", kind="call")
        assert i.date == dt.date(2026, 3, 1) and i.kind is InteractionKind.CALL

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"date": "soon"}, "Date must be a date like 2026-03-31, not 'soon'."),
            ({"date": None}, "Date is required."),
            ({"kind": "telepathy"}, "Interaction kind: unknown value 'telepathy'"),
            ({"note": "n" * (MAX_TEXT + 1)}, "Note is too long"),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        assert message(Interaction, **{"tie_id": "t", "date": dt.date(2026, 1, 1), **fields}).startswith(expected)


class TestAction:
    def test_coercion(self) -> None:
        a = Action(title=" Ring CFO ", status="in_progress", intent="introduce", due="2026-06-01", node_id="")
        assert a.title == "Ring CFO"
        assert a.status is ActionStatus.IN_PROGRESS and a.intent is ActionIntent.INTRODUCE
        assert a.due == dt.date(2026, 6, 1) and a.node_id is None

    def test_defaults(self) -> None:
        a = Action(title="x")
        assert a.status is ActionStatus.PLANNED and a.intent is None and a.due is None

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"title": "  "}, "What cannot be empty."),
            ({"title": "x", "status": "maybe"}, "Status: unknown value 'maybe'"),
            ({"title": "x", "intent": "destroy"}, "Intent: unknown value 'destroy'"),
            ({"title": "x", "due": "tomorrow"}, "Due date must be a date like 2026-03-31, not 'tomorrow'."),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        assert message(Action, **fields).startswith(expected)


class TestMapSettings:
    def test_defaults_are_valid(self) -> None:
        s = MapSettings()
        assert s.title == "Untitled map" and s.total_weight == 4.0
        assert s.weak_threshold < s.strong_threshold

    def test_coercion(self) -> None:
        s = MapSettings(title=" Kart ", weight_trust=2, weight_support=None, account_id="", half_life_days=30.0)
        assert s.title == "Kart"
        assert s.weight_trust == 2.0 and type(s.weight_trust) is float
        assert s.weight_support == 0.0
        assert s.account_id is None
        assert s.half_life_days == 30 and type(s.half_life_days) is int

    @pytest.mark.parametrize(
        ("fields", "expected"),
        [
            ({"title": " "}, "Title cannot be empty."),
            ({"weight_trust": -1}, "Weight must be zero or more."),
            ({"weight_trust": math.nan}, "Weight must be zero or more."),
            ({"weight_trust": "heavy"}, "Weight must be a number."),
            (
                {"weight_acquaintance": 0, "weight_availability": 0, "weight_trust": 0, "weight_support": 0},
                "At least one quality weight must be above zero.",
            ),
            ({"half_life_days": 0}, "Half-life must be at least one day."),
            ({"half_life_days": 40_000}, "Half-life must be at most 36500 days."),
            ({"stale_after_days": None}, "Stale after must be at least one day."),
            ({"half_life_days": 1.5}, "Half-life must be a whole number."),
            ({"strong_threshold": 101}, "Thresholds must be between 0 and 100."),
            ({"weak_threshold": None}, "Thresholds must be between 0 and 100."),
            ({"weak_threshold": -1}, "Threshold must be zero or more."),
            ({"weak_threshold": 70, "strong_threshold": 70}, "The weak threshold must be below the strong threshold."),
            ({"weak_threshold": 80, "strong_threshold": 60}, "The weak threshold must be below the strong threshold."),
        ],
    )
    def test_refused(self, fields: dict, expected: str) -> None:
        assert message(MapSettings, **fields) == expected

    def test_threshold_edges(self) -> None:
        s = MapSettings(weak_threshold=0, strong_threshold=100)
        assert (s.weak_threshold, s.strong_threshold) == (0, 100)
