"""Account goals in the printed plan: by horizon, nearest first, in both languages."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop_app.domain.entities import Goal
from desktop_app.domain.enums import GoalHorizon
from desktop_app.domain.network import Network
from desktop_app.report import build_plan

from .helpers import example, flat, pages_text

DAY = dt.date(2026, 11, 23)


def _org(network: Network, name: str) -> str:
    return next(o.id for o in network.organisations() if o.name == name)


@pytest.fixture(scope="module")
def network() -> Network:
    network = example()
    hotel = _org(network, "Bergstadens Hotell")
    network.add(Goal(organisation_id=hotel, text="Fast leverandør av spekemat til frokosten",
                     horizon=GoalHorizon.THIS_YEAR, strategy="Smaksprøver for kjøkkensjefen i desember"))
    network.add(Goal(organisation_id=hotel, text="Egen Rørosmat-meny i restauranten",
                     horizon=GoalHorizon.THREE_TO_FIVE_YEARS, strategy="Bygg tillit hos økonomisjefen først"))
    network.add(Goal(organisation_id=hotel, text="Halvparten av råvarene fra lokale produsenter",
                     horizon=GoalHorizon.ONE_TO_TWO_YEARS))
    network.add(Goal(organisation_id=_org(network, "Røros Hotell"), text="Et mål for en annen kunde"))
    return network


def _goal_section(text: str, heading: str, next_heading: str) -> str:
    start = text.index(heading)
    return text[start:text.index(next_heading, start)]


def test_goals_of_the_account_by_horizon_in_english(network: Network) -> None:
    text = flat(" ".join(pages_text(build_plan(network, language="en", today=DAY))))
    section = _goal_section(text, "Account goals", "Action plan")
    order = [section.index(s) for s in ("This year", "Fast leverandør av spekemat", "Smaksprøver for kjøkkensjefen",
                                        "1–2 years", "Halvparten av råvarene", "3–5 years",
                                        "Egen Rørosmat-meny", "Bygg tillit hos økonomisjefen")]
    assert order == sorted(order)
    assert "Goal Strategy" in section
    assert "Et mål for en annen kunde" not in text  # the plan is for one account


def test_goals_in_bokmaal(network: Network) -> None:
    text = flat(" ".join(pages_text(build_plan(network, language="nb", today=DAY))))
    section = _goal_section(text, "Mål for kunden", "Handlingsplan")
    for word in ("I år", "1–2 år", "3–5 år", "Mål Strategi", "Egen Rørosmat-meny"):
        assert word in section


def test_without_an_account_every_organisations_goals_are_listed_with_its_name(network: Network) -> None:
    whole = Network.from_entities(dataclasses.replace(network.settings, account_id=None), network.nodes.values(),
                                  network.ties.values(), network.interactions.values(), network.actions.values(),
                                  network.goals.values())
    text = flat(" ".join(pages_text(build_plan(whole, language="en", today=DAY))))
    section = _goal_section(text, "Account goals", "Action plan")
    assert "Account Goal Strategy" in section
    assert "Et mål for en annen kunde" in section and "Røros Hotell" in section


def test_a_plan_without_goals_says_so() -> None:
    bare = example()
    bare.goals.clear()  # the example's account has goals of its own
    text = flat(" ".join(pages_text(build_plan(bare, language="en", today=DAY))))
    assert "No goals set for Bergstadens Hotell yet." in text
    text = flat(" ".join(pages_text(build_plan(bare, language="nb", today=DAY))))
    assert "Ingen mål er satt for Bergstadens Hotell ennå." in text
