"""Tie quality: the documented formula, recency, classes, and its properties."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app import i18n
from desktop_app.analysis.quality import (
    RECENCY_SHARE,
    TieClass,
    last_contacts,
    tie_qualities,
    tie_quality,
)
from desktop_app.domain.entities import MapSettings, Tie

from .builders import TODAY, MapBuilder

SETTINGS = MapSettings()
ratings = st.none() | st.integers(1, 5)


def make(a=None, b=None, c=None, d=None) -> Tie:
    return Tie(source_id="x", target_id="y", acquaintance=a, availability=b, trust=c, support=d)


def score(tie: Tie, last: dt.date | None = None, settings: MapSettings = SETTINGS):
    return tie_quality(tie, settings, last, TODAY)


@pytest.mark.parametrize(("values", "expected"), [
    ((1, 1, 1, 1), 0.0), ((5, 5, 5, 5), 100.0), ((4, 4, 4, 4), 75.0), ((3, 3, 3, 3), 50.0),
    ((5, None, None, None), 100.0), ((2, 4, None, None), 50.0), ((5, 5, 1, 1), 50.0),
])
def test_weighted_mean_of_rated_dimensions_rescaled(values, expected) -> None:
    assert score(make(*values)).quality == pytest.approx(expected)


def test_unrated_dimensions_are_missing_not_zero() -> None:
    assert score(make(5, None, None, None)).quality == 100.0
    unrated = score(make())
    assert unrated.quality is None and unrated.tie_class is TieClass.UNRATED and not unrated.rated


def test_weights_shift_the_mean_and_zero_weight_ignores_a_dimension() -> None:
    trust_heavy = dataclasses.replace(SETTINGS, weight_trust=3.0)
    assert score(make(1, 1, 5, 1), settings=trust_heavy).quality == pytest.approx(50.0)  # (1+1+15+1)/6 = 3
    no_trust = dataclasses.replace(SETTINGS, weight_trust=0.0)
    assert score(make(3, 3, 5, 3), settings=no_trust).quality == pytest.approx(50.0)
    assert score(make(None, None, 5, None), settings=no_trust).quality is None


def test_breakdown_contributions_sum_to_base() -> None:
    tq = score(make(5, 4, None, 2), TODAY - dt.timedelta(days=180))
    b = tq.breakdown
    assert b.contributions["trust"] is None
    assert sum(v for v in b.contributions.values() if v is not None) == pytest.approx(b.base)
    assert b.recency_factor == pytest.approx(1 - RECENCY_SHARE / 2)
    assert tq.quality == pytest.approx(b.base * b.recency_factor)


def test_recency_halves_the_decaying_share_per_half_life_and_never_reaches_zero() -> None:
    tie = make(5, 5, 5, 5)
    assert score(tie, TODAY).quality == pytest.approx(100.0)
    assert score(tie, TODAY - dt.timedelta(days=180)).quality == pytest.approx(75.0)
    assert score(tie, TODAY - dt.timedelta(days=360)).quality == pytest.approx(62.5)
    assert score(tie, TODAY - dt.timedelta(days=36500)).quality > 100 * (1 - RECENCY_SHARE) - 1e-6


def test_undated_tie_is_not_decayed_but_flagged_and_future_dates_count_as_today() -> None:
    undated = score(make(4, 4, 4, 4))
    assert undated.undated and undated.quality == 75.0 and undated.breakdown.recency_factor == 1.0
    future = score(make(4, 4, 4, 4), TODAY + dt.timedelta(days=30))
    assert not future.undated and future.quality == 75.0 and future.days_since_contact == 0


def test_classes_follow_the_map_thresholds() -> None:
    assert score(make(4, 4, 4, 4)).tie_class is TieClass.STRONG  # 75 >= 70
    assert score(make(3, 3, 3, 3)).tie_class is TieClass.MEDIUM  # 50
    assert score(make(2, 2, 2, 2)).tie_class is TieClass.WEAK  # 25 < 40
    strict = dataclasses.replace(SETTINGS, strong_threshold=80, weak_threshold=60)
    assert score(make(4, 4, 4, 4), settings=strict).tie_class is TieClass.MEDIUM
    assert score(make(3, 3, 3, 3), settings=strict).tie_class is TieClass.WEAK


def test_path_quality_counts_unrated_as_weak_and_never_zero() -> None:
    assert score(make()).path_quality == 25.0
    assert score(make(1, 1, 1, 1)).path_quality == 1.0


def test_last_contact_from_interactions_and_recorded_date_matches_network() -> None:
    m = MapBuilder()
    m.person("A")
    m.person("B")
    m.person("C")
    t1 = m.tie("A", "B", last_contact=dt.date(2026, 1, 1))
    t2 = m.tie("B", "C")
    m.interaction(t1, dt.date(2026, 3, 1))
    m.interaction(t1, dt.date(2025, 3, 1))
    m.interaction(t2, dt.date(2026, 2, 1))
    network = m.network
    found = last_contacts(network)
    assert {t: network.last_contact(t) for t in network.ties} == found
    assert tie_qualities(network, TODAY, [t1])[t1].last_contact == dt.date(2026, 3, 1)


def test_explanation_in_english_and_bokmal() -> None:
    tq = score(make(4, 4, 5, 4), TODAY - dt.timedelta(days=180))
    assert tq.explain() == "61 (medium): mean rating 4.2 of 5 gives 81; last contact 180 days ago keeps 75 % of it."
    i18n.set_language("nb")
    assert tq.explain() == (
        "61 (middels): snittvurdering 4,2 av 5 gir 81; siste kontakt for 180 dager siden beholder 75 % av det."
    )
    assert score(make()).explain().startswith("Uvurdert")


@given(ratings, ratings, ratings, ratings, st.integers(0, 5000) | st.none(), st.integers(1, 1000))
def test_quality_stays_within_0_and_100(a, b, c, d, days, half_life) -> None:
    settings = dataclasses.replace(SETTINGS, half_life_days=half_life)
    last = None if days is None else TODAY - dt.timedelta(days=days)
    tq = score(make(a, b, c, d), last, settings)
    assert tq.quality is None or 0.0 <= tq.quality <= 100.0
    assert 1.0 <= tq.path_quality <= 100.0


@given(st.lists(ratings, min_size=4, max_size=4), st.integers(0, 3), st.integers(1, 4),
       st.integers(0, 2000) | st.none(), st.lists(st.floats(0, 5), min_size=4, max_size=4))
def test_raising_a_rating_never_lowers_quality(values, which, step, days, weights) -> None:
    if sum(weights) <= 0:
        weights[0] = 1.0
    settings = dataclasses.replace(SETTINGS, **{f"weight_{n}": w for n, w in zip(
        ("acquaintance", "availability", "trust", "support"), weights, strict=True)})
    last = None if days is None else TODAY - dt.timedelta(days=days)
    before = list(values)
    before[which] = before[which] or 1
    after = list(before)
    after[which] = min(5, before[which] + step)
    low, high = score(make(*before), last, settings), score(make(*after), last, settings)
    if low.quality is not None:
        assert high.quality >= low.quality - 1e-9


@given(st.lists(ratings, min_size=4, max_size=4), st.integers(0, 3000), st.integers(0, 3000))
def test_an_older_last_contact_never_raises_quality(values, days, extra) -> None:
    recent = score(make(*values), TODAY - dt.timedelta(days=days))
    older = score(make(*values), TODAY - dt.timedelta(days=days + extra))
    if recent.quality is not None:
        assert older.quality <= recent.quality + 1e-9
