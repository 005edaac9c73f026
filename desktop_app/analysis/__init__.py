"""Scores, metrics, findings, coverage, what-if and paths. No Qt; the only place networkx appears.

Entry points: ``analyze(network)`` for one analysis, ``Analyzer`` to keep one
current through edits, ``report.analyze_json`` / ``report.path_json`` for the CLI.
Results are plain frozen dataclasses; nothing here changes the map.
"""

from __future__ import annotations

from .analyzer import Analysis, Analyzer, analyze
from .coverage import Coverage, WhatIf
from .findings import Finding, FindingKind, Severity
from .paths import Path, PathResult
from .quality import TieClass, TieQuality

__all__ = [
    "Analysis", "Analyzer", "Coverage", "Finding", "FindingKind", "Path", "PathResult", "Severity", "TieClass",
    "TieQuality", "WhatIf", "analyze",
]
