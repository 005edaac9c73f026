"""Filters hide by category, role, attitude, tie type and tie strength; they never change the map."""

from __future__ import annotations

import copy
import datetime as dt

from desktop_app.analysis import analyze
from desktop_app.analysis.filters import FilterCriteria, apply_filter, tie_class
from desktop_app.analysis.quality import TieClass
from desktop_app.domain.enums import ActorCategory, Attitude, BuyingRole, TieType

from .builders import TODAY, MapBuilder, sample_map


def hidden_names(m: MapBuilder, result) -> set[str]:
    return {m.name(i) for i in result.hidden_nodes}


def test_no_criteria_hides_nothing():
    m = sample_map()
    result = apply_filter(m.network, FilterCriteria())
    assert not FilterCriteria().active
    assert result.hidden_nodes == frozenset() and result.hidden_ties == frozenset()
    assert (result.shown_contacts, result.total_contacts) == (7, 7)
    assert (result.shown_organisations, result.total_organisations) == (3, 3)
    assert (result.shown_ties, result.total_ties) == (7, 7)


def test_contacts_follow_their_organisations_category():
    m = sample_map()
    m.person("Loner")  # no organisation: category "none"
    result = apply_filter(m.network, FilterCriteria(categories=frozenset({ActorCategory.OWN})))
    assert hidden_names(m, result) == {"Us", "Kari", "Ola"}
    # every tie touching Kari or Ola goes with them
    assert result.shown_ties == 3  # Hege-Cfo, Buyer-Ceo and Rema-Rival
    assert (result.shown_contacts, result.total_contacts) == (6, 8)
    none = apply_filter(m.network, FilterCriteria(categories=frozenset({None})))
    assert hidden_names(m, none) == {"Loner"}


def test_role_and_attitude_hide_contacts_only():
    m = sample_map()
    result = apply_filter(m.network, FilterCriteria(roles=frozenset({BuyingRole.DECISION_MAKER})))
    assert hidden_names(m, result) == {"Cfo", "Ceo"}
    no_role = apply_filter(m.network, FilterCriteria(roles=frozenset({None})))
    assert hidden_names(m, no_role) == {"Kari", "Ola"}  # organisations have no role and stay
    sceptics = apply_filter(m.network, FilterCriteria(attitudes=frozenset({Attitude.SCEPTIC})))
    assert hidden_names(m, sceptics) == {"Advisor"}
    unknown = apply_filter(m.network, FilterCriteria(attitudes=frozenset({Attitude.UNKNOWN})))
    assert "Rema" not in hidden_names(m, unknown) and "Kari" in hidden_names(m, unknown)


def test_tie_type_hides_ties_not_nodes():
    m = sample_map()
    result = apply_filter(m.network, FilterCriteria(tie_types=frozenset({TieType.COMPETITOR})))
    assert result.hidden_nodes == frozenset()
    assert [m.network.ties[t].type for t in result.hidden_ties] == [TieType.COMPETITOR]


def test_tie_strength_from_the_analysis():
    m = sample_map()
    analysis = analyze(m.network, today=TODAY)
    classes = {t: q.tie_class for t, q in analysis.qualities.items()}
    for hidden in TieClass:
        result = apply_filter(m.network, FilterCriteria(tie_classes=frozenset({hidden})), analysis.qualities, TODAY)
        assert result.hidden_ties == {t for t, c in classes.items() if c is hidden}
    weak = apply_filter(m.network, FilterCriteria(tie_classes=frozenset({TieClass.WEAK})), analysis.qualities)
    assert len(weak.hidden_ties) == 2 and weak.hidden_nodes == frozenset()  # Ola-Buyer, Buyer-Ceo rated 2


def test_tie_strength_without_an_analysis_scores_the_same_way():
    m = sample_map()
    analysis = analyze(m.network, today=TODAY)
    for tie in m.network.ties.values():
        assert tie_class(m.network, tie, None, TODAY) is analysis.qualities[tie.id].tie_class
    # a tie added after the analysis ran is scored on the spot; an unrated one is unrated
    new = m.tie("Advisor", "Kari", 5)
    unrated = m.tie("Advisor", "Ola", None)
    assert tie_class(m.network, m.network.ties[new], analysis.qualities, TODAY) is TieClass.STRONG
    assert tie_class(m.network, m.network.ties[unrated], analysis.qualities, TODAY) is TieClass.UNRATED
    result = apply_filter(m.network, FilterCriteria(tie_classes=frozenset({TieClass.STRONG})), analysis.qualities,
                          TODAY)
    assert new in result.hidden_ties and unrated not in result.hidden_ties


def test_criteria_combine():
    m = sample_map()
    criteria = FilterCriteria(
        categories=frozenset({ActorCategory.COMPETITOR}), roles=frozenset({BuyingRole.BUYER}),
        tie_types=frozenset({TieType.PROFESSIONAL}),
    )
    result = apply_filter(m.network, criteria, today=dt.date(2026, 6, 1))
    assert hidden_names(m, result) == {"Rival", "Buyer"}
    assert result.shown_ties == 0


def test_filter_never_changes_the_map():
    m = sample_map()
    before = copy.deepcopy((m.network.nodes, m.network.ties, m.network.settings))
    apply_filter(m.network, FilterCriteria(categories=frozenset(ActorCategory), tie_classes=frozenset(TieClass)))
    assert (m.network.nodes, m.network.ties, m.network.settings) == before
