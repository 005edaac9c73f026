"""Search: case- and accent-insensitive, by name, organisation, title and tag; best hits first."""

from __future__ import annotations

import pytest

from desktop_app.analysis.search import Field, SearchIndex, fold, fold_old_spelling, search
from desktop_app.domain.entities import Contact, Organisation
from desktop_app.domain.network import Network


@pytest.fixture
def network() -> Network:
    n = Network()
    hotel = Organisation(name="Bergstadens Hotell", category="customer", tags=("hotell", "Røros"))
    rorosmat = Organisation(name="Rørosmat", category="own")
    for org in (hotel, rorosmat):
        n.add(org)
    for contact in (
        Contact(name="Trond Kobbhaug", title="Hotelldirektør", organisation_id=hotel.id),
        Contact(name="Hege Smeltholm", title="Kjøkkensjef", organisation_id=hotel.id, tags=("mat", "Nøkkelperson")),
        Contact(name="Kari Østby", title="Daglig leder", organisation_id=rorosmat.id),
        Contact(name="Åse Aasen", title="Innkjøper"),
        Contact(name="Ola Ærø"),
        Contact(name="Olav Kristiansen", title="Økonomisjef"),
        Contact(name="José Müller", title="Sous-chef"),
    ):
        n.add(contact)
    return n


def names(hits) -> list[str]:
    return [h.name for h in hits]


def test_fold_removes_case_and_accents_and_spells_out_norwegian_letters():
    assert fold("Østby-ÆRØ Åse") == "ostby-aero ase"
    assert fold("José Müller Straße") == "jose muller strasse"
    assert fold_old_spelling("Åsen Øye Ærø") == "aasen oeye aeroe"


@pytest.mark.parametrize(("query", "expected"), [
    ("ostby", ["Kari Østby"]),
    ("ØSTBY", ["Kari Østby"]),
    ("østby", ["Kari Østby"]),
    ("kjokken", ["Hege Smeltholm"]),
    ("aasen", ["Åse Aasen"]),
    ("ærø", ["Ola Ærø"]),
    ("aero", ["Ola Ærø"]),
    ("jose muller", ["José Müller"]),
    ("MÜLLER", ["José Müller"]),
])
def test_case_and_accent_insensitive(network, query, expected):
    assert names(search(network, query)) == expected


def test_a_contact_matches_its_organisation_name(network):
    hits = search(network, "bergstadens")
    # the organisation itself first (name), then its people (organisation field)
    assert names(hits) == ["Bergstadens Hotell", "Hege Smeltholm", "Trond Kobbhaug"]
    assert [h.field for h in hits] == [Field.NAME, Field.ORGANISATION, Field.ORGANISATION]
    assert hits[1].organisation == "Bergstadens Hotell" and hits[1].title == "Kjøkkensjef"


def test_title_and_tag(network):
    assert names(search(network, "direktør")) == ["Trond Kobbhaug"]
    assert search(network, "nøkkelperson")[0].field is Field.TAG
    assert names(search(network, "nokkelperson")) == ["Hege Smeltholm"]
    # a name, then a contact by its organisation's name, then an organisation's tag
    assert names(search(network, "røros")) == ["Rørosmat", "Kari Østby", "Bergstadens Hotell"]


def test_every_word_must_match_somewhere(network):
    assert names(search(network, "hege hotell")) == ["Hege Smeltholm"]
    assert names(search(network, "kari hotell")) == []


def test_names_starting_with_the_query_come_first(network):
    # "ola" is the start of two names and inside none other; both before title matches
    assert names(search(network, "ola")) == ["Ola Ærø", "Olav Kristiansen"]
    assert names(search(network, "o"))[:2] == ["Ola Ærø", "Olav Kristiansen"]


def test_limit_and_empty_query(network):
    assert search(network, "") == []
    assert search(network, "   ") == []
    assert len(search(network, "e", limit=2)) == 2
    assert search(network, "zzz") == []


def test_odd_input_is_just_text(network):
    for query in ("(", "*", "\\", "%", "'; DROP TABLE", "\u0301", "🙂" * 100):
        assert search(network, query) == []


def test_index_answers_on_a_large_map():
    """Correctness at 5,500 nodes; the speed is measured by benchmarks/bench_navigation.py, not asserted here."""
    n = Network()
    orgs = [Organisation(name=f"Firma {i} AS", category="customer") for i in range(500)]
    for org in orgs:
        n.add(org)
    for i in range(5000):
        n.add(Contact(name=f"Person {i} Østbø", title="Daglig leder", organisation_id=orgs[i % 500].id,
                      tags=("kunde",)))
    index = SearchIndex(n)
    hits = index.search("ostbo 12")
    assert len(index) == 5500 and len(hits) > 111
    assert all("12" in hit.name + hit.organisation for hit in hits)
