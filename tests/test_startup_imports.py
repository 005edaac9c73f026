"""The window starts without the heavy libraries: they load when first used, after the first paint.

networkx (~0.2 s), reportlab (~0.15 s), PDFium and openpyxl are only needed by the
analysis converters, the graph formats, the PDF plan, printing and Excel; importing
them at start-up pushed the frozen app's cold start over its 1 s budget (issue #7).
Each check runs in a fresh interpreter, so what other tests imported does not count.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LAZY = ("networkx", "reportlab", "pypdfium2", "openpyxl", "PIL")
"""Not to be imported before the window shows."""


def loaded_after(module: str) -> list[str]:
    code = (
        "import json, sys\n"
        f"import {module}\n"
        f"print(json.dumps(sorted({{name.split('.')[0] for name in sys.modules}} & set({list(LAZY)!r}))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("module", ["desktop_app.ui.main_window", "desktop_app.app", "desktop_app.cli"])
def test_the_window_imports_no_heavy_library(module: str) -> None:
    assert loaded_after(module) == []


def test_the_check_sees_a_heavy_library() -> None:
    """The probe itself works: the PDF plan does bring reportlab in."""
    assert "reportlab" in loaded_after("desktop_app.report.plan")
