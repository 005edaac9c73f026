"""The one text catalogue the Qt-free layers share (domain, storage, interop, CLI, report).

Source texts are English; ``translate`` returns the bokmål text when the
language is ``nb``. The Qt UI uses ``tr()`` with .ts files for its own strings,
and this catalogue for messages that come up from the layers below.

The current language is process-wide on purpose, like gettext: messages are
rendered at the edge (CLI output, a dialog), never stored.
"""

from __future__ import annotations

import locale
import os
from typing import Any

from ..domain.errors import UserError
from ..domain.values import Label
from .catalogue import NB

SUPPORTED = ("en", "nb")
_language = "en"


def normalise(code: str | None) -> str:
    """Map a locale or language code to a supported language (nb, no, nn -> nb)."""
    if not code:
        return "en"
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return "nb" if base in ("nb", "no", "nn") else "en"


def system_language() -> str:
    for var in ("KNUTE_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return normalise(value)
    try:
        return normalise(locale.getlocale()[0])
    except ValueError:
        return "en"


def set_language(code: str | None) -> None:
    global _language
    _language = normalise(code)


def language() -> str:
    return _language


def translate(text: str, **params: Any) -> str:
    """The text in the current language, with ``{params}`` filled in."""
    if _language == "nb":
        text = NB.get(text, text)
        params = {k: (NB.get(v, v) if isinstance(v, Label) else v) for k, v in params.items()}
    return text.format(**params) if params else text


def describe(error: UserError) -> str:
    """A user error as one readable sentence in the current language."""
    return translate(error.template, **error.params)
