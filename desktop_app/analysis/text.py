"""Messages that render in the current language when shown, not when computed.

A finding is computed once and may be shown in English and then in bokmål:
so it keeps an English template and parameters (``Text``), and the
parameters that hold words (roles, lists of names, counts with plurals) are
small values that translate themselves at rendering time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.enums import BuyingRole
from ..i18n import language, translate

ROLE_WORDS: dict[BuyingRole, tuple[str, str]] = {
    BuyingRole.DECISION_MAKER: ("decision maker", "decision makers"),
    BuyingRole.INFLUENCER: ("influencer", "influencers"),
    BuyingRole.BUYER: ("buyer", "buyers"),
    BuyingRole.USER: ("user", "users"),
    BuyingRole.GATEKEEPER: ("gatekeeper", "gatekeepers"),
    BuyingRole.CHAMPION: ("champion", "champions"),
}
"""Lower-case role words for use inside sentences (singular, plural)."""

MAX_NAMES = 3
"""Longest list of names written out before "and N more"."""


def number(value: float, decimals: int = 0) -> str:
    """A number as the current language writes it (bokmål uses a decimal comma)."""
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if language() == "nb" else text


def join(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C and 2 more'."""
    if len(items) > MAX_NAMES + 1:
        rest = len(items) - MAX_NAMES
        items = [*items[:MAX_NAMES], translate("{count} more", count=rest)]
    if len(items) <= 1:
        return "".join(items)
    return translate("{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


@dataclass(frozen=True, slots=True)
class Person:
    """A person named with role and organisation: 'Trond Kobbhaug (decision maker at Bergstadens Hotell)'."""

    name: str
    role: BuyingRole | None = None
    organisation: str = ""

    def __str__(self) -> str:
        if self.role is None:
            return self.name
        role = translate(ROLE_WORDS[self.role][0])
        if self.organisation:
            return translate("{name} ({role} at {organisation})", name=self.name, role=role,
                             organisation=self.organisation)
        return translate("{name} ({role})", name=self.name, role=role)


@dataclass(frozen=True, slots=True)
class Names:
    """A list of people or names joined as the language does."""

    items: tuple[Any, ...]

    def __str__(self) -> str:
        return join([str(item) for item in self.items])


@dataclass(frozen=True, slots=True)
class Chain:
    """A route of names: 'Kari -> Ola -> Siri'."""

    names: tuple[str, ...]

    def __str__(self) -> str:
        return " → ".join(self.names)


@dataclass(frozen=True, slots=True)
class RoleCounts:
    """'1 decision maker and 2 influencers'."""

    counts: tuple[tuple[BuyingRole, int], ...]

    def __str__(self) -> str:
        parts = [f"{n} {translate(ROLE_WORDS[role][0 if n == 1 else 1])}" for role, n in self.counts if n]
        return join(parts)


@dataclass(frozen=True, slots=True)
class Text:
    """An English template with parameters; ``str()`` renders it in the current language."""

    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, template: str, **params: Any) -> Text:
        return cls(template, tuple(params.items()))

    def __str__(self) -> str:
        return translate(self.template, **{k: (v if isinstance(v, (int, float, str)) else str(v)) for k, v in self.params})
