"""Hypothesis strategies for valid entities, shared by the domain and storage suites."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import strategies as st

from desktop_app.domain import enums
from desktop_app.domain.changes import Change
from desktop_app.domain.entities import Action, Contact, Goal, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.network import Network

# Any Unicode a user could type or paste and a file can hold: no lone surrogates, no NUL.
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.text(_chars, max_size=40)
_visible = st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"))
names = st.builds(str.__add__, _visible, texts)  # never blank, still any Unicode
ids = st.uuids(version=4).map(str)
ratings = st.none() | st.integers(1, 5)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
coordinates = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
tag_lists = st.lists(names, max_size=4)


def _opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def organisations(**fixed: object) -> st.SearchStrategy[Organisation]:
    fields: dict[str, st.SearchStrategy] = {
        "id": ids, "name": names, "description": texts, "category": _opt(st.sampled_from(enums.ActorCategory)),
        "employees": _opt(st.integers(0, 10**6)), "revenue_mnok": _opt(st.floats(0, 1e6)),
        "website": texts, "resources": st.frozensets(st.sampled_from(enums.Resource)), "tags": tag_lists,
        "notes": texts, "x": coordinates, "y": coordinates, "is_example": st.booleans(),
    }
    fields.update({k: st.just(v) for k, v in fixed.items()})
    return st.builds(Organisation, **fields)


def contacts(organisation_ids: st.SearchStrategy | None = None, **fixed: object) -> st.SearchStrategy[Contact]:
    fields: dict[str, st.SearchStrategy] = {
        "id": ids, "name": names, "title": texts, "organisation_id": st.none() if organisation_ids is None else organisation_ids,
        "email": texts, "phone": texts, "role": _opt(st.sampled_from(enums.BuyingRole)),
        "attitude": st.sampled_from(enums.Attitude), "influence": ratings,
        "resources": st.frozensets(st.sampled_from(enums.Resource)), "tags": tag_lists, "notes": texts,
        "x": coordinates, "y": coordinates, "is_example": st.booleans(),
    }
    fields.update({k: st.just(v) for k, v in fixed.items()})
    return st.builds(Contact, **fields)


def ties(source_id: str, target_id: str) -> st.SearchStrategy[Tie]:
    return st.builds(
        Tie, id=ids, source_id=st.just(source_id), target_id=st.just(target_id),
        type=st.sampled_from(enums.TieType), acquaintance=ratings, availability=ratings, trust=ratings,
        support=ratings, closeness=_opt(st.sampled_from(enums.Closeness)),
        reasons=st.frozensets(st.sampled_from(enums.TieReason)), cooperation=ratings, competition=ratings,
        last_contact=_opt(dates), notes=texts, is_example=st.booleans(),
    )


def interactions(tie_id: str) -> st.SearchStrategy[Interaction]:
    return st.builds(
        Interaction, id=ids, tie_id=st.just(tie_id), date=dates,
        kind=st.sampled_from(enums.InteractionKind), note=texts,
    )


def actions(node_ids: st.SearchStrategy, tie_ids: st.SearchStrategy, owner_ids: st.SearchStrategy) -> st.SearchStrategy[Action]:
    return st.builds(
        Action, id=ids, title=names, node_id=node_ids, tie_id=tie_ids, owner_id=owner_ids, due=_opt(dates),
        status=st.sampled_from(enums.ActionStatus), intent=_opt(st.sampled_from(enums.ActionIntent)), note=texts,
    )


def goals(organisation_ids: st.SearchStrategy) -> st.SearchStrategy[Goal]:
    return st.builds(
        Goal, id=ids, organisation_id=organisation_ids, text=names,
        horizon=st.sampled_from(enums.GoalHorizon), strategy=texts,
    )


weights = st.floats(0, 10, allow_nan=False)


@st.composite
def map_settings(draw: st.DrawFn, account_ids: st.SearchStrategy | None = None) -> MapSettings:
    weak = draw(st.integers(0, 99))
    return MapSettings(
        title=draw(names), description=draw(texts), author=draw(texts),
        account_id=draw(st.none() if account_ids is None else account_ids),
        weight_acquaintance=draw(weights), weight_availability=draw(weights), weight_trust=draw(weights),
        weight_support=draw(st.floats(0.1, 10)),
        half_life_days=draw(st.integers(1, 3650)), strong_threshold=draw(st.integers(weak + 1, 100)),
        weak_threshold=weak, stale_after_days=draw(st.integers(1, 3650)),
    )


OPERATIONS = [
    "organisation", "contact", "tie", "interaction", "action", "goal", "update", "settings", "remove", "remove_many",
]


def _pick(data: st.DataObject, items: list, label: str):
    return data.draw(st.sampled_from(items), label=label) if items else None


def _ids_or_none(ids: list[str]) -> st.SearchStrategy:
    return st.none() | st.sampled_from(ids) if ids else st.none()


REFUSABLE = {"tie", "update"}
"""Only these may be refused (a duplicate tie); any other refusal is a bug in the cascade."""


def random_edit(net: Network, data: st.DataObject, op: str) -> list[Change]:
    """One random edit through the public API; may raise DomainError for a refused edit."""
    org_ids = [o.id for o in net.organisations()]
    contact_ids = [c.id for c in net.contacts()]
    node_ids = org_ids + contact_ids
    everything = [*net.nodes.values(), *net.ties.values(), *net.interactions.values(), *net.actions.values(),
                  *net.goals.values()]
    if op == "organisation":
        return net.add(data.draw(organisations()))
    if op == "contact":
        return net.add(data.draw(contacts(_ids_or_none(org_ids))))
    if op == "tie" and len(node_ids) >= 2:
        a, b = data.draw(st.lists(st.sampled_from(node_ids), min_size=2, max_size=2, unique=True))
        return net.add(data.draw(ties(a, b)))
    if op == "interaction" and net.ties:
        return net.add(data.draw(interactions(_pick(data, list(net.ties), "tie"))))
    if op == "action":
        return net.add(data.draw(actions(_ids_or_none(node_ids), _ids_or_none(list(net.ties)), _ids_or_none(contact_ids))))
    if op == "goal" and org_ids:
        return net.add(data.draw(goals(st.sampled_from(org_ids))))
    if op == "update" and everything:
        return net.update(_changed(data, _pick(data, everything, "entity"), org_ids))
    if op == "settings":
        return net.change_settings(data.draw(map_settings(_ids_or_none(org_ids))))
    if op == "remove" and everything:
        return net.remove(_pick(data, everything, "entity"))
    if op == "remove_many" and everything:
        return net.remove_many(data.draw(st.lists(st.sampled_from(everything), max_size=4)))
    return []


def _changed(data: st.DataObject, entity, orgs: list[str]):
    if isinstance(entity, Organisation):
        return dataclasses.replace(entity, name=data.draw(names), x=data.draw(coordinates))
    if isinstance(entity, Contact):
        return dataclasses.replace(entity, organisation_id=data.draw(_ids_or_none(orgs)), influence=data.draw(ratings))
    if isinstance(entity, Tie):
        return dataclasses.replace(entity, type=data.draw(st.sampled_from(enums.TieType)), trust=data.draw(ratings))
    if isinstance(entity, Interaction):
        return dataclasses.replace(entity, date=data.draw(dates))
    if isinstance(entity, Goal):
        return dataclasses.replace(entity, text=data.draw(names), horizon=data.draw(st.sampled_from(enums.GoalHorizon)))
    assert isinstance(entity, Action)
    return dataclasses.replace(entity, title=data.draw(names), due=data.draw(st.none() | dates))


def state(network: Network) -> dict[str, object]:
    """Everything a Network holds, indices included, as plain comparable values."""
    return {
        "settings": network.settings,
        "nodes": dict(network.nodes),
        "ties": dict(network.ties),
        "interactions": dict(network.interactions),
        "actions": dict(network.actions),
        "goals": dict(network.goals),
        "ties_by_node": {k: set(v) for k, v in network._ties_by_node.items()},
        "pairs": dict(network._pairs),
        "members": {k: set(v) for k, v in network._members.items()},
        "interactions_by_tie": {k: set(v) for k, v in network._interactions_by_tie.items()},
    }


def rebuilt(network: Network) -> Network:
    """The same entities loaded afresh: its indices are what the live ones must equal."""
    return Network.from_entities(
        network.settings, network.nodes.values(), network.ties.values(),
        network.interactions.values(), network.actions.values(), network.goals.values(),
    )
