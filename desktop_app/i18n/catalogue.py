"""Bokmål translations, merged from one module per layer so each stays small."""

from __future__ import annotations

from .nb_analysis import NB_ANALYSIS
from .nb_cli import NB_CLI
from .nb_domain import NB_DOMAIN
from .nb_interop import NB_INTEROP
from .nb_labels import NB_LABELS
from .nb_report import NB_REPORT
from .nb_storage import NB_STORAGE

NB: dict[str, str] = {**NB_DOMAIN, **NB_LABELS, **NB_STORAGE, **NB_INTEROP, **NB_CLI, **NB_ANALYSIS, **NB_REPORT}
