"""The benchmark map generator makes valid, reproducible maps of the size asked for."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import generate_network, write_map
from desktop_app.domain.enums import ActorCategory
from desktop_app.storage import MapStore


def test_generated_map_has_the_asked_size_and_shape() -> None:
    network = generate_network(contacts=200, organisations=20, ties=800, seed=3)
    contacts = list(network.contacts())
    organisations = list(network.organisations())
    assert (len(contacts), len(organisations), len(network.ties)) == (200, 20, 800)
    assert network.interactions and network.actions
    own = network.own_organisations()
    assert len(own) == 1 and len(network.members_of(own[0].id)) == 20
    assert any(o.category is ActorCategory.CUSTOMER for o in organisations)
    ties = list(network.ties.values())
    unrated = sum(t.trust is None for t in ties)
    assert 0 < unrated < len(ties) / 2, "most ratings set, some unset"
    assert any(t.last_contact for t in ties)
    within = sum(
        1 for t in ties
        if (a := network.nodes[t.source_id]).kind == "contact" and network.nodes[t.target_id].kind == "contact"
        and a.organisation_id is not None
        and a.organisation_id == network.nodes[t.target_id].organisation_id  # type: ignore[union-attr]
    )
    assert within > len(ties) / 2, "ties mostly within organisations"
    assert len({(n.x, n.y) for n in network.nodes.values()}) == len(network.nodes), "every node has its own place"


def test_same_seed_same_map_other_seed_other_map() -> None:
    first = generate_network(contacts=60, organisations=6, ties=150, seed=7)
    again = generate_network(contacts=60, organisations=6, ties=150, seed=7)
    other = generate_network(contacts=60, organisations=6, ties=150, seed=8)
    assert first.nodes == again.nodes and first.ties == again.ties and first.actions == again.actions
    assert first.nodes.keys() != other.nodes.keys()


def test_write_map_makes_a_healthy_file_that_loads_equal(tmp_path: Path) -> None:
    network = generate_network(contacts=200, organisations=20, ties=800)
    path = write_map(tmp_path / "bench.knute", network)
    with MapStore.open(path) as store:
        assert store.integrity_check() == []
        assert store.counts() == {
            "organisations": 20, "contacts": 200, "ties": 800,
            "interactions": len(network.interactions), "actions": len(network.actions),
        }
        loaded = store.load()
    assert loaded.settings == network.settings and loaded.settings.account_id is not None
    assert loaded.nodes == network.nodes
    assert loaded.ties == network.ties
    assert loaded.interactions == network.interactions
    assert loaded.actions == network.actions
