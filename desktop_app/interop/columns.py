"""Which column of a sheet holds what: guessed from the header, chosen in the window, or given as a file.

A sheet is either a contact list (a person per row) or a tie list (a tie per
row, between people already in the map). A ColumnMapping names the field of
every column ("" = ignored). The guess reads the header in English or
Norwegian, ignoring case and punctuation (``E-mail``, ``e-post``, ``Email
Address`` are one column). A mapping file (``knute import --mapping M``) is
one JSON object of column headers and fields::

    {"Navn": "name", "Firma": "organisation", "Mobil": "phone", "Intern kode": "ignore"}

Columns the file does not name are ignored; a mapping with ``source`` and
``target`` is a tie list.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from .errors import InteropError, Rendered

CONTACTS, TIES = "contacts", "ties"
IGNORE = ""
CONTACT_FIELDS = (
    "name", "first_name", "last_name", "organisation", "title", "email", "phone", "role", "attitude", "influence",
    "tags", "notes",
)
TIE_FIELDS = (
    "source", "target", "type", "acquaintance", "availability", "trust", "support", "closeness", "cooperation",
    "competition", "last_contact", "notes",
)
FIELDS = {CONTACTS: CONTACT_FIELDS, TIES: TIE_FIELDS}
MULTIPLE = ("notes", "tags")
"""Fields several columns may fill together (joined); for the others the first non-empty column wins."""

SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "fullname", "navn", "fulltnavn", "contact", "kontakt", "kontaktperson", "displayname"),
    "first_name": ("firstname", "givenname", "fornavn"),
    "last_name": ("lastname", "surname", "familyname", "etternavn"),
    "organisation": ("organisation", "organization", "company", "companyname", "firma", "bedrift", "organisasjon",
                     "account", "kunde"),
    "title": ("title", "jobtitle", "position", "stilling", "tittel", "rolle"),
    "email": ("email", "emailaddress", "mail", "epost", "epostadresse"),
    "phone": ("phone", "telephone", "phonenumber", "mobile", "mobilephone", "telefon", "telefonnummer", "telefonnr",
              "mobil", "mobilnr", "mobilnummer", "tlf", "tlfnr"),
    "role": ("role", "buyingrole", "buyingcentrerole", "kjøpsrolle", "innkjøpsrolle", "rolleikjøpegruppen"),
    "attitude": ("attitude", "holdning"),
    "influence": ("influence", "innflytelse"),
    "tags": ("tags", "categories", "kategorier", "stikkord", "etiketter"),
    "notes": ("notes", "note", "comment", "comments", "notater", "notat", "merknad", "kommentar"),
    "source": ("source", "from", "fra", "kilde"),
    "target": ("target", "to", "til", "mål"),
    "type": ("type", "tietype", "relationtype", "relationship", "relasjonstype", "relasjon"),
    "acquaintance": ("acquaintance", "bekjentskap"),
    "availability": ("availability", "tilgjengelighet"),
    "trust": ("trust", "fortrolighet", "tillit"),
    "support": ("support", "støtte"),
    "closeness": ("closeness", "nærhet"),
    "cooperation": ("cooperation", "samarbeid"),
    "competition": ("competition", "konkurranse"),
    "last_contact": ("lastcontact", "lastcontacted", "sistekontakt", "sistkontaktet"),
}
MAX_MAPPING_BYTES = 1_000_000


class MappingError(InteropError):
    """A column mapping (a file given to the command line) that cannot be used."""


def norm(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def header_key(header: Sequence[str]) -> str:
    """A short hash of the normalised header row: the same columns give the same key."""
    joined = "\x1f".join(norm(h) for h in header)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    kind: str
    """CONTACTS or TIES."""
    fields: tuple[str, ...]
    """The field of each column, IGNORE for a column that is not read."""

    def columns(self, field: str) -> list[int]:
        return [i for i, f in enumerate(self.fields) if f == field]

    def has(self, field: str) -> bool:
        return field in self.fields

    def problem(self) -> InteropError | None:
        """What keeps this mapping from importing anything, or None."""
        if self.kind == TIES:
            if not (self.has("source") and self.has("target")):
                return InteropError("A tie list needs a column for the source and one for the target.")
            return None
        if not (self.has("name") or self.has("first_name") or self.has("last_name")):
            return InteropError("No column holds the name (Name, or First name and Last name).")
        return None

    def to_json(self) -> str:
        """For remembering the user's choice (per header set)."""
        return json.dumps({"kind": self.kind, "fields": list(self.fields)})

    @classmethod
    def from_json(cls, text: str, width: int) -> ColumnMapping | None:
        """A remembered mapping, or None when it does not fit a sheet of ``width`` columns."""
        try:
            value = json.loads(text)
            kind, fields = value["kind"], value["fields"]
        except (ValueError, TypeError, KeyError):
            return None
        if kind not in FIELDS or not isinstance(fields, list) or len(fields) != width:
            return None
        if not all(f == IGNORE or f in FIELDS[kind] for f in fields):
            return None
        return cls(kind, tuple(fields))


def guess(header: Sequence[str], kind: str | None = None) -> ColumnMapping:
    """The mapping the header names; a tie list when it names a source and a target but no name."""
    found: dict[str, tuple[str, ...]] = {}
    for k in (CONTACTS, TIES):
        words = [norm(title) for title in header]
        found[k] = tuple(next((f for f in FIELDS[k] if word in SYNONYMS[f]), IGNORE) for word in words)
    if kind is None:
        ties, contacts = found[TIES], found[CONTACTS]
        names = {"name", "first_name", "last_name"} & set(contacts)
        kind = TIES if {"source", "target"} <= set(ties) and not names else CONTACTS
    return ColumnMapping(kind, found[kind])


def from_file(data: bytes, header: Sequence[str], source: str) -> ColumnMapping:
    """The mapping a JSON file gives for a sheet with ``header``; MappingError says what is wrong with it."""
    if len(data) > MAX_MAPPING_BYTES:
        raise MappingError("The mapping file is too large to be a column mapping.")
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise MappingError("The mapping file is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise MappingError("The mapping file is not valid JSON (line {line}, column {column}: {reason}).",
                           line=exc.lineno, column=exc.colno, reason=exc.msg) from None
    except RecursionError:
        raise MappingError("The mapping file is nested too deeply.") from None
    if not isinstance(value, dict) or not value or not all(isinstance(v, str) for v in value.values()):
        raise MappingError("The mapping file must be one JSON object of column headers and fields, like {example}.",
                           example='{"Navn": "name", "Firma": "organisation"}')
    known = set(CONTACT_FIELDS) | set(TIE_FIELDS)
    wanted: dict[str, str] = {}
    for column, field in value.items():
        field = field.strip().casefold()
        if field == "ignore":
            field = IGNORE
        elif field not in known:
            raise MappingError("Unknown field '{field}' for the column '{column}' (fields: {fields}).",
                               field=field, column=column, fields=", ".join(sorted(known)))
        wanted[column] = field
    titles = [" ".join(h.split()).casefold() for h in header]
    fields = [IGNORE] * len(header)
    for column, field in wanted.items():
        matches = [i for i, t in enumerate(titles) if t == " ".join(column.split()).casefold()]
        if not matches:
            raise MappingError("The column '{column}' is not in {source} (its columns: {columns}).",
                               column=column, source=source, columns=", ".join(h for h in header if h.strip()) or "-")
        for i in matches:
            fields[i] = field
    used = {f for f in fields if f}
    tie_only, contact_only = used - set(CONTACT_FIELDS), used - set(TIE_FIELDS)
    if tie_only and contact_only:
        raise MappingError(
            "The mapping mixes fields of a contact list ({contacts}) and of a tie list ({ties}).",
            contacts=", ".join(sorted(contact_only)), ties=", ".join(sorted(tie_only)),
        )
    mapping = ColumnMapping(TIES if tie_only else CONTACTS, tuple(fields))
    problem = mapping.problem()
    if problem is not None:
        raise MappingError("The mapping file does not fit: {problem}", problem=Rendered(problem))
    return mapping
