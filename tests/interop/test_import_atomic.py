"""An import cut short (the process killed) leaves the map with none of it or all of it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.domain.entities import Contact, Organisation, Tie
from desktop_app.storage import MapStore

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

NODES = 3000
ORGANISATIONS = 40
EXISTING_CONTACTS = 5

# The child announces each phase, so the parent can aim its kill at the import
# as a whole or at the commit itself.
CHILD = """
import sys
from pathlib import Path
from desktop_app.storage import MapStore
from desktop_app.interop.graphml import import_graphml

original_apply = MapStore.apply
def announced_apply(self, changes):
    print("committing", flush=True)
    original_apply(self, changes)
    print("committed", flush=True)
MapStore.apply = announced_apply

store = MapStore.open(sys.argv[1])
network = store.load()
print("start", flush=True)
import_graphml(store, network, Path(sys.argv[2]))
store.close()
print("done", flush=True)
"""


def big_graphml(path: Path) -> None:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '<key id="l" for="node" attr.name="label" attr.type="string"/>',
        '<key id="o" for="node" attr.name="organisation" attr.type="string"/>',
        '<key id="i" for="node" attr.name="influence" attr.type="int"/>',
        '<key id="t" for="edge" attr.name="trust" attr.type="int"/>',
        '<graph edgedefault="undirected">',
    ]
    lines += [
        f'<node id="n{i}"><data key="l">Person {i}</data><data key="o">Firma {i % ORGANISATIONS}</data>'
        f'<data key="i">{i % 5 + 1}</data></node>'
        for i in range(NODES)
    ]
    lines += [f'<edge source="n{i}" target="n{(i + 1) % NODES}"><data key="t">{i % 5 + 1}</data></edge>'
              for i in range(NODES)]
    lines += ["</graph>", "</graphml>"]
    path.write_text("\n".join(lines), encoding="utf-8")


def start_child(map_path: Path, source: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KNUTE_LANG": "en"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(map_path), str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def wait_for(child: subprocess.Popen[str], marker: str) -> None:
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    while line and line != marker:
        line = child.stdout.readline().strip()
    assert line == marker, child.stderr.read() if child.stderr else ""


@pytest.fixture
def pristine(tmp_path: Path) -> Path:
    """A map holding a few contacts and a tie before the import."""
    path = tmp_path / "pristine.knute"
    with MapStore.create(path) as store:
        network = store.load()
        org = Organisation(name="Firma 0")
        store.apply(network.add(org))
        people = [Contact(name=f"Før {i}", organisation_id=org.id) for i in range(EXISTING_CONTACTS)]
        for person in people:
            store.apply(network.add(person))
        store.apply(network.add(Tie(source_id=people[0].id, target_id=people[1].id)))
    return path


def test_a_killed_import_leaves_none_or_all_of_it(pristine: Path, tmp_path: Path) -> None:
    source = tmp_path / "big.graphml"
    big_graphml(source)

    # Calibrate: how long the import and its commit take on this machine.
    calibration = tmp_path / "calibration.knute"
    shutil.copy(pristine, calibration)
    child = start_child(calibration, source)
    wait_for(child, "start")
    began = time.perf_counter()
    wait_for(child, "committing")
    committing = time.perf_counter()
    wait_for(child, "committed")
    whole, commit = time.perf_counter() - began, time.perf_counter() - committing
    assert child.wait(timeout=60) == 0
    expected_all = check(calibration)
    assert expected_all == (ORGANISATIONS, EXISTING_CONTACTS + NODES, 1 + NODES)

    rng = random.Random(20260331)
    plans = [("start", 0.0)]  # surely before the commit
    plans += [("start", whole * 1.2 * (k + rng.random()) / 6) for k in range(6)]
    plans += [("committing", commit * 1.4 * (k + rng.random()) / 8) for k in range(8)]
    plans += [("committed", 0.0)]  # surely after it
    outcomes = []
    for run, (marker, delay) in enumerate(plans):
        path = tmp_path / f"run{run}.knute"
        shutil.copy(pristine, path)
        child = start_child(path, source)
        wait_for(child, marker)
        time.sleep(delay)  # the kill lands at a chosen moment: this sleep is the experiment
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        found = check(path)
        assert found in ((1, EXISTING_CONTACTS, 1), expected_all), (marker, delay, found)
        outcomes.append(found == expected_all)
    # The delays span the whole import: some kills come before the commit, some after.
    assert any(outcomes) and not all(outcomes), outcomes


def check(path: Path) -> tuple[int, int, int]:
    """Open the map as Knute would, check it, and count what it holds."""
    with MapStore.open(path) as store:
        assert store.integrity_check() == []
        network = store.load()
        counts = store.counts()
    organisations = sum(1 for _ in network.organisations())
    contacts = sum(1 for _ in network.contacts())
    assert (counts["organisations"], counts["contacts"], counts["ties"]) == (organisations, contacts, len(network.ties))
    return organisations, contacts, len(network.ties)
