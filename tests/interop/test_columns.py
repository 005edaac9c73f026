"""Column mappings: the header guess, the key a choice is remembered by, and mapping files (with fuzzing)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app import i18n
from desktop_app.interop.columns import (
    CONTACT_FIELDS,
    CONTACTS,
    IGNORE,
    TIE_FIELDS,
    TIES,
    ColumnMapping,
    MappingError,
    from_file,
    guess,
    header_key,
)

HEADER = ["Navn", "Firma", "E-post", "Intern kode"]


def test_the_header_is_guessed_in_english_and_norwegian() -> None:
    mapping = guess(["First Name", "Etternavn", "Company", "E-post", "Mobil", "Tittel", "Kommentar", "X"])
    assert mapping == ColumnMapping(CONTACTS, (
        "first_name", "last_name", "organisation", "email", "phone", "title", "notes", IGNORE))


def test_a_source_and_a_target_without_a_name_make_a_tie_list() -> None:
    mapping = guess(["Fra", "Til", "Type", "Tillit", "Siste kontakt", "Notater"])
    assert mapping == ColumnMapping(TIES, ("source", "target", "type", "trust", "last_contact", "notes"))
    assert guess(["Name", "From", "To"]).kind == CONTACTS
    assert guess(["Fra", "Til"], CONTACTS).problem() is not None


def test_the_key_ignores_case_and_punctuation_but_not_columns() -> None:
    assert header_key(["E-post", "Navn "]) == header_key(["epost", "NAVN"])
    assert header_key(["Navn", "E-post"]) != header_key(["E-post", "Navn"])
    assert header_key(["Navn"]) != header_key(["Navn", ""])


def test_a_remembered_mapping_must_fit_the_sheet() -> None:
    mapping = ColumnMapping(TIES, ("source", "target", IGNORE))
    assert ColumnMapping.from_json(mapping.to_json(), 3) == mapping
    assert ColumnMapping.from_json(mapping.to_json(), 4) is None
    assert ColumnMapping.from_json('{"kind": "ties", "fields": ["name", "", ""]}', 3) is None
    assert ColumnMapping.from_json("not json", 3) is None


def test_a_mapping_file_names_columns_by_header_ignoring_case_and_spaces() -> None:
    data = json.dumps({"navn": "name", " FIRMA ": "Organisation", "Intern kode": "ignore"}).encode()
    assert from_file(data, HEADER, "k.csv") == ColumnMapping(CONTACTS, ("name", "organisation", IGNORE, IGNORE))
    ties = from_file(b'{"Navn": "source", "Firma": "target", "E-post": "notes"}', HEADER, "k.csv")
    assert ties == ColumnMapping(TIES, ("source", "target", "notes", IGNORE))


@pytest.mark.parametrize(("data", "message"), [
    (b'{"Navn": "nam"}', "Unknown field 'nam' for the column 'Navn' (fields: acquaintance, attitude,"),
    (b'{"Navnet": "name"}', "The column 'Navnet' is not in k.csv (its columns: Navn, Firma, E-post, Intern kode)."),
    (b'{"Navn": ', "The mapping file is not valid JSON (line 1, column 10: Expecting value)."),
    (b'["name"]', 'The mapping file must be one JSON object of column headers and fields, like {"Navn": "name", '),
    (b'{"Navn": 1}', "The mapping file must be one JSON object"),
    (b"{}", "The mapping file must be one JSON object"),
    (b"\xff\xfe", "The mapping file is not UTF-8 text."),
    (b'{"Firma": "organisation"}', "The mapping file does not fit: No column holds the name"),
    (b'{"Navn": "source"}', "The mapping file does not fit: A tie list needs a column for the source and one for"),
    (b'{"Navn": "name", "Firma": "trust"}', "The mapping mixes fields of a contact list (name) and of a tie list (trust)."),
])
def test_a_bad_mapping_file_says_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(MappingError) as caught:
        from_file(data, HEADER, "k.csv")
    assert message in str(caught.value)


def test_mapping_file_errors_read_in_bokmaal() -> None:
    i18n.set_language("nb")
    with pytest.raises(MappingError) as caught:
        from_file(b'{"Navnet": "name"}', HEADER, "k.csv")
    assert i18n.describe(caught.value).startswith("Kolonnen «Navnet» finnes ikke i k.csv")


FIELD = st.sampled_from([*CONTACT_FIELDS, *TIE_FIELDS, "ignore", "IGNORE", "nam", "", "Name "])
COLUMN = st.sampled_from([*HEADER, "navn", "x", ""]) | st.text(max_size=20)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=300),
    st.dictionaries(COLUMN, FIELD, max_size=6).map(lambda d: json.dumps(d).encode()),
    st.recursive(st.none() | st.integers() | st.text(max_size=5),
                 lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                 max_leaves=10).map(lambda v: json.dumps(v).encode()),
))
def test_fuzzed_mapping_files_give_a_mapping_or_a_mapping_error(data: bytes) -> None:
    try:
        mapping = from_file(data, HEADER, "k.csv")
    except MappingError as exc:
        assert str(exc)
        return
    assert mapping.problem() is None and len(mapping.fields) == len(HEADER)
