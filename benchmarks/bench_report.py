"""PDF network plan benchmark: time to build the plan of a generated map, analysis included.

    python benchmarks/bench_report.py [--runs 3] [--sizes 300:1000 1000:4000 5000:20000]

Targets (issue 5): 300 contacts / 1,000 ties <= 1 s; 1,000 contacts <= 1.5 s;
5,000 contacts completes. Medians of ``--runs`` runs; "plan only" passes a
ready analysis, as the GUI does when its analysis is current.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate import TODAY, generate_network
from desktop_app.analysis import analyze
from desktop_app.report import build_plan

TARGETS = {300: 1.0, 1000: 1.5}


def bench(contacts: int, ties: int, runs: int) -> tuple[float, float, int, int]:
    network = generate_network(contacts=contacts, organisations=max(1, contacts // 10), ties=ties)
    full, plan_only = [], []
    size = pages = 0
    for _ in range(runs):
        start = time.perf_counter()
        pdf = build_plan(network, today=TODAY)
        full.append(time.perf_counter() - start)
        analysis = analyze(network, today=TODAY)
        start = time.perf_counter()
        build_plan(network, today=TODAY, analysis=analysis)
        plan_only.append(time.perf_counter() - start)
        size, pages = len(pdf), pdf.count(b"/Type /Page\n")
    return statistics.median(full), statistics.median(plan_only), size, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", nargs="*", default=["300:1000", "1000:4000", "5000:20000"])
    args = parser.parse_args()
    failed = False
    for spec in args.sizes:
        contacts, ties = (int(v) for v in spec.split(":"))
        full, plan_only, size, pages = bench(contacts, ties, args.runs)
        target = TARGETS.get(contacts)
        verdict = "" if target is None else (" ok" if full <= target else " SLOW")
        failed |= verdict == " SLOW"
        goal = f"target <= {target} s" if target else "target: completes"
        print(f"{contacts:>5} contacts {ties:>6} ties: median {full:6.3f} s (plan only {plan_only:6.3f} s), "
              f"{pages} pages, {size / 1e6:.1f} MB  ({goal}){verdict}  runs: {args.runs}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
