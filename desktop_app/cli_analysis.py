"""``knute analyze`` and ``knute path``: the analysis the window shows, as text or JSON.

Kept apart from ``cli.py`` so that file stays small; ``cli.py`` registers these
commands. The analysis (and networkx) is imported only when one of them runs,
so ``knute new`` and ``knute info`` still start fast. The JSON is exactly what
``analysis.report`` returns, so the command line and the UI cannot disagree.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .domain.entities import Organisation
from .domain.errors import UserError
from .i18n import translate
from .storage import MapStore

if TYPE_CHECKING:
    from .domain.ids import NodeId
    from .domain.network import Network

TOP_CONTACTS = 10
ROUTES = {0: "no route", 1: "one route", 2: "two or more independent routes"}
"""How ``independent_routes`` (0, 1 or 2 meaning two or more) reads in the text report."""


class AnalysisRequestError(UserError):
    """An analysis the command line cannot give as asked (wrong kind of node, no path)."""


def iso_date(text: str) -> dt.date:
    """A YYYY-MM-DD date for argparse (its ValueError becomes a usage error)."""
    return dt.date.fromisoformat(text)


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register the two sub-commands on ``knute``'s sub-parsers."""
    today = argparse.ArgumentParser(add_help=False)
    today.add_argument(
        "--today", type=iso_date, metavar="YYYY-MM-DD",
        help=translate("the date recency is judged on (default: today)"),
    )
    analyze = commands.add_parser(
        "analyze", parents=[common, today],
        help=translate("scores, findings and coverage of a map"),
    )
    analyze.add_argument("file", metavar="FILE", help=translate("the map file"))
    analyze.add_argument(
        "--account", metavar="NAME",
        help=translate("the account organisation to cover (default: the map's account)"),
    )
    analyze.add_argument("--json", action="store_true", help=translate("write JSON instead of text"))

    path = commands.add_parser(
        "path", parents=[common, today],
        help=translate("the strongest and the shortest introduction path between two people"),
    )
    path.add_argument("file", metavar="FILE", help=translate("the map file"))
    path.add_argument("source", metavar="FROM", help=translate("the person or organisation to start from"))
    path.add_argument("target", metavar="TO", help=translate("the person or organisation to reach"))
    path.add_argument("--json", action="store_true", help=translate("write JSON instead of text"))


def _load(file: str) -> Network:
    with MapStore.open(Path(file), read_only=True) as store:
        return store.load()


def _dump(data: dict[str, Any]) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ---- analyze ---------------------------------------------------------------
def analyze(options: argparse.Namespace) -> int:
    from .analysis.report import analyze_json, find_node

    network = _load(options.file)
    account = None
    if options.account is not None:
        account = find_node(network, options.account)
        if not isinstance(network.nodes[account], Organisation):
            raise AnalysisRequestError("{name} is not an organisation.", name=options.account)
    data = analyze_json(network, account_id=account, today=options.today)
    if options.json:
        _dump(data)
    else:
        _print_analysis(data)
    return 0


def _print_analysis(data: dict[str, Any]) -> None:
    from .analysis.text import number

    info = data["map"]
    print(info["title"])
    print(translate("Analysed on {date}", date=info["today"]))
    metrics = data["metrics"]
    if metrics is not None:
        print()
        print(translate("Network"))
        rows = [
            (translate("Contacts"), str(len(data["contacts"]))),
            (translate("Organisations"), str(len(data["organisations"]))),
            (translate("Ties"), str(len(data["ties"]))),
            (translate("Density"), number(metrics["density"], 3)),
            (translate("Separate parts"), str(len(metrics["components"]))),
            (translate("Groups"), str(metrics["communities"])),
        ]
        width = max(len(label) for label, _ in rows) + 2
        for label, value in rows:
            print(f"  {label + ':':<{width}}{value}")
    if data["coverage"] is not None:
        _print_coverage(data["coverage"])
    _print_findings(data["findings"])
    if data["contacts"]:
        print()
        print(translate("Most important contacts"))
        for rank, contact in enumerate(data["contacts"][:TOP_CONTACTS], start=1):
            where = f" ({contact['organisation']})" if contact["organisation"] else ""
            print(f"  {rank:>2}. {number(contact['importance']):>3}  {contact['name']}{where}")


def _print_coverage(cov: dict[str, Any]) -> None:
    from .analysis.text import number

    print()
    print(translate("Coverage of {account}", account=cov["account"]))
    targets = cov["targets"]
    print("  " + translate("Decision makers and influencers: {count}", count=targets))
    print("  " + translate("Reached by strong ties: {count} of {total} ({share} %)", count=cov["reached_strong"],
                           total=targets, share=number(cov["strong_share"])))
    print("  " + translate("Reached at all: {count} of {total} ({share} %)", count=cov["reached_any"],
                           total=targets, share=number(cov["any_share"])))
    if cov["through"]:
        print("  " + translate("Strongest routes held by: {names}", names=", ".join(cov["through"])))
    for person in cov["people"]:
        route = " → ".join(person["route"]["names"]) if person["route"] else "–"
        print("  - " + translate("{name}: {reach}, {routes}; {route}", name=person["name"],
                                 reach=translate(person["reach"]), routes=translate(ROUTES[person["independent_routes"]]),
                                 route=route))


def _print_findings(findings: list[dict[str, Any]]) -> None:
    print()
    if not findings:
        print(translate("No findings."))
        return
    print(translate("Findings ({count})", count=len(findings)))
    for finding in findings:
        print(f"  [{translate(finding['severity'])}] {finding['message']}")
        if finding["suggested_action"]:
            print("      " + translate("Suggested: {action}", action=finding["suggested_action"]))


# ---- path ------------------------------------------------------------------
def path(options: argparse.Namespace) -> int:
    from .analysis.report import find_node, path_json

    network = _load(options.file)
    source: NodeId = find_node(network, options.source)
    target: NodeId = find_node(network, options.target)
    if source == target:
        raise AnalysisRequestError("FROM and TO are both {name}: give two different ones.", name=network.name_of(source))
    data = path_json(network, source, target, today=options.today)
    if options.json:
        _dump(data)
    if data["strongest"] is None:
        raise AnalysisRequestError("There is no path from {source} to {target} in the map.",
                                   source=data["from"], target=data["to"])
    if not options.json:
        _print_path(data)
    return 0


def _print_path(data: dict[str, Any]) -> None:
    print(translate("From {source} to {target}", source=data["from"], target=data["to"]))
    if data["differ"]:
        _print_one(translate("Strongest path"), data["strongest"])
        _print_one(translate("Shortest path"), data["shortest"])
    else:
        _print_one(translate("Strongest path, also the shortest"), data["strongest"])


def _print_one(title: str, found: dict[str, Any]) -> None:
    from .analysis.text import number

    names = found["names"]
    print()
    print(f"{title}: {' → '.join(names)}")
    for (a, b), quality in zip(pairwise(names), found["qualities"], strict=True):
        shown = translate("unrated") if quality is None else number(quality, 1)
        print(f"  {a} → {b}: {shown}")
    steps = translate("{count} step" if found["hops"] == 1 else "{count} steps", count=found["hops"])
    print("  " + translate("Overall quality: {strength} ({steps})", strength=number(found["strength"], 1),
                           steps=steps))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"analyze": analyze, "path": path}
