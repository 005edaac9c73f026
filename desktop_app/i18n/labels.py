"""Display names of the domain's vocabularies, in the current language."""

from __future__ import annotations

from enum import StrEnum

from ..domain.enums import (
    ActionIntent,
    ActionStatus,
    ActorCategory,
    Attitude,
    BuyingRole,
    Closeness,
    GoalHorizon,
    InteractionKind,
    NodeKind,
    Resource,
    TieReason,
    TieType,
)
from . import translate

ENGLISH: dict[StrEnum, str] = {
    NodeKind.CONTACT: "Contact",
    NodeKind.ORGANISATION: "Organisation",
    ActorCategory.OWN: "Our organisation",
    ActorCategory.CUSTOMER: "Customer",
    ActorCategory.SUPPLIER: "Supplier",
    ActorCategory.COMPETITOR: "Competitor",
    ActorCategory.COMPLEMENTOR: "Complementor",
    ActorCategory.AUTHORITY: "Public authority",
    ActorCategory.ECONOMIC: "Economic actor",
    ActorCategory.SOCIOCULTURAL: "Socio-cultural actor",
    BuyingRole.DECISION_MAKER: "Decision maker",
    BuyingRole.INFLUENCER: "Influencer",
    BuyingRole.BUYER: "Buyer",
    BuyingRole.USER: "User",
    BuyingRole.GATEKEEPER: "Gatekeeper",
    BuyingRole.CHAMPION: "Champion",
    Attitude.SUPPORTER: "Supporter",
    Attitude.NEUTRAL: "Neutral",
    Attitude.SCEPTIC: "Sceptic",
    Attitude.UNKNOWN: "Unknown",
    Resource.HUMAN: "Human",
    Resource.ORGANISATIONAL: "Organisational",
    Resource.PHYSICAL: "Physical",
    Resource.TECHNOLOGICAL: "Technological",
    Resource.FINANCIAL: "Financial",
    Resource.REPUTATION: "Reputation",
    TieType.PROFESSIONAL: "Professional",
    TieType.PERSONAL: "Personal",
    TieType.REPORTS_TO: "Reports to",
    TieType.MEMBER_OF: "Member of",
    TieType.SUPPLIER_OF: "Supplier of",
    TieType.PARTNER: "Partner",
    TieType.COMPETITOR: "Competitor",
    TieType.OTHER: "Other",
    Closeness.CLOSE: "Close, interpersonal",
    Closeness.DISTANT: "Distant, impersonal",
    TieReason.MUTUAL_EXPECTATIONS: "Mutual expectations",
    TieReason.NEED: "One needs something from the other",
    TieReason.THREAT: "One sees the other as a threat",
    TieReason.IMPOSED: "Imposed relation",
    TieReason.SOCIAL_NORMS: "Social norms",
    InteractionKind.MEETING: "Meeting",
    InteractionKind.CALL: "Call",
    InteractionKind.EMAIL: "E-mail",
    InteractionKind.EVENT: "Event",
    InteractionKind.OTHER: "Other",
    ActionStatus.PLANNED: "Planned",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
    ActionStatus.DROPPED: "Dropped",
    ActionIntent.BUILD: "Build",
    ActionIntent.STRENGTHEN: "Strengthen",
    ActionIntent.MAINTAIN: "Maintain",
    ActionIntent.INTRODUCE: "Introduce",
    ActionIntent.RECOVER: "Recover",
    GoalHorizon.THIS_YEAR: "This year",
    GoalHorizon.ONE_TO_TWO_YEARS: "1–2 years",
    GoalHorizon.THREE_TO_FIVE_YEARS: "3–5 years",
}


def label(value: StrEnum | None) -> str:
    """The display name of an enum value; an empty string for None."""
    if value is None:
        return ""
    return translate(ENGLISH[value])
