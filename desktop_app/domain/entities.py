"""The entities of a map. Frozen: an edit makes a new value (``dataclasses.replace``).

Construction validates and coerces (enum text to enum, lists to tuples), so an
invalid entity cannot exist, whether it comes from the GUI, an import or a file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import values as v
from .enums import (
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
from .errors import DomainError
from .ids import (
    ActionId,
    GoalId,
    InteractionId,
    NodeId,
    TieId,
    new_action_id,
    new_goal_id,
    new_interaction_id,
    new_node_id,
    new_tie_id,
)

_set: Callable[[Any, str, Any], None] = object.__setattr__
"""Sets a field of a frozen entity while it is being built (one C call, no Python frame)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Organisation:
    """An actor: customer, supplier, partner, competitor, authority, or ourselves."""

    id: NodeId = field(default_factory=new_node_id)
    name: str
    description: str = ""
    category: ActorCategory | None = None
    employees: int | None = None
    revenue_mnok: float | None = None
    website: str = ""
    resources: frozenset[Resource] = frozenset()
    tags: tuple[str, ...] = ()
    notes: str = ""
    x: float = 0.0
    y: float = 0.0
    is_example: bool = False

    kind = NodeKind.ORGANISATION

    def __post_init__(self) -> None:
        _set(self, "name", v.text(self.name, "Name", required=True).strip())
        _set(self, "description", v.text(self.description, "Description"))
        _set(self, "category", v.optional_enum(ActorCategory, self.category, "Category"))
        _set(self, "employees", v.optional_number(self.employees, "Employees", integer=True))
        _set(self, "revenue_mnok", v.optional_number(self.revenue_mnok, "Revenue"))
        _set(self, "website", v.text(self.website, "Website"))
        _set(self, "resources", v.enum_set(Resource, self.resources, "Resource"))
        _set(self, "tags", v.tags(self.tags))
        _set(self, "notes", v.text(self.notes, "Notes"))
        _set(self, "x", v.coordinate(self.x, "X position"))
        _set(self, "y", v.coordinate(self.y, "Y position"))
        _set(self, "is_example", bool(self.is_example))

    @property
    def is_own(self) -> bool:
        return self.category is ActorCategory.OWN


@dataclass(frozen=True, slots=True, kw_only=True)
class Contact:
    """A person, optionally a member of one organisation."""

    id: NodeId = field(default_factory=new_node_id)
    name: str
    title: str = ""
    organisation_id: NodeId | None = None
    email: str = ""
    phone: str = ""
    role: BuyingRole | None = None
    attitude: Attitude = Attitude.UNKNOWN
    influence: int | None = None
    resources: frozenset[Resource] = frozenset()
    tags: tuple[str, ...] = ()
    notes: str = ""
    x: float = 0.0
    y: float = 0.0
    is_example: bool = False

    kind = NodeKind.CONTACT

    def __post_init__(self) -> None:
        _set(self, "name", v.text(self.name, "Name", required=True).strip())
        _set(self, "title", v.text(self.title, "Title"))
        _set(self, "organisation_id", self.organisation_id or None)
        _set(self, "email", v.text(self.email, "E-mail").strip())
        _set(self, "phone", v.text(self.phone, "Phone").strip())
        _set(self, "role", v.optional_enum(BuyingRole, self.role, "Buying-centre role"))
        _set(self, "attitude", v.enum(Attitude, self.attitude or Attitude.UNKNOWN, "Attitude"))
        _set(self, "influence", v.rating(self.influence, "Influence"))
        _set(self, "resources", v.enum_set(Resource, self.resources, "Resource"))
        _set(self, "tags", v.tags(self.tags))
        _set(self, "notes", v.text(self.notes, "Notes"))
        _set(self, "x", v.coordinate(self.x, "X position"))
        _set(self, "y", v.coordinate(self.y, "Y position"))
        _set(self, "is_example", bool(self.is_example))


Node = Contact | Organisation

MAX_DAYS = 36_500
"""A century: day counts feed date arithmetic, which ends at year 9999."""

RATING_FIELDS = ("acquaintance", "availability", "trust", "support")
"""The four quality dimensions of a tie (000): each 1-5 or unset."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Tie:
    """A relationship between two nodes. Directed types run source -> target."""

    id: TieId = field(default_factory=new_tie_id)
    source_id: NodeId
    target_id: NodeId
    type: TieType = TieType.PROFESSIONAL
    acquaintance: int | None = None
    availability: int | None = None
    trust: int | None = None
    support: int | None = None
    closeness: Closeness | None = None
    reasons: frozenset[TieReason] = frozenset()
    cooperation: int | None = None
    competition: int | None = None
    last_contact: dt.date | None = None
    notes: str = ""
    is_example: bool = False

    def __post_init__(self) -> None:
        if not self.source_id or not self.target_id:
            raise DomainError("A tie needs two ends.")
        if self.source_id == self.target_id:
            raise DomainError("A tie cannot join a node to itself.")
        _set(self, "type", v.enum(TieType, self.type, "Tie type"))
        _set(self, "acquaintance", v.rating(self.acquaintance, "Acquaintance"))
        _set(self, "availability", v.rating(self.availability, "Availability"))
        _set(self, "trust", v.rating(self.trust, "Trust"))
        _set(self, "support", v.rating(self.support, "Support"))
        _set(self, "closeness", v.optional_enum(Closeness, self.closeness, "Closeness"))
        _set(self, "reasons", v.enum_set(TieReason, self.reasons, "Reason"))
        _set(self, "cooperation", v.rating(self.cooperation, "Cooperation"))
        _set(self, "competition", v.rating(self.competition, "Competition"))
        _set(self, "last_contact", v.optional_date(self.last_contact, "Last contact"))
        _set(self, "notes", v.text(self.notes, "Notes"))
        _set(self, "is_example", bool(self.is_example))

    @property
    def directed(self) -> bool:
        return self.type.directed

    @property
    def ratings(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in RATING_FIELDS}

    def other_end(self, node_id: NodeId) -> NodeId:
        return self.target_id if node_id == self.source_id else self.source_id


@dataclass(frozen=True, slots=True, kw_only=True)
class Interaction:
    """A dated touchpoint on a tie; recency of contact is part of tie strength."""

    id: InteractionId = field(default_factory=new_interaction_id)
    tie_id: TieId
    date: dt.date
    kind: InteractionKind = InteractionKind.MEETING
    note: str = ""

    def __post_init__(self) -> None:
        _set(self, "date", v.date(self.date, "Date"))
        _set(self, "kind", v.enum(InteractionKind, self.kind, "Interaction kind"))
        _set(self, "note", v.text(self.note, "Note"))


OPEN_STATUSES = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})
"""Statuses of an action still to be done."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Action:
    """One line of the action plan: what, for whom, by whom, by when."""

    id: ActionId = field(default_factory=new_action_id)
    title: str
    node_id: NodeId | None = None
    tie_id: TieId | None = None
    owner_id: NodeId | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.PLANNED
    intent: ActionIntent | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _set(self, "title", v.text(self.title, "What", required=True).strip())
        _set(self, "node_id", self.node_id or None)
        _set(self, "tie_id", self.tie_id or None)
        _set(self, "owner_id", self.owner_id or None)
        _set(self, "due", v.optional_date(self.due, "Due date"))
        _set(self, "status", v.enum(ActionStatus, self.status, "Status"))
        _set(self, "intent", v.optional_enum(ActionIntent, self.intent, "Intent"))
        _set(self, "note", v.text(self.note, "Note"))

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue_on(self, today: dt.date) -> bool:
        """Overdue: still open (planned or in progress) and due before ``today``."""
        return self.due is not None and self.due < today and self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True, kw_only=True)
class Goal:
    """A goal for one account (organisation), with the strategy to reach it and its horizon."""

    id: GoalId = field(default_factory=new_goal_id)
    organisation_id: NodeId
    text: str
    horizon: GoalHorizon = GoalHorizon.THIS_YEAR
    strategy: str = ""

    def __post_init__(self) -> None:
        if not self.organisation_id:
            raise DomainError("A goal belongs to an organisation.")
        _set(self, "text", v.text(self.text, "Goal", required=True).strip())
        _set(self, "horizon", v.enum(GoalHorizon, self.horizon, "Horizon"))
        _set(self, "strategy", v.text(self.strategy, "Strategy"))


@dataclass(frozen=True, slots=True, kw_only=True)
class MapSettings:
    """Per-map settings, stored in the file.

    The scoring defaults are placeholders the analysis issue documents and may
    tune; they live here so that a map keeps the weights its author chose.
    """

    title: str = "Untitled map"
    description: str = ""
    author: str = ""
    account_id: NodeId | None = None
    weight_acquaintance: float = 1.0
    weight_availability: float = 1.0
    weight_trust: float = 1.0
    weight_support: float = 1.0
    half_life_days: int = 180
    strong_threshold: int = 70
    weak_threshold: int = 40
    stale_after_days: int = 90

    def __post_init__(self) -> None:
        _set(self, "title", v.text(self.title, "Title", required=True).strip())
        _set(self, "description", v.text(self.description, "Description"))
        _set(self, "author", v.text(self.author, "Author"))
        _set(self, "account_id", self.account_id or None)
        for name in ("weight_acquaintance", "weight_availability", "weight_trust", "weight_support"):
            _set(self, name, float(v.optional_number(getattr(self, name), "Weight") or 0.0))
        if self.total_weight <= 0:
            raise DomainError("At least one quality weight must be above zero.")
        for name, label in (("half_life_days", "Half-life"), ("stale_after_days", "Stale after")):
            value = v.optional_number(getattr(self, name), label, integer=True)
            if not value:
                raise DomainError("{field} must be at least one day.", field=v.Label(label))
            if value > MAX_DAYS:
                raise DomainError("{field} must be at most {limit} days.", field=v.Label(label), limit=MAX_DAYS)
            _set(self, name, value)
        for name in ("strong_threshold", "weak_threshold"):
            value = v.optional_number(getattr(self, name), "Threshold", integer=True)
            if value is None or value > 100:
                raise DomainError("Thresholds must be between 0 and 100.")
            _set(self, name, value)
        if self.weak_threshold >= self.strong_threshold:
            raise DomainError("The weak threshold must be below the strong threshold.")

    @property
    def total_weight(self) -> float:
        return (
            self.weight_acquaintance + self.weight_availability
            + self.weight_trust + self.weight_support
        )
