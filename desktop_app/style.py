"""How a map looks, shared by the canvas and the printed plan (no Qt here).

Colours are the Okabe-Ito palette, distinguishable with the common forms of
colour blindness; sizes are scene units (roughly pixels at 100 % zoom).
"""

from __future__ import annotations

from .domain.entities import Contact, Organisation, Tie
from .domain.enums import ActorCategory, Attitude

CATEGORY_COLOURS: dict[ActorCategory | None, str] = {
    ActorCategory.OWN: "#0072B2",
    ActorCategory.CUSTOMER: "#E69F00",
    ActorCategory.SUPPLIER: "#009E73",
    ActorCategory.COMPETITOR: "#D55E00",
    ActorCategory.COMPLEMENTOR: "#CC79A7",
    ActorCategory.AUTHORITY: "#56B4E9",
    ActorCategory.ECONOMIC: "#F0E442",
    ActorCategory.SOCIOCULTURAL: "#999999",
    None: "#BBBBBB",
}

COLOUR_BY_CATEGORY = "category"
COLOUR_BY_ATTITUDE = "attitude"
COLOUR_MODES = (COLOUR_BY_CATEGORY, COLOUR_BY_ATTITUDE)
"""Contacts are coloured by their organisation's actor category, or by their attitude to us."""

# Blue against vermillion is the pair the common colour blindnesses keep apart best; they also
# differ in lightness from the greys, so the four attitudes survive greyscale printing. Colour is
# never the only cue: each attitude also has a glyph, and an unknown attitude a dashed outline.
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.SUPPORTER: "#0072B2",
    Attitude.NEUTRAL: "#A6A6A6",
    Attitude.SCEPTIC: "#D55E00",
    Attitude.UNKNOWN: "#FFFFFF",
}
ATTITUDE_GLYPHS: dict[Attitude, str] = {
    Attitude.SUPPORTER: "+",
    Attitude.NEUTRAL: "=",
    Attitude.SCEPTIC: "\u2212",
    Attitude.UNKNOWN: "?",
}
ATTITUDE_OUTLINE_DASHED = frozenset({Attitude.UNKNOWN})
ORGANISATION_NEUTRAL = "#E3E6EB"
"""Organisations when contacts are coloured by attitude (an organisation has no attitude)."""

TIE_COLOUR = "#5A6270"
LABEL_COLOUR = "#1F2430"
ORGANISATION_SIZE = (120.0, 46.0)


def contact_diameter(contact: Contact) -> float:
    """Bigger is more important (001). Until scoring lands: influence, 1-5."""
    return 30.0 + 6.0 * (contact.influence or 2)


def initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return name[:1].upper()
    if len(parts) == 1:
        return parts[0][:2].title()
    return (parts[0][0] + parts[-1][0]).upper()


def mean_rating(tie: Tie) -> float | None:
    rated = [r for r in tie.ratings.values() if r is not None]
    return sum(rated) / len(rated) if rated else None


def tie_width(tie: Tie) -> float:
    """Line width from quality. Until scoring lands: the mean of the four ratings."""
    mean = mean_rating(tie)
    return 1.0 if mean is None else 0.6 + mean * 0.8


def tie_dashed(tie: Tie) -> bool:
    """Weak or unrated ties are dashed."""
    mean = mean_rating(tie)
    return mean is None or mean <= 2.5


def node_colour(node: Contact | Organisation, organisation: Organisation | None) -> str:
    category = node.category if isinstance(node, Organisation) else (organisation.category if organisation else None)
    return CATEGORY_COLOURS[category]


def contact_colour(contact: Contact, organisation: Organisation | None, mode: str = COLOUR_BY_CATEGORY) -> str:
    """The base colour of a contact in a colour mode (the canvas fills contacts with a light tint of it)."""
    if mode == COLOUR_BY_ATTITUDE:
        return ATTITUDE_COLOURS[contact.attitude]
    return node_colour(contact, organisation)


def organisation_colour(organisation: Organisation, mode: str = COLOUR_BY_CATEGORY) -> str:
    return ORGANISATION_NEUTRAL if mode == COLOUR_BY_ATTITUDE else node_colour(organisation, None)
