"""The Network aggregate: edits, the cascade of a removal, refusals, apply and revert."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.changes import Added, Removed, SettingsChanged, Updated, inverse_of
from desktop_app.domain.entities import Action, Contact, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.enums import ActorCategory, TieType
from desktop_app.domain.errors import DomainError
from desktop_app.domain.network import Network

from .strategies import rebuilt, state


@pytest.fixture
def net() -> Network:
    return Network()


@pytest.fixture
def world(net: Network) -> dict:
    """An account with two members, one of ours, ties, interactions and actions."""
    own = Organisation(name="Oss AS", category=ActorCategory.OWN)
    acme = Organisation(name="Acme", category=ActorCategory.CUSTOMER)
    for org in (own, acme):
        net.add(org)
    me = Contact(name="Meg", organisation_id=own.id)
    cfo = Contact(name="Økonomisjef", organisation_id=acme.id)
    buyer = Contact(name="Innkjøper", organisation_id=acme.id)
    for contact in (me, cfo, buyer):
        net.add(contact)
    t_me_cfo = Tie(source_id=me.id, target_id=cfo.id)
    t_cfo_buyer = Tie(source_id=buyer.id, target_id=cfo.id, type=TieType.REPORTS_TO)
    t_orgs = Tie(source_id=own.id, target_id=acme.id, type=TieType.SUPPLIER_OF)
    for tie in (t_me_cfo, t_cfo_buyer, t_orgs):
        net.add(tie)
    i1 = Interaction(tie_id=t_me_cfo.id, date=dt.date(2026, 1, 5))
    i2 = Interaction(tie_id=t_me_cfo.id, date=dt.date(2026, 2, 5))
    i3 = Interaction(tie_id=t_cfo_buyer.id, date=dt.date(2026, 3, 5))
    for i in (i1, i2, i3):
        net.add(i)
    a_cfo = Action(title="Lunsj med økonomisjefen", node_id=cfo.id, owner_id=me.id, tie_id=t_me_cfo.id)
    a_org = Action(title="Kontraktsmøte", node_id=acme.id, owner_id=cfo.id)
    for a in (a_cfo, a_org):
        net.add(a)
    net.change_settings(dataclasses.replace(net.settings, account_id=acme.id))
    return {
        "own": own, "acme": acme, "me": me, "cfo": cfo, "buyer": buyer, "t_me_cfo": t_me_cfo,
        "t_cfo_buyer": t_cfo_buyer, "t_orgs": t_orgs, "i1": i1, "i2": i2, "i3": i3,
        "a_cfo": a_cfo, "a_org": a_org,
    }


def assert_consistent(net: Network) -> None:
    assert state(net) == state(rebuilt(net))


def assert_revert_restores(net: Network, changes: list, before: dict) -> None:
    net.revert(changes)
    assert state(net) == before
    assert_consistent(net)


class TestAddAndQueries:
    def test_add_returns_the_change(self, net: Network) -> None:
        org = Organisation(name="A")
        assert net.add(org) == [Added(org)]
        assert net.nodes[org.id] is org

    def test_queries(self, net: Network, world: dict) -> None:
        assert {c.name for c in net.contacts()} == {"Meg", "Økonomisjef", "Innkjøper"}
        assert {o.name for o in net.organisations()} == {"Oss AS", "Acme"}
        assert {t.id for t in net.ties_of(world["cfo"].id)} == {world["t_me_cfo"].id, world["t_cfo_buyer"].id}
        assert {c.id for c in net.members_of(world["acme"].id)} == {world["cfo"].id, world["buyer"].id}
        assert [i.id for i in net.interactions_of(world["t_me_cfo"].id)] == [world["i1"].id, world["i2"].id]
        assert net.last_contact(world["t_me_cfo"].id) == dt.date(2026, 2, 5)
        assert net.last_contact(world["t_orgs"].id) is None
        assert net.organisation_of(world["cfo"]) == world["acme"]
        assert net.own_organisations() == [world["own"]]
        assert net.name_of(world["me"].id) == "Meg" and net.name_of(None) == "?"
        assert_consistent(net)

    def test_last_contact_uses_recorded_date_when_later(self, net: Network, world: dict) -> None:
        tie = dataclasses.replace(world["t_me_cfo"], last_contact=dt.date(2026, 4, 1))
        net.update(tie)
        assert net.last_contact(tie.id) == dt.date(2026, 4, 1)

    def test_same_id_twice_refused(self, net: Network) -> None:
        org = Organisation(name="A")
        net.add(org)
        with pytest.raises(DomainError, match="already in the map"):
            net.add(dataclasses.replace(org, name="B"))

    def test_member_of_missing_organisation_refused(self, net: Network) -> None:
        with pytest.raises(DomainError) as info:
            net.add(Contact(name="Kari", organisation_id="nowhere"))
        assert str(info.value) == "Kari belongs to an organisation that is not in the map."
        assert not net.nodes

    def test_member_of_a_contact_refused(self, net: Network) -> None:
        boss = Contact(name="Boss")
        net.add(boss)
        with pytest.raises(DomainError, match="belongs to an organisation"):
            net.add(Contact(name="Kari", organisation_id=boss.id))

    def test_tie_to_missing_node_refused(self, net: Network) -> None:
        a = Contact(name="A")
        net.add(a)
        with pytest.raises(DomainError) as info:
            net.add(Tie(source_id=a.id, target_id="ghost"))
        assert str(info.value) == "The tie refers to a node that is not in the map (ghost)."
        assert not net.ties and not net._ties_by_node

    def test_interaction_and_action_references_checked(self, net: Network) -> None:
        with pytest.raises(DomainError, match="interaction refers to a tie"):
            net.add(Interaction(tie_id="ghost", date=dt.date(2026, 1, 1)))
        with pytest.raises(DomainError, match="action refers to a contact or organisation"):
            net.add(Action(title="x", node_id="ghost"))
        with pytest.raises(DomainError, match="action refers to a tie"):
            net.add(Action(title="x", tie_id="ghost"))
        org = Organisation(name="A")
        net.add(org)
        with pytest.raises(DomainError, match="owner of an action must be a person"):
            net.add(Action(title="x", owner_id=org.id))

    def test_account_must_be_an_organisation(self, net: Network) -> None:
        c = Contact(name="A")
        net.add(c)
        with pytest.raises(DomainError, match="account must be an organisation"):
            net.change_settings(MapSettings(account_id=c.id))
        assert net.settings == MapSettings()


class TestDuplicateTies:
    @pytest.fixture
    def pair(self, net: Network) -> tuple[Contact, Contact]:
        a, b = Contact(name="A"), Contact(name="B")
        net.add(a)
        net.add(b)
        return a, b

    def test_undirected_ignores_order(self, net: Network, pair: tuple[Contact, Contact]) -> None:
        a, b = pair
        net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.PARTNER))
        with pytest.raises(DomainError) as info:
            net.add(Tie(source_id=b.id, target_id=a.id, type=TieType.PARTNER))
        assert str(info.value) == "There is already a tie of this type between B and A."
        assert len(net.ties) == 1

    def test_directed_respects_order(self, net: Network, pair: tuple[Contact, Contact]) -> None:
        a, b = pair
        net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.REPORTS_TO))
        net.add(Tie(source_id=b.id, target_id=a.id, type=TieType.REPORTS_TO))
        with pytest.raises(DomainError, match="already a tie of this type"):
            net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.REPORTS_TO))
        assert len(net.ties) == 2

    def test_other_type_between_same_pair_allowed(self, net: Network, pair: tuple[Contact, Contact]) -> None:
        a, b = pair
        net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.PROFESSIONAL))
        net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.PERSONAL))
        assert len(net.ties) == 2

    def test_update_into_a_duplicate_refused_and_indices_kept(self, net: Network, pair: tuple[Contact, Contact]) -> None:
        a, b = pair
        net.add(Tie(source_id=a.id, target_id=b.id, type=TieType.PROFESSIONAL))
        personal = Tie(source_id=a.id, target_id=b.id, type=TieType.PERSONAL)
        net.add(personal)
        before = state(net)
        with pytest.raises(DomainError, match="already a tie of this type"):
            net.update(dataclasses.replace(personal, type=TieType.PROFESSIONAL))
        assert state(net) == before
        assert_consistent(net)

    def test_find_tie(self, net: Network, pair: tuple[Contact, Contact]) -> None:
        a, b = pair
        tie = Tie(source_id=a.id, target_id=b.id)
        net.add(tie)
        assert net.find_tie(Tie(source_id=b.id, target_id=a.id)) == tie
        assert net.find_tie(Tie(source_id=b.id, target_id=a.id, type=TieType.REPORTS_TO)) is None


class TestUpdate:
    def test_update_returns_before_and_after(self, net: Network, world: dict) -> None:
        new = dataclasses.replace(world["cfo"], name="Finansdirektør", influence=5)
        assert net.update(new) == [Updated(world["cfo"], new)]
        assert net.nodes[new.id] == new

    def test_unchanged_update_is_no_change(self, net: Network, world: dict) -> None:
        assert net.update(world["cfo"]) == []

    def test_update_of_missing_refused(self, net: Network) -> None:
        with pytest.raises(DomainError, match="no longer in the map"):
            net.update(Contact(name="Ghost"))

    def test_moving_a_member_reindexes(self, net: Network, world: dict) -> None:
        net.update(dataclasses.replace(world["buyer"], organisation_id=world["own"].id))
        assert {c.id for c in net.members_of(world["acme"].id)} == {world["cfo"].id}
        assert world["buyer"].id in {c.id for c in net.members_of(world["own"].id)}
        assert_consistent(net)

    def test_contact_cannot_become_organisation(self, net: Network, world: dict) -> None:
        before = state(net)
        with pytest.raises(DomainError, match="cannot become an organisation"):
            net.update(Organisation(id=world["cfo"].id, name="Økonomisjef"))
        assert state(net) == before

    def test_update_to_missing_reference_refused(self, net: Network, world: dict) -> None:
        before = state(net)
        with pytest.raises(DomainError, match="belongs to an organisation that is not in the map"):
            net.update(dataclasses.replace(world["cfo"], organisation_id="ghost"))
        assert state(net) == before

    def test_change_settings(self, net: Network) -> None:
        new = MapSettings(title="Ny tittel", weight_trust=3)
        assert net.change_settings(new) == [SettingsChanged(MapSettings(), new)]
        assert net.change_settings(new) == []


class TestRemoveCascade:
    def test_removing_a_contact(self, net: Network, world: dict) -> None:
        before = state(net)
        cfo, me = world["cfo"], world["me"]
        changes = net.remove(cfo)
        # Its ties and their interactions are gone...
        assert world["t_me_cfo"].id not in net.ties and world["t_cfo_buyer"].id not in net.ties
        assert not net.interactions.keys() & {world["i1"].id, world["i2"].id, world["i3"].id}
        # ...actions survive without the references...
        a_cfo, a_org = net.actions[world["a_cfo"].id], net.actions[world["a_org"].id]
        assert (a_cfo.node_id, a_cfo.owner_id, a_cfo.tie_id) == (None, me.id, None)
        assert (a_org.node_id, a_org.owner_id) == (world["acme"].id, None)
        # ...and the rest of the map is untouched.
        assert world["t_orgs"].id in net.ties and cfo.id not in net.nodes
        assert changes[-1] == Removed(cfo)
        assert sum(isinstance(c, Removed) for c in changes) == 1 + 2 + 3
        assert_consistent(net)
        assert_revert_restores(net, changes, before)

    def test_removing_the_account_organisation(self, net: Network, world: dict) -> None:
        before = state(net)
        acme = world["acme"]
        changes = net.remove(acme)
        assert net.settings.account_id is None
        assert all(net.nodes[c].organisation_id is None for c in (world["cfo"].id, world["buyer"].id))
        assert world["t_orgs"].id not in net.ties
        assert net.actions[world["a_org"].id].node_id is None
        assert any(isinstance(c, SettingsChanged) for c in changes)
        assert acme.id not in net.nodes
        assert_consistent(net)
        assert_revert_restores(net, changes, before)

    def test_removing_a_tie(self, net: Network, world: dict) -> None:
        before = state(net)
        changes = net.remove(world["t_me_cfo"])
        assert world["i1"].id not in net.interactions and world["i2"].id not in net.interactions
        assert net.actions[world["a_cfo"].id].tie_id is None
        assert net.actions[world["a_cfo"].id].node_id == world["cfo"].id
        assert_revert_restores(net, changes, before)

    def test_removing_an_interaction_or_action_is_local(self, net: Network, world: dict) -> None:
        assert net.remove(world["i3"]) == [Removed(world["i3"])]
        assert net.remove(world["a_org"]) == [Removed(world["a_org"])]

    def test_remove_uses_the_current_version(self, net: Network, world: dict) -> None:
        renamed = dataclasses.replace(world["buyer"], name="Innkjøpssjef")
        net.update(renamed)
        changes = net.remove(world["buyer"])  # a stale copy
        assert changes[-1] == Removed(renamed)

    def test_remove_missing_refused(self, net: Network) -> None:
        with pytest.raises(DomainError, match="no longer in the map"):
            net.remove(Contact(name="Ghost"))

    def test_remove_many_with_a_tie_between_two_removed_nodes(self, net: Network, world: dict) -> None:
        before = state(net)
        me, cfo = world["me"], world["cfo"]
        changes = net.remove_many([me, cfo])
        removed_ties = [c.entity.id for c in changes if isinstance(c, Removed) and isinstance(c.entity, Tie)]
        assert sorted(removed_ties) == sorted([world["t_me_cfo"].id, world["t_cfo_buyer"].id])
        # The action pointing at both is updated twice, each record building on the last.
        updates = [c for c in changes if isinstance(c, Updated) and c.after.id == world["a_cfo"].id]
        assert len(updates) == 2 and updates[0].after == updates[1].before
        a_cfo = net.actions[world["a_cfo"].id]
        assert (a_cfo.node_id, a_cfo.owner_id, a_cfo.tie_id) == (None, None, None)
        assert_consistent(net)
        assert_revert_restores(net, changes, before)

    def test_remove_many_mixed_kinds_and_repeats(self, net: Network, world: dict) -> None:
        before = state(net)
        targets = [world["acme"], world["cfo"], world["t_me_cfo"], world["i1"], world["a_cfo"], world["cfo"]]
        changes = net.remove_many(targets)
        for entity in targets:
            assert net.entity(type(entity), entity.id) is None
        assert net.settings.account_id is None
        assert net.nodes[world["buyer"].id].organisation_id is None
        removed_ids = [c.entity.id for c in changes if isinstance(c, Removed)]
        assert len(removed_ids) == len(set(removed_ids))
        assert_consistent(net)
        assert_revert_restores(net, changes, before)

    def test_remove_many_refuses_missing_without_change(self, net: Network, world: dict) -> None:
        before = state(net)
        with pytest.raises(DomainError, match="no longer in the map"):
            net.remove_many([world["buyer"], Contact(name="Ghost")])
        assert state(net) == before

    def test_removed_node_with_ties_cannot_be_removed_alone_on_replay(self, net: Network, world: dict) -> None:
        with pytest.raises(DomainError, match="still has ties or members"):
            net.apply([Removed(world["cfo"])])
        with pytest.raises(DomainError, match="still referred to"):
            net.apply([Removed(world["t_cfo_buyer"])])


class TestApplyAndRevert:
    def test_apply_is_all_or_nothing(self, net: Network, world: dict) -> None:
        before = state(net)
        newcomer = Contact(name="Ny")
        changes = [
            Added(newcomer),
            Updated(world["cfo"], dataclasses.replace(world["cfo"], name="Ny tittel")),
            Added(Tie(source_id=newcomer.id, target_id=world["cfo"].id)),
            Added(Tie(source_id=newcomer.id, target_id="ghost")),  # fails here
            Removed(world["a_org"]),
        ]
        with pytest.raises(DomainError, match="node that is not in the map"):
            net.apply(changes)
        assert state(net) == before

    def test_failing_removal_plan_replay_leaves_network_unchanged(self, net: Network, world: dict) -> None:
        changes = net.remove(world["cfo"])
        net.revert(changes)
        net.remove(world["a_cfo"])  # now the recorded Updated(a_cfo...) cannot replay
        before = state(net)
        with pytest.raises(DomainError):
            net.apply(changes)
        assert state(net) == before

    def test_revert_then_replay(self, net: Network, world: dict) -> None:
        before = state(net)
        changes = net.remove(world["acme"])
        after = state(net)
        net.revert(changes)
        assert state(net) == before
        net.apply(changes)
        assert state(net) == after

    def test_inverse_of_reverses_and_inverts(self) -> None:
        a, b = Contact(name="A"), Contact(name="B")
        changes = [Added(a), Updated(a, b), SettingsChanged(MapSettings(), MapSettings(title="T")), Removed(b)]
        assert inverse_of(changes) == [
            Added(b), SettingsChanged(MapSettings(title="T"), MapSettings()), Updated(b, a), Removed(a),
        ]
        assert inverse_of(inverse_of(changes)) == changes

    def test_from_entities_checks_references(self) -> None:
        a = Contact(name="A")
        with pytest.raises(DomainError, match="node that is not in the map"):
            Network.from_entities(MapSettings(), [a], [Tie(source_id=a.id, target_id="ghost")], [], [])
        with pytest.raises(DomainError, match="used twice"):
            Network.from_entities(MapSettings(), [a, a], [], [], [])
        with pytest.raises(DomainError, match="account must be an organisation"):
            Network.from_entities(MapSettings(account_id=a.id), [a], [], [], [])
