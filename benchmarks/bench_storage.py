"""Storage benchmark: create, open-and-load, file size and one committed edit on a large map.

Run from the repository root: ``python -m benchmarks.bench_storage`` (or
``python benchmarks/bench_storage.py``); ``--help`` lists the options. The
figures are medians because the machines we measure on are shared and noisy.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_network, write_map
from desktop_app.domain.changes import Change
from desktop_app.domain.entities import Contact, Tie
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

TARGET_OPEN_LOAD_S = 0.3
TARGET_EDIT_P95_MS = 5.0
EDIT_KINDS = ("move contact", "rate tie", "add contact", "remove contact")


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the value below which ``fraction`` of the samples fall."""
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def verdict(value: float, target: float) -> str:
    return "meets" if value <= target else "MISSES"


def bench_create(network: Network, folder: Path, runs: int) -> list[float]:
    times = []
    for i in range(runs):
        path = folder / f"create-{i}.knute"
        start = time.perf_counter()
        write_map(path, network)
        times.append(time.perf_counter() - start)
        path.unlink()
    return times


def bench_open_load(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Total open+load times, and the open part alone (load = total - open)."""
    totals, opens = [], []
    for _ in range(runs):
        start = time.perf_counter()
        store = MapStore.open(path)
        opened = time.perf_counter()
        network = store.load()
        totals.append(time.perf_counter() - start)
        opens.append(opened - start)
        store.close()
        del network  # freeing the map is not part of loading it: keep it out of the timing
    return totals, opens


def bench_edits(path: Path, edits: int, seed: int) -> dict[str, list[float]]:
    """Time ``network.<edit>(...)`` + ``store.apply(changes)`` for a mix of everyday edits."""
    rng = random.Random(seed)
    store = MapStore.open(path)
    try:
        network = store.load()
        contact_ids = [c.id for c in network.contacts()]
        tie_ids = list(network.ties)
        organisation_ids = [o.id for o in network.organisations()]
        added: list[Contact] = []
        times: dict[str, list[float]] = {kind: [] for kind in EDIT_KINDS}

        def timed(kind: str, edit: Callable[[], list[Change]]) -> None:
            start = time.perf_counter()
            store.apply(edit())
            times[kind].append(time.perf_counter() - start)

        for i in range(edits):
            kind = EDIT_KINDS[i % len(EDIT_KINDS)]
            if kind == "move contact":
                contact = network.nodes[rng.choice(contact_ids)]
                moved = dataclasses.replace(contact, x=contact.x + rng.uniform(-50, 50), y=contact.y + 10.0)
                timed(kind, lambda moved=moved: network.update(moved))
            elif kind == "rate tie":
                tie: Tie = network.ties[rng.choice(tie_ids)]
                rated = dataclasses.replace(
                    tie, trust=rng.randint(1, 5), support=rng.randint(1, 5),
                    acquaintance=None if tie.acquaintance == 5 else 5,
                )
                timed(kind, lambda rated=rated: network.update(rated))
            elif kind == "add contact":
                new = Contact(
                    name=f"Ny kontakt {i}", title="Innkjøper", organisation_id=rng.choice(organisation_ids),
                    influence=3, x=rng.uniform(0, 20000), y=rng.uniform(0, 20000),
                )
                added.append(new)
                timed(kind, lambda new=new: network.add(new))
            else:
                gone = added.pop()
                timed(kind, lambda gone=gone: network.remove(gone))
        return times
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--ties", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=7, help="runs of create and of open-and-load (at least 7 advised)")
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--folder", type=Path, default=None, help="where to write the maps (default: a temporary folder)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    network = generate_network(args.contacts, args.organisations, args.ties, args.seed)
    generated = time.perf_counter() - start
    print(f"Map: {args.contacts} contacts, {args.organisations} organisations, {args.ties} ties, "
          f"{len(network.interactions)} interactions, {len(network.actions)} actions "
          f"(generated in {generated:.2f} s, not counted)")

    with tempfile.TemporaryDirectory(dir=args.folder) as tmp:
        folder = Path(tmp)
        create = bench_create(network, folder, args.runs)
        path = write_map(folder / "bench.knute", network)
        size_mb = path.stat().st_size / 1e6
        with MapStore.open(path) as store:
            if store.load().nodes.keys() != network.nodes.keys():
                raise SystemExit("the map read back differs from the one written")
        totals, opens = bench_open_load(path, args.runs)
        edits = bench_edits(path, args.edits, args.seed)

    load_only = [t - o for t, o in zip(totals, opens, strict=True)]
    all_edits = [t for kind in EDIT_KINDS for t in edits[kind]]
    p95_ms = percentile(all_edits, 0.95) * 1000
    print(f"Create + write file:  median {statistics.median(create):.3f} s  (min {min(create):.3f} s, {args.runs} runs)")
    print(f"File size:            {size_mb:.2f} MB")
    print(f"Open + load:          median {statistics.median(totals):.3f} s  (min {min(totals):.3f} s, {args.runs} runs)"
          f"  target <= {TARGET_OPEN_LOAD_S} s: {verdict(statistics.median(totals), TARGET_OPEN_LOAD_S)}")
    print(f"  of which open:      median {statistics.median(opens):.3f} s;  load(): median {statistics.median(load_only):.3f} s")
    print(f"One edit on disk:     median {statistics.median(all_edits) * 1000:.2f} ms, p95 {p95_ms:.2f} ms "
          f"({len(all_edits)} edits)  target p95 <= {TARGET_EDIT_P95_MS} ms: {verdict(p95_ms, TARGET_EDIT_P95_MS)}")
    for kind in EDIT_KINDS:
        times = edits[kind]
        if times:
            print(f"  {kind:<18}  median {statistics.median(times) * 1000:.2f} ms, "
                  f"p95 {percentile(times, 0.95) * 1000:.2f} ms ({len(times)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
