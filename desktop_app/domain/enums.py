"""Closed vocabularies of the domain (DOMAIN.md). The values are stored in files."""

from __future__ import annotations

from enum import StrEnum


class NodeKind(StrEnum):
    CONTACT = "contact"
    ORGANISATION = "organisation"


class ActorCategory(StrEnum):
    """Porter's actors as used in the Best Lokalt thesis, plus our own organisation."""

    OWN = "own"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    COMPETITOR = "competitor"
    COMPLEMENTOR = "complementor"
    AUTHORITY = "authority"
    ECONOMIC = "economic"
    SOCIOCULTURAL = "sociocultural"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    BUYER = "buyer"
    USER = "user"
    GATEKEEPER = "gatekeeper"
    CHAMPION = "champion"


class Attitude(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    UNKNOWN = "unknown"


class Resource(StrEnum):
    """Resources a node brings (resource-based theory, 002)."""

    HUMAN = "human"
    ORGANISATIONAL = "organisational"
    PHYSICAL = "physical"
    TECHNOLOGICAL = "technological"
    FINANCIAL = "financial"
    REPUTATION = "reputation"


class TieType(StrEnum):
    PROFESSIONAL = "professional"
    PERSONAL = "personal"
    REPORTS_TO = "reports_to"
    MEMBER_OF = "member_of"
    SUPPLIER_OF = "supplier_of"
    PARTNER = "partner"
    COMPETITOR = "competitor"
    OTHER = "other"

    @property
    def directed(self) -> bool:
        """Reports-to and supplier-of run from source to target; the rest are mutual."""
        return self in DIRECTED_TYPES


class Closeness(StrEnum):
    CLOSE = "close"
    DISTANT = "distant"


class TieReason(StrEnum):
    """Why a tie exists (Broom, Casey & Richey 2000, in 001)."""

    MUTUAL_EXPECTATIONS = "mutual_expectations"
    NEED = "need"
    THREAT = "threat"
    IMPOSED = "imposed"
    SOCIAL_NORMS = "social_norms"


class InteractionKind(StrEnum):
    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    EVENT = "event"
    OTHER = "other"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionIntent(StrEnum):
    BUILD = "build"
    STRENGTHEN = "strengthen"
    MAINTAIN = "maintain"
    INTRODUCE = "introduce"
    RECOVER = "recover"


class GoalHorizon(StrEnum):
    """When an account goal should be reached."""

    THIS_YEAR = "this_year"
    ONE_TO_TWO_YEARS = "one_to_two_years"
    THREE_TO_FIVE_YEARS = "three_to_five_years"


DIRECTED_TYPES = frozenset({TieType.REPORTS_TO, TieType.SUPPLIER_OF})
"""The tie types that run from source to target."""
