"""A terse way to build small maps with known answers for the analysis tests."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.entities import Contact, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.enums import ActorCategory, Attitude, BuyingRole, TieType
from desktop_app.domain.ids import NodeId, TieId
from desktop_app.domain.network import Network

TODAY = dt.date(2026, 6, 1)
DM = BuyingRole.DECISION_MAKER
INF = BuyingRole.INFLUENCER


class MapBuilder:
    def __init__(self, settings: MapSettings | None = None) -> None:
        self.network = Network(settings)
        self.ids: dict[str, NodeId] = {}

    def org(self, name: str, category: ActorCategory | None = ActorCategory.CUSTOMER) -> NodeId:
        org = Organisation(name=name, category=category)
        self.network.add(org)
        self.ids[name] = org.id
        return org.id

    def person(
        self, name: str, org: str | None = None, role: BuyingRole | None = None,
        attitude: Attitude = Attitude.UNKNOWN, influence: int | None = None,
    ) -> NodeId:
        contact = Contact(name=name, organisation_id=self.ids[org] if org else None, role=role,
                          attitude=attitude, influence=influence)
        self.network.add(contact)
        self.ids[name] = contact.id
        return contact.id

    def tie(
        self, a: str, b: str, rating: int | tuple[int | None, ...] | None = 4, *,
        type: TieType = TieType.PROFESSIONAL, last_contact: dt.date | None = None, **fields: object,
    ) -> TieId:
        ratings = rating if isinstance(rating, tuple) else (rating,) * 4
        tie = Tie(source_id=self.ids[a], target_id=self.ids[b], type=type, acquaintance=ratings[0],
                  availability=ratings[1], trust=ratings[2], support=ratings[3], last_contact=last_contact,
                  **fields)  # type: ignore[arg-type]
        self.network.add(tie)
        return tie.id

    def interaction(self, tie_id: TieId, date: dt.date) -> None:
        self.network.add(Interaction(tie_id=tie_id, date=date))

    def account(self, name: str) -> None:
        import dataclasses

        self.network.change_settings(dataclasses.replace(self.network.settings, account_id=self.ids[name]))

    def name(self, node_id: NodeId) -> str:
        return self.network.name_of(node_id)


def sample_map() -> MapBuilder:
    """Us (Kari, Ola) and the account Rema, with known answers:

    Kari -5- Hege -5- Cfo (DM)      the CFO hangs on Hege (strong route)
    Ola  -3- Hege                   a medium second way to Hege
    Ola  -2- Buyer -2- Ceo (DM)     the CEO hangs on Ola and on Buyer (weak route)
    Advisor (influencer, sceptic, influence 5): no ties at all
    Kari - Hege last contact 200 days ago (stale); Rema and Rival: coopetition 4/5.
    """
    m = MapBuilder()
    m.org("Us", ActorCategory.OWN)
    m.org("Rema")
    m.org("Rival", ActorCategory.COMPETITOR)
    m.person("Kari", "Us")
    m.person("Ola", "Us")
    m.person("Hege", "Rema", BuyingRole.CHAMPION)
    m.person("Cfo", "Rema", DM, influence=5)
    m.person("Ceo", "Rema", DM, influence=5)
    m.person("Buyer", "Rema", BuyingRole.BUYER)
    m.person("Advisor", "Rema", INF, attitude=Attitude.SCEPTIC, influence=5)
    m.tie("Kari", "Ola", 5)
    m.tie("Kari", "Hege", 5, last_contact=TODAY - dt.timedelta(days=200))
    m.tie("Ola", "Hege", 3)
    m.tie("Hege", "Cfo", 5)
    m.tie("Ola", "Buyer", 2)
    m.tie("Buyer", "Ceo", 2)
    m.tie("Rema", "Rival", None, type=TieType.COMPETITOR, cooperation=4, competition=5)
    m.account("Rema")
    return m
