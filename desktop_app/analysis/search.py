"""Find contacts and organisations by name, organisation, title or tag. No Qt.

Matching is case- and accent-insensitive the way a Norwegian user expects:
"ostby" finds "Østby", "kjokken" finds "Kjøkkensjef", "aasen" finds "Åsen"
and "Ærø" finds "Aerø". Both sides are folded (lower case, accents removed,
æ/ø/å spelled out) and a query matches when every word of it is found in at
least one field of the node. The old spellings (aa for å, oe for ø) are a second
folding of the text, so they match too without making plain "a" match "aa".

``SearchIndex`` folds the map once; searching it is then a few substring tests
per node, fast enough to run on every keystroke of a 5,000-contact map.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from ..domain.entities import Contact, Organisation
from ..domain.ids import NodeId
from ..domain.network import Network

_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "å": "a", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})
_OLD_SPELLING = str.maketrans({"ø": "oe", "æ": "ae", "å": "aa"})


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents, æ/ø/å spelled with plain letters: 'Østby-Ærø' -> 'ostby-aero'.

    Cached: organisation names, titles and tags repeat across a map's contacts.
    """
    if text.isascii():
        return text.lower()
    text = text.casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold_old_spelling(text: str) -> str:
    """The spelling from before 1917 and in many surnames: 'Åsen Øye' -> 'aasen oeye'."""
    return fold(text.casefold().translate(_OLD_SPELLING)) if not text.isascii() else text.lower()


class Field(IntEnum):
    """Where a node matched; the lower, the better the hit ranks."""

    NAME = 0
    ORGANISATION = 1
    TITLE = 2
    TAG = 3


@dataclass(frozen=True, slots=True)
class SearchHit:
    node_id: NodeId
    name: str
    is_organisation: bool
    title: str
    organisation: str
    """The contact's organisation's name; empty for organisations and unaffiliated contacts."""
    field: Field
    """The best field any query word matched in."""


@dataclass(frozen=True, slots=True)
class _Entry:
    node_id: NodeId
    name: str
    is_organisation: bool
    title: str
    organisation: str
    fields: tuple[tuple[Field, str], ...]
    """(field, folded text) for every non-empty field, both spellings."""
    name_folded: str


def _entry(network: Network, node: Contact | Organisation) -> _Entry:
    texts: list[tuple[Field, str]] = [(Field.NAME, node.name)]
    title = organisation = ""
    if isinstance(node, Contact):
        title = node.title
        org = network.organisation_of(node)
        organisation = org.name if org else ""
        texts += [(Field.ORGANISATION, organisation), (Field.TITLE, title)]
    texts += [(Field.TAG, tag) for tag in node.tags]
    fields: list[tuple[Field, str]] = []
    for field, text in texts:
        if not text:
            continue
        plain, old = fold(text), fold_old_spelling(text)
        fields.append((field, plain))
        if old != plain:
            fields.append((field, old))
    return _Entry(node.id, node.name, isinstance(node, Organisation), title, organisation, tuple(fields),
                  fold(node.name))


def query_words(query: str) -> list[str]:
    """The folded words of a query; empty when there is nothing to search for."""
    return fold(query).split()


class SearchIndex:
    """The folded text of every node of one map, built once and searched many times."""

    def __init__(self, network: Network) -> None:
        self._entries = [_entry(network, node) for node in network.nodes.values()]

    def __len__(self) -> int:
        return len(self._entries)

    def search(self, query: str, limit: int | None = None) -> list[SearchHit]:
        """Nodes matching every word of ``query``, best first (see ``rank``)."""
        words = query_words(query)
        if not words:
            return []
        hits: list[tuple[tuple[int, int, str, str], SearchHit]] = []
        for entry in self._entries:
            best = _match(entry, words)
            if best is None:
                continue
            hit = SearchHit(entry.node_id, entry.name, entry.is_organisation, entry.title, entry.organisation, best)
            hits.append((_rank(entry, words, best), hit))
        hits.sort(key=lambda pair: pair[0])
        found = [hit for _, hit in hits]
        return found if limit is None else found[:limit]


def _match(entry: _Entry, words: Iterable[str]) -> Field | None:
    """The best field a word matched in, or None unless every word matched somewhere."""
    best: Field | None = None
    for word in words:
        fields = [field for field, text in entry.fields if word in text]
        if not fields:
            return None
        field = min(fields)
        best = field if best is None else min(best, field)
    return best


def _rank(entry: _Entry, words: list[str], best: Field) -> tuple[int, int, str, str]:
    """Name starts with the query, then a name word starts with it, then anywhere; then by field, name."""
    name = entry.name_folded
    first = words[0]
    if name.startswith(first):
        closeness = 0
    elif any(part.startswith(first) for part in name.replace("-", " ").split()):
        closeness = 1
    else:
        closeness = 2
    return (int(best), closeness, name, entry.node_id)


def search(network: Network, query: str, limit: int | None = None) -> list[SearchHit]:
    """One-off search of a map (builds the index; keep a ``SearchIndex`` to search repeatedly)."""
    return SearchIndex(network).search(query, limit)
