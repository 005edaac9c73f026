"""Import and export benchmark: LinkedIn 20,000, GraphML/GEXF 5,000 contacts / 20,000 ties, a 50 MB CSV.

Run from the repository root: ``python -m benchmarks.bench_interop`` (``--help``
lists the options; ``--only csv`` runs one part). Figures are medians of
``--runs`` runs, because the machines we measure on are shared and noisy.

- LinkedIn: ``Connections.csv`` with 20,000 connections (notes above the
  header), imported into a map holding only "you", with a tie from you to
  each: read, merge, layout and one transaction. Target 3 s.
- GraphML and GEXF: the generated map (benchmarks/generate.py, 5,000
  contacts, 500 organisations, 20,000 ties) exported, then read back into an
  empty map (plan), and applied to a new file. Target: import in 2 s.
- CSV: a generated 50 MB CRM export (benchmarks/generate_sheets.py), read and
  planned as the window's worker does it, then applied to a new file in one
  transaction; each run in a fresh process, which reports its peak memory.
  The apply is timed in its parts: the map in memory (``Network.apply``), the
  storage write (``MapStore.apply``), and the storage write of the undo.
- Window (``--only window``): the same sheet applied in the real main window
  (offscreen) as after the summary is confirmed, then undone
  (benchmarks/window_apply.py): storage write, memory, scene sync, analysis,
  the rest, and the longest time the event loop stood still. ``--sheet-rows``
  also applies a sheet of that many people (default 3,000).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import generate_network
from benchmarks.generate_sheets import HEADER, crm_row, write_crm_csv, write_linkedin_csv
from desktop_app.domain.changes import inverse_of
from desktop_app.domain.entities import Contact
from desktop_app.domain.network import Network
from desktop_app.interop.gexf import read_gexf
from desktop_app.interop.graph_export import export_gexf, export_graphml
from desktop_app.interop.graphml import read_graphml
from desktop_app.interop.importing import apply_import
from desktop_app.interop.linkedin import import_linkedin
from desktop_app.interop.merge import apply_merge
from desktop_app.interop.tabular import read_table
from desktop_app.storage import MapStore

TARGET_LINKEDIN_S = 3.0
TARGET_GRAPHML_S = 2.0
PARTS = ("linkedin", "graph", "csv", "window")


def median_of(times: list[tuple[float, float]]) -> str:
    """Wall-clock time, and the CPU time of this process, which a shared machine's other work disturbs less."""
    walls = [w for w, _ in times]
    cpus = [c for _, c in times]
    return (f"median {statistics.median(walls):.2f} s (min {min(walls):.2f}, max {max(walls):.2f}, {len(walls)} runs; "
            f"CPU {statistics.median(cpus):.2f} s)")


def verdict(value: float, target: float) -> str:
    return "meets" if value <= target else "MISSES"


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of this process)."""
    start, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - start, time.process_time() - cpu


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_linkedin(folder: Path, runs: int) -> None:
    source = write_linkedin_csv(folder / "Connections.csv", 20_000)
    times = []
    for i in range(runs):
        store = MapStore.create(folder / f"linkedin-{i}.knute")
        network = store.load()
        me = Contact(name="Meg")
        store.apply(network.add(me))
        times.append(timed(lambda: import_linkedin(store, network, source, me=me.id)))  # noqa: B023
        assert len(network.ties) == 20_000
        store.close()
    value = statistics.median(t[0] for t in times)
    print(f"LinkedIn 20,000 connections: {median_of(times)}; target {TARGET_LINKEDIN_S} s: "
          f"{verdict(value, TARGET_LINKEDIN_S)}")


def bench_graph(folder: Path, runs: int) -> None:
    network = generate_network(contacts=5000, organisations=500, ties=20_000, seed=1)
    for form, export, read in (("GraphML", export_graphml, read_graphml), ("GEXF", export_gexf, read_gexf)):
        path = folder / f"map.{form.lower()}"
        exports = [timed(lambda: export(network, path)) for _ in range(runs)]  # noqa: B023
        reads, applies = [], []
        for i in range(runs):
            target = Network()
            changes: list = []
            reads.append(timed(lambda: changes.extend(read(path, target))))  # noqa: B023
            store = MapStore.create(folder / f"{form}-{i}.knute")
            fresh = store.load()
            applies.append(timed(lambda: apply_import(store, fresh, changes)))  # noqa: B023
            store.close()
        value = statistics.median(t[0] for t in reads)
        print(f"{form} {len(network.nodes):,} nodes / {len(network.ties):,} ties ({path.stat().st_size / 1e6:.1f} MB): "
              f"export {median_of(exports)}; import {median_of(reads)}, target {TARGET_GRAPHML_S} s: "
              f"{verdict(value, TARGET_GRAPHML_S)}; applying it to a new file {median_of(applies)}")


def csv_run(path: Path, folder: Path) -> dict[str, object]:
    """One 50 MB import in this process: read and plan (the worker's part), then apply (one transaction)."""
    base = peak_mb()
    network = Network()
    planned: list = []
    plan = timed(lambda: planned.extend(read_table(path, network, skip_bad=True)))
    changes, summary = planned
    peak_plan = peak_mb()
    store = MapStore.create(folder / f"csv-{time.monotonic_ns()}.knute")
    fresh = store.load()
    apply = timed(lambda: apply_merge(store, fresh, changes))
    peak = peak_mb()
    memory = timed(lambda: fresh.revert(changes))  # the map in memory alone, undone ...
    memory = timed(lambda: fresh.apply(changes))  # ... and done again
    undo = timed(lambda: store.apply(inverse_of(changes)))
    storage = timed(lambda: store.apply(changes))
    store.close()
    return {"plan": plan, "apply": apply, "memory": memory, "storage": storage, "undo_storage": undo,
            "contacts": summary.contacts, "organisations": summary.organisations,
            "skipped": len(summary.skipped), "malformed": len(summary.malformed),
            "base_mb": base, "peak_plan_mb": peak_plan, "peak_mb": peak}


def write_crm_rows(path: Path, rows: int) -> Path:
    """The CRM export with ``rows`` people (each in a company of their own, as in the big one)."""
    import random

    rng = random.Random(2)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(";".join(HEADER) + "\r\n")
        for i in range(rows):
            row = crm_row(rng, i)
            row[0] = row[0] or "Uten Navn"
            out.write(";".join('"' + c.replace('"', '""') + '"' for c in row) + "\r\n")
    return path


def bench_csv(folder: Path, runs: int, megabytes: float) -> None:
    path, rows = write_crm_csv(folder / "crm.csv", megabytes)
    results = []
    for _ in range(runs):
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_interop", "--child-csv", str(path), "--folder", str(folder)],
            capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
        )
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    first = results[0]
    print(f"CSV {path.stat().st_size / 1e6:.1f} MB, {rows:,} rows -> {first['contacts']:,} contacts, "
          f"{first['organisations']:,} organisations, {first['skipped']} left out ({first['malformed']} malformed):")
    print(f"  read + plan (the worker) {median_of([tuple(r['plan']) for r in results])}")
    print(f"  apply, one transaction   {median_of([tuple(r['apply']) for r in results])}")
    print(f"    of which memory        {median_of([tuple(r['memory']) for r in results])}")
    print(f"    of which storage       {median_of([tuple(r['storage']) for r in results])}")
    print(f"  undo, storage write      {median_of([tuple(r['undo_storage']) for r in results])}")
    print(f"  peak memory: {statistics.median(r['peak_plan_mb'] for r in results):.0f} MB after planning, "
          f"{statistics.median(r['peak_mb'] for r in results):.0f} MB after applying "
          f"(the interpreter alone: {statistics.median(r['base_mb'] for r in results):.0f} MB)")


def bench_window(folder: Path, runs: int, megabytes: float, sheet_rows: int) -> None:
    """Applying a sheet in the real window, and undoing it; each run in a fresh process."""
    big, rows = write_crm_csv(folder / "crm.csv", megabytes)
    small = write_crm_rows(folder / "crm-small.csv", sheet_rows)
    for path, label in ((small, f"{sheet_rows:,} people"), (big, f"{big.stat().st_size / 1e6:.0f} MB, {rows:,} rows")):
        results = []
        for _ in range(runs):
            child = subprocess.run(
                [sys.executable, "-m", "benchmarks.window_apply", str(path), str(folder)],
                capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
            )
            results.append(json.loads(child.stdout.strip().splitlines()[-1]))
        print(f"Window, CSV {label} -> {results[0]['changes']:,} changes (medians of {runs} runs, seconds):")
        for phase in ("apply", "undo"):
            parts = {key: statistics.median(r[phase].get(key, 0.0) for r in results)
                     for key in ("total", "storage", "memory", "scene", "analysis", "other", "longest_stall",
                                 "longest_stall_writing", "background")}
            print(f"  {phase:5}  total {parts['total']:.2f} = storage {parts['storage']:.2f} + memory "
                  f"{parts['memory']:.2f} + scene sync {parts['scene']:.2f} + analysis {parts['analysis']:.2f} "
                  f"+ the rest {parts['other']:.2f}; longest event-loop stall {parts['longest_stall']:.2f} "
                  f"({parts['longest_stall_writing']:.3f} while the rows were written); "
                  f"then structure metrics in the background {parts['background']:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (CSV: --csv-runs)")
    parser.add_argument("--csv-runs", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=50.0, help="size of the generated CSV")
    parser.add_argument("--sheet-rows", type=int, default=3000, help="people in the smaller sheet (window part)")
    parser.add_argument("--only", choices=PARTS, action="append", help="run only this part (repeatable)")
    parser.add_argument("--child-csv", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.child_csv:
        print(json.dumps(csv_run(Path(options.child_csv), Path(options.folder))))
        return 0
    parts = options.only or PARTS
    with tempfile.TemporaryDirectory(prefix="knute-bench-") as tmp:
        folder = Path(tmp)
        if "linkedin" in parts:
            bench_linkedin(folder, options.runs)
        if "graph" in parts:
            bench_graph(folder, options.runs)
        if "csv" in parts:
            bench_csv(folder, options.csv_runs, options.megabytes)
        if "window" in parts:
            bench_window(folder, options.csv_runs, options.megabytes, options.sheet_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
