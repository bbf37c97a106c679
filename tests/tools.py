"""External tools in tests: skip with a reason when one is missing, except in CI, where it fails.

CI (``CI=true``, set by ``.ci/run``) installs every tool the output checks use, so a missing
tool there is a broken set-up, not a reason to pass quietly.
"""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    """True when the tests run in CI (the environment variable CI is "true")."""
    return os.environ.get("CI", "").strip().lower() == "true"


def require(condition: bool, reason: str) -> None:
    """Skip the test with ``reason`` unless ``condition`` holds; in CI, fail instead."""
    if condition:
        return
    if in_ci():
        pytest.fail(f"{reason} (CI=true: required there)")
    pytest.skip(reason)


def require_tool(name: str) -> str:
    """The full path of the program ``name``; skips (or fails in CI) when it is not installed."""
    path = shutil.which(name)
    require(path is not None, f"“{name}” is not installed")
    assert path is not None
    return path
