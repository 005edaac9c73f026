"""XML from files we did not write, parsed so a hostile file can do no harm (GraphML, GEXF).

A document type definition (DTD) is where entity expansion bombs ("billion
laughs") and external entities that read other files are declared; Knute's
formats never need one. So expat reads the bytes first with handlers that
refuse any DTD or entity declaration (what defusedxml's ``forbid_dtd`` does),
and only a document without one is then built by ElementTree's C parser. The
formats' readers (networkx) see the document after that.

(defusedxml's own ElementTree builds the tree in Python, five times slower on
a 5,000-contact map, for the same protection.)
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any
from xml.parsers import expat

from .errors import InteropError


class _Refused(Exception):
    def __init__(self, problem: InteropError) -> None:
        self.problem = problem


def _refuse_dtd(*_args: Any) -> None:
    raise _Refused(InteropError(
        "The file contains a document type declaration (DTD). Knute refuses those for safety: "
        "they can hold entities that expand without end or read other files."
    ))


def _refuse_entity(*_args: Any) -> None:
    raise _Refused(InteropError("The file declares XML entities. Knute refuses those for safety."))


def safe_root(data: bytes) -> ET.Element:
    """The document's root element; InteropError for a DTD, declared entities or XML that does not parse."""
    checker = expat.ParserCreate()
    checker.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    checker.StartDoctypeDeclHandler = _refuse_dtd
    checker.EntityDeclHandler = _refuse_entity
    checker.UnparsedEntityDeclHandler = _refuse_entity
    checker.ExternalEntityRefHandler = _refuse_entity
    try:
        checker.Parse(data, True)
    except _Refused as refused:
        raise refused.problem from None
    except expat.ExpatError as exc:
        raise InteropError(
            "The file is not valid XML (line {line}, column {column}: {reason}).",
            line=exc.lineno, column=exc.offset + 1, reason=expat.errors.messages[exc.code],
        ) from None
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:  # expat read it, so this is not expected; say so plainly all the same
        line, column = exc.position
        raise InteropError(
            "The file is not valid XML (line {line}, column {column}: {reason}).",
            line=line, column=column + 1, reason=str(exc).split(":")[0],
        ) from None


def local_name(tag: object) -> str:
    """``{namespace}graphml`` -> ``graphml``."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
