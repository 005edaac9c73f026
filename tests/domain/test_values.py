"""The shared validators: what they accept, what they coerce, and how they refuse."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from desktop_app.domain import values as v
from desktop_app.domain.enums import Resource, TieType
from desktop_app.domain.errors import DomainError


def refused(call, *args, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    return info.value


class TestRating:
    @pytest.mark.parametrize("value", [1, 2, 3, 4, 5])
    def test_whole_numbers_one_to_five(self, value: int) -> None:
        assert v.rating(value, "Trust") == value

    @pytest.mark.parametrize("value", [None, ""])
    def test_missing_is_not_rated_not_zero(self, value: object) -> None:
        assert v.rating(value, "Trust") is None

    def test_whole_float_becomes_int(self) -> None:
        result = v.rating(4.0, "Trust")
        assert result == 4 and type(result) is int

    @pytest.mark.parametrize("value", [0, 6, -1, "x", 4.5, "4", True, float("nan"), [3]])
    def test_refused_with_readable_message(self, value: object) -> None:
        # Text such as '4' is refused too: parsing user input is the importer's and the form's job.
        error = refused(v.rating, value, "Trust")
        assert str(error) == f"Trust must be a whole number from 1 to 5, not '{value}'."
        assert error.params["field"] == "Trust" and isinstance(error.params["field"], v.Label)


class TestText:
    def test_none_is_empty(self) -> None:
        assert v.text(None, "Notes") == ""

    def test_keeps_inner_text_unchanged(self) -> None:
        assert v.text("  Blåbær  ", "Notes") == "  Blåbær  "

    @pytest.mark.parametrize("value", ["", "   ", "\t\n", "\u00a0"])
    def test_required_refuses_empty_and_whitespace(self, value: str) -> None:
        assert str(refused(v.text, value, "Name", required=True)) == "Name cannot be empty."

    def test_refuses_non_text(self) -> None:
        assert str(refused(v.text, 12, "Name")) == "Name must be text."

    def test_longest_allowed(self) -> None:
        assert len(v.text("a" * v.MAX_TEXT, "Notes")) == v.MAX_TEXT

    def test_too_long(self) -> None:
        error = refused(v.text, "a" * (v.MAX_TEXT + 1), "Notes")
        assert str(error) == f"Notes is too long ({v.MAX_TEXT + 1} characters; at most {v.MAX_TEXT})."

    @pytest.mark.parametrize("value", ["a\x00b", "broken \ud800 paste"])
    def test_refuses_what_a_file_cannot_hold(self, value: str) -> None:
        assert str(refused(v.text, value, "Notes")) == "Notes contains characters that cannot be saved."


class TestEnums:
    def test_text_becomes_member(self) -> None:
        assert v.enum(TieType, "reports_to", "Tie type") is TieType.REPORTS_TO

    def test_member_is_kept(self) -> None:
        assert v.enum(TieType, TieType.PARTNER, "Tie type") is TieType.PARTNER

    def test_unknown_value_lists_the_allowed_ones(self) -> None:
        error = refused(v.enum, TieType, "friend", "Tie type")
        assert str(error).startswith("Tie type: unknown value 'friend' (allowed: professional, personal, reports_to")

    @pytest.mark.parametrize("value", [None, ""])
    def test_optional_enum_unset(self, value: object) -> None:
        assert v.optional_enum(TieType, value, "Tie type") is None

    def test_enum_set_from_list(self) -> None:
        assert v.enum_set(Resource, ["human", Resource.FINANCIAL, "human"], "Resource") == {
            Resource.HUMAN, Resource.FINANCIAL,
        }

    @pytest.mark.parametrize("value", ["human", 5])
    def test_enum_set_refuses_a_non_list(self, value: object) -> None:
        assert str(refused(v.enum_set, Resource, value, "Resource")) == "Resource must be a list."

    def test_enum_set_refuses_unknown_member(self) -> None:
        assert "Resource: unknown value 'gold'" in str(refused(v.enum_set, Resource, ["human", "gold"], "Resource"))


class TestNumbers:
    @pytest.mark.parametrize("value", [0, 0.0, 12.5, 1e6])
    def test_coordinates(self, value: float) -> None:
        assert v.coordinate(value, "X position") == value

    @pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 1e8, -1e8])
    def test_coordinate_outside_drawing_area(self, value: float) -> None:
        assert str(refused(v.coordinate, value, "X position")) == "X position is outside the drawing area."

    @pytest.mark.parametrize("value", ["1", None, True])
    def test_coordinate_must_be_number(self, value: object) -> None:
        assert str(refused(v.coordinate, value, "X position")) == "X position must be a number."

    def test_optional_number_coerces(self) -> None:
        assert v.optional_number(None, "Revenue") is None
        assert v.optional_number("", "Revenue") is None
        assert v.optional_number(3, "Revenue") == 3.0
        assert v.optional_number(7.0, "Employees", integer=True) == 7

    @pytest.mark.parametrize(
        ("value", "message"),
        [
            (-1, "Employees must be zero or more."),
            (math.nan, "Employees must be zero or more."),
            (math.inf, "Employees must be zero or more."),
            (2.5, "Employees must be a whole number."),
            ("12", "Employees must be a number."),
            (False, "Employees must be a number."),
            (10**20, f"Employees is too large (at most {v.MAX_NUMBER})."),
        ],
    )
    def test_optional_number_refuses(self, value: object, message: str) -> None:
        assert str(refused(v.optional_number, value, "Employees", integer=True)) == message


class TestTagsAndDates:
    def test_tags_strip_drop_empty_and_deduplicate_keeping_order(self) -> None:
        assert v.tags(["  nøkkel ", "", "ærlig", "nøkkel", "   "]) == ("nøkkel", "ærlig")

    @pytest.mark.parametrize("value", ["a, b", 3])
    def test_tags_must_be_a_list(self, value: object) -> None:
        assert str(refused(v.tags, value)) == "Tags must be a list."

    @pytest.mark.parametrize(
        "value",
        ["2026-03-31", " 2026-03-31 ", "2026-03-31T10:15:00", dt.date(2026, 3, 31), dt.datetime(2026, 3, 31, 23, 59)],
    )
    def test_date_coercion(self, value: object) -> None:
        result = v.date(value, "Date")
        assert result == dt.date(2026, 3, 31) and type(result) is dt.date

    @pytest.mark.parametrize("value", ["2026-13-01", "31.03.2026", "yesterday", 20260331])
    def test_bad_date(self, value: object) -> None:
        assert str(refused(v.date, value, "Date")) == f"Date must be a date like 2026-03-31, not '{value}'."

    @pytest.mark.parametrize("value", [None, ""])
    def test_missing_required_date(self, value: object) -> None:
        assert str(refused(v.date, value, "Date")) == "Date is required."

    def test_optional_date_unset(self) -> None:
        assert v.optional_date("", "Due date") is None
        assert v.optional_date(None, "Due date") is None
