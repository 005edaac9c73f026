"""tie_from_row builds plainly valid rows directly: it must agree with the validating constructor."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entities import Tie
from desktop_app.domain.errors import DomainError
from desktop_app.storage import rows

rating = st.one_of(st.none(), st.integers(-1, 7), st.just(True), st.floats(0, 6), st.just(""), st.just("3"))
row = st.tuples(
    st.sampled_from(["t1", ""]), st.sampled_from(["a", "b", "", None, 3]), st.sampled_from(["b", "a", ""]),
    st.sampled_from(["professional", "reports_to", "nope", "", None, 1]),
    rating, rating, rating, rating,
    st.sampled_from([None, "", "close", "distant", "far"]),
    st.sampled_from(["[]", '["need"]', '["need", "threat"]', '["bad"]', '"need"', "{}", "", None, "[1]", "[[]]", "x"]),
    rating, rating,
    st.sampled_from([None, "", "2026-01-31", "2026-02-30", "2026-1-1", " 2026-01-31", "2026-01-31T10:00", "20260131"]),
    st.one_of(st.text(max_size=6), st.sampled_from(["a\x00b", "\ud800", None, 5])),
    st.sampled_from([0, 1, None]),
)


def _outcome(build: Any, r: tuple) -> tuple[str, Any]:
    try:
        return ("ok", build(r))
    except (DomainError, ValueError, TypeError, KeyError) as exc:
        return ("error", type(exc))


def _constructor(r: tuple) -> Tie:
    (id_, s, t, kind, a, b, c, d, close, reasons, co, cm, last, notes, example) = r
    return Tie(
        id=id_, source_id=s, target_id=t, type=kind, acquaintance=a, availability=b, trust=c, support=d,
        closeness=close, reasons=rows._from_json_list(reasons), cooperation=co, competition=cm,
        last_contact=last, notes=notes or "", is_example=bool(example),
    )


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row)
def test_fast_path_agrees_with_the_constructor(r: tuple) -> None:
    expected, got = _outcome(_constructor, r), _outcome(rows.tie_from_row, r)
    assert got[0] == expected[0]
    if expected[0] == "ok":
        assert got[1] == expected[1]
        for name in ("type", "closeness", "reasons", "last_contact", "is_example"):
            assert type(getattr(got[1], name)) is type(getattr(expected[1], name))
