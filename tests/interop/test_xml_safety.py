"""Hostile XML is refused before any reader sees it: DTDs, entities, external references."""

from __future__ import annotations

import pytest

from desktop_app.interop.errors import InteropError
from desktop_app.interop.xml_safety import safe_root

DTD = "document type declaration (DTD)"


@pytest.mark.parametrize(("text", "message"), [
    ('<!DOCTYPE g [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><g>&b;</g>', DTD),
    ('<!DOCTYPE g [<!ENTITY s SYSTEM "file:///etc/passwd">]><g>&s;</g>', DTD),
    ('<!DOCTYPE g SYSTEM "http://example.invalid/g.dtd"><g/>', DTD),
    ('<!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><g/>', DTD),
    ("<g>&undeclared;</g>", "The file is not valid XML (line 1, column 4: undefined entity)"),
    ("<g><h></g>", "The file is not valid XML (line 1, column 9: mismatched tag)"),
    ("", "The file is not valid XML (line 1, column 1: no element found)"),
])
def test_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InteropError) as caught:
        safe_root(text.encode())
    assert message in str(caught.value)


def test_plain_xml_with_the_predefined_entities_is_read() -> None:
    root = safe_root('<?xml version="1.0" encoding="UTF-8"?><g a="&lt;&amp;">Røros &#233;</g>'.encode())
    assert root.get("a") == "<&" and root.text == "Røros é"
