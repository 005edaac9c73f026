"""Each kind of finding on hand-built maps, its severity, people and order."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop_app import i18n
from desktop_app.analysis import FindingKind, Severity, analyze
from desktop_app.domain.enums import ActorCategory, Attitude

from .builders import DM, INF, TODAY, MapBuilder, sample_map

K = FindingKind


def findings(m: MapBuilder):
    return analyze(m.network, today=TODAY).findings


def of(found, kind):
    return [f for f in found if f.kind is kind]


def named(m: MapBuilder, finding) -> list[str]:
    return [m.name(p) for p in finding.people]


def test_sample_map_findings_with_people_and_severity() -> None:
    m = sample_map()
    found = findings(m)
    spof = {named(m, f)[0]: f for f in of(found, K.SINGLE_POINT_OF_FAILURE)}
    assert set(spof) == {"Hege", "Ola", "Buyer"}
    assert named(m, spof["Hege"]) == ["Hege", "Cfo"] and spof["Hege"].severity is Severity.HIGH
    assert spof["Hege"].message == (
        "Only Hege connects you to Cfo (decision maker at Rema). If Hege leaves, you lose access to 1 decision maker.")
    assert "Introduce a colleague" in spof["Ola"].suggested_action  # Ola is one of ours
    assert "ask Buyer to introduce" in spof["Buyer"].suggested_action
    # Every bridge here says no more than a single point of failure at its end: listed there, not twice.
    assert of(found, K.BRIDGE) == []
    assert len(spof["Hege"].ties) == 1
    (unreached,) = of(found, K.UNREACHED)
    assert named(m, unreached) == ["Advisor"] and unreached.severity is Severity.MEDIUM
    (weak,) = of(found, K.WEAK_ACCESS)
    assert named(m, weak) == ["Ola", "Buyer", "Ceo"] and weak.severity is Severity.MEDIUM
    assert "Ola → Buyer → Ceo" in weak.message
    (isolated,) = of(found, K.ISOLATED)
    assert named(m, isolated) == ["Advisor"] and isolated.severity is Severity.LOW
    (stale,) = of(found, K.STALE)
    assert named(m, stale) == ["Kari", "Hege"] and "200 days" in stale.message
    (sceptic,) = of(found, K.SCEPTIC_INFLUENCER)
    assert named(m, sceptic) == ["Advisor"] and sceptic.severity is Severity.HIGH
    (coop,) = of(found, K.COOPETITION)
    assert set(named(m, coop)) == {"Rema", "Rival"}
    assert of(found, K.CONCENTRATION) == []  # Kari and Ola hold one route each


def test_most_severe_first() -> None:
    ranks = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}
    levels = [ranks[f.severity] for f in findings(sample_map())]
    assert levels == sorted(levels) and levels[0] == 0


def test_a_bridge_that_says_more_than_its_ends() -> None:
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Acme")
    for name in ("Kari", "Ola"):
        m.person(name, "Us")
    m.person("Hub", "Acme")
    m.person("Dm1", "Acme", DM)
    m.person("Inf", "Acme", INF)
    m.tie("Kari", "Ola", 5)
    m.tie("Kari", "Hub", 5)
    m.tie("Ola", "Hub", 5)
    m.tie("Hub", "Dm1", 5)
    m.tie("Hub", "Inf", 5)
    m.account("Acme")
    found = findings(m)
    (spof,) = of(found, K.SINGLE_POINT_OF_FAILURE)
    assert named(m, spof) == ["Hub", "Dm1", "Inf"]
    bridges = {tuple(named(m, f)[2:]): f for f in of(found, K.BRIDGE)}
    assert set(bridges) == {("Dm1",), ("Inf",)}
    assert bridges[("Dm1",)].severity is Severity.HIGH and bridges[("Inf",)].severity is Severity.MEDIUM
    assert "hangs on one tie, between Dm1 and Hub" in bridges[("Dm1",)].message or \
        "hangs on one tie, between Hub and Dm1" in bridges[("Dm1",)].message


def test_concentration_when_one_of_ours_holds_most_routes() -> None:
    m = sample_map()
    m.tie("Kari", "Ceo", 4)
    (conc,) = of(findings(m), K.CONCENTRATION)
    assert named(m, conc)[0] == "Kari" and "2 of the 2" in conc.message


def test_isolated_counts_ties_not_membership_and_organisations_need_ties_or_people() -> None:
    m = MapBuilder()
    m.org("Empty")
    m.org("Staffed")
    m.person("Member", "Staffed")
    m.person("A")
    m.person("B")
    m.tie("A", "B")
    found = of(findings(m), K.ISOLATED)
    assert sorted(named(m, f)[0] for f in found) == ["Empty", "Member"]


def test_stale_only_for_our_ties_beyond_the_map_limit() -> None:
    m = sample_map()
    m.tie("Cfo", "Ceo", 4, last_contact=TODAY - dt.timedelta(days=400))  # not ours
    assert len(of(findings(m), K.STALE)) == 1
    m.network.change_settings(dataclasses.replace(m.network.settings, stale_after_days=365))
    assert of(findings(m), K.STALE) == []


def test_sceptic_needs_influence_four() -> None:
    m = MapBuilder()
    m.org("Acme", ActorCategory.SUPPLIER)
    m.person("Low", "Acme", attitude=Attitude.SCEPTIC, influence=3)
    m.person("High", "Acme", attitude=Attitude.SCEPTIC, influence=4)
    m.person("Fan", "Acme", attitude=Attitude.SUPPORTER, influence=5)
    (sceptic,) = of(findings(m), K.SCEPTIC_INFLUENCER)
    assert named(m, sceptic) == ["High"] and sceptic.severity is Severity.MEDIUM  # not at an account


def test_without_an_account_every_customer_counts_and_without_our_people_no_access_findings() -> None:
    m = sample_map()
    m.network.change_settings(dataclasses.replace(m.network.settings, account_id=None))
    analysis = analyze(m.network, today=TODAY)
    assert [m.name(c.account_id) for c in analysis.coverages] == ["Rema"]  # the only customer
    assert of(analysis.findings, K.SINGLE_POINT_OF_FAILURE)
    lonely = MapBuilder()
    lonely.org("Acme")
    lonely.person("Dm", "Acme", DM)
    kinds = {f.kind for f in findings(lonely)}
    assert kinds == {K.ISOLATED}


def test_other_customers_are_one_step_less_severe() -> None:
    m = sample_map()
    m.org("Coop")
    m.person("CoopDm", "Coop", DM)
    (unreached,) = [f for f in of(findings(m), K.UNREACHED) if named(m, f) == ["CoopDm"]]
    assert unreached.severity is Severity.MEDIUM


def test_messages_render_in_bokmal() -> None:
    m = sample_map()
    found = findings(m)
    i18n.set_language("nb")
    spof = next(f for f in found if f.kind is K.SINGLE_POINT_OF_FAILURE and named(m, f)[0] == "Hege")
    assert spof.message == (
        "Bare Hege knytter deg til Cfo (beslutningstaker i Rema). Hvis Hege slutter, mister du tilgangen til "
        "1 beslutningstaker.")
    weak = of(found, K.WEAK_ACCESS)[0]
    assert weak.message.startswith("Du når Ceo (beslutningstaker i Rema) bare gjennom svake")
    for finding in found:
        i18n.set_language("en")
        english = (finding.message, finding.suggested_action)
        i18n.set_language("nb")
        assert finding.message != english[0] and finding.suggested_action != english[1]
