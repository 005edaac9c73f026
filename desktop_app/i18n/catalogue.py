"""Bokmål translations, merged from one module per layer so each stays small."""

from __future__ import annotations

from .nb_domain import NB_DOMAIN
from .nb_storage import NB_STORAGE

NB: dict[str, str] = {**NB_DOMAIN, **NB_STORAGE}
