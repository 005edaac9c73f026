"""Tie quality: 0-100 from the four rated dimensions, adjusted for recency of contact.

Why this formula
----------------
* The four dimensions (acquaintance, availability, trust/confidentiality,
  support) come from the Norwegian network-building literature (``seeds/000``):
  a tie is strong or weak according to how well the two know each other, can
  reach each other, confide in each other and back each other.
* Granovetter (1973) calls tie strength "a (probably linear) combination" of
  its components. So the base score is a weighted *mean* of the rated
  dimensions (weights ``MapSettings.weight_*``, all 1 by default: the sources
  rank none above the others), rescaled from the 1..5 scale to 0..100
  (all 1s -> 0, all 5s -> 100).
* An unrated dimension is missing, not zero: the mean runs over the rated
  dimensions only. A tie with no rated dimension is "unrated" (quality None):
  it still exists (it connects people), it just has no score.
* Recency (DOMAIN: "a tie that is not tended weakens"; the amount of time spent
  together is one of Granovetter's components): the base decays with the days
  since the last dated contact (``Network.last_contact``) with a half-life of
  ``MapSettings.half_life_days``. Only ``RECENCY_SHARE`` (half) of the base
  decays: trust and acquaintance built over years do not vanish when a tie
  goes quiet, and dormant ties can be revived (Levin, Walter & Murnighan 2011).
  So an untended tie tends to half its rated value, never to zero: a strong
  tie (90) not tended for a year drops to about 56 (medium), after two years
  to about 48. Factor = (1 - share) + share * 0.5 ** (days / half_life).
* A tie without any dated contact is not decayed (we do not know it is old)
  but flagged ``undated`` so the UI can say so. Dates in the future count as today.
* Classes: strong from ``MapSettings.strong_threshold`` up, weak below
  ``MapSettings.weak_threshold``, medium between; "unrated" when unrated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ..domain.entities import RATING_FIELDS, MapSettings, Tie
from ..domain.ids import TieId
from ..domain.network import Network
from ..i18n import translate
from .text import number

RECENCY_SHARE = 0.5
"""The part of a tie's rated quality that depends on recent contact (see module docstring)."""

UNRATED_QUALITY = 25.0
"""What an unrated tie counts for in paths and weighted metrics: a weak tie.

It exists, so it connects; but a rated medium or strong route should beat it.
"""

MIN_PATH_QUALITY = 1.0
"""Floor for path strength, so a tie rated all 1s (quality 0) still connects (-log 0 is infinite)."""


class TieClass(StrEnum):
    STRONG = "strong"
    MEDIUM = "medium"
    WEAK = "weak"
    UNRATED = "unrated"


CLASS_NAMES = {
    TieClass.STRONG: "strong", TieClass.MEDIUM: "medium", TieClass.WEAK: "weak", TieClass.UNRATED: "unrated",
}
"""English source texts of the class names (translated with ``translate``)."""


@dataclass(frozen=True, slots=True)
class QualityBreakdown:
    """How a tie's quality came about, for the properties panel and ``analyze``."""

    ratings: dict[str, int | None]
    weights: dict[str, float]
    contributions: dict[str, float | None]
    """Points each rated dimension adds to the base (they sum to ``base``); None if unrated."""
    base: float | None
    """Weighted mean of the rated dimensions, rescaled to 0-100, before recency."""
    last_contact: dt.date | None
    days_since_contact: int | None
    recency_factor: float
    """1.0 when undated or contacted today; tends to 1 - RECENCY_SHARE."""

    @property
    def undated(self) -> bool:
        return self.last_contact is None


@dataclass(frozen=True, slots=True)
class TieQuality:
    """A tie's score. Kept lean (20,000 of them are made per analysis); ``breakdown`` is built on demand."""

    tie_id: TieId
    quality: float | None
    tie_class: TieClass
    base: float | None
    ratings: tuple[int | None, ...]
    weights: tuple[float, ...]
    last_contact: dt.date | None
    days_since_contact: int | None
    recency_factor: float

    @property
    def rated(self) -> bool:
        return self.quality is not None

    @property
    def undated(self) -> bool:
        return self.last_contact is None

    @property
    def path_quality(self) -> float:
        """The quality paths and weighted metrics use: unrated counts as weak, never below 1."""
        return UNRATED_QUALITY if self.quality is None else max(self.quality, MIN_PATH_QUALITY)

    @property
    def breakdown(self) -> QualityBreakdown:
        used = [w if r is not None and w > 0 else 0.0 for r, w in zip(self.ratings, self.weights, strict=True)]
        total = sum(used)
        contributions = {
            name: (w * (r - 1) / 4 * 100 / total if w else None)  # type: ignore[operator]
            for name, r, w in zip(RATING_FIELDS, self.ratings, used, strict=True)
        }
        return QualityBreakdown(
            ratings=dict(zip(RATING_FIELDS, self.ratings, strict=True)),
            weights=dict(zip(RATING_FIELDS, self.weights, strict=True)),
            contributions=contributions, base=self.base, last_contact=self.last_contact,
            days_since_contact=self.days_since_contact, recency_factor=self.recency_factor,
        )

    def explain(self) -> str:
        return explain(self)


def recency_factor(days: int | None, half_life_days: int) -> float:
    if days is None:
        return 1.0
    decay = 0.5 ** (max(days, 0) / half_life_days)
    return (1.0 - RECENCY_SHARE) + RECENCY_SHARE * decay


def classify(quality: float | None, settings: MapSettings) -> TieClass:
    if quality is None:
        return TieClass.UNRATED
    if quality >= settings.strong_threshold:
        return TieClass.STRONG
    if quality < settings.weak_threshold:
        return TieClass.WEAK
    return TieClass.MEDIUM


def weights_of(settings: MapSettings) -> tuple[float, ...]:
    return tuple(float(getattr(settings, f"weight_{name}")) for name in RATING_FIELDS)


def tie_quality(
    tie: Tie, settings: MapSettings, last_contact: dt.date | None, today: dt.date,
    weights: tuple[float, ...] | None = None,
) -> TieQuality:
    """Score one tie. ``last_contact`` is ``Network.last_contact(tie.id)``."""
    weights = weights or weights_of(settings)
    ratings = (tie.acquaintance, tie.availability, tie.trust, tie.support)
    num = den = 0.0
    for value, weight in zip(ratings, weights, strict=True):
        if value is not None and weight > 0:
            num += weight * value
            den += weight
    base = None if den == 0 else min(100.0, max(0.0, (num / den - 1) * 25))
    days = None if last_contact is None else max((today - last_contact).days, 0)
    factor = recency_factor(days, settings.half_life_days)
    quality = None if base is None else base * factor
    return TieQuality(
        tie.id, quality, classify(quality, settings), base, ratings, weights, last_contact, days, factor,
    )


def last_contacts(network: Network) -> dict[TieId, dt.date]:
    """``Network.last_contact`` of every dated tie, in one pass (a test checks they agree)."""
    latest = {tie_id: tie.last_contact for tie_id, tie in network.ties.items() if tie.last_contact is not None}
    for interaction in network.interactions.values():
        known = latest.get(interaction.tie_id)
        if known is None or interaction.date > known:
            latest[interaction.tie_id] = interaction.date
    return latest


def tie_qualities(network: Network, today: dt.date, tie_ids: Iterable[TieId] | None = None) -> dict[TieId, TieQuality]:
    """Quality of every tie, or of those of ``tie_ids`` that still exist."""
    settings = network.settings
    weights = weights_of(settings)
    ties = network.ties
    if tie_ids is None:
        dates = last_contacts(network)
        return {
            tie_id: tie_quality(tie, settings, dates.get(tie_id), today, weights) for tie_id, tie in ties.items()
        }
    return {
        tie_id: tie_quality(ties[tie_id], settings, network.last_contact(tie_id), today, weights)
        for tie_id in tie_ids if tie_id in ties
    }


def class_name(tie_class: TieClass) -> str:
    return translate(CLASS_NAMES[tie_class])


def explain(tq: TieQuality) -> str:
    """One line saying how the quality was reached, in the current language."""
    b = tq.breakdown
    if tq.quality is None or b.base is None:
        return translate("Unrated: none of acquaintance, availability, trust and support is rated yet.")
    rated = [b.ratings[n] * b.weights[n] for n in RATING_FIELDS if b.contributions[n] is not None]  # type: ignore[operator]
    total = sum(b.weights[n] for n in RATING_FIELDS if b.contributions[n] is not None)
    mean = number(sum(rated) / total, 1)
    params = {"quality": round(tq.quality), "cls": class_name(tq.tie_class), "mean": mean, "base": round(b.base)}
    if b.days_since_contact is None:
        return translate(
            "{quality} ({cls}): mean rating {mean} of 5 gives {base}; no dated contact, so recency is not counted.",
            **params,
        )
    return translate(
        "{quality} ({cls}): mean rating {mean} of 5 gives {base}; last contact {days} days ago keeps {kept} % of it.",
        days=b.days_since_contact, kept=round(b.recency_factor * 100), **params,
    )
