"""The JSON for the CLI: every key documented in JSON.md, plain JSON values, names resolved."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.analysis import report
from desktop_app.analysis.report import NodeNotFoundError, analyze_json, find_node, path_json

from .builders import TODAY, sample_map

DOC = (Path(report.__file__).parent / "JSON.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"`([a-z_]+)`", DOC))


def keys(value, found=None) -> set[str]:
    found = set() if found is None else found
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            keys(inner, found)
    return found


def test_analyze_json_has_the_documented_keys_and_is_plain_json() -> None:
    m = sample_map()
    data = analyze_json(m.network, today=TODAY)
    assert set(data) == {"schema", "map", "contacts", "organisations", "ties", "findings", "coverage", "metrics"}
    assert {"name", "organisation", "importance", "betweenness", "constraint"} <= set(data["contacts"][0])
    assert {"source", "target", "quality", "class", "breakdown"} <= set(data["ties"][0])
    assert {"kind", "message", "people", "severity", "suggested_action"} <= set(data["findings"][0])
    undocumented = keys(data) - DOCUMENTED - {"acquaintance", "availability", "trust", "support"} - set()
    assert undocumented == set()
    assert json.loads(json.dumps(data)) == data
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds <= {"single_point_of_failure", "bridge", "unreached", "weak_access", "isolated", "stale",
                     "sceptic_influencer", "concentration", "coopetition"}
    assert data["coverage"]["account"] == "Rema" and data["coverage"]["reached_any"] == 2
    assert data["findings"][0]["severity"] == "high"
    assert data["map"]["today"] == TODAY.isoformat()


def test_account_option_and_no_account() -> None:
    m = sample_map()
    import dataclasses

    m.network.change_settings(dataclasses.replace(m.network.settings, account_id=None))
    assert analyze_json(m.network, today=TODAY)["coverage"] is None
    chosen = analyze_json(m.network, account_id=m.ids["Rema"], today=TODAY)
    assert chosen["coverage"]["account"] == "Rema" and chosen["map"]["account"] == "Rema"


def test_path_json_lists_names_with_their_qualities() -> None:
    m = sample_map()
    data = path_json(m.network, find_node(m.network, "kari"), find_node(m.network, "Cfo"), today=TODAY)
    assert keys(data) <= DOCUMENTED
    assert data["strongest"]["names"] == ["Kari", "Hege", "Cfo"]
    assert len(data["strongest"]["qualities"]) == 2 and data["from"] == "Kari"
    ours = path_json(m.network, None, m.ids["Ceo"], today=TODAY)
    assert ours["from"] is None and ours["shortest"]["names"] == ["Ola", "Buyer", "Ceo"]


def test_find_node_by_name_or_id_with_readable_errors() -> None:
    m = sample_map()
    assert find_node(m.network, " HEGE ") == m.ids["Hege"]
    assert find_node(m.network, m.ids["Hege"]) == m.ids["Hege"]
    with pytest.raises(NodeNotFoundError, match="nobody called Nobody"):
        find_node(m.network, "Nobody")
    m.person("Hege")
    with pytest.raises(NodeNotFoundError, match="2 nodes are called"):
        find_node(m.network, "Hege")
