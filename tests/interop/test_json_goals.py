"""Account goals in Knute's JSON format: written, read back, refused with their place when wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.domain.entities import Goal, Organisation
from desktop_app.domain.enums import GoalHorizon
from desktop_app.interop.json_format import JSONImportError, dumps, export_json, import_json, parse
from desktop_app.storage import MapStore


def _map_with_goal(path: Path) -> tuple[MapStore, Goal]:
    store = MapStore.create(path)
    network = store.load()
    org = Organisation(name="Røros Hotell", category="customer")
    goal = Goal(organisation_id=org.id, text="Bli faste leverandør av spekemat",
                horizon=GoalHorizon.ONE_TO_TWO_YEARS, strategy="Pilot på frokostbuffeen")
    store.apply(network.add(org))
    store.apply(network.add(goal))
    return store, goal


def test_goals_round_trip(tmp_path: Path) -> None:
    store, goal = _map_with_goal(tmp_path / "kart.knute")
    with store:
        network = store.load()
        doc = json.loads(dumps(network))
        assert doc["goals"] == [{"id": goal.id, "organisation_id": goal.organisation_id, "text": goal.text,
                                 "horizon": "one_to_two_years", "strategy": "Pilot på frokostbuffeen"}]
        export_json(network, tmp_path / "kart.json")
    with MapStore.create(tmp_path / "kopi.knute") as copy:
        import_json(copy, copy.load(), tmp_path / "kart.json")
        assert copy.load().goals == {goal.id: goal}


def test_a_file_without_goals_reads_as_no_goals(tmp_path: Path) -> None:
    store, _ = _map_with_goal(tmp_path / "kart.knute")
    with store:
        doc = json.loads(dumps(store.load()))
    del doc["goals"]
    _, entities = parse(json.dumps(doc).encode(), "kart.json")
    assert not any(isinstance(e, Goal) for e in entities)


def test_a_bad_goal_is_refused_with_its_place(tmp_path: Path) -> None:
    store, goal = _map_with_goal(tmp_path / "kart.knute")
    with store:
        doc = json.loads(dumps(store.load()))
    doc["goals"][0]["horizon"] = "someday"
    with pytest.raises(JSONImportError) as info:
        parse(json.dumps(doc).encode(), "kart.json")
    assert f"goals[0] (id {goal.id})" in str(info.value.problems[0])
    assert "Horizon" in str(info.value.problems[0])
