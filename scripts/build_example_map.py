"""Build the example map that ships with Knute: the business network "Best Lokalt" at Røros.

The twelve organisations are real: the member list of Best Lokalt from the
master thesis in ``002`` (table 1), read from ``resources/data/best_lokalt.csv``.
Their categories are seen from Rørosmat, the producer cooperative that started
the network and is "us" in this map. The ties between organisations are
plausible but invented; every person, every tie, interaction and action is
invented and marked as an example (``is_example`` and the tag "example").

The map is built so that the analysis has something to find. The story, as
checked by ``tests/test_example_map.py`` (dates are judged on REFERENCE_DATE):

1. Single point of failure. The key account is Bergstadens Hotell. Our only
   route to its decision maker, hotel director Trond Kobbhaug, runs through
   head chef Hege Smeltholm (our champion): remove her and none of our people
   (Kari Kobberud, Ola Malmstein, Eli Gruvli) can reach him, nor the CFO
   Randi Slaggvold or the gatekeeper Lise Kobbstad behind him.
2. Weak ties only. Geir Hyttmo, the decision maker at Rema 1000 Røros, is
   reached only through weak ties (every rating 1 or 2): Ola - Geir and
   Siri Malmhaug (Coop) - Geir.
3. Isolated contact. Tuva Kisvold, the new head chef at Vauldalen Fjellhotell,
   has no ties at all.
4. Sceptic with influence 5. Randi Slaggvold, CFO of the account, prefers the
   national wholesaler on price.
5. Stale tie. Kari - Anne Kobbervik (director of Røros Hotell): last contact
   2025-03-10, more than a year before the reference date.
6. Strongest path longer than the shortest. From Kari to Siri Malmhaug
   (decision maker at Coop) the shortest path is Kari's direct, weak tie
   (quality 0.35); the strongest is Kari -> Ola -> Bjørn Kisbakken -> Siri
   (0.95 x 0.80 x 0.85 = 0.65), three steps.
7. Coopetition. Bergstadens Hotell and Røros Hotell compete and cooperate:
   cooperation 4, competition 4 (the two grocery shops: 3 and 4).
8. Unrated ties. Eli - Nina Sleggdal, Ola - Per Gruvhaug and Ola - Sindre Hyttli
   have no ratings yet; the ties between organisations have none either.

The account has three goals, one per horizon, following Rørosmat's own
strategies in ``002`` (one contact point, one order and one delivery; the
clearest local food brand in Norway) and Best Lokalt's (food experiences for
guests): keep the agreement this year, widen the range in one to two years,
build food experiences together in three to five.

Run ``python scripts/build_example_map.py [--output PATH]``. Ids come from
uuid5 over fixed keys, so a rebuild gives the same entities.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import math
import os
import uuid
from pathlib import Path

from desktop_app.domain.changes import Change, Entity
from desktop_app.domain.entities import Action, Contact, Goal, Interaction, MapSettings, Organisation, Tie
from desktop_app.domain.enums import (
    ActionIntent,
    ActionStatus,
    ActorCategory,
    Attitude,
    BuyingRole,
    Closeness,
    GoalHorizon,
    InteractionKind,
    Resource,
    TieReason,
    TieType,
)
from desktop_app.domain.ids import ActionId, GoalId, InteractionId, NodeId, TieId
from desktop_app.domain.network import Network
from desktop_app.storage import MapStore

ROOT = Path(__file__).resolve().parents[1]
CSV_PATH = ROOT / "resources" / "data" / "best_lokalt.csv"
DEFAULT_OUTPUT = ROOT / "resources" / "examples" / "best_lokalt.knute"
NAMESPACE = uuid.UUID("6f1c2a52-3d0e-5b8e-9a41-8e2b7c0d4f15")
REFERENCE_DATE = dt.date(2026, 11, 1)
"""The 'today' the story is told on: stale means last contact more than a year before."""

OWN = "Rørosmat"
ACCOUNT = "Bergstadens Hotell"
EXAMPLE_TAG = "example"
EXAMPLE_NOTE = "Example person (invented)."
NETWORK_TAG = "Best Lokalt"

# ---- organisations: category from Rørosmat's view, position, resources ----------
C = ActorCategory
R = Resource
ORGS: dict[str, tuple[ActorCategory, float, float, set[Resource]]] = {
    "Rørosmat": (C.OWN, 200, 600, {R.ORGANISATIONAL, R.REPUTATION}),
    "Destinasjon Røros": (C.COMPLEMENTOR, 880, 100, {R.REPUTATION, R.ORGANISATIONAL}),
    "Bergstadens Hotell": (C.CUSTOMER, 1320, 580, {R.PHYSICAL, R.REPUTATION}),
    "Røros Hotell": (C.CUSTOMER, 1460, 265, {R.PHYSICAL, R.REPUTATION}),
    "Vauldalen Fjellhotell": (C.CUSTOMER, 1740, 300, {R.PHYSICAL}),
    "Coop Midt-Norge avd Røros": (C.CUSTOMER, 1520, 1040, {R.PHYSICAL, R.FINANCIAL}),
    "Rema 1000 Røros": (C.CUSTOMER, 1760, 790, {R.PHYSICAL}),
    "Galåvolden Gård": (C.SUPPLIER, 120, 1060, {R.PHYSICAL, R.HUMAN}),
    "Rørosmeieriet": (C.SUPPLIER, 400, 1080, {R.PHYSICAL, R.TECHNOLOGICAL, R.REPUTATION}),
    "Stensaas Reinsdyrslakteri": (C.SUPPLIER, 680, 1080, {R.PHYSICAL, R.HUMAN}),
    "Røroskjøtt": (C.SUPPLIER, 950, 1080, {R.PHYSICAL}),
    "Røros Bryggeri og Mineralvannfabrikk": (C.SUPPLIER, 1200, 1080, {R.PHYSICAL, R.REPUTATION}),
}

# ---- ties between organisations: (source, target, type, cooperation, competition, note)
HOTELS = ("Bergstadens Hotell", "Røros Hotell", "Vauldalen Fjellhotell")
SHOPS = ("Coop Midt-Norge avd Røros", "Rema 1000 Røros")
PRODUCERS = ("Galåvolden Gård", "Rørosmeieriet", "Stensaas Reinsdyrslakteri", "Røroskjøtt",
             "Røros Bryggeri og Mineralvannfabrikk")
ORG_TIES: list[tuple[str, str, str, int | None, int | None, str]] = [
    *[(p, OWN, "supplier_of", 5, 1, "Producer-owner: Rørosmat sells and distributes its goods.") for p in PRODUCERS],
    *[(OWN, h, "supplier_of", None, None, "Local food through one order and one delivery.") for h in HOTELS],
    *[(OWN, s, "supplier_of", None, None, "The Rørosmat range on the local food shelf.") for s in SHOPS],
    ("Stensaas Reinsdyrslakteri", "Bergstadens Hotell", "supplier_of", None, None, "Reindeer for the restaurant."),
    ("Galåvolden Gård", "Bergstadens Hotell", "supplier_of", None, None, "Farm produce bought directly."),
    ("Røroskjøtt", "Røros Hotell", "supplier_of", None, None, "Beef and lamb."),
    ("Rørosmeieriet", "Coop Midt-Norge avd Røros", "supplier_of", None, None, "Dairy delivered directly."),
    ("Røros Bryggeri og Mineralvannfabrikk", "Bergstadens Hotell", "supplier_of", None, None, "Beer and soft drinks."),
    ("Røros Bryggeri og Mineralvannfabrikk", "Rema 1000 Røros", "supplier_of", None, None, "Soft drinks."),
    *[("Destinasjon Røros", h, "partner", 4, 1, "Markets the region and the hotel.") for h in HOTELS],
    ("Destinasjon Røros", OWN, "partner", 5, 1, "Markets Røros as a food destination."),
    ("Bergstadens Hotell", "Røros Hotell", "competitor", 4, 4,
     "Compete for the same guests, cooperate in Best Lokalt: high/high coopetition."),
    ("Bergstadens Hotell", "Vauldalen Fjellhotell", "competitor", 3, 2, ""),
    ("Coop Midt-Norge avd Røros", "Rema 1000 Røros", "competitor", 3, 4,
     "\u00abWe compete with meat producers in Argentina, not with each other\u00bb (002)."),
]

# ---- people: (name, organisation, title, role, attitude, influence, x, y, note) ----
PEOPLE: list[tuple[str, str, str, str | None, str, int, float, float, str]] = [
    # Our team at Rørosmat.
    ("Kari Kobberud", OWN, "Daglig leder og KAM", None, "supporter", 5, 360, 520,
     "Managing director and key account manager."),
    ("Ola Malmstein", OWN, "Salgskonsulent", None, "supporter", 3, 360, 700, "Sales representative."),
    ("Eli Gruvli", OWN, "Logistikkoordinator", None, "supporter", 2, 200, 760, "Logistics coordinator."),
    # The key account.
    ("Trond Kobbhaug", "Bergstadens Hotell", "Hotelldirektør", "decision_maker", "neutral", 5, 1480, 480,
     "Hotel director; signs the supplier agreements. Only reachable through Hege."),
    ("Hege Smeltholm", "Bergstadens Hotell", "Kjøkkensjef", "champion", "supporter", 4, 1160, 480,
     "Head chef; puts local food on the menu and speaks for us."),
    ("Randi Slaggvold", "Bergstadens Hotell", "Økonomisjef", "influencer", "sceptic", 5, 1480, 660,
     "CFO; prefers the national wholesaler on price."),
    ("Jonas Ertsli", "Bergstadens Hotell", "Innkjøpsansvarlig kjøkken", "buyer", "neutral", 3, 1150, 650,
     "Kitchen purchaser; places the weekly orders."),
    ("Mats Hyttbakken", "Bergstadens Hotell", "Souschef", "user", "supporter", 2, 1260, 730, "Sous-chef."),
    ("Lise Kobbstad", "Bergstadens Hotell", "Direktørassistent", "gatekeeper", "neutral", 2, 1620, 390,
     "Director's assistant; keeps his calendar."),
    # Other customers.
    ("Anne Kobbervik", "Røros Hotell", "Hotelldirektør", "decision_maker", "supporter", 5, 1590, 160,
     "Hotel director."),
    ("Lars Smeltbakk", "Røros Hotell", "Kjøkkensjef", "influencer", "neutral", 3, 1320, 160, "Head chef."),
    ("Per Gruvhaug", "Vauldalen Fjellhotell", "Vertskap og daglig leder", "decision_maker", "unknown", 4,
     1750, 430, "Host and managing director."),
    ("Tuva Kisvold", "Vauldalen Fjellhotell", "Kjøkkensjef", "influencer", "unknown", 3, 1780, 180,
     "New head chef since August 2026; nobody in our team has met her yet."),
    ("Siri Malmhaug", "Coop Midt-Norge avd Røros", "Butikksjef", "decision_maker", "neutral", 4, 1360, 930,
     "Store manager."),
    ("Bjørn Kisbakken", "Coop Midt-Norge avd Røros", "Ferskvareansvarlig", "buyer", "supporter", 3, 1380, 1100,
     "Fresh food manager."),
    ("Stian Røstgruve", "Coop Midt-Norge avd Røros", "Varemottak", "user", "supporter", 1, 1520, 1150,
     "Goods receiving."),
    ("Tor Ertsvåg", "Coop Midt-Norge avd Røros", "Kategorisjef lokalmat, Coop Midt-Norge", "influencer",
     "neutral", 4, 1640, 940, "Regional category manager for local food, based in Trondheim."),
    ("Geir Hyttmo", "Rema 1000 Røros", "Kjøpmann", "decision_maker", "neutral", 4, 1740, 660,
     "Franchise owner; decides the local range."),
    ("Nina Sleggdal", "Rema 1000 Røros", "Ferskvaresjef", "buyer", "supporter", 2, 1780, 910,
     "Fresh food manager."),
    # The complementor.
    ("Even Hyttmoen", "Destinasjon Røros", "Daglig leder", "decision_maker", "neutral", 4, 1080, 60,
     "Managing director."),
    ("Marte Bergfløtt", "Destinasjon Røros", "Markedssjef", "influencer", "supporter", 4, 790, 170,
     "Marketing manager."),
    ("Kristin Ertmoen", "Destinasjon Røros", "Prosjektleder matopplevelser", None, "supporter", 3, 1010, 190,
     "Project manager for food experiences."),
    # Producer-owners.
    ("Marit Sleggvik", "Galåvolden Gård", "Gardbruker og daglig leder", None, "supporter", 3, 150, 930,
     "Farmer and managing director; on the Rørosmat board."),
    ("Jostein Kobbernes", "Rørosmeieriet", "Daglig leder", None, "supporter", 4, 400, 940, "Managing director."),
    ("Ingrid Malmli", "Rørosmeieriet", "Produksjonsleder", None, "neutral", 2, 520, 1160, "Production manager."),
    ("Ravna Smeltvik", "Stensaas Reinsdyrslakteri", "Daglig leder", None, "supporter", 4, 680, 940,
     "Managing director."),
    ("Håvard Slaggmo", "Røroskjøtt", "Daglig leder", None, "neutral", 3, 950, 940, "Managing director."),
    ("Anders Gruvmo", "Røroskjøtt", "Salgsansvarlig", None, "neutral", 2, 1070, 1160, "Sales."),
    ("Sindre Hyttli", "Røros Bryggeri og Mineralvannfabrikk", "Brygger", None, "neutral", 3, 1210, 940,
     "Brewer."),
]

# ---- ties between people: (a, b, type, (acquaintance, availability, trust, support) or None,
#      closeness, reasons, last contact, note). reports_to runs a -> b.
Ratings = tuple[int, int, int, int] | None
PERSON_TIES: list[tuple[str, str, str, Ratings, str | None, tuple[str, ...], str | None, str]] = [
    # Inside Rørosmat.
    ("Ola Malmstein", "Kari Kobberud", "reports_to", (5, 5, 4, 5), "close", ("imposed",), "2026-10-30", ""),
    ("Eli Gruvli", "Kari Kobberud", "reports_to", (5, 4, 5, 4), "close", ("imposed",), "2026-10-30", ""),
    ("Ola Malmstein", "Eli Gruvli", "professional", (4, 5, 4, 4), "close", ("mutual_expectations",), "2026-10-29", ""),
    # Us and the account.
    ("Kari Kobberud", "Hege Smeltholm", "professional", (5, 4, 5, 5), "close", ("mutual_expectations",),
     "2026-10-12", "Our only way in to the hotel director."),
    ("Ola Malmstein", "Jonas Ertsli", "professional", (3, 4, 3, 3), "distant", ("need",), "2026-10-20", ""),
    ("Eli Gruvli", "Mats Hyttbakken", "professional", (3, 4, 3, 4), "distant", ("need",), "2026-10-28",
     "Delivery windows for the kitchen."),
    # Inside the account: Hege is the only way to the director's side.
    ("Hege Smeltholm", "Trond Kobbhaug", "reports_to", (4, 3, 4, 4), "close", ("imposed",), None, ""),
    ("Randi Slaggvold", "Trond Kobbhaug", "reports_to", (4, 4, 4, 3), "close", ("imposed",), None, ""),
    ("Lise Kobbstad", "Trond Kobbhaug", "reports_to", (5, 5, 4, 4), "close", ("imposed",), None, ""),
    ("Jonas Ertsli", "Hege Smeltholm", "reports_to", (4, 5, 4, 3), "close", ("imposed",), None, ""),
    ("Mats Hyttbakken", "Hege Smeltholm", "reports_to", (4, 5, 4, 4), "close", ("imposed",), None, ""),
    # Coop: the weak direct tie and the strong way round.
    ("Kari Kobberud", "Siri Malmhaug", "professional", (2, 2, 2, 1), "distant", ("social_norms",), "2026-02-14",
     "Small talk at Rørosmartnan; nothing more yet."),
    ("Ola Malmstein", "Bjørn Kisbakken", "professional", (4, 4, 4, 4), "close", ("mutual_expectations",),
     "2026-10-07", ""),
    ("Eli Gruvli", "Stian Røstgruve", "professional", (4, 5, 4, 4), "close", ("need",), "2026-10-27", ""),
    ("Bjørn Kisbakken", "Siri Malmhaug", "reports_to", (4, 5, 4, 4), "close", ("imposed",), None, ""),
    ("Stian Røstgruve", "Bjørn Kisbakken", "reports_to", (3, 4, 3, 3), "distant", ("imposed",), None, ""),
    ("Siri Malmhaug", "Tor Ertsvåg", "professional", (3, 3, 3, 2), "distant", ("imposed",), None, ""),
    # Rema 1000: only weak ties reach the decision maker.
    ("Ola Malmstein", "Geir Hyttmo", "professional", (2, 1, 2, 2), "distant", ("need",), "2026-06-05",
     "The product list got no answer."),
    ("Siri Malmhaug", "Geir Hyttmo", "personal", (2, 2, 1, 1), "distant", ("threat", "social_norms"), None,
     "Competing store managers in a small town."),
    ("Eli Gruvli", "Nina Sleggdal", "professional", None, None, (), "2026-10-15", "New contact, not rated yet."),
    # Røros Hotell and Vauldalen Fjellhotell.
    ("Kari Kobberud", "Anne Kobbervik", "professional", (4, 3, 4, 4), "close", ("mutual_expectations",),
     "2025-03-10", "Good relation, but not tended since the annual meeting."),
    ("Lars Smeltbakk", "Anne Kobbervik", "reports_to", (4, 4, 3, 4), "close", ("imposed",), None, ""),
    ("Hege Smeltholm", "Lars Smeltbakk", "personal", (4, 4, 4, 3), "close", ("social_norms",), None,
     "Head chefs of competing hotels who cook together at Best Lokalt events."),
    ("Ola Malmstein", "Per Gruvhaug", "professional", None, None, ("need",), "2026-04-22", "One phone call so far."),
    # Destinasjon Røros.
    ("Kari Kobberud", "Marte Bergfløtt", "personal", (5, 4, 5, 5), "close", ("mutual_expectations", "social_norms"),
     "2026-10-12", ""),
    ("Marte Bergfløtt", "Even Hyttmoen", "reports_to", (4, 4, 4, 4), "close", ("imposed",), None, ""),
    ("Kristin Ertmoen", "Even Hyttmoen", "reports_to", (4, 4, 4, 3), "close", ("imposed",), None, ""),
    ("Ola Malmstein", "Kristin Ertmoen", "professional", (3, 4, 4, 4), "close", ("mutual_expectations",),
     "2026-09-24", ""),
    ("Kristin Ertmoen", "Lars Smeltbakk", "professional", (3, 3, 3, 3), "distant", ("mutual_expectations",), None, ""),
    ("Even Hyttmoen", "Anne Kobbervik", "professional", (3, 3, 3, 3), "distant", ("mutual_expectations",), None,
     "The hotel is one of the destination company's owners."),
    # Producer-owners.
    ("Kari Kobberud", "Marit Sleggvik", "professional", (4, 4, 5, 4), "close", ("mutual_expectations",),
     "2026-10-12", "Board work in Rørosmat."),
    ("Kari Kobberud", "Jostein Kobbernes", "professional", (4, 4, 4, 4), "close", ("mutual_expectations",),
     "2026-10-01", ""),
    ("Ingrid Malmli", "Jostein Kobbernes", "reports_to", (4, 4, 4, 4), "close", ("imposed",), None, ""),
    ("Eli Gruvli", "Ingrid Malmli", "professional", (3, 4, 3, 3), "distant", ("need",), "2026-10-26", ""),
    ("Kari Kobberud", "Ravna Smeltvik", "professional", (4, 3, 4, 4), "close", ("mutual_expectations",),
     "2026-08-19", ""),
    ("Ravna Smeltvik", "Hege Smeltholm", "professional", (3, 3, 3, 3), "distant", ("need",), None,
     "Reindeer on the hotel menu."),
    ("Ola Malmstein", "Håvard Slaggmo", "professional", (3, 3, 3, 3), "distant", ("mutual_expectations",),
     "2026-05-20", ""),
    ("Anders Gruvmo", "Håvard Slaggmo", "reports_to", (4, 4, 4, 4), "close", ("imposed",), None, ""),
    ("Eli Gruvli", "Anders Gruvmo", "professional", (3, 3, 3, 3), "distant", ("need",), "2026-10-21", ""),
    ("Ola Malmstein", "Sindre Hyttli", "professional", None, None, (), "2026-09-02", ""),
]

# ---- interactions on important ties: (a, b, date, kind, note) --------------------
INTERACTIONS: list[tuple[str, str, str, str, str]] = [
    ("Kari Kobberud", "Hege Smeltholm", "2026-09-03", "meeting", "Menu planning for the winter season."),
    ("Kari Kobberud", "Hege Smeltholm", "2026-10-12", "event", "Best Lokalt network meeting."),
    ("Kari Kobberud", "Marte Bergfløtt", "2026-10-12", "event", "Best Lokalt network meeting."),
    ("Ola Malmstein", "Jonas Ertsli", "2026-10-20", "call", "Christmas volumes ordered."),
    ("Ola Malmstein", "Bjørn Kisbakken", "2026-10-07", "meeting", "A local food shelf for Christmas."),
    ("Kari Kobberud", "Siri Malmhaug", "2026-02-14", "event", "Rørosmartnan."),
    ("Ola Malmstein", "Geir Hyttmo", "2026-06-05", "email", "Sent the product list."),
    ("Kari Kobberud", "Anne Kobbervik", "2025-03-10", "meeting", "Annual agreement meeting."),
]

# ---- the action plan: (what, person or None, tie (a, b) or None, owner, due, status, intent, note)
ACTIONS: list[tuple[str, str | None, tuple[str, str] | None, str, str, str, str, str]] = [
    ("Ask Hege Smeltholm to introduce Kari to the hotel director", "Trond Kobbhaug", None, "Kari Kobberud",
     "2026-12-04", "planned", "introduce", "Hege is our only route to the decision maker."),
    ("Send Randi Slaggvold a cost comparison with the national wholesaler", "Randi Slaggvold", None,
     "Kari Kobberud", "2026-12-01", "in_progress", "build", "Meet the price argument with numbers."),
    ("Book this year's agreement meeting with Anne Kobbervik", None, ("Kari Kobberud", "Anne Kobbervik"),
     "Kari Kobberud", "2026-11-15", "planned", "recover", "No contact since March 2025."),
    ("Visit Tuva Kisvold, the new head chef at Vauldalen", "Tuva Kisvold", None, "Ola Malmstein",
     "2026-12-10", "planned", "build", ""),
    ("Send Geir Hyttmo the product list", None, ("Ola Malmstein", "Geir Hyttmo"), "Ola Malmstein",
     "2026-06-05", "done", "build", "Follow up with an invitation to the producers' tasting."),
]

# ---- the key account's goals: (horizon, goal, strategy) ------------------------
GOALS: list[tuple[str, str, str]] = [
    ("this_year", "Renew the supplier agreement for 2027 with Rørosmat as the hotel's local food supplier",
     "Reach the hotel director through Hege Smeltholm before the agreement is negotiated; answer the CFO's "
     "price argument with a cost comparison against the national wholesaler."),
    ("one_to_two_years", "Half of the kitchen's meat, dairy and drinks from Rørosmat's producer-owners",
     "One contact point, one order and one delivery: Eli agrees delivery windows with the kitchen, and the "
     "producers show the kitchen what is in season."),
    ("three_to_five_years", "Bergstadens Hotell and Rørosmat known together for local food experiences at Røros",
     "Build food experiences for the hotel's guests with Destinasjon Røros within Best Lokalt, and win a "
     "second route to the hotel director besides Hege."),
]

SETTINGS = MapSettings(
    title="Best Lokalt Røros",
    description=(
        "An example built from the real member list of the business network Best Lokalt at Røros "
        "(seen from Rørosmat), with invented example people, ties and plans."
    ),
    author="Knute example",
)


# ---- building -----------------------------------------------------------------
def stable_id(kind: str, key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


_NORWEGIAN_LETTERS: dict[str, str | int | None] = {"æ": "ae", "ø": "o", "å": "a"}
ASCII_LETTERS = str.maketrans(_NORWEGIAN_LETTERS)


def email_of(name: str) -> str:
    ascii_name = name.lower().translate(ASCII_LETTERS)
    return ascii_name.replace(" ", ".") + "@example.no"


def read_members(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        members = list(csv.DictReader(f))
    names = {m["name"] for m in members}
    if names != set(ORGS):
        raise SystemExit(f"{path} and ORGS disagree: {sorted(names ^ set(ORGS))}")
    return members


def organisations(members: list[dict[str, str]]) -> dict[str, Organisation]:
    found: dict[str, Organisation] = {}
    for m in members:
        category, x, y, resources = ORGS[m["name"]]
        found[m["name"]] = Organisation(
            id=NodeId(stable_id("organisation", m["name"])), name=m["name"], description=m["description_en"],
            notes=f"NB: {m['description_nb']}", category=category,
            employees=int(m["employees"]) if m["employees"] else None,
            revenue_mnok=float(m["revenue_mnok"]) if m["revenue_mnok"] else None,
            tags=(NETWORK_TAG, m["kind"]), resources=frozenset(resources), x=x, y=y,
        )
    return found


def people(orgs: dict[str, Organisation]) -> dict[str, Contact]:
    return {
        name: Contact(
            id=NodeId(stable_id("contact", name)), name=name, title=title, organisation_id=orgs[org].id,
            email=email_of(name), role=BuyingRole(role) if role else None, attitude=Attitude(attitude),
            influence=influence,
            tags=(EXAMPLE_TAG,), notes=f"{EXAMPLE_NOTE} {note}", x=x, y=y, is_example=True,
        )
        for name, org, title, role, attitude, influence, x, y, note in PEOPLE
    }


def org_ties(orgs: dict[str, Organisation]) -> list[Tie]:
    return [
        Tie(id=TieId(stable_id("tie", f"{a}|{b}|{kind}")), source_id=orgs[a].id, target_id=orgs[b].id,
            type=TieType(kind),
            cooperation=cooperation, competition=competition, notes=note, is_example=True)
        for a, b, kind, cooperation, competition, note in ORG_TIES
    ]


def person_ties(contacts: dict[str, Contact]) -> dict[tuple[str, str], Tie]:
    found: dict[tuple[str, str], Tie] = {}
    for a, b, kind, ratings, closeness, reasons, last, note in PERSON_TIES:
        acquaintance, availability, trust, support = ratings or (None, None, None, None)
        found[(a, b)] = Tie(
            id=TieId(stable_id("tie", f"{a}|{b}|{kind}")), source_id=contacts[a].id, target_id=contacts[b].id,
            type=TieType(kind), acquaintance=acquaintance, availability=availability, trust=trust, support=support,
            closeness=Closeness(closeness) if closeness else None, reasons=frozenset(map(TieReason, reasons)),
            last_contact=day(last), notes=note, is_example=True,
        )
    return found


def check_layout(nodes: list[Organisation | Contact], min_gap: float = 90.0) -> None:
    """Labels need room: refuse a layout where two nodes sit closer than ``min_gap``."""
    for i, n in enumerate(nodes):
        for m in nodes[i + 1:]:
            if math.dist((n.x, n.y), (m.x, m.y)) < min_gap:
                raise SystemExit(f"{n.name} and {m.name} are closer than {min_gap} units")


def build() -> tuple[Network, list[Change]]:
    """The whole example as one validated Network, and the changes that create it."""
    orgs = organisations(read_members(CSV_PATH))
    contacts = people(orgs)
    check_layout([*orgs.values(), *contacts.values()])
    ties = person_ties(contacts)
    interactions = [
        Interaction(id=InteractionId(stable_id("interaction", f"{a}|{b}|{date}|{kind}")), tie_id=ties[(a, b)].id,
                    date=dt.date.fromisoformat(date), kind=InteractionKind(kind), note=note)
        for a, b, date, kind, note in INTERACTIONS
    ]
    actions = [
        Action(id=ActionId(stable_id("action", title)), title=title, node_id=contacts[person].id if person else None,
               tie_id=ties[tie].id if tie else None, owner_id=contacts[owner].id,
               due=day(due), status=ActionStatus(status), intent=ActionIntent(intent), note=note)
        for title, person, tie, owner, due, status, intent, note in ACTIONS
    ]
    goals = [
        Goal(id=GoalId(stable_id("goal", text)), organisation_id=orgs[ACCOUNT].id, text=text,
             horizon=GoalHorizon(horizon), strategy=strategy)
        for horizon, text, strategy in GOALS
    ]
    network = Network(SETTINGS)
    changes: list[Change] = []
    entities: list[Entity] = [*orgs.values(), *contacts.values(), *org_ties(orgs), *ties.values(),
                              *interactions, *actions, *goals]
    for entity in entities:
        changes += network.add(entity)
    changes += network.change_settings(dataclasses.replace(SETTINGS, account_id=orgs[ACCOUNT].id))
    return network, changes


def write_map(changes: list[Change], output: Path) -> dict[str, int]:
    """Write beside the target and move into place, so a failed build leaves the old map."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.building")
    store = MapStore.create(tmp, SETTINGS, overwrite=True)
    try:
        store.apply(changes)
        counts = store.counts()
    except BaseException:
        store.close()
        tmp.unlink(missing_ok=True)
        raise
    store.close()
    os.replace(tmp, output)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the .knute map")
    args = parser.parse_args(argv)
    _, changes = build()
    counts = write_map(changes, args.output)
    print(
        f"Wrote {args.output}: {counts['organisations']} organisations, {counts['contacts']} contacts, "
        f"{counts['ties']} ties, {counts['interactions']} interactions, {counts['actions']} actions, "
        f"{len(GOALS)} goals (account: {ACCOUNT})."
    )


if __name__ == "__main__":
    main()
