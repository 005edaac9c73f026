"""A generator of large, realistic maps for the benchmarks (storage, canvas, analysis, PDF, import).

The data is built with the domain model, so every entity is valid, and from a
seeded random source (ids included), so a given size and seed always give the
same map. The shape follows the domain: one own organisation with our people,
customers and other actors with their contacts, ties mostly inside an
organisation and some across it, most ratings set and some not, some dated
contact, interactions and planned actions, and positions laid out as a grid of
organisation clusters the way a user would arrange a map.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.changes import Added, Change, SettingsChanged
from desktop_app.domain.entities import (
    Action,
    Contact,
    Interaction,
    MapSettings,
    Organisation,
    Tie,
)
from desktop_app.domain.enums import (
    ActionIntent,
    ActionStatus,
    ActorCategory,
    Attitude,
    BuyingRole,
    Closeness,
    InteractionKind,
    Resource,
    TieReason,
    TieType,
)
from desktop_app.domain.network import Network, PairKey, pair_key
from desktop_app.storage import MapStore

TODAY = dt.date(2026, 3, 1)
"""A fixed 'today' so dates, and so recency scores, do not depend on when the benchmark runs."""

OWN_PEOPLE = 20
CLUSTER_SPACING = 900.0
MEMBER_SPACING_X = 110.0
MEMBER_SPACING_Y = 80.0

_FIRST = (
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg",
    "Hilde", "Silje", "Ida", "Nora", "Emma", "Sofie", "Maja", "Ragnhild", "Tone", "Åse",
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
    "Hans", "Geir", "Martin", "Jonas", "Erik", "Magnus", "Håkon", "Sindre", "Øyvind", "Even",
)
_LAST = (
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen",
    "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg",
    "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen",
    "Lie", "Rønning", "Aas", "Bjørnstad", "Holm", "Sæther", "Vik", "Brekken", "Østby",
)
_ORG_FIRST = (
    "Nord", "Fjell", "Berg", "Vest", "Øst", "Sør", "Glåmdal", "Røros", "Trønder", "Hålogaland",
    "Fjord", "Dal", "Skog", "Elve", "Kyst", "Bre", "Vidde", "Stein", "Malm", "Kobber",
)
_ORG_SECOND = (
    "mat", "energi", "bygg", "data", "logistikk", "handel", "helse", "media", "transport",
    "finans", "reise", "metall", "tre", "kraft", "fisk", "meieri", "bakeri", "konsult", "teknikk", "havn",
)
_ORG_FORM = ("AS", "ASA", "SA", "AS", "AS", "kommune", "BA", "AS")
_TITLES = (
    "Administrerende direktør", "Innkjøpssjef", "Økonomisjef", "IT-sjef", "Driftsleder",
    "Salgssjef", "Markedssjef", "Prosjektleder", "Rådgiver", "Controller", "Daglig leder",
    "Produksjonssjef", "HR-sjef", "Kvalitetsleder", "Styreleder", "Avdelingsleder",
    "Seniorrådgiver", "Innkjøper", "Logistikksjef", "Kundeansvarlig",
)
_OWN_TITLES = ("Key account manager", "Salgsdirektør", "Kundeansvarlig", "Løsningsarkitekt", "Servicesjef")
_TAGS = ("styret", "ny", "referanse", "pilot", "rammeavtale", "anbud", "strategisk")
_ACTION_TITLES = (
    "Avtal lunsj", "Inviter til kundeseminar", "Send tilbud", "Be om introduksjon",
    "Følg opp etter møtet", "Presenter ny løsning", "Kvartalsmøte", "Besøk fabrikken",
)

# Actor categories other than our own, weighted roughly as a KAM's map looks.
_CATEGORY_WEIGHTS = {
    ActorCategory.CUSTOMER: 40, ActorCategory.SUPPLIER: 18, ActorCategory.COMPETITOR: 10,
    ActorCategory.COMPLEMENTOR: 10, ActorCategory.AUTHORITY: 7, ActorCategory.ECONOMIC: 9,
    ActorCategory.SOCIOCULTURAL: 6,
}
_ATTITUDE_WEIGHTS = {Attitude.SUPPORTER: 30, Attitude.NEUTRAL: 40, Attitude.SCEPTIC: 12, Attitude.UNKNOWN: 18}


def generate_network(
    contacts: int = 5000, organisations: int = 500, ties: int = 20000, seed: int = 1,
) -> Network:
    """A valid map of exactly this many contacts, organisations and ties, the same for the same seed."""
    if organisations < 1 or contacts < 1 or ties < 0:
        raise ValueError("need at least one organisation and one contact")
    return _Builder(random.Random(seed), contacts, organisations, ties).build()


def write_map(path: Path | str, network: Network, *, overwrite: bool = False) -> Path:
    """Write ``network`` to a new .knute file: MapStore.create, then one apply of every entity."""
    path = Path(path)
    # The map row refers to the account organisation, which does not exist yet when
    # the file is created: set it in the same apply, after the nodes.
    bare = dataclasses.replace(network.settings, account_id=None)
    changes: list[Change] = [
        Added(e) for e in sorted(network.nodes.values(), key=lambda n: isinstance(n, Contact))
    ]
    changes += [Added(e) for e in network.ties.values()]
    changes += [Added(e) for e in network.interactions.values()]
    changes += [Added(e) for e in network.actions.values()]
    if network.settings != bare:
        changes.append(SettingsChanged(bare, network.settings))
    store = MapStore.create(path, bare, overwrite=overwrite)
    try:
        store.apply(changes)
    finally:
        store.close()
    return path


class _Builder:
    """Holds the random source and the growing entity lists while one map is made."""

    def __init__(self, rng: random.Random, contacts: int, organisations: int, ties: int) -> None:
        self.rng = rng
        self.n_contacts = contacts
        self.n_orgs = organisations
        self.n_ties = ties
        self.orgs: list[Organisation] = []
        self.members: list[list[Contact]] = []  # by organisation index
        self.loose: list[Contact] = []  # contacts without an organisation
        self.ties: list[Tie] = []
        self.pairs: set[PairKey] = set()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self) -> Network:
        self._organisations()
        self._contacts()
        self._ties()
        interactions = self._interactions()
        actions = self._actions()
        customers = [o for o in self.orgs if o.category is ActorCategory.CUSTOMER]
        account = max(customers, key=lambda o: o.employees or 0) if customers else None
        settings = MapSettings(
            title="Benchmark map", description="Generated by benchmarks/generate.py",
            author="Knute benchmarks", account_id=account.id if account else None,
        )
        contacts = [c for group in self.members for c in group] + self.loose
        return Network.from_entities(settings, [*self.orgs, *contacts], self.ties, interactions, actions)

    # ---- nodes ---------------------------------------------------------
    def _organisations(self) -> None:
        rng = self.rng
        cols = math.ceil(math.sqrt(self.n_orgs))
        categories = list(_CATEGORY_WEIGHTS)
        weights = list(_CATEGORY_WEIGHTS.values())
        used: set[str] = set()
        for i in range(self.n_orgs):
            if i == 0:
                name, category = "Vår Bedrift AS", ActorCategory.OWN
            else:
                category = rng.choices(categories, weights)[0]
                name = f"{rng.choice(_ORG_FIRST)}{rng.choice(_ORG_SECOND)} {rng.choice(_ORG_FORM)}"
                if name in used:
                    name = f"{name} {i}"
            used.add(name)
            employees = int(rng.lognormvariate(4, 1.3)) + 1
            self.orgs.append(Organisation(
                id=self.uid(), name=name, category=category,
                description=f"{category.value.capitalize()} i regionen" if rng.random() < 0.7 else "",
                employees=employees if rng.random() < 0.8 else None,
                revenue_mnok=round(employees * rng.uniform(0.8, 3.5), 1) if rng.random() < 0.6 else None,
                website=f"https://{name.split()[0].lower()}.example.no" if rng.random() < 0.5 else "",
                resources=frozenset(rng.sample(list(Resource), rng.randint(0, 3))),
                tags=tuple(rng.sample(_TAGS, rng.randint(0, 2))),
                notes="Viktig for regionen." if rng.random() < 0.1 else "",
                x=(i % cols) * CLUSTER_SPACING, y=(i // cols) * CLUSTER_SPACING,
            ))
            self.members.append([])

    def _contacts(self) -> None:
        rng = self.rng
        own = min(OWN_PEOPLE, max(1, self.n_contacts // 10))
        others = self.n_contacts - own
        loose = others // 50 if self.n_orgs > 1 else 0
        # Organisation sizes vary: draw a weight per organisation and share the contacts out.
        counts = [own] + [0] * (self.n_orgs - 1)
        if self.n_orgs > 1:
            pool = list(range(1, self.n_orgs))
            weights = [rng.uniform(0.3, 2.0) for _ in pool]
            for org_index in rng.choices(pool, weights, k=others - loose):
                counts[org_index] += 1
        else:
            counts[0] += others
        for org_index, count in enumerate(counts):
            org = self.orgs[org_index]
            for k in range(count):
                self.members[org_index].append(self._contact(org, k, count))
        cols = math.ceil(math.sqrt(self.n_orgs))
        for k in range(loose):
            # People without an organisation gather in a column right of the grid.
            self.loose.append(dataclasses.replace(
                self._contact(None, k, loose), x=(cols + 1) * CLUSTER_SPACING + (k % 5) * MEMBER_SPACING_X,
                y=(k // 5) * MEMBER_SPACING_Y,
            ))

    def _contact(self, org: Organisation | None, k: int, count: int) -> Contact:
        rng = self.rng
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        ours = org is not None and org.is_own
        domain = org.name.split()[0].lower() if org else "epost"
        per_row = max(1, math.ceil(math.sqrt(count)))
        base_x = org.x if org else 0.0
        base_y = org.y if org else 0.0
        return Contact(
            id=self.uid(), name=f"{first} {last}",
            title=rng.choice(_OWN_TITLES if ours else _TITLES) if rng.random() < 0.9 else "",
            organisation_id=org.id if org else None,
            email=f"{first}.{last}@{domain}.example.no".lower() if rng.random() < 0.8 else "",
            phone=f"+47 9{rng.randint(0, 9999999):07d}" if rng.random() < 0.6 else "",
            role=None if ours or rng.random() < 0.35 else rng.choice(list(BuyingRole)),
            attitude=Attitude.SUPPORTER if ours else rng.choices(list(_ATTITUDE_WEIGHTS), list(_ATTITUDE_WEIGHTS.values()))[0],
            influence=rng.randint(1, 5) if rng.random() < 0.8 else None,
            resources=frozenset(rng.sample(list(Resource), rng.randint(0, 2))),
            tags=tuple(rng.sample(_TAGS, 1)) if rng.random() < 0.15 else (),
            notes="Treffes best om morgenen." if rng.random() < 0.05 else "",
            # Members sit in a small grid under their organisation.
            x=base_x + (k % per_row - (per_row - 1) / 2) * MEMBER_SPACING_X,
            y=base_y + 120.0 + (k // per_row) * MEMBER_SPACING_Y,
        )

    # ---- ties ----------------------------------------------------------
    def _ties(self) -> None:
        """Within organisations ~70 %, our people to others ~15 %, across ~10 %, organisations ~5 %."""
        rng = self.rng
        people = [c for group in self.members for c in group] + self.loose
        ours = self.members[0]
        groups = [g for g in self.members[1:] if len(g) >= 2] or ([ours] if len(ours) >= 2 else [])
        group_weights = [len(g) * (len(g) - 1) for g in groups]
        outsiders = [c for group in self.members[1:] for c in group] + self.loose
        quotas: list[tuple[int, Callable[[], Tie | None]]] = [
            (round(self.n_ties * 0.05), self._org_tie),
            (round(self.n_ties * 0.15), lambda: self._contact_tie(rng.choice(ours), rng.choice(outsiders or people))),
            (round(self.n_ties * 0.10), lambda: self._contact_tie(rng.choice(people), rng.choice(people))),
        ]
        quotas.insert(0, (self.n_ties - sum(q for q, _ in quotas), lambda: self._within(groups, group_weights)))
        shortfall = 0
        for quota, make in quotas:
            shortfall += self._fill(quota, make)
        # Small or dense maps run out of distinct pairs in one kind: top up with any pair.
        if shortfall and self._fill(shortfall, lambda: self._contact_tie(rng.choice(people), rng.choice(people))):
            raise ValueError(f"cannot place {self.n_ties} distinct ties among {self.n_contacts} contacts")

    def _fill(self, quota: int, make: Callable[[], Tie | None]) -> int:
        """Add up to ``quota`` new distinct ties; returns how many could not be placed."""
        placed, misses = 0, 0
        while placed < quota and misses < 50 + quota * 5:
            tie = make()
            if tie is None or pair_key(tie) in self.pairs:
                misses += 1
                continue
            self.pairs.add(pair_key(tie))
            self.ties.append(tie)
            placed += 1
        return quota - placed

    def _within(self, groups: list[list[Contact]], weights: list[int]) -> Tie | None:
        if not groups:
            return None
        group = self.rng.choices(groups, weights)[0]
        a, b = self.rng.sample(group, 2)
        kind = self.rng.choices((TieType.PROFESSIONAL, TieType.REPORTS_TO, TieType.PERSONAL), (70, 20, 10))[0]
        return self._contact_tie(a, b, kind)

    def _contact_tie(self, a: Contact, b: Contact, kind: TieType | None = None) -> Tie | None:
        rng = self.rng
        if a.id == b.id:
            return None
        kind = kind or rng.choices((TieType.PROFESSIONAL, TieType.PERSONAL, TieType.OTHER), (75, 20, 5))[0]
        strength = rng.randint(1, 5)

        def rating() -> int | None:
            # Most ties are rated; the four dimensions cluster around one overall strength.
            return None if rng.random() < 0.15 else min(5, max(1, strength + rng.randint(-1, 1)))

        return Tie(
            id=self.uid(), source_id=a.id, target_id=b.id, type=kind,
            acquaintance=rating(), availability=rating(), trust=rating(), support=rating(),
            closeness=rng.choice(list(Closeness)) if rng.random() < 0.6 else None,
            reasons=frozenset(rng.sample(list(TieReason), rng.randint(1, 2))) if rng.random() < 0.3 else frozenset(),
            last_contact=TODAY - dt.timedelta(days=rng.randint(0, 720)) if rng.random() < 0.4 else None,
            notes="Kjenner hverandre fra studietiden." if rng.random() < 0.03 else "",
        )

    def _org_tie(self) -> Tie | None:
        rng = self.rng
        if len(self.orgs) < 2:
            return None
        a, b = rng.sample(self.orgs, 2)
        kind = rng.choices((TieType.SUPPLIER_OF, TieType.PARTNER, TieType.COMPETITOR), (50, 35, 15))[0]
        return Tie(
            id=self.uid(), source_id=a.id, target_id=b.id, type=kind,
            cooperation=rng.randint(1, 5) if rng.random() < 0.7 else None,
            competition=rng.randint(1, 5) if rng.random() < 0.7 else None,
            reasons=frozenset(rng.sample(list(TieReason), 1)) if rng.random() < 0.4 else frozenset(),
        )

    # ---- interactions and actions -------------------------------------
    def _interactions(self) -> list[Interaction]:
        """About one interaction per ten ties, on ties between people."""
        rng = self.rng
        person_ties = [t for t in self.ties if t.type not in (TieType.SUPPLIER_OF, TieType.PARTNER, TieType.COMPETITOR)]
        if not person_ties:
            return []
        return [
            Interaction(
                id=self.uid(), tie_id=rng.choice(person_ties).id,
                date=TODAY - dt.timedelta(days=rng.randint(0, 540)),
                kind=rng.choice(list(InteractionKind)),
                note="Kort oppfølging." if rng.random() < 0.3 else "",
            )
            for _ in range(len(self.ties) // 10)
        ]

    def _actions(self) -> list[Action]:
        """About one action per hundred ties: our people's plans for others' contacts."""
        rng = self.rng
        ours = self.members[0]
        targets = [c for group in self.members[1:] for c in group] or ours
        ties_of: dict[str, list[Tie]] = {}
        for tie in self.ties:
            ties_of.setdefault(tie.source_id, []).append(tie)
            ties_of.setdefault(tie.target_id, []).append(tie)
        actions = []
        for _ in range(max(1, len(self.ties) // 100)):
            node = rng.choice(targets)
            ties = ties_of.get(node.id, []) if rng.random() < 0.3 else []
            actions.append(Action(
                id=self.uid(), title=rng.choice(_ACTION_TITLES), node_id=node.id,
                tie_id=rng.choice(ties).id if ties else None, owner_id=rng.choice(ours).id,
                due=TODAY + dt.timedelta(days=rng.randint(-30, 180)) if rng.random() < 0.8 else None,
                status=rng.choices(list(ActionStatus), (50, 25, 20, 5))[0],
                intent=rng.choice(list(ActionIntent)) if rng.random() < 0.7 else None,
            ))
        return actions
