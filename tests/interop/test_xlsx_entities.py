"""An imported .xlsx whose XML declares entities is refused, not expanded.

Knute never imports defusedxml itself, but openpyxl parses a workbook's XML through
it when it is installed; that is why it stays in pyproject's dependencies (issue #7
asked to drop it). Without it this sheet would read "INJECTED" in A2.
"""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest

from desktop_app.interop.errors import InteropError
from desktop_app.interop.tabular import sheet_rows


def workbook_with_entity() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Name", "Title"])
    book.active.append(["Kari", "CEO"])
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    crafted = io.BytesIO()
    with zipfile.ZipFile(crafted, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8").replace(">Kari<", ">&x;<")
                assert "&x;" in text
                data = ('<!DOCTYPE worksheet [<!ENTITY x "INJECTED">]>' + text).encode("utf-8")
            target.writestr(info, data)
    return crafted.getvalue()


def test_openpyxl_reads_workbooks_through_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def test_a_workbook_declaring_an_entity_is_refused_with_a_message() -> None:
    with pytest.raises(InteropError) as caught:
        _total, rows = sheet_rows(workbook_with_entity(), "xlsx")
        list(rows)
    assert "INJECTED" not in str(caught.value)
    assert "Excel workbook" in str(caught.value) or "damaged" in str(caught.value)
