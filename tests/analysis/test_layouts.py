"""Automatic layouts: deterministic, inside the drawing area, no overlaps, and the shapes they promise."""

from __future__ import annotations

import dataclasses
import math
import random
from importlib import resources

import pytest

from desktop_app.analysis import layouts
from desktop_app.analysis.layouts.geometry import LIMIT, Box, bounds
from desktop_app.analysis.quality import tie_qualities
from desktop_app.domain.entities import Contact, Organisation
from desktop_app.domain.enums import ActorCategory, TieType
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

from .builders import TODAY, MapBuilder, sample_map

WHOLE_MAP = [layouts.force_directed, layouts.circular, layouts.hierarchical, layouts.account_view]


@pytest.fixture(scope="module")
def example() -> Network:
    with resources.as_file(resources.files("desktop_app.resources") / "examples" / "best_lokalt.knute") as path:
        store = MapStore.open(path, read_only=True)
        try:
            return store.load()
        finally:
            store.close()


def reports(m: MapBuilder, sub: str, boss: str) -> None:
    m.tie(sub, boss, 4, type=TieType.REPORTS_TO)


def chart_map() -> MapBuilder:
    """Us (Kari, Ola -> Kari) and the account Hotel: Ceo <- Cfo, Chef <- Cook, Cook2; Chef -> Ceo; Guest alone."""
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Hotel")
    m.org("Shop", ActorCategory.SUPPLIER)
    for name, org in (("Kari", "Us"), ("Ola", "Us"), ("Ceo", "Hotel"), ("Cfo", "Hotel"), ("Chef", "Hotel"),
                      ("Cook", "Hotel"), ("Cook2", "Hotel"), ("Guest", "Hotel"), ("Seller", "Shop"), ("Loner", None)):
        m.person(name, org)
    reports(m, "Ola", "Kari")
    reports(m, "Cfo", "Ceo")
    reports(m, "Chef", "Ceo")
    reports(m, "Cook", "Chef")
    reports(m, "Cook2", "Chef")
    m.tie("Kari", "Chef", 5)
    m.tie("Ola", "Cfo", 2)
    m.tie("Seller", "Cook", 3)
    m.account("Hotel")
    return m


def y_of(positions, m: MapBuilder, name: str) -> float:
    return positions[m.ids[name]][1]


@pytest.mark.parametrize("layout", WHOLE_MAP, ids=lambda f: f.__name__)
def test_every_node_gets_a_finite_place_inside_the_drawing_area(layout, example):
    positions = layout(example, None)
    assert set(positions) == set(example.nodes)
    for x, y in positions.values():
        assert math.isfinite(x) and math.isfinite(y)
        assert abs(x) <= LIMIT and abs(y) <= LIMIT
    # and the domain accepts every one of them
    for node_id, (x, y) in positions.items():
        dataclasses.replace(example.nodes[node_id], x=x, y=y)


@pytest.mark.parametrize("layout", WHOLE_MAP, ids=lambda f: f.__name__)
def test_no_two_nodes_overlap_on_the_example(layout, example):
    boxes = layouts.estimate_boxes(example)
    assert layouts.overlapping_pairs(layout(example, None), boxes) == []


@pytest.mark.parametrize("layout", WHOLE_MAP, ids=lambda f: f.__name__)
def test_the_measured_boxes_are_respected(layout):
    m = chart_map()
    boxes = {node_id: Box(90.0, 40.0, 80.0) for node_id in m.network.nodes}  # bigger than estimated
    positions = layout(m.network, None, boxes=boxes)
    assert layouts.overlapping_pairs(positions, boxes) == []


@pytest.mark.parametrize("layout", WHOLE_MAP, ids=lambda f: f.__name__)
def test_layouts_are_deterministic_whatever_the_order_of_the_map(layout, example):
    first = layout(example, None)
    assert layout(example, None) == first
    entities = list(example.nodes.values())
    random.Random(3).shuffle(entities)
    shuffled = Network.from_entities(example.settings, entities, list(example.ties.values())[::-1], (), ())
    assert layout(shuffled, None) == first


def test_the_layout_stays_where_the_map_was(example):
    positions = layouts.force_directed(example, None)
    assert min(x for x, _ in positions.values()) == pytest.approx(min(n.x for n in example.nodes.values()), abs=0.1)
    assert min(y for _, y in positions.values()) == pytest.approx(min(n.y for n in example.nodes.values()), abs=0.1)


def test_stronger_ties_pull_closer():
    m = MapBuilder()
    for name in ("A", "Strong", "Weak", "Other"):
        m.person(name)
    m.tie("A", "Strong", 5)
    m.tie("A", "Weak", 1)
    m.tie("Strong", "Other", 3)
    m.tie("Weak", "Other", 3)
    positions = layouts.force_directed(m.network, tie_qualities(m.network, TODAY))
    a, strong, weak = (positions[m.ids[n]] for n in ("A", "Strong", "Weak"))
    assert math.dist(a, strong) < math.dist(a, weak)


def test_force_directed_keeps_people_near_their_organisation():
    m = sample_map()
    positions = layouts.force_directed(m.network, tie_qualities(m.network, TODAY))
    rema = positions[m.ids["Rema"]]
    us = positions[m.ids["Us"]]
    for name in ("Hege", "Cfo", "Ceo", "Buyer", "Advisor"):
        assert math.dist(positions[m.ids[name]], rema) < math.dist(positions[m.ids[name]], us)


def test_unconnected_parts_do_not_pile_up():
    m = MapBuilder()
    for k in range(12):
        m.person(f"Alone {k}")
    for k in range(3):
        m.person(f"P{k}a")
        m.person(f"P{k}b")
        m.tie(f"P{k}a", f"P{k}b", 4)
    positions = layouts.force_directed(m.network, None)
    assert layouts.overlapping_pairs(positions, layouts.estimate_boxes(m.network)) == []


def test_organisation_chart_puts_managers_above_the_people_who_report_to_them():
    m = chart_map()
    hotel = m.network.nodes[m.ids["Hotel"]]
    positions = layouts.organisation_chart(m.network, hotel.id, make_room=False)
    assert set(positions) == {m.ids[n] for n in ("Hotel", "Ceo", "Cfo", "Chef", "Cook", "Cook2", "Guest")}
    assert positions[hotel.id] == (hotel.x, hotel.y)  # the organisation stays where it is
    assert y_of(positions, m, "Hotel") < y_of(positions, m, "Ceo") < y_of(positions, m, "Chef") < y_of(positions, m, "Cook")
    assert y_of(positions, m, "Chef") == y_of(positions, m, "Cfo")
    assert y_of(positions, m, "Cook") == y_of(positions, m, "Cook2")
    assert y_of(positions, m, "Guest") == y_of(positions, m, "Ceo")  # reports to no one: right under the organisation
    # a manager is centred over the people under them
    chef_x = positions[m.ids["Chef"]][0]
    assert min(positions[m.ids[c]][0] for c in ("Cook", "Cook2")) < chef_x < max(positions[m.ids[c]][0] for c in ("Cook", "Cook2"))
    boxes = layouts.estimate_boxes(m.network)
    assert layouts.overlapping_pairs(positions, boxes) == []


def test_organisation_chart_makes_room_and_leaves_the_rest_alone(example):
    hotel = next(o for o in example.organisations() if o.name == "Bergstadens Hotell")
    chart_ids = {hotel.id, *(m.id for m in example.members_of(hotel.id))}
    positions = layouts.organisation_chart(example, hotel.id)
    moved = set(positions) - chart_ids
    assert moved  # the example's neighbours were in the way
    after = {n.id: (n.x, n.y) for n in example.nodes.values()} | positions
    boxes = layouts.estimate_boxes(example)
    chart_area = bounds({i: after[i] for i in chart_ids}, boxes)
    for node_id, (x, y) in after.items():
        if node_id not in chart_ids:
            box = boxes[node_id]
            left, top, right, bottom = chart_area
            assert x + box.half_width <= left or x - box.half_width >= right or y + box.below <= top or y - box.above >= bottom
    # whole organisations move together, by the same offset
    for org in example.organisations():
        ids = [org.id, *(m.id for m in example.members_of(org.id))]
        if org.id in moved:
            offsets = {(round(after[i][0] - example.nodes[i].x, 1), round(after[i][1] - example.nodes[i].y, 1)) for i in ids}
            assert len(offsets) == 1
    assert layouts.organisation_chart(example, hotel.id, make_room=False).keys() == chart_ids


def test_a_flat_organisation_is_wrapped_not_one_endless_row():
    m = MapBuilder()
    m.org("Big")
    for k in range(30):
        m.person(f"Person {k:02}", "Big")
    positions = layouts.organisation_chart(m.network, m.ids["Big"])
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    assert max(xs) - min(xs) < 2 * (max(ys) - min(ys)) + 1000
    assert layouts.overlapping_pairs(positions, layouts.estimate_boxes(m.network)) == []


def test_a_reporting_cycle_is_cut_not_followed_forever():
    m = MapBuilder()
    m.org("Loop")
    for name in ("A", "B", "C"):
        m.person(name, "Loop")
    reports(m, "A", "B")
    reports(m, "B", "C")
    reports(m, "C", "A")
    for layout in (layouts.hierarchical, lambda net, _q: layouts.organisation_chart(net, m.ids["Loop"])):
        positions = layout(m.network, None)
        assert len(positions) == 4
        assert layouts.overlapping_pairs(positions, layouts.estimate_boxes(m.network)) == []


def test_hierarchical_layout_keeps_every_reporting_line_downwards():
    m = chart_map()
    positions = layouts.hierarchical(m.network, None)
    for tie in m.network.ties.values():
        if tie.type is TieType.REPORTS_TO:
            assert positions[tie.target_id][1] < positions[tie.source_id][1]
    for contact in m.network.contacts():
        if contact.organisation_id:
            assert positions[contact.organisation_id][1] < positions[contact.id][1]


def test_account_view_puts_our_people_left_of_the_accounts():
    m = chart_map()
    positions = layouts.account_view(m.network, None)
    ours = [positions[m.ids[n]][0] for n in ("Us", "Kari", "Ola")]
    theirs = [positions[m.ids[n]][0] for n in ("Hotel", "Ceo", "Cfo", "Chef", "Cook", "Cook2", "Guest")]
    assert max(ours) < min(theirs)
    # the account is drawn as its organisation chart
    assert y_of(positions, m, "Ceo") < y_of(positions, m, "Chef") < y_of(positions, m, "Cook")
    # everyone else is out of the way, below both
    bottom = max(positions[m.ids[n]][1] for n in ("Kari", "Ola", "Ceo", "Cfo", "Chef", "Cook", "Guest"))
    assert all(positions[m.ids[n]][1] > bottom for n in ("Shop", "Seller", "Loner"))


def test_account_view_needs_a_key_account():
    m = chart_map()
    m.network.change_settings(dataclasses.replace(m.network.settings, account_id=None))
    with pytest.raises(ValueError):
        layouts.account_view(m.network, None)


def test_account_view_on_the_example(example):
    positions = layouts.account_view(example, None)
    account = example.settings.account_id
    own = [o.id for o in example.own_organisations()]
    ours = [c.id for c in example.contacts() if c.organisation_id in own]
    theirs = [c.id for c in example.contacts() if c.organisation_id == account]
    assert max(positions[i][0] for i in ours) < min(positions[i][0] for i in theirs)


def test_circular_rings_each_organisations_people_round_it(example):
    positions = layouts.circular(example, None)
    for contact in example.contacts():
        if contact.organisation_id:
            own = math.dist(positions[contact.id], positions[contact.organisation_id])
            others = [math.dist(positions[contact.id], positions[o.id]) for o in example.organisations()
                      if o.id != contact.organisation_id]
            assert own < min(others)


def test_empty_and_tiny_maps():
    empty = Network()
    for layout in WHOLE_MAP[:3]:
        assert layout(empty, None) == {}
    one = Network()
    org = Organisation(name="Alone", x=50, y=60)
    one.add(org)
    for layout in WHOLE_MAP[:3]:
        assert layout(one, None) == {org.id: (50.0, 60.0)}


def test_organisation_chart_of_something_else_is_refused():
    m = chart_map()
    with pytest.raises(ValueError):
        layouts.organisation_chart(m.network, m.ids["Kari"])
    with pytest.raises(ValueError):
        layouts.organisation_chart(m.network, "no-such-node")


def test_far_away_maps_stay_inside_the_drawing_area():
    m = chart_map()
    for node in list(m.network.nodes.values()):
        m.network.update(dataclasses.replace(node, x=9_999_000.0, y=-9_999_000.0))
    for layout in WHOLE_MAP:
        for x, y in layout(m.network, None).values():
            assert abs(x) <= LIMIT and abs(y) <= LIMIT


def test_estimated_boxes_follow_the_text():
    short = Contact(name="Bo")
    long = Contact(name="Bartholomew Christoffersen-Haugland", title="Administrerende direktør")
    assert layouts.estimate_box(long).width > layouts.estimate_box(short).width
    assert layouts.estimate_box(short).below > layouts.estimate_box(short).above  # the label hangs below
