"""The frozen Linux bundle (installers/linux/build.sh) passes its smoke test: CLI, window offscreen, PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "knute"

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the smoke test script is for the Linux bundle"),
    pytest.mark.skipif(not (BUNDLE / "knute").is_file(),
                       reason="no frozen bundle in dist/knute/: build it with installers/linux/build.sh"),
]


def test_the_frozen_bundle_passes_the_smoke_test():
    result = subprocess.run(["bash", str(ROOT / "installers" / "linux" / "smoke_test.sh"), str(BUNDLE)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke test: all passed" in result.stdout
