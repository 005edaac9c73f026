"""The example's key account has goals, one per horizon, and a rebuild gives the same goals."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.enums import GoalHorizon
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "best_lokalt.knute"
SCRIPT = ROOT / "scripts" / "build_example_map.py"


def load(path: Path) -> Network:
    with MapStore.open(path, read_only=True) as store:
        return store.load()


@pytest.fixture(scope="module")
def network() -> Iterator[Network]:
    yield load(EXAMPLE)


def test_the_key_account_has_a_goal_for_each_horizon_with_a_strategy(network: Network) -> None:
    account = network.settings.account_id
    assert account is not None
    goals = network.goals_of(account)
    assert [g.horizon for g in goals] == list(GoalHorizon)
    assert all(g.text and g.strategy for g in goals)
    assert len(network.goals) == len(goals), "only the key account has goals"


def test_rebuilding_gives_the_same_goals(tmp_path: Path, network: Network) -> None:
    output = tmp_path / "rebuilt.knute"
    done = subprocess.run([sys.executable, str(SCRIPT), "--output", str(output)],
                          capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "3 goals" in done.stdout
    assert set(load(output).goals.values()) == set(network.goals.values())
