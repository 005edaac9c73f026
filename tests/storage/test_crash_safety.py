"""A map survives its editor being killed at any moment: nothing committed is lost, nothing half-written shows."""

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

from desktop_app.domain.network import Network
from desktop_app.storage import MapStore
from tests.domain.strategies import state

from .crash_child import edit, mark
from .helpers import FIXTURES, interrupted_write, load

REPO = Path(__file__).resolve().parents[2]
RUNS = 24


def _committed_in_file(net: Network, seed: int, reported: int) -> int:
    """Which edit of this run the file ends with: the last reported one or the one in flight."""
    for n in (reported + 1, reported):
        if n and net.settings.description == mark(seed, n):
            return n
    return 0


def _expected(start: Network, seed: int, edits: int) -> Network:
    net = Network.from_entities(start.settings, start.nodes.values(), start.ties.values(),
                                start.interactions.values(), start.actions.values())
    rnd = random.Random(seed)
    for n in range(1, edits + 1):
        edit(net, rnd, seed, n)
    return net


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.timeout(120)
def test_killed_at_random_moments(tmp_path: Path) -> None:
    path = tmp_path / "krasj.knute"
    shutil.copyfile(FIXTURES / "schema_v1.knute", path)
    delays = random.Random(31).choices([0.0, 0.01, 0.05, 0.2, 0.5, 1.0], k=RUNS)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    committed_total = 0
    for seed, base in enumerate(delays, start=1):
        with MapStore.open(path) as store:
            start = store.load()
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(path), str(seed)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline().strip()
        assert ready == "ready", child.communicate()[1]
        time.sleep(base * random.Random(seed).random())  # the kill lands at an arbitrary point of an edit
        child.send_signal(signal.SIGKILL)
        # Read the rest through the same buffered reader as "ready": on a busy machine that readline
        # may already have buffered the child's first reports, which communicate() would never see.
        out = child.stdout.read()
        err = child.stderr.read() if child.stderr is not None else ""
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, err
        reported = max((int(line) for line in out.split()), default=0)

        with MapStore.open(path) as store:
            assert store.integrity_check() == [], f"run {seed}"
            loaded = store.load()
        found = _committed_in_file(loaded, seed, reported)
        assert found >= reported, f"run {seed}: edit {reported} was reported committed but is not in the file"
        assert state(loaded) == state(_expected(start, seed, found)), f"run {seed}: content differs after {found}"
        committed_total += found
    assert committed_total > RUNS, "the child hardly ever got an edit in: the test proves little"


def test_open_rolls_back_an_interrupted_write(tmp_path: Path) -> None:
    """A crash mid-write leaves the file half-changed and a hot journal; opening restores the last commit."""
    path = tmp_path / "krasj.knute"
    shutil.copyfile(FIXTURES / "schema_v1.knute", path)
    committed = state(load(path))
    mid_write, journal = interrupted_write(path)
    path.write_bytes(mid_write)
    Path(f"{path}-journal").write_bytes(journal)
    with MapStore.open(path) as store:
        assert store.integrity_check() == []
        assert state(store.load()) == committed
    assert not Path(f"{path}-journal").exists()
