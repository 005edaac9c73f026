"""Contact importance: the documented parts and weights, always 0-100."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.analysis import analyze
from desktop_app.analysis.importance import INFLUENCE_WEIGHT, POSITION_WEIGHT, ROLE_WEIGHT
from desktop_app.domain.enums import ActorCategory, BuyingRole

from .builders import TODAY, MapBuilder, sample_map


def test_parts_without_position_follow_the_formula() -> None:
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Acme")
    m.person("Boss", "Acme", BuyingRole.DECISION_MAKER, influence=5)
    m.person("User", "Acme", BuyingRole.USER, influence=1)
    m.person("Unknown", "Acme")
    m.person("Me", "Us", influence=3)
    scores = analyze(m.network, today=TODAY).importance
    boss, user, unknown, me = (scores[m.ids[n]] for n in ("Boss", "User", "Unknown", "Me"))
    assert (boss.influence, boss.role, user.influence, user.role) == (1.0, 1.0, 0.0, 0.25)
    assert boss.score == pytest.approx(100 * (INFLUENCE_WEIGHT + ROLE_WEIGHT + POSITION_WEIGHT * boss.position))
    assert user.score == pytest.approx(100 * (ROLE_WEIGHT * 0.25 + POSITION_WEIGHT * user.position))
    # Unknown influence is left out of the mean, not counted as zero.
    assert unknown.influence is None and unknown.score == pytest.approx(
        100 * POSITION_WEIGHT * unknown.position / (ROLE_WEIGHT + POSITION_WEIGHT))
    # Our own people have no role in the customer's buying centre: the role is left out.
    assert me.role is None and me.score == pytest.approx(
        100 * (INFLUENCE_WEIGHT * 0.5 + POSITION_WEIGHT * me.position) / (INFLUENCE_WEIGHT + POSITION_WEIGHT))
    assert boss.score > user.score


def test_network_position_raises_importance() -> None:
    m = sample_map()
    scores = analyze(m.network, today=TODAY).importance
    assert scores[m.ids["Hege"]].position > scores[m.ids["Advisor"]].position
    assert scores[m.ids["Cfo"]].score > scores[m.ids["Buyer"]].score


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([None, *BuyingRole]), st.none() | st.integers(1, 5)), min_size=1,
                max_size=8), st.data())
def test_every_score_stays_within_0_and_100(people, data) -> None:
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Acme")
    names = []
    for i, (role, influence) in enumerate(people):
        names.append(f"P{i}")
        m.person(names[-1], data.draw(st.sampled_from(["Us", "Acme", None])), role, influence=influence)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    for a, b in data.draw(st.lists(st.sampled_from(pairs), unique=True, max_size=10)) if pairs else []:
        m.tie(a, b, data.draw(st.none() | st.integers(1, 5)))
    analysis = analyze(m.network, today=TODAY)
    for value in analysis.importance.values():
        assert 0.0 <= value.score <= 100.0
    for tq in analysis.qualities.values():
        assert tq.quality is None or 0.0 <= tq.quality <= 100.0
    for cov in analysis.coverages:
        assert 0.0 <= cov.strong_share <= cov.any_share <= 100.0
